import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type IsoDate,
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  kazakhstanCalendar as cal,
  remainingWorkingDays,
  workingDaysBetween,
} from '../../../shared/calendar';

// Any date from 2013 to 2030, the range the holiday data covers.
const date = fc.integer({ min: 0, max: 365 * 18 }).map((n) => addCalendarDays('2013-01-01', n));
const steps = fc.integer({ min: 0, max: 300 });

describe('addWorkingDays', () => {
  it('counts from the next working day after lodging (registration Friday 20.03.2026, 5 working days)', () => {
    // Sat 21 … Wed 25 March are days off (Наурыз and carried days); 26, 27, 30, 31 March, 1 April.
    expect(addWorkingDays(cal, '2026-03-20', 5)).toBe('2026-04-01');
    expect(addWorkingDays(cal, '2026-03-20', 1)).toBe('2026-03-26');
  });

  it('n = 0 returns the date itself; negative n counts back', () => {
    expect(addWorkingDays(cal, '2026-03-21', 0)).toBe('2026-03-21');
    expect(addWorkingDays(cal, '2026-03-26', -1)).toBe('2026-03-20');
  });

  it('rejects a non-integer n', () => {
    expect(() => addWorkingDays(cal, '2026-03-20', 1.5)).toThrow(RangeError);
  });

  it('property: for n ≥ 1 the result is a working day after the start', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const due = addWorkingDays(cal, d, n);
        expect(isWorkingDay(cal, due)).toBe(true);
        expect(due > d).toBe(true);
      }),
    );
  });

  it('property: workingDaysBetween is its inverse', () => {
    fc.assert(
      fc.property(date, steps, (d, n) => {
        expect(workingDaysBetween(cal, d, addWorkingDays(cal, d, n))).toBe(n);
      }),
    );
  });

  it('property: counting back from a working day is the inverse too', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const start = addWorkingDays(cal, d, 1); // a working day
        expect(workingDaysBetween(cal, addWorkingDays(cal, start, -n), start)).toBe(n);
      }),
    );
  });

  it('property: monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(date, date, steps, steps, (d1, d2, n1, n2) => {
        const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [m, n] = n1 <= n2 ? [n1, n2] : [n2, n1];
        expect(addWorkingDays(cal, a, m) <= addWorkingDays(cal, a, n)).toBe(true);
        expect(addWorkingDays(cal, a, n) <= addWorkingDays(cal, b, n)).toBe(true);
        if (m < n) expect(addWorkingDays(cal, a, m) < addWorkingDays(cal, a, n)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to]', () => {
    expect(workingDaysBetween(cal, '2026-03-20', '2026-03-27')).toBe(2); // 26, 27
    expect(workingDaysBetween(cal, '2026-03-27', '2026-03-20')).toBe(-2);
    expect(workingDaysBetween(cal, '2026-03-20', '2026-03-20')).toBe(0);
  });

  it('property: antisymmetric and additive', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workingDaysBetween(cal, a, b)).toBe(0 - workingDaysBetween(cal, b, a));
        expect(workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, c)).toBe(workingDaysBetween(cal, a, c));
      }),
    );
  });
});

describe('remainingWorkingDays', () => {
  it.each<[IsoDate, IsoDate, number]>([
    ['2026-03-20', '2026-03-27', 2],
    ['2026-03-27', '2026-03-27', 0], // due today
    ['2026-03-30', '2026-03-27', -1], // due Friday, today Monday
    ['2026-03-28', '2026-03-27', -1], // Saturday after a Friday deadline is already overdue
    ['2026-04-01', '2026-03-27', -3],
  ])('today %s, due %s → %i', (today, due, expected) => {
    expect(remainingWorkingDays(cal, today, due)).toBe(expected);
  });

  it('property: negative exactly when the due date has passed', () => {
    fc.assert(
      fc.property(date, date, (today, due) => {
        expect(remainingWorkingDays(cal, today, due) < 0).toBe(due < today);
      }),
    );
  });
});
