import { almatyUtcOffsetAt, dayNumberOf, isoDateFromDayNumber, type Calendar, type IsoDate } from '../calendar';
import { countWorkingDayNumbers } from '../calendar/workingDayIndex';

/**
 * Day arithmetic for reports over tens of thousands of cases: the calendar module's date functions parse and validate
 * their strings on every call (right for forms and deadlines, ~10 µs each); a year's statistics makes a dozen such
 * calls per case, so here dates become day numbers once (memoized — a year has 365 of them) and instants go through
 * the engine's own ISO parser. Same conventions as shared/calendar: Almaty local dates, working days in (from, to].
 */
const MS_PER_DAY = 86_400_000;

export class DayNumbers {
  private readonly days = new Map<string, number>();

  constructor(private readonly calendar: Calendar) {}

  /** Day number of an ISO date 'YYYY-MM-DD'. */
  of(date: string): number {
    let n = this.days.get(date);
    if (n === undefined) {
      n = dayNumberOf(date as IsoDate);
      this.days.set(date, n);
    }
    return n;
  }

  /**
   * Day number of the Almaty local date of an instant. Instants in journals always carry an offset or Z (events.ts
   * validates them), which is what lets Date.parse read them without the machine's zone.
   */
  localDay(instant: string): number {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${JSON.stringify(instant)}`);
    return Math.floor((ms + almatyUtcOffsetAt(ms) * 60_000) / MS_PER_DAY);
  }

  /** Working days in (from, to], as workingDaysBetween; negative when `to` is before `from`. */
  workingDaysBetween(from: number, to: number): number {
    return from <= to ? countWorkingDayNumbers(this.calendar, from + 1, to) : 0 - countWorkingDayNumbers(this.calendar, to + 1, from);
  }

  /** Day number of the Monday of the ISO week (1970-01-01, day 0, was a Thursday). */
  static weekStart(day: number): number {
    return day - ((((day + 3) % 7) + 7) % 7);
  }

  static toIso(day: number): IsoDate {
    return isoDateFromDayNumber(day);
  }
}
