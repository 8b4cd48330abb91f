import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../../bench/benchmark';

/**
 * The benchmark's own code path at 1,000 cases, so it cannot rot between `npm run bench` runs. No timing assertions
 * (fake-indexeddb says nothing about Chromium); it checks that every measure runs and that the seeded office is what
 * the engine replays to.
 */
describe('store benchmark (small)', () => {
  it('seeds 1,000 cases, measures every operation, and the seed equals a rebuild from the journal', async () => {
    const lines: string[] = [];
    const { measures, summary } = await runBenchmark({ cases: 1000, samples: 8, intakeSamples: 6, openSamples: 2, reportSamples: 2, verify: true, log: (l) => lines.push(l), name: `bench-small-${crypto.randomUUID()}` });
    expect(summary).toMatchObject({ seeded_cases: 1000, rebuild_failures: 0, seed_projection_mismatches: 0, verify_ok: true });
    for (const key of ['cases', 'search_p95_ms', 'worklist_p95_ms', 'intake_p95_ms', 'search_ratio_to_raw', 'worklist_ratio_to_raw', 'intake_ratio_to_raw', 'replay_ms_per_case', 'rebuild_s', 'open_ms', 'reports_open_ms', 'reports_open_p95_ms']) {
      expect(typeof summary[key], key).toBe('number');
      expect(Number.isFinite(summary[key] as number), key).toBe(true);
    }
    expect(summary.replay_actions).toBe(20);
    // The year's statistics found the seeded office's cases (the figures themselves: tests/shared/reports).
    expect(summary.reports_received).toBeGreaterThan(0);
    expect(measures.length).toBeGreaterThanOrEqual(8);
    expect(lines.some((l) => l.startsWith('seed:'))).toBe(true);
  }, 180_000);
});
