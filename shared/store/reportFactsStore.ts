import { Dexie, type Table } from 'dexie';
import { dayNumberOf } from '../calendar';
import { packFacts, reportFactsOf, unpackFacts, type Period, type ReportFacts } from '../reports';
import { REPORT_FACTS_PENDING, type CaseDatabase, type CaseRow, type ReportFactsDayRow } from './database';
import type { JournalEntry } from './journal';

/**
 * The projection of a case is two things since schema v5: the case row the desks read (`cases`) and its report facts
 * (shared/reports/reportFacts.ts) the statistics read, packed per registration day (`reportFacts`). Every writer of a
 * projection goes through these functions inside its own transaction (which must include projectionTables), so the
 * two never disagree.
 *
 * A case's facts are fixed from its registration until it closes (an open case counts the same at every stage), so
 * perform rewrites them only for a case's first action and for the action that closes it; sync ingest always does.
 */
export function projectionTables(db: CaseDatabase): [Table<CaseRow, string>, Table<ReportFactsDayRow, number>] {
  return [db.cases, db.reportFacts];
}

/** Writes a case row, and its report facts when they may have changed (`facts`: a first or a closing action, ingest). */
export async function putProjection(db: CaseDatabase, row: CaseRow, facts = true): Promise<void> {
  await Promise.all([db.cases.put(row), facts ? upsertFacts(db, [row]) : undefined]);
}

/** Writes case rows in bulk without their facts (the rebuild: `deriveReportFacts` follows). */
export function putCaseRows(db: CaseDatabase, rows: readonly CaseRow[]): Promise<unknown> {
  return rows.length === 0 ? Promise.resolve() : db.cases.bulkPut([...rows]);
}

/** Removes cases' rows and facts. */
export async function deleteProjections(db: CaseDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db.cases.bulkGet([...ids]);
  await Promise.all([db.cases.bulkDelete([...ids]), removeFacts(db, rows.filter((r): r is CaseRow => r !== undefined))]);
}

/** Groups by day (a case's registration day: the key of its facts' record). */
function byDay<T>(items: Iterable<T>, dayOf: (item: T) => number): Map<number, T[]> {
  const days = new Map<number, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return days;
}
const registrationDay = (row: Pick<CaseRow, 'registeredOn'>) => dayNumberOf(row.registeredOn as Parameters<typeof dayNumberOf>[0]);

function dayRow(day: number, facts: readonly ReportFacts[]): ReportFactsDayRow {
  return { day, lastClosed: facts.reduce((max, f) => Math.max(max, f.closedDay), Number.MIN_SAFE_INTEGER), packed: packFacts(facts) };
}

/** The day records of a set of facts (bulk loading: the benchmark's seed). */
export function factsDayRows(facts: Iterable<ReportFacts>): ReportFactsDayRow[] {
  return [...byDay(facts, (f) => f.registeredDay)].map(([day, list]) => dayRow(day, list));
}

/** Read-modify-write of the day records the rows belong to (inside the caller's transaction). */
async function upsertFacts(db: CaseDatabase, rows: readonly CaseRow[]): Promise<void> {
  const days = byDay(
    rows.map((row) => reportFactsOf(db.calendar, row)),
    (f) => f.registeredDay,
  );
  const records = await db.reportFacts.bulkGet([...days.keys()]);
  const out: ReportFactsDayRow[] = [];
  [...days.entries()].forEach(([day, list], i) => {
    const record = records[i];
    const facts = record ? unpackFacts(record.packed) : [];
    const at = new Map(facts.map((f, k) => [f.id, k]));
    for (const fresh of list) {
      const k = at.get(fresh.id);
      if (k === undefined) {
        at.set(fresh.id, facts.length);
        facts.push(fresh);
      } else facts[k] = fresh;
    }
    out.push(dayRow(day, facts));
  });
  await db.reportFacts.bulkPut(out);
}

async function removeFacts(db: CaseDatabase, rows: readonly CaseRow[]): Promise<void> {
  const days = byDay(rows, registrationDay);
  const records = await db.reportFacts.bulkGet([...days.keys()]);
  const writes: Promise<unknown>[] = [];
  [...days.entries()].forEach(([day, list], i) => {
    const record = records[i];
    if (!record) return;
    const gone = new Set(list.map((r) => r.id));
    const facts = unpackFacts(record.packed).filter((f) => !gone.has(f.id));
    writes.push(facts.length === 0 ? db.reportFacts.delete(day) : db.reportFacts.put(dayRow(day, facts)));
  });
  await Promise.all(writes);
}

