import { describe, expect, it } from 'vitest';
import {
  type Holiday,
  addWorkingDays,
  createCalendar,
  explainDay,
  isWorkingDay,
  kazakhstanCalendar,
  kazakhstanHolidays,
  kazakhstanTransfers,
} from '../../../shared/calendar';

const name = { ru: 'Праздник', kk: 'Мереке' };
const fixed = (id: string, month: number, day: number, religious = false): Holiday => ({
  id,
  kind: 'fixed',
  month,
  day,
  name,
  religious,
  validFrom: 2000,
  source: 'test',
});

describe('the carry-over rule (Law on holidays, Art. 5)', () => {
  it('a holiday on Saturday frees the next working day; a religious one does not', () => {
    // 2026-06-06 and 2026-06-13 are Saturdays.
    const cal = createCalendar({ holidays: [fixed('civil', 6, 6), fixed('religious', 6, 13, true)], transfers: [] });
    expect(isWorkingDay(cal, '2026-06-08')).toBe(false);
    expect(isWorkingDay(cal, '2026-06-15')).toBe(true);
  });

  it('a Sunday holiday followed by a Monday holiday frees Tuesday', () => {
    const cal = createCalendar({ holidays: [fixed('a', 6, 7), fixed('b', 6, 8)], transfers: [] }); // Sun 7, Mon 8 June 2026
    expect(explainDay(cal, '2026-06-09')).toMatchObject({ reason: 'carried_over', from: '2026-06-07' });
  });

  it('the freed day skips a decree day off', () => {
    const cal = createCalendar({
      holidays: [fixed('a', 6, 7)],
      transfers: [{ workingDay: '2026-06-13', dayOff: '2026-06-08', act: 'test', source: 'test' }],
    });
    expect(explainDay(cal, '2026-06-08').reason).toBe('transfer_day_off');
    expect(explainDay(cal, '2026-06-09').reason).toBe('carried_over');
    expect(isWorkingDay(cal, '2026-06-13')).toBe(true);
  });
});

describe('createCalendar', () => {
  it('lets the administrator add a decree’s transfer and an extra day off', () => {
    const cal = createCalendar({
      holidays: kazakhstanHolidays,
      transfers: [...kazakhstanTransfers, { workingDay: '2026-05-16', dayOff: '2026-05-08', act: 'test', source: 'test' }],
      extraDaysOff: [{ date: '2026-06-01', reason: { ru: 'Решение акима', kk: 'Әкім шешімі' } }],
    });
    expect(isWorkingDay(cal, '2026-05-08')).toBe(false);
    expect(isWorkingDay(cal, '2026-05-16')).toBe(true);
    expect(explainDay(cal, '2026-06-01').reason).toBe('extra_day_off');
    // The default calendar is untouched: calendars are values.
    expect(isWorkingDay(kazakhstanCalendar, '2026-05-08')).toBe(true);
    expect(addWorkingDays(cal, '2026-05-06', 1)).toBe('2026-05-12');
    expect(addWorkingDays(kazakhstanCalendar, '2026-05-06', 1)).toBe('2026-05-08');
  });

  it('is frozen and serialisable', () => {
    expect(Object.isFrozen(kazakhstanCalendar)).toBe(true);
    const copy = createCalendar(JSON.parse(JSON.stringify(kazakhstanCalendar)));
    expect(isWorkingDay(copy, '2026-03-25')).toBe(false);
  });

  it.each([
    ['a working day that is not a weekend', { workingDay: '2026-05-15', dayOff: '2026-05-08' }],
    ['a day off that is a weekend', { workingDay: '2026-05-16', dayOff: '2026-05-17' }],
    ['an invalid date', { workingDay: '2026-02-30', dayOff: '2026-05-08' }],
  ] as const)('rejects a transfer with %s', (_, t) => {
    expect(() => createCalendar({ holidays: [], transfers: [{ ...t, act: 'x', source: 'x' }] })).toThrow(RangeError);
  });

  it('rejects duplicate holiday ids and impossible fixed dates', () => {
    expect(() => createCalendar({ holidays: [fixed('a', 1, 1), fixed('a', 1, 2)], transfers: [] })).toThrow(RangeError);
    expect(() => createCalendar({ holidays: [fixed('a', 4, 31)], transfers: [] })).toThrow(RangeError);
  });
});
