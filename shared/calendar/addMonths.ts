import { type IsoDate, daysInMonth, isoDateOf, partsOf } from './IsoDate';

/**
 * `date` plus `n` months: the same day number of the target month, or the last day of that month when it is
 * shorter (31 Jan + 1 month = 28/29 Feb). This is how Kazakh law ends a term counted in months — Закон РК от
 * 27.11.2000 № 107-II «Об административных процедурах», ст. 12-1 п.3: "истекает в соответствующий день (число)
 * последнего месяца срока … если … нет соответствующего числа, то срок истекает в последний день этого месяца".
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: n must be an integer, got ${n}`);
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
