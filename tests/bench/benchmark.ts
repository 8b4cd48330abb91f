import { Dexie } from 'dexie';
import { localDateOf } from '../../shared/calendar';
import { createBlock, takeNumber } from '../../shared/numbering';
import { currentVersionOf } from '../../shared/regulations/catalogue';
import {
  casesByStatus,
  CaseDatabase,
  GENESIS_PREV_HASH,
  numberingBlockId,
  perform,
  projectCase,
  putProjection,
  rebuildProjections,
  replayJournal,
  journalOf,
  saveNumberingBlock,
  searches,
  signEntry,
  verify,
  type CaseRow,
  type JournalEntry,
} from '../../shared/store';
import { applicantRow } from '../../shared/store/perform';
import { apply, emptyCase, replay as workflowReplay } from '../../shared/workflow';
import { registration } from '../shared/workflow/journal-builders';
import { person, random, seedOffice } from './officeSeed';
import { buildTemplates, longJournal } from './officeTemplates';
import { rawFloor } from './rawFloor';
import { measureReportsOpen } from './reportsBench';

/**
 * The store benchmark, one code path for the big run in headless Chromium (`npm run bench`, 200,000 cases) and the
 * small run in the unit tests (1,000 cases, fake-indexeddb) that keeps it from rotting. Seeds an office, then measures
 * p50/p95 of the desks' reads and of the intake commit — each against the raw floor (rawFloor.ts), samples interleaved
 * so both see the same conditions — plus replay, projection rebuild and cold open.
 */
export type BenchOptions = {
  readonly cases: number;
  readonly name?: string;
  /** Samples per measured operation (each for ours and for the raw floor). */
  readonly samples?: number;
  readonly intakeSamples?: number;
  readonly openSamples?: number;
  /** Samples of the year's service statistics (reports_open_ms). */
  readonly reportSamples?: number;
  /** Also walk every chain after the rebuild (the small run does; 200,000 cases take long). */
  readonly verify?: boolean;
  readonly now?: Date;
  readonly log?: (line: string) => void;
};

export type Measure = { readonly name: string; readonly p50: number; readonly p95: number; readonly rawP50?: number; readonly rawP95?: number; readonly ratio?: number; readonly n: number };

export type BenchResult = {
  readonly measures: readonly Measure[];
  readonly summary: Record<string, number | string | boolean>;
};

const OFFICE = 'ALM-AU';
const DEVICE = 'bench-device';

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

const round = (v: number, digits = 3) => Number(v.toFixed(digits));

/** Replays per replay sample (see the replay measure). */
const REPLAY_BATCH = 25;

async function time<T>(run: () => Promise<T> | T): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/**
 * Ours and raw, alternately, after a warm-up. `prepareRaw` runs before each raw sample, outside the measured time
 * (the raw floor gets its rows for free).
 */
async function compare<P = undefined>(
  name: string,
  n: number,
  ours: (i: number) => Promise<unknown>,
  raw: (i: number, prepared: P) => Promise<unknown>,
  prepareRaw: (i: number) => Promise<P> | P = () => undefined as P,
): Promise<Measure> {
  const a: number[] = [];
  const b: number[] = [];
  const warmUp = Math.min(5, n);
  for (let i = 0; i < n + warmUp; i++) {
    const prepared = await prepareRaw(i);
    const oursFirst = i % 2 === 0;
    if (oursFirst) a.push(await time(() => ours(i)));
    b.push(await time(() => raw(i, prepared)));
    if (!oursFirst) a.push(await time(() => ours(i)));
    if (i < warmUp) {
      a.pop();
      b.pop();
    }
  }
  const p95 = percentile(a, 0.95);
  const rawP95 = percentile(b, 0.95);
  return { name, p50: percentile(a, 0.5), p95, rawP50: percentile(b, 0.5), rawP95, ratio: p95 / rawP95, n };
}

