import dayjs, { type Dayjs } from 'dayjs';

/**
 * The bridge between the forms, which hold dates as ISO strings ('YYYY-MM-DD', as the journal stores them), and the
 * MUI X date picker, which holds a Dayjs value. The picker is only the view.
 *
 * A date the user typed that is not a real, complete date (31.02.1985, 15.03.ГГГГ) is kept in the form as
 * INVALID_DATE, so the form's validation can name the problem next to the field and never submits it.
 */
export const INVALID_DATE = 'invalid-date';

/** The earliest date any field accepts (the picker's own lower bound, and no applicant was born before it). */
export const EARLIEST_DATE = '1900-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written as 'YYYY-MM-DD' (2025-02-29 is not one). */
export function isIsoDate(value: string | undefined): value is string {
  const match = value === undefined ? null : ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real local date and time written as 'YYYY-MM-DDTHH:mm' (the value of the office's wall clock, no zone). */
export function isIsoDateTime(value: string | undefined): value is string {
  const match = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return match !== null && isIsoDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60;
}

/** What a field holds: a calendar date, or a date with the time of day. */
export type DateKind = 'date' | 'dateTime';

const FORMAT: Record<DateKind, string> = { date: 'YYYY-MM-DD', dateTime: 'YYYY-MM-DDTHH:mm' };

/** A well-formed value of the kind. */
export function isIsoValue(value: string | undefined, kind: DateKind): value is string {
  return kind === 'date' ? isIsoDate(value) : isIsoDateTime(value);
}

/** Form value → picker value: '' (or anything that is not a real ISO value) shows an empty field. */
export function toPickerValue(value: string | undefined, kind: DateKind = 'date'): Dayjs | null {
  if (!isIsoValue(value, kind)) return null;
  const [year, month, day, hours = 0, minutes = 0] = value.split(/[-T:]/).map(Number) as [number, number, number, number?, number?];
  // Built from parts, not parsed: that wall-clock moment in the machine's zone, as the picker shows it.
  return dayjs(new Date(year, month - 1, day, hours, minutes));
}

/** Picker value → form value: empty → '', a real date → 'YYYY-MM-DD' (or 'YYYY-MM-DDTHH:mm'), impossible → INVALID_DATE. */
export function fromPickerValue(value: Dayjs | null, kind: DateKind = 'date'): string {
  if (value === null) return '';
  if (!value.isValid()) return INVALID_DATE;
  return value.format(FORMAT[kind]);
}

export type DateRules = { readonly required?: boolean; readonly min?: string; readonly max?: string };
export type DateProblem = 'required' | 'invalid' | 'tooEarly' | 'tooLate';

/** What is wrong with a form's date value, if anything (ISO strings of one kind compare in time order). */
export function dateProblem(value: string | undefined, rules: DateRules, kind: DateKind = 'date'): DateProblem | undefined {
  if (!value) return rules.required ? 'required' : undefined;
  if (!isIsoValue(value, kind)) return 'invalid';
  if (rules.min !== undefined && value < rules.min) return 'tooEarly';
  if (rules.max !== undefined && value > rules.max) return 'tooLate';
  return undefined;
}
