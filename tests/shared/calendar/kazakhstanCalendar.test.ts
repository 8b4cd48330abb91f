import { describe, expect, it } from 'vitest';
import {
  type IsoDate,
  countWorkingDays,
  daysInMonth,
  explainDay,
  holidayDataGaps,
  isoDateOf,
  isWorkingDay,
  kazakhstanCalendar as cal,
} from '../../../shared/calendar';

const monthCounts = (year: number) =>
  Array.from({ length: 12 }, (_, i) => countWorkingDays(cal, isoDateOf(year, i + 1, 1), isoDateOf(year, i + 1, daysInMonth(year, i + 1))));
const yearCount = (year: number) => countWorkingDays(cal, isoDateOf(year, 1, 1), isoDateOf(year, 12, 31));
const reason = (date: IsoDate) => explainDay(cal, date).reason;

describe('production calendar, five-day week', () => {
  it('2026: 246 working days and 119 days off (Ministry of Labour production calendar, published 05.12.2025)', () => {
    expect(yearCount(2026)).toBe(246);
    // January 19 (rus.baq.kz, 18.11.2025), May 17 (1, 7, 11 and 27 May off); the other months follow from the
    // published list of days off (9, 23–25 Mar; 6 Jul; 31 Aug; 26 Oct; 16 Dec).
    expect(monthCounts(2026)).toEqual([19, 20, 18, 22, 17, 22, 22, 20, 22, 21, 21, 22]);
  });

  it('2025: 246 working days (119 days off, azattyq-ruhy.kz), January 20 (11 days off, kursiv.media)', () => {
    expect(yearCount(2025)).toBe(246);
    expect(monthCounts(2025)).toEqual([20, 20, 17, 22, 19, 20, 22, 21, 21, 22, 20, 22]);
  });

  it('2024: the Ministry balance month by month, except June (ДУМК moved Kurban ait to Sunday 16 June)', () => {
    // Balance 2024 (help.inbuh.kz/6801): 21 21 17 22 20 19 22 21 21 22 21 21 = 248, published with Kurban ait on
    // Monday 17 June. ДУМК later set it on Sunday 16 June and 17 June was worked: June has 20, the year 249.
    expect(monthCounts(2024)).toEqual([21, 21, 17, 22, 20, 20, 22, 21, 21, 22, 21, 21]);
    expect(isWorkingDay(cal, '2024-06-17')).toBe(true);
  });
});

describe('specific days', () => {
  it.each<[IsoDate, boolean, string]>([
    // 2026
    ['2026-01-01', false, 'holiday'],
    ['2026-01-02', false, 'holiday'],
    ['2026-01-05', true, 'weekday'],
    ['2026-01-07', false, 'holiday'], // Orthodox Christmas, Wednesday
    ['2026-03-09', false, 'carried_over'], // 8 March is a Sunday
    ['2026-03-23', false, 'holiday'], // Monday, third day of Наурыз
    ['2026-03-24', false, 'carried_over'], // for Saturday 21 March
    ['2026-03-25', false, 'carried_over'], // for Sunday 22 March
    ['2026-03-26', true, 'weekday'],
    ['2026-05-11', false, 'carried_over'], // Victory Day on Saturday → Monday
    ['2026-05-27', false, 'holiday'], // Kurban ait 2026
    ['2026-05-28', true, 'weekday'],
    ['2026-08-31', false, 'carried_over'],
    ['2026-10-26', false, 'carried_over'], // Republic Day on Sunday → Monday
    ['2026-12-16', false, 'holiday'],
    ['2026-12-17', true, 'weekday'], // one day only since 2022
    // 2025
    ['2025-01-03', false, 'transfer_day_off'],
    ['2025-01-05', true, 'transfer_working_day'], // Sunday worked
    ['2025-03-10', false, 'carried_over'],
    ['2025-03-24', false, 'carried_over'],
    ['2025-03-25', false, 'carried_over'],
    ['2025-05-08', true, 'weekday'], // no transfer in May 2025 (Ministry of Labour)
    ['2025-06-06', false, 'holiday'],
    ['2025-07-07', false, 'carried_over'],
    ['2025-09-01', false, 'carried_over'],
    ['2025-10-27', false, 'carried_over'],
    ['2025-12-01', true, 'weekday'], // First President's Day abolished
    // 2027 (law only; no transfer decreed yet, Kurban ait projected for Sunday 16 May)
    ['2027-01-04', false, 'carried_over'], // 2 January is a Saturday
    ['2027-03-24', false, 'carried_over'], // 21 March is a Sunday; 22–23 March are holidays themselves
    ['2027-05-03', false, 'carried_over'], // 1 May is a Saturday
    ['2027-05-10', false, 'carried_over'], // 9 May is a Sunday
    ['2027-05-17', true, 'weekday'], // Kurban ait on Sunday does not carry over
    ['2027-10-25', false, 'holiday'],
  ])('%s working=%s (%s)', (date, working, why) => {
    expect(isWorkingDay(cal, date)).toBe(working);
    expect(reason(date)).toBe(why);
  });

  it('names the holiday a carried day stands for', () => {
    const status = explainDay(cal, '2026-03-25');
    expect(status.reason === 'carried_over' && status.from).toBe('2026-03-22');
    expect(status.reason === 'carried_over' && status.holiday.name.ru).toBe('Наурыз мейрамы');
  });
});

