import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IsoDateField, IsoDateTimeField } from '../../renderer/components/IsoDateField';
import { INVALID_DATE, dateProblem, fromPickerValue, isIsoDate, isIsoDateTime, toPickerValue } from '../../renderer/components/isoDate';
import { pickerLocaleText } from '../../renderer/i18n/pickerLocale';
import { setupI18n } from '../../renderer/i18n/setup';
import { typeIntoSections } from './pickerKeys';
import type { Lang } from '../../shared/regulations/types';

dayjs.extend(customParseFormat);

describe('ISO date ⇄ picker value', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('1985-03-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1985-02-31')).toBe(false);
    expect(isIsoDate('1985-13-01')).toBe(false);
    expect(isIsoDate('15.03.1985')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(INVALID_DATE)).toBe(false);
  });

  it('round-trips every ISO date through the picker value, and maps empty and impossible values', () => {
    for (const iso of ['1900-01-01', '1985-03-15', '2024-02-29', '2026-12-31']) expect(fromPickerValue(toPickerValue(iso))).toBe(iso);
    expect(toPickerValue('')).toBeNull();
    expect(toPickerValue(INVALID_DATE)).toBeNull();
    expect(fromPickerValue(null)).toBe('');
    expect(fromPickerValue(dayjs('31.02.1985', 'DD.MM.YYYY', true))).toBe(INVALID_DATE);
  });

  it('date and time values: YYYY-MM-DDTHH:mm of a real day and a real time of day', () => {
    expect(isIsoDateTime('2026-11-18T10:05')).toBe(true);
    expect(isIsoDateTime('2026-11-18T24:00')).toBe(false);
    expect(isIsoDateTime('2026-02-30T10:00')).toBe(false);
    expect(isIsoDateTime('2026-11-18')).toBe(false);
    expect(fromPickerValue(toPickerValue('2026-11-18T10:05', 'dateTime'), 'dateTime')).toBe('2026-11-18T10:05');
    expect(dateProblem('2026-11-18T10:06', { max: '2026-11-18T10:05' }, 'dateTime')).toBe('tooLate');
    expect(dateProblem('2026-11-18', {}, 'dateTime')).toBe('invalid');
  });

  it('names the problem of a form value', () => {
    const rules = { min: '1900-01-01', max: '2026-11-22' };
    expect(dateProblem('', rules)).toBeUndefined();
    expect(dateProblem('', { ...rules, required: true })).toBe('required');
    expect(dateProblem(INVALID_DATE, rules)).toBe('invalid');
    expect(dateProblem('1899-12-31', rules)).toBe('tooEarly');
    expect(dateProblem('2026-11-23', rules)).toBe('tooLate');
    expect(dateProblem('2026-11-22', rules)).toBeUndefined();
  });
});

/** A form's state holder: the field's value is what the test reads back. */
function Harness({ lang, initial, max, onValue }: { lang: Lang; initial: string; max?: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={lang} localeText={pickerLocaleText(i18next.t, lang)}>
      <IsoDateField
        label="birth"
        value={value}
        max={max}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
    </LocalizationProvider>
  );
}

const hiddenInput = () => document.querySelector<HTMLInputElement>('input[aria-hidden="true"]')!;

/** Type digits into the field the way the keyboard does: each key lands in the focused section (day, month, year). */
function typeIntoField(digits: string): Promise<void> {
  return typeIntoSections(screen.getAllByRole('spinbutton')[0]!, digits);
}

