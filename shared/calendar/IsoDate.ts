/**
 * A calendar date as the plain ISO string 'YYYY-MM-DD'. Dates are never `Date` objects in this module: every
 * computation goes through a day number (days since 1970-01-01) built with `Date.UTC`, so the result does not
 * depend on the machine's time zone.
 *
 * The template-literal type lets literals such as '2026-03-23' type-check without casts while a bare `string`
 * (from a form, a database row) has to pass `isIsoDate` / `toIsoDate` first.
 */
export type IsoDate = `${number}-${number}-${number}`;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written exactly as 'YYYY-MM-DD' (no time, no offset). */
export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `get*`-style: returns the value typed as IsoDate or throws a RangeError. */
export function toIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

/** Builds an IsoDate from numbers (month 1..12); throws when they do not form a real date. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return toIsoDate(text);
}

/** Year, month (1..12) and day of an IsoDate. */
export function partsOf(date: IsoDate): { readonly year: number; readonly month: number; readonly day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days since 1970-01-01 (negative before). The one place dates become numbers. */
export function dayNumberOf(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const ms = new Date(0).setUTCFullYear(year, month - 1, day); // setUTCFullYear: years 0..99 are not shifted to 19xx
  return Math.round(ms / MS_PER_DAY);
}

/** The IsoDate of a day number. */
export function isoDateFromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering `OfficeHours.days` uses). */
export function isoWeekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = dayNumberOf(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Lexicographic order of 'YYYY-MM-DD' is chronological order; this names the intent. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
