import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridLocaleText } from '../../renderer/desks/worklists/gridLocale';
import { setupI18n } from '../../renderer/i18n/setup';

// The worklist pager in both languages, also while the list's size is still being counted (rowCount -1: the first page
// is shown before the count, see WorklistPage).
describe('the worklist pager texts', () => {
  beforeAll(() => {
    setupI18n();
  });

  it.each([
    ['ru', '1–50 из 2366', '1–50 из не менее 50'],
    ['kk', '2366 ішінен 1–50', 'кемінде 50 ішінен 1–50'],
  ] as const)('%s', async (lang, known, counting) => {
    await i18next.changeLanguage(lang);
    const shown = gridLocaleText(i18next.t.bind(i18next), lang).paginationDisplayedRows;
    expect(shown?.({ from: 1, to: 50, count: 2366, estimated: undefined })).toBe(known);
    expect(shown?.({ from: 1, to: 50, count: -1, estimated: undefined })).toBe(counting);
  });
});