/** Merges per-kind measures: the worst p95 and the worst ratio. */
function worst(name: string, measures: readonly Measure[]): Measure {
  const max = (pick: (m: Measure) => number | undefined) => Math.max(...measures.map((m) => pick(m) ?? 0));
  return { name, p50: max((m) => m.p50), p95: max((m) => m.p95), rawP50: max((m) => m.rawP50), rawP95: max((m) => m.rawP95), ratio: max((m) => m.ratio), n: measures.reduce((s, m) => s + m.n, 0) };
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => undefined);
  const name = options.name ?? `bench-${options.cases}`;
  const samples = options.samples ?? 200;
  const now = options.now ?? new Date();
  const next = random(7);
  await Dexie.delete(name);

  // 1. Seed (relaxed durability: bulk loading, not what is measured).
  let t0 = performance.now();
  const templates = buildTemplates();
  log(`templates: ${templates.length} from the engine in ${round(performance.now() - t0, 0)} ms`);
  const seeding = new CaseDatabase({ name, durability: 'relaxed' });
  await seeding.open();
  t0 = performance.now();
  let reported = 0;
  const seeded = await seedOffice(seeding, templates, {
    cases: options.cases,
    office: OFFICE,
    deviceId: DEVICE,
    now,
    onProgress: (done) => {
      if (done - reported >= 20_000 || done === options.cases) {
        reported = done;
        log(`seeded ${done} cases in ${round((performance.now() - t0) / 1000, 1)} s`);
      }
    },
  });
  const seedSeconds = (performance.now() - t0) / 1000;
  // The 20-action journal for the replay measure is a case of the office too.
  const long = longJournal(20);
  const longCaseId = crypto.randomUUID();
  const longEntries: JournalEntry[] = [];
  for (const [i, payload] of long.events.entries()) {
    longEntries.push(
      await signEntry({
        id: crypto.randomUUID(),
        caseId: longCaseId,
        seq: i + 1,
        type: payload.type,
        payload: i === 0 && payload.type === 'case.register' ? { ...payload, number: `${OFFICE}-2025-B9999-00001` } : payload,
        actor: { ...payload.actor, officeId: OFFICE, deviceId: DEVICE },
        deviceTime: payload.at,
        regulation: { serviceId: long.service.id, version: long.service.version },
        prevHash: longEntries[i - 1]?.hash ?? GENESIS_PREV_HASH,
      }),
    );
  }
  await seeding.actions.bulkAdd(longEntries);
  await putProjection(seeding, projectRow(seeding, longEntries));
  const year = Number(localDateOf(now.toISOString()).slice(0, 4));
  await saveNumberingBlock(seeding, createBlock({ office: OFFICE, year, block: 9000 }), DEVICE, now.toISOString());
  await saveNumberingBlock(seeding, createBlock({ office: OFFICE, year, block: 9001 }), 'raw-device', now.toISOString());
  seeding.close();
  log(`seed: ${seeded.cases} cases, ${seeded.actions} actions in ${round(seedSeconds, 1)} s (stamp+hash+project ${round(seeded.buildMs / 1000, 1)} s, IndexedDB ${round(seeded.writeMs / 1000, 1)} s); ${JSON.stringify(seeded.byStatus)}`);

  const db = new CaseDatabase({ name });
  await db.open();
  const idb = db.backendDB();
  const measures: Measure[] = [];
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

  // 2. Reads: worklist (status + due date, first page), searches by IIN, number, name prefix.
  const statuses = ['intake', 'review', 'commission', 'decision', 'issue'] as const;
  measures.push(await compare('worklist (status + due date, first page of 50)', samples, (i) => casesByStatus(db, pick(statuses, i), { limit: 50 }), (i) => rawFloor.worklist(idb, pick(statuses, i))));
  const iin = await compare('search by IIN', samples, (i) => searches.byIin(db, pick(seeded.iins, i)), (i) => rawFloor.byIin(idb, pick(seeded.iins, i)));
  const number = await compare('search by case number', samples, (i) => searches.byNumber(db, pick(seeded.numbers, i)), (i) => rawFloor.byNumber(idb, pick(seeded.numbers, i)));
  const name_ = await compare('search by name prefix', samples, (i) => searches.byNamePrefix(db, pick(seeded.namePrefixes, i)), (i) => rawFloor.byNamePrefix(idb, pick(seeded.namePrefixes, i)));
  measures.push(iin, number, name_);
  const search = worst('search (worst of the three)', [iin, number, name_]);
  log(`reads measured (worklist p95 ${round(measures[0]!.p95)} ms, search p95 ${round(search.p95)} ms)`);

  // 3. Intake commit: perform of a new case vs the same transaction with rows prepared in advance.
  const service = currentVersionOf('unemployed-registration');
  const intakeSamples = options.intakeSamples ?? samples;
  let rawBlock = (await db.numberingBlocks.get(numberingBlockId(OFFICE, year, 9001)))!;
  const intake = await compare(
    'intake commit (perform of a new case)',
    intakeSamples,
    async () => {
      const { actor, number: _n, ...event } = registration(service, now.toISOString(), { applicant: { kind: 'citizen', ...person(next) } });
      const result = await perform(db, crypto.randomUUID(), { ...event, regulation: { serviceId: service.id } }, { ...actor, officeId: OFFICE, deviceId: DEVICE });
      if (!result.ok) throw new Error(`intake refused: ${result.reason.ru}`);
    },
    (_i, rows) => rawFloor.intake(idb, rows),
    async () => {
      const caseId = crypto.randomUUID();
      const taken = takeNumber(rawBlock);
      if (!taken.ok) throw new Error('raw block exhausted');
      const event = { ...registration(service, now.toISOString(), { applicant: { kind: 'citizen', ...person(next) } }), number: taken.number };
      const entry = await signEntry({
        id: crypto.randomUUID(),
        caseId,
        seq: 1,
        type: event.type,
        payload: event,
        actor: { ...event.actor, officeId: OFFICE, deviceId: 'raw-device' },
        deviceTime: event.at,
        regulation: { serviceId: service.id, version: service.version },
        prevHash: GENESIS_PREV_HASH,
      });
      const applied = apply(emptyCase(service), event);
      if (!applied.ok) throw new Error('raw intake event refused');
      const row = projectCase(applied.state, { caseId, officeId: OFFICE, last: { seq: 1, hash: entry.hash, deviceTime: event.at, at: event.at } }, db.calendar);
      rawBlock = { ...rawBlock, next: taken.block.next };
      return { entry, row, outbox: { actionId: entry.id, caseId, queuedAt: event.at }, block: rawBlock, applicant: applicantRow(event.applicant, caseId, event.at) };
    },
  );
  measures.push(intake);
  log(`intake measured (p95 ${round(intake.p95)} ms, raw ${round(intake.rawP95 ?? Number.NaN)} ms)`);

  // 4. Replay of a 20-action case (pure engine time, the journal already read).
  const journal = await db.actions.where('[caseId+seq]').between([longCaseId, Dexie.minKey], [longCaseId, Dexie.maxKey]).toArray();
  // A replay takes a fraction of a millisecond, below what one performance.now() pair resolves in a browser page
  // (Chromium coarsens it to 0.1 ms without cross-origin isolation): each sample times a batch of replays and divides.
  const perReplay = (run: () => unknown): number => {
    const t0 = performance.now();
    for (let k = 0; k < REPLAY_BATCH; k++) run();
    return (performance.now() - t0) / REPLAY_BATCH;
  };
  const replays: number[] = [];
  for (let i = 0; i < 200; i++) replayJournal(journal);
  for (let i = 0; i < samples; i++) replays.push(perReplay(() => replayJournal(journal)));
  measures.push({ name: `replay of a ${journal.length}-action case (store)`, p50: percentile(replays, 0.5), p95: percentile(replays, 0.95), n: samples });
  // For reference: the workflow's own replay() (zod-parses every action first), which perform's validation uses.
  const payloads = journal.map((e) => e.payload);
  const engineReplays: number[] = [];
  for (let i = 0; i < 200; i++) workflowReplay(long.service, payloads);
  for (let i = 0; i < samples; i++) engineReplays.push(perReplay(() => workflowReplay(long.service, payloads)));
  measures.push({ name: `  same with workflow replay()`, p50: percentile(engineReplays, 0.5), p95: percentile(engineReplays, 0.95), n: samples });

  // 5. Cold open: a new connection and the first worklist page.
  db.close();
  const opens: number[] = [];
  const rawOpens: number[] = [];
  for (let i = 0; i < (options.openSamples ?? 5); i++) {
    opens.push(
      await time(async () => {
        const fresh = new CaseDatabase({ name });
        await fresh.open();
        await casesByStatus(fresh, 'review', { limit: 50 });
        fresh.close();
      }),
    );
    rawOpens.push(await time(async () => (await rawFloor.open(name, 'review')).close()));
  }
  measures.push({ name: 'cold open (+ first worklist page)', p50: percentile(opens, 0.5), p95: percentile(opens, 0.95), rawP50: percentile(rawOpens, 0.5), rawP95: percentile(rawOpens, 0.95), ratio: percentile(opens, 0.5) / percentile(rawOpens, 0.5), n: opens.length });

  // 6. Projection rebuild of all cases — and the seeded rows must be exactly what the journal replays to.
  const reopened = new CaseDatabase({ name });
  await reopened.open();
  const sampleIds = (await reopened.cases.toCollection().primaryKeys()).filter(() => next() < Math.min(1, 2000 / options.cases));
  const before = await reopened.cases.bulkGet(sampleIds);
  // Replay over the office's real mix of journals (most cases are shorter than 20 actions), for reference.
  const mixJournals = await Promise.all(sampleIds.slice(0, 1000).map((id) => journalOf(reopened, id)));
  for (const j of mixJournals.slice(0, 50)) replayJournal(j);
  const mixStart = performance.now();
  for (const j of mixJournals) replayJournal(j);
  const mixMs = (performance.now() - mixStart) / Math.max(1, mixJournals.length);
  const mixActions = mixJournals.reduce((n, j) => n + j.length, 0) / Math.max(1, mixJournals.length);
  measures.push({ name: `replay, the office's mix (avg ${round(mixActions, 1)} actions, mean)`, p50: mixMs, p95: Number.NaN, n: mixJournals.length });
  log(`rebuilding the projection of every case…`);
  t0 = performance.now();
  const rebuild = await rebuildProjections(reopened);
  const rebuildSeconds = (performance.now() - t0) / 1000;
  log(`rebuild: ${rebuild.cases} cases in ${round(rebuildSeconds, 1)} s (read ${round(rebuild.timings.readMs / 1000, 1)} s, replay+project ${round(rebuild.timings.projectMs / 1000, 1)} s, write ${round(rebuild.timings.writeMs / 1000, 1)} s, report facts ${round(rebuild.timings.factsMs / 1000, 1)} s)`);
  const after = await reopened.cases.bulkGet(sampleIds);
  const mismatches = sampleIds.filter((_id, i) => JSON.stringify(sortKeys(before[i])) !== JSON.stringify(sortKeys(after[i]))).length;
  measures.push({ name: `projection rebuild of ${rebuild.cases} cases (s)`, p50: rebuildSeconds, p95: rebuildSeconds, n: 1 });
  let verifyOk: boolean | undefined;
  if (options.verify) verifyOk = (await verify(reopened)).ok;
  // 7. Reports: the service statistics of the last year (reportsBench.ts).
  const reports = await measureReportsOpen(reopened, now, options.reportSamples ?? 7);
  measures.push({ name: `service statistics for a year (${reports.received} received, ${reports.issued} issued)`, p50: percentile(reports.samples, 0.5), p95: percentile(reports.samples, 0.95), n: reports.samples.length });
  log(`reports: a year's statistics p50 ${round(percentile(reports.samples, 0.5), 0)} ms (read of the report facts ${round(percentile(reports.readMs, 0.5), 0)} ms — whole projections by the same index would take ${round(percentile(reports.rowsMs, 0.5), 0)} ms —, compute ${round(percentile(reports.computeMs, 0.5), 0)} ms)`);
  reopened.close();

  const replay = measures.find((m) => m.name.startsWith('replay'))!;
  const worklist = measures[0]!;
  const open = measures.find((m) => m.name.startsWith('cold open'))!;
  const summary = {
    cases: rebuild.cases,
    seeded_cases: seeded.cases,
    actions: seeded.actions + longEntries.length,
    seed_s: round(seedSeconds, 1),
    search_p95_ms: round(search.p95),
    worklist_p95_ms: round(worklist.p95),
    intake_p95_ms: round(intake.p95),
    search_ratio_to_raw: round(search.ratio ?? Number.NaN, 2),
    worklist_ratio_to_raw: round(worklist.ratio ?? Number.NaN, 2),
    intake_ratio_to_raw: round(intake.ratio ?? Number.NaN, 2),
    replay_actions: journal.length,
    replay_ms_per_case: round(replay.p50),
    replay_p95_ms: round(replay.p95),
    workflow_replay_ms_per_case: round(percentile(engineReplays, 0.5)),
    replay_mix_ms_per_case: round(mixMs),
    replay_mix_actions_per_case: round(mixActions, 1),
    rebuild_s: round(rebuildSeconds, 2),
    rebuild_failures: rebuild.failures.length,
    seed_projection_mismatches: mismatches,
    open_ms: round(open.p50, 1),
    reports_open_ms: round(percentile(reports.samples, 0.5), 1),
    reports_open_p95_ms: round(percentile(reports.samples, 0.95), 1),
    reports_received: reports.received,
    ...(verifyOk === undefined ? {} : { verify_ok: verifyOk }),
  };
  return { measures, summary };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}

function projectRow(db: CaseDatabase, entries: readonly JournalEntry[]): CaseRow {
  const state = replayJournal(entries)!;
  const last = entries[entries.length - 1]!;
  return projectCase(state, { caseId: last.caseId, officeId: OFFICE, last: { seq: last.seq, hash: last.hash, deviceTime: last.deviceTime, at: last.payload.at } }, db.calendar);
}
