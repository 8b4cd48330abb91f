import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import { allReportFacts, deriveReportFacts, markReportFactsPending, readServiceStatistics } from '../../../shared/store';
import { advance, openTestDb, registerCase } from './fixtures';

/**
 * perform keeps a case's report facts up to date incrementally — it rewrites them only for a case's first action and
 * for the action that closes it (reportFactsStore.ts). Whatever the office does, the facts must equal what a full
 * derivation from the case rows gives, and so must the statistics.
 */
describe('report facts kept by perform', () => {
  it('equal a full derivation from the case rows after any sequence of work', async () => {
    const services = serviceVersions.filter((s) => s.id !== 'quarantine-permit').slice(0, 12);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ service: fc.integer({ min: 0, max: services.length - 1 }), day: fc.integer({ min: 0, max: 40 }), steps: fc.integer({ min: 0, max: 30 }), grant: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        async (plans) => {
          const db = await openTestDb();
          try {
            for (const plan of plans) {
              let at = Date.parse('2026-03-02T04:00:00.000Z') + plan.day * 86_400_000;
              const { caseId, result } = await registerCase(db, services[plan.service], new Date(at).toISOString());
              if (!result.ok) continue;
              for (let s = 0; s < plan.steps; s++) {
                at += 5 * 3_600_000;
                const next = await advance(db, caseId, new Date(at).toISOString(), plan.grant);
                if (!next?.ok) break;
              }
            }
            const period = { from: '2026-03-01', to: '2026-06-30' } as const;
            const kept = await allReportFacts(db);
            const statistics = await readServiceStatistics(db, period);
            expect(kept.length).toBe(await db.cases.count());
            await markReportFactsPending(db);
            await deriveReportFacts(db);
            expect(await allReportFacts(db)).toEqual(kept);
            expect(await readServiceStatistics(db, period)).toEqual(statistics);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 300_000);
});
