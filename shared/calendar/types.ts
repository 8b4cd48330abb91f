import type { LocalizedText } from '../regulations/types';
import type { IsoDate } from './IsoDate';

/** One date of a holiday whose date moves (Kurban ait), as announced for that year. */
export type HolidayDate = {
  readonly date: IsoDate;
  /**
   * true = not yet announced (a projection of the lunar calendar); the administrator should confirm it when the
   * Ministry of Labour / ДУМК publish the year's calendar (ДУМК moves a date by a day when the new moon is seen).
   */
  readonly provisional?: boolean;
  readonly source: string;
};

/**
 * A day off established by law. Each day of a multi-day holiday (Наурыз 21–23 March) is its own entry so that
 * the law's carry-over rule can be applied day by day.
 */
export type Holiday = {
  readonly id: string;
  readonly name: LocalizedText;
  /**
   * Religious days off (first day of Kurban ait, Orthodox Christmas) are days off but not "праздничные дни" of
   * Art. 5 of the Law on holidays: when one falls on a weekend, no working day is freed in its stead.
   */
  readonly religious: boolean;
  /** First year (inclusive) the day off applies in this data. */
  readonly validFrom: number;
  /** Last year (inclusive); absent = still in force. */
  readonly validTo?: number;
  readonly source: string;
} & (
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'dated'; readonly dates: readonly HolidayDate[] }
);

/**
 * A day-transfer by government decree (since 2024: by order of the Minister of Labour, Labour Code Art. 85 п.3):
 * a weekend date becomes a working day and a weekday becomes a day off.
 */
export type DayTransfer = {
  /** The weekend day that is worked. */
  readonly workingDay: IsoDate;
  /** The weekday that becomes a day off instead. */
  readonly dayOff: IsoDate;
  /** The act, as far as it is known (kind, date, number). */
  readonly act: string;
  /** Where it was confirmed. */
  readonly source: string;
};

/** A day off that is neither a holiday nor a transfer (e.g. an akimat's decision for the district), entered by the admin. */
export type ExtraDayOff = {
  readonly date: IsoDate;
  readonly reason: LocalizedText;
  readonly source?: string;
};

/**
 * The working-day calendar as a plain, serialisable value. Build it with `createCalendar` (which validates);
 * the functions of this module (isWorkingDay, addWorkingDays, …) take it as their first argument.
 */
export type Calendar = {
  readonly holidays: readonly Holiday[];
  readonly transfers: readonly DayTransfer[];
  readonly extraDaysOff: readonly ExtraDayOff[];
};

/** Why a date is, or is not, a working day — for tooltips and for the admin's year view. */
export type DayStatus =
  | { readonly working: true; readonly reason: 'weekday' }
  | { readonly working: true; readonly reason: 'transfer_working_day'; readonly transfer: DayTransfer }
  | { readonly working: false; readonly reason: 'weekend' }
  | { readonly working: false; readonly reason: 'holiday'; readonly holiday: Holiday }
  | {
      readonly working: false;
      readonly reason: 'carried_over';
      /** The holiday that fell on a weekend … */
      readonly holiday: Holiday;
      /** … on this date. */
      readonly from: IsoDate;
    }
  | { readonly working: false; readonly reason: 'transfer_day_off'; readonly transfer: DayTransfer }
  | { readonly working: false; readonly reason: 'extra_day_off'; readonly extra: ExtraDayOff };

/**
 * Office hours for terms counted in minutes or hours. `OfficeHours` of shared/regulations/types.ts fits this type
 * (it has `days`, `open`, `close`, `lunch`), so a service's own schedule can be passed as is.
 */
export type OfficeSchedule = {
  /** ISO weekdays 1 = Monday … 7 = Sunday on which the office is open (holidays and days off excepted). */
  readonly days: readonly number[];
  /** 'HH:MM' local time. */
  readonly open: string;
  readonly close: string;
  readonly lunch?: { readonly from: string; readonly to: string };
  /**
   * Offset of the office's local time from UTC in minutes. Absent = Almaty time (UTC+6 until 29.02.2024,
   * UTC+5 from 01.03.2024, when all of Kazakhstan moved to one zone).
   */
  readonly utcOffsetMinutes?: number;
};

/** An interval during which the clock of a term stood still (e.g. waiting for the applicant). */
export type Pause = {
  /** The day the clock stopped (request sent / case put on hold). */
  readonly from: IsoDate;
  /** The day it restarted (answer / documents received); absent = still paused. */
  readonly to?: IsoDate;
};
