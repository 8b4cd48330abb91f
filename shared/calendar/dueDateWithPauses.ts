import { addWorkingDays } from './addWorkingDays';
import type { IsoDate } from './IsoDate';
import type { Calendar, Pause } from './types';
import { workingDaysBetween } from './workingDaysBetween';

type ClosedPause = { readonly from: IsoDate; readonly to: IsoDate };

/** Closes an open pause at `asOf`, checks order, and merges overlapping pauses so no day is counted twice. */
function normalise(pauses: readonly Pause[], asOf: IsoDate | undefined): ClosedPause[] {
  const closed = pauses.map((p): ClosedPause => {
    const to = p.to ?? asOf;
    if (to === undefined) throw new RangeError(`A pause from ${p.from} is still open: pass asOf`);
    if (to < p.from) throw new RangeError(`A pause ends (${to}) before it starts (${p.from})`);
    return { from: p.from, to };
  });
  closed.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: ClosedPause[] = [];
  for (const p of closed) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) merged[merged.length - 1] = { from: last.from, to: p.to > last.to ? p.to : last.to };
    else merged.push(p);
  }
  return merged;
}

/**
 * Working days the clock stood still: for each pause, the working days in (from, to] — the day the clock stopped
 * was still used, and counting resumes the day after the answer came, as it starts the day after lodging.
 * An open pause (no `to`) runs until `asOf`.
 */
export function pausedWorkingDays(cal: Calendar, pauses: readonly Pause[], asOf?: IsoDate): number {
  return normalise(pauses, asOf).reduce((sum, p) => sum + workingDaysBetween(cal, p.from, p.to), 0);
}

/**
 * `due` moved later by the working days paused. A pause only counts when it starts on or before the due date as
 * shifted by the earlier pauses: a clock that has already run out cannot be stopped. For a case still waiting
 * (open pause) pass `asOf` = today: the result is then the earliest possible due date and grows each day.
 */
export function dueDateWithPauses(cal: Calendar, due: IsoDate, pauses: readonly Pause[], asOf?: IsoDate): IsoDate {
  let current = due;
  for (const p of normalise(pauses, asOf)) {
    if (p.from > current) break;
    current = addWorkingDays(cal, current, workingDaysBetween(cal, p.from, p.to));
  }
  return current;
}
