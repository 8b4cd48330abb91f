import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  dueDateWithPauses,
  kazakhstanCalendar as cal,
  pausedWorkingDays,
} from '../../../shared/calendar';

describe('dueDateWithPauses', () => {
  // Lodged Monday 2 March 2026, 10 working days → due Tuesday 17 March (9 March is the carried 8 March).
  const due = addWorkingDays(cal, '2026-03-02', 10);

  it('base due date', () => {
    expect(due).toBe('2026-03-17');
  });

  it('shifts by the working days in (from, to] of each pause', () => {
    // Waited for the applicant from Wed 4 to Fri 6 March: Thu 5 and Fri 6 paused → 2 working days.
    expect(pausedWorkingDays(cal, [{ from: '2026-03-04', to: '2026-03-06' }])).toBe(2);
    expect(dueDateWithPauses(cal, due, [{ from: '2026-03-04', to: '2026-03-06' }])).toBe('2026-03-19');
  });

  it('counts overlapping pauses once', () => {
    const pauses = [
      { from: '2026-03-04', to: '2026-03-06' },
      { from: '2026-03-05', to: '2026-03-10' },
    ] as const;
    expect(pausedWorkingDays(cal, pauses)).toBe(3); // 5, 6, 10 March (9 March is a day off)
    expect(dueDateWithPauses(cal, due, pauses)).toBe('2026-03-20');
  });

  it('an open pause runs until asOf, and needs it', () => {
    expect(dueDateWithPauses(cal, due, [{ from: '2026-03-04' }], '2026-03-06')).toBe('2026-03-19');
    expect(() => dueDateWithPauses(cal, due, [{ from: '2026-03-04' }])).toThrow(RangeError);
  });

  it('a pause that starts after the clock ran out does not revive it', () => {
    expect(dueDateWithPauses(cal, due, [{ from: '2026-03-18', to: '2026-03-20' }])).toBe(due);
  });

  it('a pause started on the due date itself still moves it', () => {
    expect(dueDateWithPauses(cal, due, [{ from: '2026-03-17', to: '2026-03-18' }])).toBe('2026-03-18');
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => dueDateWithPauses(cal, due, [{ from: '2026-03-06', to: '2026-03-04' }])).toThrow(RangeError);
  });

  it('property: pauses before the due date move it by exactly the paused working days', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays('2016-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), (start, term, offset, length) => {
        const base = addWorkingDays(cal, start, term);
        const from = addCalendarDays(start, offset);
        fc.pre(from <= base);
        const pause = { from, to: addCalendarDays(from, length) };
        const shifted = dueDateWithPauses(cal, base, [pause]);
        expect(shifted).toBe(addWorkingDays(cal, base, pausedWorkingDays(cal, [pause])));
        expect(shifted >= base).toBe(true);
      }),
    );
  });
});