describe('IsoDateField (jsdom)', () => {
  beforeAll(() => {
    setupI18n();
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('ru');
  });

  it('shows an ISO value as ДД.ММ.ГГГГ and reports what is entered as ISO', async () => {
    const seen: string[] = [];
    render(<Harness lang="ru" initial="1985-03-15" onValue={(v) => seen.push(v)} />);
    expect(hiddenInput().value).toBe('15.03.1985');
    await act(async () => {
      fireEvent.change(hiddenInput(), { target: { value: '01.02.1990' } });
      await Promise.resolve();
    });
    expect(seen.at(-1)).toBe('1990-02-01');
    expect(hiddenInput().value).toBe('01.02.1990');
    expect(screen.getByRole('group', { name: 'birth' }).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('an impossible date becomes INVALID_DATE with the message next to the field, in the UI language', async () => {
    const seen: string[] = [];
    render(<Harness lang="ru" initial="" onValue={(v) => seen.push(v)} />);
    await typeIntoField('31021985');
    expect(seen.at(-1)).toBe(INVALID_DATE);
    expect(screen.getByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeTruthy();
    cleanup();
    await i18next.changeLanguage('kk');
    render(<Harness lang="kk" initial="" onValue={(v) => seen.push(v)} />);
    await typeIntoField('31021985');
    expect(screen.getByText('Бар күнді толық енгізіңіз: КК.АА.ЖЖЖЖ')).toBeTruthy();
  });

  it('a half-typed date is reported as INVALID_DATE when the field is left, and as empty once cleared', async () => {
    const seen: string[] = [];
    render(<Harness lang="ru" initial="" onValue={(v) => seen.push(v)} />);
    await typeIntoField('1503');
    expect(seen).toEqual([]); // the picker publishes nothing for a partial date
    await act(async () => {
      fireEvent.focusOut(document.activeElement!);
      await Promise.resolve();
    });
    expect(seen).toEqual([INVALID_DATE]);
    expect(screen.getByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeTruthy();
    // Back in the field, Ctrl+A and Backspace clear it; leaving it then reports an empty field, without a message.
    const first = screen.getAllByRole('spinbutton')[0]!;
    await act(async () => {
      first.focus();
      fireEvent.click(first);
      fireEvent.keyDown(document.activeElement!, { key: 'a', ctrlKey: true });
      await Promise.resolve();
    });
    // With every section selected the field is one editable box: Backspace empties it (an input event).
    await act(async () => {
      const box = document.activeElement as HTMLElement;
      box.textContent = '';
      fireEvent.input(box);
      await Promise.resolve();
    });
    expect(hiddenInput().value).toBe('');
    await act(async () => {
      fireEvent.focusOut(document.activeElement!);
      await Promise.resolve();
    });
    expect(seen).toEqual([INVALID_DATE, '']);
    expect(screen.queryByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeNull();
  });

  it('a date after `max` is named with the limit written ДД.ММ.ГГГГ', async () => {
    render(<Harness lang="ru" initial="" max="2026-11-22" onValue={() => undefined} />);
    await act(async () => {
      fireEvent.change(hiddenInput(), { target: { value: '23.11.2026' } });
      await Promise.resolve();
    });
    expect(screen.getByText('Дата не может быть позже 22.11.2026')).toBeTruthy();
  });

  it('the empty field shows the Kazakh placeholders (Cyrillic КК.АА.ЖЖЖЖ, not MUI kzKZ\'s Latin "AA") and Kazakh section names', async () => {
    await i18next.changeLanguage('kk');
    render(<Harness lang="kk" initial="" onValue={() => undefined} />);
    const field = screen.getByRole('group', { name: 'birth' });
    expect(field.textContent?.replace(/[\u2066-\u2069\s]/g, '')).toContain('КК.АА.ЖЖЖЖ');
    const names = screen.getAllByRole('spinbutton').map((s) => s.getAttribute('aria-label'));
    expect(names).toEqual(['Күн', 'Ай', 'Жыл']);
  });

  it('a change of the form value from outside (reset) replaces what the field shows', async () => {
    function Resettable() {
      const [value, setValue] = useState('1985-03-15');
      return (
        <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="ru" localeText={pickerLocaleText(i18next.t, 'ru')}>
          <IsoDateField label="birth" value={value} onChange={setValue} />
          <button type="button" onClick={() => setValue('')}>
            reset
          </button>
        </LocalizationProvider>
      );
    }
    render(<Resettable />);
    await typeIntoField('31021985');
    expect(screen.getByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('reset'));
      await Promise.resolve();
    });
    expect(hiddenInput().value).toBe('');
    expect(screen.queryByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeNull();
  });

  it('IsoDateTimeField: ДД.ММ.ГГГГ ЧЧ:ММ on the 24-hour clock, the value as YYYY-MM-DDTHH:mm, a later moment than `max` named', async () => {
    const seen: string[] = [];
    function DateTime() {
      const [value, setValue] = useState('2026-11-18T10:05');
      return (
        <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="ru" localeText={pickerLocaleText(i18next.t, 'ru')}>
          <IsoDateTimeField
            label="held"
            value={value}
            max="2026-11-18T18:00"
            onChange={(next) => {
              setValue(next);
              seen.push(next);
            }}
          />
        </LocalizationProvider>
      );
    }
    render(<DateTime />);
    expect(hiddenInput().value).toBe('18.11.2026 10:05');
    await act(async () => {
      fireEvent.change(hiddenInput(), { target: { value: '18.11.2026 19:30' } });
      await Promise.resolve();
    });
    expect(seen.at(-1)).toBe('2026-11-18T19:30');
    expect(screen.getByText('Дата не может быть позже 18.11.2026 18:00')).toBeTruthy();
    expect(screen.getAllByRole('spinbutton').map((s) => s.getAttribute('aria-label'))).toEqual(['День', 'Месяц', 'Год', 'Часы', 'Минуты']);
  });
});
