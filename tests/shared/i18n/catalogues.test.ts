import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n/languages';
import { localizeWhy } from '../../../shared/i18n/localize';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flatten a catalogue to `a.b.c → value`. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
      else out.set(path, value);
    }
  }
  return out;
}

const base = (key: string) => key.replace(PLURAL_SUFFIX, '');

describe('message catalogues (core ru.json / kk.json and the area files)', () => {
  const flatRu = flatten(messages.ru);
  const flatKk = flatten(messages.kk);

  it('carry the same keys (plural forms aside, which follow each language)', () => {
    const keysRu = [...new Set([...flatRu.keys()].map(base))].sort();
    const keysKk = [...new Set([...flatKk.keys()].map(base))].sort();
    expect(keysKk).toEqual(keysRu);
  });

  it('area files add their own sections and never replace a core or another area section', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/i18n');
    const files = ['ru.json', 'kk.json', ...readdirSync(join(dir, 'areas')).map((f) => `areas/${f}`)];
    for (const lang of ['ru', 'kk']) {
      const seen = new Map<string, string>();
      for (const file of files.filter((f) => f.endsWith(`${lang}.json`))) {
        for (const section of Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object)) {
          expect(seen.get(section), `${file}: section "${section}"`).toBeUndefined();
          seen.set(section, file);
        }
      }
    }
  });

  it('have no empty values', () => {
    for (const [key, value] of [...flatRu, ...flatKk]) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it.each([
    ['ru', flatRu],
    ['kk', flatKk],
  ] as const)('%s has every plural form its language needs (Intl.PluralRules)', (lang, flat) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plural = new Set([...flat.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(base));
    expect(plural.size).toBeGreaterThan(0);
    for (const key of plural) for (const category of categories) expect(flat.has(`${key}_${category}`), `${key}_${category}`).toBe(true);
  });

  it('Kazakh texts use Kazakh letters, not look-alike Latin or Russian-only spellings', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    const withKazakh = [...flatKk.values()].filter((v) => kazakhLetters.test(String(v)));
    expect(withKazakh.length).toBeGreaterThan(flatKk.size / 3);
    // Latin capitals are allowed for codes and acronyms (PDF, ALM-AU); a lower-case Latin letter means a typo or an untranslated word.
    for (const [key, value] of flatKk) expect(/[a-z]/.test(String(value).replace(/\{\{\w+\}\}/g, '')), key).toBe(false);
  });

  it('the same interpolation parameters in both languages', () => {
    const params = (v: unknown) => [...String(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of flatRu) {
      const twin = flatKk.get(key) ?? flatKk.get(`${base(key)}_other`);
      if (twin !== undefined) expect(params(twin), key).toEqual(params(value));
    }
  });

  it('engine explanations interpolate localized parameters per language', () => {
    const text = localizeWhy('wrongStep', { step: { ru: 'Приём', kk: 'Қабылдау' }, requested: 'X' });
    expect(text.ru).toBe('Сейчас выполняется шаг «Приём», а не «X»');
    expect(text.kk).toBe('Қазір «X» емес, «Қабылдау» қадамы орындалуда');
  });
});
