import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addOfficeMinutes,
  defaultOfficeSchedule,
  dueDate,
  isOfficeOpen,
  kazakhstanCalendar as cal,
  localDateOf,
} from '../../../shared/calendar';

describe('dueDate, minute and hour terms within office hours', () => {
  it('30 minutes from 12:50 end at 14:20 (lunch 13:00–14:00 does not count)', () => {
    expect(dueDate(cal, '2026-03-02T12:50:00+05:00', { value: 30, unit: 'minutes' })).toEqual({
      kind: 'instant',
      instant: '2026-03-02T09:20:00.000Z', // 14:20 Almaty (UTC+5)
      date: '2026-03-02',
    });
  });

  it('ending exactly at the start of lunch stays before lunch', () => {
    expect(addOfficeMinutes(cal, '2026-03-02T12:50:00+05:00', 10)).toBe('2026-03-02T08:00:00.000Z'); // 13:00
  });

  it('continues on the next working day, skipping holidays', () => {
    // Friday 20.03.2026 17:30, 2 hours: 30 minutes on Friday, then Thursday 26 March from 9:00 → 10:30.
    expect(dueDate(cal, '2026-03-20T17:30:00+05:00', { value: 2, unit: 'hours' })).toMatchObject({
      instant: '2026-03-26T05:30:00.000Z',
      date: '2026-03-26',
    });
  });

  it('a start before opening or during lunch counts from opening / the end of lunch', () => {
    expect(addOfficeMinutes(cal, '2026-03-02T07:00:00+05:00', 15)).toBe('2026-03-02T04:15:00.000Z'); // 09:15
    expect(addOfficeMinutes(cal, '2026-03-02T13:30:00+05:00', 15)).toBe('2026-03-02T09:15:00.000Z'); // 14:15
  });

  it('uses Almaty’s UTC+6 before 1 March 2024', () => {
    expect(addOfficeMinutes(cal, '2015-03-02T12:50:00+06:00', 30)).toBe('2015-03-02T08:20:00.000Z'); // 14:20 +06
  });

  it('opens on a Saturday worked by decree and on the Saturdays of a ЦОН schedule, never on a holiday', () => {
    // 2025-01-05 was a Sunday worked for 3 January.
    expect(addOfficeMinutes(cal, '2025-01-04T10:00:00+05:00', 10)).toBe('2025-01-05T04:10:00.000Z');
    const con = { days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '20:00' };
    expect(addOfficeMinutes(cal, '2026-03-06T19:50:00+05:00', 20, con)).toBe('2026-03-07T04:10:00.000Z'); // Sat 09:10
    // Saturday 21 March 2026 is Наурыз: the ЦОН is closed.
    expect(localDateOf(addOfficeMinutes(cal, '2026-03-20T19:50:00+05:00', 20, con))).toBe('2026-03-26');
  });

  it('property: the due instant is inside office hours of an open day and after the start', () => {
    const start = fc
      .record({ day: fc.integer({ min: 0, max: 2000 }), minute: fc.integer({ min: 0, max: 1439 }) })
      .map(({ day, minute }) => {
        const d = addCalendarDays('2024-03-01', day);
        const hh = String(Math.floor(minute / 60)).padStart(2, '0');
        const mm = String(minute % 60).padStart(2, '0');
        return `${d}T${hh}:${mm}:00+05:00`;
      });
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 2000 }), (s, minutes) => {
        const due = addOfficeMinutes(cal, s, minutes);
        expect(Date.parse(due)).toBeGreaterThan(Date.parse(s));
        const local = new Date(Date.parse(due) + 5 * 3_600_000);
        const minuteOfDay = local.getUTCHours() * 60 + local.getUTCMinutes();
        expect((minuteOfDay > 9 * 60 && minuteOfDay <= 13 * 60) || (minuteOfDay > 14 * 60 && minuteOfDay <= 18 * 60)).toBe(true);
        expect(isOfficeOpen(cal, defaultOfficeSchedule, localDateOf(due))).toBe(true);
      }),
    );
  });
});

describe('dueDate, day terms', () => {
  it('working days: the 5th working day after the day of lodging', () => {
    expect(dueDate(cal, '2026-03-20T17:59:00+05:00', { value: 5, unit: 'working_days' })).toEqual({
      kind: 'date',
      date: '2026-04-01',
    });
  });

  it('takes the lodging date in Almaty time, not UTC', () => {
    // 23:30 UTC on 19 March is 04:30 on 20 March in Almaty.
    expect(dueDate(cal, '2026-03-19T23:30:00Z', { value: 5, unit: 'working_days' })).toEqual({ kind: 'date', date: '2026-04-01' });
  });

  it('calendar days end on the next working day when they fall on a day off', () => {
    // 02.03.2026 + 20 calendar days = Sunday 22 March; 23–25 March are days off → Thursday 26 March.
    expect(dueDate(cal, '2026-03-02T10:00:00+05:00', { value: 20, unit: 'calendar_days' })).toEqual({ kind: 'date', date: '2026-03-26' });
    expect(dueDate(cal, '2026-03-02T10:00:00+05:00', { value: 10, unit: 'calendar_days' })).toEqual({ kind: 'date', date: '2026-03-12' });
  });

  it('months end on the same day number, or the month’s last day, rolled to a working day', () => {
    expect(dueDate(cal, '2026-01-31T10:00:00+05:00', { value: 1, unit: 'months' })).toEqual({ kind: 'date', date: '2026-03-02' }); // 28 Feb is a Saturday
    expect(dueDate(cal, '2026-04-15T10:00:00+05:00', { value: 1, unit: 'months' })).toEqual({ kind: 'date', date: '2026-05-15' });
  });

  it('rejects fractional day terms and instants without an offset', () => {
    expect(() => dueDate(cal, '2026-03-02T10:00:00+05:00', { value: 1.5, unit: 'working_days' })).toThrow(RangeError);
    expect(() => dueDate(cal, '2026-03-02T10:00:00', { value: 1, unit: 'working_days' })).toThrow(RangeError);
  });
});

describe('independence from the machine’s time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same results in Los Angeles, Almaty and Kiritimati', () => {
    const run = () => [
      dueDate(cal, '2026-03-20T17:30:00+05:00', { value: 2, unit: 'hours' }),
      dueDate(cal, '2026-03-19T23:30:00Z', { value: 5, unit: 'working_days' }),
      dueDate(cal, '2026-01-31T00:10:00+05:00', { value: 1, unit: 'months' }),
      addCalendarDays('2026-03-29', 1), // around a DST switch elsewhere
    ];
    const results = ['America/Los_Angeles', 'Asia/Almaty', 'Pacific/Kiritimati', 'Europe/London'].map((tz) => {
      process.env.TZ = tz;
      return run();
    });
    for (const r of results) expect(r).toEqual(results[0]);
  });
});