/** The ground of the last decision.refuse in a journal (in any order of entries). */
function refusalGroundIn(entries: readonly JournalEntry[]): string | undefined {
  let found: { seq: number; ground: string } | undefined;
  for (const entry of entries) {
    const payload = entry.payload;
    if (payload.type === 'decision.refuse' && (found === undefined || entry.seq > found.seq)) found = { seq: entry.seq, ground: payload.groundId };
  }
  return found?.ground;
}

/**
 * A case row written before schema v5 lacks the refusal's ground, which v5 projects: take it from the case's journal.
 * Rows of other cases, and rows that have it, are returned as they are.
 */
export function withRefusalGround(row: CaseRow, journal: readonly JournalEntry[]): CaseRow {
  if (row.status !== 'refused' || row.refusalGroundId !== undefined) return row;
  const ground = refusalGroundIn(journal);
  return ground === undefined ? row : { ...row, refusalGroundId: ground };
}

/** Asks for every case's facts to be derived again (after a rebuild or a restore wrote case rows in bulk). */
export function markReportFactsPending(db: CaseDatabase): Promise<unknown> {
  deriving.delete(db);
  return db.settings.put({ key: REPORT_FACTS_PENDING, value: { since: db.now().toISOString() } });
}

const deriving = new WeakMap<CaseDatabase, Promise<void>>();

/**
 * Derives the report facts of every case from the case rows — and the refusal grounds rows written before v5 lack —
 * when the marker asks for it (schema v5's upgrade, a rebuild, a restore). One read-write transaction over the case
 * rows and the facts, so an action recorded meanwhile waits for it and can never be overwritten by an older fact.
 * Callers at the same time share one run; every later call looks at the marker again (one read), so a failed attempt
 * is retried and rows written by another window are picked up.
 */
export function deriveReportFacts(db: CaseDatabase): Promise<void> {
  let running = deriving.get(db);
  if (!running) {
    running = derivePending(db).finally(() => deriving.delete(db));
    deriving.set(db, running);
  }
  return running;
}

async function derivePending(db: CaseDatabase): Promise<void> {
  if ((await db.settings.get(REPORT_FACTS_PENDING)) === undefined) return;
  const PAGE = 2000;
  await db.transaction('rw', [db.cases, db.actions, db.reportFacts, db.settings], async () => {
    const facts: ReportFacts[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await (after === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(PAGE).toArray();
      const refused = page.filter((row) => row.status === 'refused' && row.refusalGroundId === undefined);
      const journals = await Promise.all(refused.map((row) => db.actions.where('[caseId+seq]').between([row.id, Dexie.minKey], [row.id, Dexie.maxKey]).toArray()));
      const fixed = refused.map((row, i) => withRefusalGround(row, journals[i] ?? []));
      if (fixed.length > 0) await db.cases.bulkPut(fixed);
      const byId = new Map(fixed.map((row) => [row.id, row]));
      for (const row of page) facts.push(reportFactsOf(db.calendar, byId.get(row.id) ?? row));
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.id;
    }
    await db.reportFacts.clear();
    await db.reportFacts.bulkPut(factsDayRows(facts));
    await db.settings.delete(REPORT_FACTS_PENDING);
  });
}

/**
 * The facts of every case that can count in the period's statistics: received, closed or still in progress in it —
 * closed on or after its first day (or open) and registered by its last. Reads the day records whose latest closing
 * is in or after the period (one index range), unpacks, filters.
 */
export async function readReportFacts(db: CaseDatabase, period: Period, officeId?: string): Promise<ReportFacts[]> {
  await deriveReportFacts(db);
  const from = dayNumberOf(period.from);
  const to = dayNumberOf(period.to);
  const records = await db.reportFacts.where('lastClosed').aboveOrEqual(from).toArray();
  const out: ReportFacts[] = [];
  for (const record of records) {
    if (record.day > to) continue;
    for (const f of unpackFacts(record.packed)) if (f.closedDay >= from && (officeId === undefined || f.officeId === officeId)) out.push(f);
  }
  return out;
}

/** Every case's facts (tests and tools). */
export async function allReportFacts(db: CaseDatabase): Promise<ReportFacts[]> {
  await deriveReportFacts(db);
  return (await db.reportFacts.toArray()).flatMap((record) => unpackFacts(record.packed)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
