// Kazakhstan working-day calendar: dates as 'YYYY-MM-DD', UTC arithmetic only, holidays and transfers as data.
export type { Calendar, DayStatus, DayTransfer, ExtraDayOff, Holiday, HolidayDate, OfficeSchedule, Pause } from './types';
export {
  type IsoDate,
  compareIsoDates,
  dayNumberOf,
  daysInMonth,
  isIsoDate,
  isoDateFromDayNumber,
  isoDateOf,
  isoWeekdayOf,
  partsOf,
  toIsoDate,
} from './IsoDate';
export {
  type Instant,
  almatyUtcOffsetAt,
  almatyUtcOffsetOn,
  epochMsToInstant,
  instantToEpochMs,
  localDateOf,
} from './Instant';
export { addCalendarDays } from './addCalendarDays';
export { addMonths } from './addMonths';
export { type CalendarInput, createCalendar } from './createCalendar';
export { isWeekend } from './isWeekend';
export { kazakhstanHolidays, kurbanAitDates } from './kazakhstanHolidays';
export { kazakhstanTransfers } from './kazakhstanTransfers';
export { kazakhstanCalendar } from './kazakhstanCalendar';
export { explainDay } from './explainDay';
export { isWorkingDay } from './isWorkingDay';
export { addWorkingDays } from './addWorkingDays';
export { countWorkingDays, workingDaysBetween } from './workingDaysBetween';
export { remainingWorkingDays } from './remainingWorkingDays';
export { rollToWorkingDay } from './rollToWorkingDay';
export { addOfficeMinutes, defaultOfficeSchedule, isOfficeOpen } from './addOfficeMinutes';
export { type Due, dueDate } from './dueDate';
export { dueDateWithPauses, pausedWorkingDays } from './dueDateWithPauses';
export { type HolidayDataGap, holidayDataGaps } from './holidayDataGaps';