describe('religious days off do not carry over', () => {
  it.each<[IsoDate, IsoDate]>([
    ['2014-10-04', '2014-10-06'], // Kurban ait on Saturday; Monday worked
    ['2022-07-09', '2022-07-11'], // Kurban ait on Saturday
    ['2024-06-16', '2024-06-17'], // Kurban ait on Sunday
    ['2023-01-07', '2023-01-09'], // Christmas on Saturday
    ['2024-01-07', '2024-01-08'], // Christmas on Sunday
  ])('%s is a day off, %s stays a working day', (holiday, nextMonday) => {
    expect(reason(holiday)).toBe('holiday');
    expect(isWorkingDay(cal, nextMonday)).toBe(true);
  });
});

describe('the years the 2014 acts were in force', () => {
  it.each<[IsoDate, boolean]>([
    ['2014-01-03', false], // transfer for Saturday 28.12.2013
    ['2013-12-28', true],
    ['2014-03-24', false], // Наурыз 22–23 March on the weekend
    ['2014-03-25', false],
    ['2014-05-02', false], // transfer: Sunday 4 May worked
    ['2014-05-04', true],
    ['2014-05-08', false], // transfer: Sunday 11 May worked
    ['2014-05-11', true],
    ['2014-07-07', false], // Capital Day on Sunday
    ['2014-09-01', false], // Constitution Day on Saturday
    ['2014-12-01', false], // First President's Day, Monday
    ['2014-12-16', false],
    ['2014-12-17', false], // Independence Day was two days until 2021
    ['2015-03-09', false],
    ['2015-03-24', false],
    ['2015-03-25', false],
    ['2015-05-11', false],
    ['2015-08-31', false],
    ['2015-09-24', false], // Kurban ait
    ['2015-12-01', false],
    ['2016-01-04', false], // 2 January on Saturday
    ['2016-03-05', true], // Saturday worked …
    ['2016-03-07', false], // … for Monday 7 March
    ['2016-05-02', false], // 1 May on Sunday
    ['2016-05-10', false], // 7 May on Saturday; Monday 9 May is itself a holiday, so Tuesday is freed
    ['2016-09-12', false],
    ['2016-12-19', false], // 17 December on Saturday
    ['2017-01-03', false], // 1 January on Sunday; 2 January a holiday, so Tuesday is freed
    ['2017-07-07', false],
    ['2017-07-01', true],
    ['2017-12-18', false],
    ['2017-12-19', false],
  ])('%s working=%s', (date, working) => {
    expect(isWorkingDay(cal, date)).toBe(working);
  });

  it('does not know First President’s Day after 2021 nor Republic Day before 2022', () => {
    expect(isWorkingDay(cal, '2022-12-01')).toBe(true);
    expect(isWorkingDay(cal, '2021-10-25')).toBe(true);
    expect(isWorkingDay(cal, '2022-10-25')).toBe(false);
  });
});

describe('data gaps', () => {
  it('reports the projected Kurban ait dates of 2027 and none for 2026', () => {
    expect(holidayDataGaps(cal, 2026)).toEqual([]);
    expect(holidayDataGaps(cal, 2027)).toMatchObject([{ problem: 'provisional', date: '2027-05-16' }]);
    expect(holidayDataGaps(cal, 2031)).toMatchObject([{ problem: 'missing' }]);
  });
});
