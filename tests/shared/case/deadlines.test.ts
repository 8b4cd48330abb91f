import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../../shared/calendar';
import { caseDeadlines, totalTermFor } from '../../../shared/case/deadlines';
import { foreignWorkerPermit } from '../../../shared/regulations/almaty-akimat-2014-2-236/foreign-worker-permit';
import { unemployedCertificate } from '../../../shared/regulations/almaty-akimat-2014-2-236/unemployed-certificate';
import { unemployedRegistration } from '../../../shared/regulations/almaty-akimat-2014-2-236/unemployed-registration';
import { borderZonePass2015 } from '../../../shared/regulations/mvd-2015-500/border-zone-pass';
import { replay } from '../../../shared/workflow';
import { registration } from '../workflow/journal-builders';

describe('case deadlines from the journal and the calendar', () => {
  it('002 R1 п.9 пп.1: 5 working days; lodged on Friday 20.03.2026, Наурыз and its carry-over days are skipped', () => {
    const state = replay(unemployedRegistration, [registration(unemployedRegistration, '2026-03-20T10:00:00+05:00')]);
    const deadlines = caseDeadlines(kazakhstanCalendar, state);
    // 21–23.03 holidays (21 Sat and 22 Sun carry over to 24 and 25): working days 26, 27, 30, 31.03 and 1.04.
    expect(deadlines.total).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(deadlines.totalTerm?.value).toBe(5);
  });

  it('002 R3 п.9: a certificate on the spot within office minutes, the lunch break excluded', () => {
    const state = replay(unemployedCertificate, [registration(unemployedCertificate, '2026-03-03T12:55:00+05:00')]);
    const due = caseDeadlines(kazakhstanCalendar, state).total;
    expect(due?.kind).toBe('instant');
    // 10 minutes from 12:55 with lunch 13:00–14:00: 5 minutes before lunch, 5 after → 14:05 local (09:05 UTC).
    if (due?.kind === 'instant') expect(new Date(due.instant).toISOString()).toBe('2026-03-03T09:05:00.000Z');
  });

  it('002 R17 п.10: each variant of the foreign-worker permit has its own term', () => {
    expect(totalTermFor(foreignWorkerPermit, 'employer-issue', 'office')?.value).toBe(41);
    expect(totalTermFor(foreignWorkerPermit, 'worker-reissue', 'office')?.value).toBe(3);
  });

  it('003: per-step due dates of the 2015 border-zone pass chain one after another', () => {
    const state = replay(borderZonePass2015, [registration(borderZonePass2015, '2026-06-01T10:00:00+05:00')]);
    const deadlines = caseDeadlines(kazakhstanCalendar, state);
    const withTerms = deadlines.steps.filter((s) => s.due);
    expect(withTerms.length).toBeGreaterThan(0);
    // Only the current step has started; later steps start when their predecessor is done.
    expect(deadlines.current?.startedAt).toBe('2026-06-01T10:00:00+05:00');
    expect(deadlines.total).toEqual({ kind: 'date', date: '2026-06-10' });
  });
});
