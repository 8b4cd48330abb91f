import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../shared/regulations/catalogue';
import type { Role } from '../../shared/regulations/types';
import { CaseDatabase, allEntries, listConflicts, loadCaseState, perform, resolveConflict, type CaseRow, type JournalEntry, type StoreActor } from '../../shared/store';
import { SyncClient } from '../../shared/sync/syncClient';
import { fetchTransport, TransportFailure, type SyncTransport, type TransportRequest, type TransportResponse } from '../../shared/sync/transport';
import { PullResponse, SYNC_PATHS } from '../../shared/sync/protocol';
import { nextAction, registration } from '../shared/workflow/journal-builders';
import { addOffice, call, enrol, startCentre, type Centre, type EnrolledDevice, type OfficeAdmin } from './harness';

/**
 * The proof of issue #6: the real sync service on a real PostgreSQL, and office desktops running the real shared/sync
 * client over their own fake-indexeddb databases, talking through a proxy that drops 30% of requests and 30% of
 * responses, duplicates and reorders them, and partitions offices for a while. Random schedules of actions, handovers,
 * conflict resolutions and syncs (fast-check). After healing: every desktop and the centre hold the same journal for the
 * cases they share and the same projections; nothing lost (every action a desktop recorded is at the centre or in an
 * open or resolved conflict on that desktop), nothing duplicated, every conflict surfaced.
 *
 * Offices: a ЦОН (two windows, so the same office races itself) and two district offices. Cases are registered at any
 * of them and handed over between them; whoever owns a case advances it.
 */

const SERVICE = currentVersionOf('unemployed-registration');
const OFFICES = ['ALM-CON', 'ALM-AU', 'ALM-BO'] as const;
type Desk = { readonly name: string; readonly officeId: string; readonly device: EnrolledDevice; readonly db: CaseDatabase; readonly client: SyncClient; readonly performed: Set<string> };

/** A small deterministic PRNG (the proxy's faults follow the schedule's seed, so a failure replays). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Between one desktop and the centre: drops a request (it never arrives) or a response (the centre acted, the desktop
 * never learns), sends a request twice, and delivers old requests again later (reordering: a stale push or pull arrives
 * after newer ones). A partitioned desktop reaches nothing.
 */
class FaultProxy {
  partitioned = false;
  /** Off while a desk enrols; the schedule runs with faults on. */
  faults = false;
  private readonly stash: TransportRequest[] = [];
  readonly inFlight = new Set<Promise<unknown>>();
  readonly counts = { requests: 0, droppedRequests: 0, droppedResponses: 0, duplicated: 0, replayed: 0 };

  constructor(
    private readonly inner: SyncTransport,
    private readonly random: () => number,
    private readonly dropRate = 0.3,
  ) {}

  private background(request: TransportRequest): void {
    const sent: Promise<unknown> = this.inner.send(request).catch(() => undefined);
    this.inFlight.add(sent);
    void sent.finally(() => this.inFlight.delete(sent));
  }

  readonly transport: SyncTransport = {
    send: async (request: TransportRequest): Promise<TransportResponse> => {
      this.counts.requests++;
      if (this.partitioned) throw new TransportFailure('partitioned');
      if (this.faults) {
        const old = this.stash[Math.floor(this.random() * this.stash.length)];
        if (old && this.random() < 0.2) {
          this.counts.replayed++;
          this.background(old);
        }
        if (this.stash.length < 50) this.stash.push(request);
        else this.stash[Math.floor(this.random() * 50)] = request;
        if (this.random() < this.dropRate) {
          this.counts.droppedRequests++;
          throw new TransportFailure('request dropped');
        }
        if (this.random() < 0.15) {
          this.counts.duplicated++;
          this.background(request);
        }
      }
      const response = await this.inner.send(request);
      if (this.faults && this.random() < this.dropRate) {
        this.counts.droppedResponses++;
        throw new TransportFailure('response dropped');
      }
      return response;
    },
  };

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}

/** One clock for the whole run (action times move forward whoever records them). */
function sharedClock() {
  let t = Date.parse('2026-03-02T09:00:00+05:00');
  return () => {
    t += 7 * 60_000;
    return new Date(t);
  };
}

let centre: Centre;
const admins = new Map<string, OfficeAdmin>();
let city: EnrolledDevice;

beforeAll(async () => {
  centre = await startCentre();
  admins.set('ALM-CON', await addOffice(centre.server.database, 'ALM-CON', 'con'));
  admins.set('ALM-AU', await addOffice(centre.server.database, 'ALM-AU', 'district'));
  admins.set('ALM-BO', await addOffice(centre.server.database, 'ALM-BO', 'district'));
  const cityAdmin = await addOffice(centre.server.database, 'ALM-CITY', 'city');
  city = await enrol(centre.url, cityAdmin, 'Городской отдел');
}, 60_000);

afterAll(async () => {
  await centre?.close();
});

/** A desktop: its own IndexedDB, enrolled through the real client (one-time code), numbering block from the centre. */
async function openDesk(name: string, officeId: string, proxyFor: (t: SyncTransport) => FaultProxy, now: () => Date): Promise<{ desk: Desk; proxy: FaultProxy }> {
  const db = new CaseDatabase({ name: `desk-${name}-${crypto.randomUUID()}`, now });
  await db.open();
  const admin = admins.get(officeId);
  if (!admin) throw new Error(officeId);
  const code = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, admin.auth);
  let proxy: FaultProxy | undefined;
  const client = new SyncClient({
    db,
    now,
    transport: (url) => {
      proxy ??= proxyFor(fetchTransport(url));
      return proxy.transport;
    },
  });
  // Enrolment and the numbering block happen while the link is good (faults are switched on afterwards).
  const transportProxy = () => {
    if (!proxy) throw new Error('no proxy');
    return proxy;
  };
  const enrolled = await client.enrol({ serverUrl: centre.url, officeId, code: code.body.code, deviceName: name });
  if (!enrolled.ok) throw new Error(`enrol ${name}: ${enrolled.reason.ru}`);
  const block = await client.fetchNumberingBlock(2026);
  if (!block.ok) throw new Error(`block ${name}: ${block.reason.ru}`);
  const { deviceId, secret } = enrolled.credential;
  const device: EnrolledDevice = { officeId, deviceId, secret, auth: `Device ${deviceId}:${secret}` };
  return { desk: { name, officeId, device, db, client, performed: new Set() }, proxy: transportProxy() };
}

const actorAt = (desk: Desk, role: Role, userId: string = role): StoreActor => ({ userId, role, name: `${role} user`, officeId: desk.officeId, deviceId: desk.device.deviceId });

/** The cases this desk owns for writing now (its projection). */
async function ownedCases(desk: Desk): Promise<CaseRow[]> {
  return (await desk.db.cases.toArray()).filter((r) => r.ownerOfficeId === desk.officeId && r.worklist !== 'closed').sort((a, b) => a.id.localeCompare(b.id));
}

type Command =
  | { readonly kind: 'register'; readonly desk: number }
  | { readonly kind: 'advance'; readonly desk: number; readonly pick: number; readonly steps: number }
  | { readonly kind: 'handover'; readonly desk: number; readonly pick: number; readonly to: number }
  | { readonly kind: 'sync'; readonly desk: number }
  | { readonly kind: 'partition'; readonly desk: number; readonly on: boolean }
  | { readonly kind: 'resolve'; readonly desk: number; readonly redo: boolean }
  /** Both ЦОН windows write to the same case before either syncs: one advances it, the other advances or hands it over. */
  | { readonly kind: 'race'; readonly pick: number; readonly handover: boolean; readonly to: number };

const DESKS = 4;
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('register' as const), desk: fc.nat(DESKS - 1) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), desk: fc.nat(DESKS - 1), pick: fc.nat(20), steps: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('handover' as const), desk: fc.nat(DESKS - 1), pick: fc.nat(20), to: fc.nat(OFFICES.length - 1) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), desk: fc.nat(DESKS - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partition' as const), desk: fc.nat(DESKS - 1), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), desk: fc.nat(DESKS - 1), redo: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('race' as const), pick: fc.nat(20), handover: fc.boolean(), to: fc.integer({ min: 1, max: OFFICES.length - 1 }) }) },
);

async function record(desk: Desk, caseId: string, run: () => ReturnType<typeof perform>): Promise<boolean> {
  const result = await run();
  if (result.ok && !result.duplicate) desk.performed.add(result.entry.id);
  if (process.env.SYNC_DEBUG) console.info(desk.name, caseId, result.ok ? `ok ${result.entry.type} dup=${result.duplicate}` : `${result.code} ${result.reason.ru}`);
  return result.ok;
}

async function execute(desks: readonly Desk[], proxies: readonly FaultProxy[], cmd: Command, now: () => Date): Promise<void> {
  const index = cmd.kind === 'race' ? 0 : cmd.desk;
  const desk = desks[index];
  const proxy = proxies[index];
  if (!desk || !proxy) return;
  switch (cmd.kind) {
    case 'register': {
      const caseId = crypto.randomUUID();
      const { actor: _a, number: _n, at: _at, ...event } = registration(SERVICE, now().toISOString());
      const role: Role = desk.officeId === 'ALM-CON' ? 'con_worker' : 'operator';
      await record(desk, caseId, () =>
        perform(desk.db, caseId, { ...event, channel: desk.officeId === 'ALM-CON' ? 'con' : 'office', regulation: { serviceId: SERVICE.id } }, actorAt(desk, role)),
      );
      return;
    }
    case 'advance': {
      const owned = await ownedCases(desk);
      const row = owned[cmd.pick % Math.max(1, owned.length)];
      if (!row) return;
      for (let i = 0; i < cmd.steps; i++) {
        const loaded = await loadCaseState(desk.db, row.id);
        if (!loaded || loaded.state.snapshot.status !== 'active') return;
        const event = nextAction(loaded.state, now().toISOString());
        if (!event) return;
        const { actor, at: _at, ...rest } = event;
        const ok = await record(desk, row.id, () => perform(desk.db, row.id, rest, actorAt(desk, actor.role, actor.userId)));
        if (!ok) return;
      }
      return;
    }
    case 'handover': {
      const owned = await ownedCases(desk);
      const row = owned[cmd.pick % Math.max(1, owned.length)];
      const to = OFFICES[cmd.to];
      if (!row || !to || to === desk.officeId) return;
      await record(desk, row.id, () => perform(desk.db, row.id, { type: 'case.handover', toOffice: to, reason: 'Передача по подведомственности' }, actorAt(desk, 'head')));
      return;
    }
    case 'sync':
      await desk.client.syncOnce();
      return;
    case 'race': {
      const [first, second] = desks;
      if (!first || !second) return;
      const theirs = new Set((await ownedCases(second)).map((r) => r.id));
      const shared = (await ownedCases(first)).filter((r) => theirs.has(r.id));
      const row = shared[cmd.pick % Math.max(1, shared.length)];
      if (!row) return;
      await execute(desks, proxies, { kind: 'advance', desk: 0, pick: (await ownedCases(first)).indexOf(row), steps: 1 }, now);
      const to = OFFICES[cmd.to] ?? 'ALM-AU';
      if (cmd.handover) await record(second, row.id, () => perform(second.db, row.id, { type: 'case.handover', toOffice: to, reason: 'Передача по подведомственности' }, actorAt(second, 'con_worker')));
      else await execute(desks, proxies, { kind: 'advance', desk: 1, pick: (await ownedCases(second)).indexOf(row), steps: 1 }, now);
      return;
    }
    case 'partition':
      proxy.partitioned = cmd.on;
      return;
    case 'resolve': {
      const open = await listConflicts(desk.db, 'open');
      const conflict = open[0];
      if (!conflict) return;
      const before = new Set((await allEntries(desk.db)).map((e) => e.id));
      const result = await resolveConflict(desk.db, conflict.id, cmd.redo ? 'redo' : 'discard', actorAt(desk, 'head'));
      if (result.ok) for (const e of await allEntries(desk.db)) if (!before.has(e.id)) desk.performed.add(e.id);
      return;
    }
  }
}

/** The centre's journals, as the city department's feed gives them (it reads every case). */
async function centreJournals(): Promise<Map<string, JournalEntry[]>> {
  const byCase = new Map<string, JournalEntry[]>();
  let since = '0';
  for (;;) {
    const reply = await call(centre.url, 'POST', SYNC_PATHS.pull, { since, limit: 1000 }, city.auth);
    expect(reply.status).toBe(200);
    const page = PullResponse.parse(reply.body);
    for (const entry of page.actions) byCase.set(entry.caseId, [...(byCase.get(entry.caseId) ?? []), entry]);
    since = page.checkpoint;
    if (!page.more) break;
  }
  return byCase;
}

/** Heal: faults off, partitions gone, every desk syncs until nothing moves. */
async function heal(desks: readonly Desk[], proxies: readonly FaultProxy[]): Promise<void> {
  for (const proxy of proxies) {
    await proxy.settle();
    proxy.partitioned = false;
    proxy.faults = false;
  }
  for (let round = 0; round < 6; round++) {
    for (const desk of desks) {
      const run = await desk.client.syncOnce();
      expect(run.ok, run.ok ? '' : run.reason.ru).toBe(true);
    }
  }
}

const rowForComparison = (row: CaseRow) => row;

describe('three offices syncing through a faulty network', () => {
  it(
    'after healing, every office and the centre hold the same journals and projections; nothing lost, nothing duplicated, every conflict surfaced',
    async () => {
      let runs = 0;
      const totals = { actions: 0, conflicts: 0, droppedRequests: 0, droppedResponses: 0, duplicated: 0, replayed: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 12, maxLength: 40 }), fc.integer(), async (commands, seed) => {
          runs++;
          const random = prng(seed);
          const now = sharedClock();
          const proxies: FaultProxy[] = [];
          const desks: Desk[] = [];
          // Desk 0 and 1: two windows of the ЦОН; desk 2 and 3: the district offices.
          for (const [name, office] of [
            ['con-1', 'ALM-CON'],
            ['con-2', 'ALM-CON'],
            ['au', 'ALM-AU'],
            ['bo', 'ALM-BO'],
          ] as const) {
            const { desk, proxy } = await openDesk(name, office, (t) => new FaultProxy(t, random), now);
            desks.push(desk);
            proxies.push(proxy);
          }
          try {
            // Every schedule starts with cases the two ЦОН windows both hold (synced on a good link), so there is
            // something to race over; then the faults begin.
            await execute(desks, proxies, { kind: 'register', desk: 0 }, now);
            await execute(desks, proxies, { kind: 'register', desk: 0 }, now);
            for (const desk of [desks[0], desks[1]]) expect((await desk?.client.syncOnce())?.ok).toBe(true);
            for (const proxy of proxies) proxy.faults = true;
            for (const cmd of commands) {
              if (process.env.SYNC_DEBUG) console.info(JSON.stringify(cmd));
              await execute(desks, proxies, cmd, now);
            }
            await heal(desks, proxies);

            const journals = await centreJournals();
            const centreIds = new Map<string, string>();
            for (const [caseId, journal] of journals) {
              // Nothing duplicated at the centre: one entry per id, positions 1…n, a continuous chain.
              journal.forEach((entry, index) => {
                expect(entry.seq).toBe(index + 1);
                if (index > 0) expect(entry.prevHash).toBe(journal[index - 1]?.hash);
                expect(centreIds.has(entry.id)).toBe(false);
                centreIds.set(entry.id, caseId);
              });
            }

            const projections = new Map<string, CaseRow>();
            for (const desk of desks) {
              // Everything shipped.
              expect(await desk.db.outbox.count(), `${desk.name} outbox`).toBe(0);
              const mine = await allEntries(desk.db);
              const local = new Map<string, JournalEntry[]>();
              for (const entry of mine) local.set(entry.caseId, [...(local.get(entry.caseId) ?? []), entry]);
              // The same journal as the centre for every case the desk holds, and it holds every case its office may read.
              for (const [caseId, journal] of local) {
                expect(
                  journal.map((e) => e.id),
                  `${desk.name} case ${caseId}`,
                ).toEqual((journals.get(caseId) ?? []).map((e) => e.id));
              }
              for (const [caseId, journal] of journals) {
                const readers = new Set([journal[0]?.actor.officeId, ...journal.filter((e) => e.payload.type === 'case.handover').map((e) => (e.payload as { toOffice: string }).toOffice)]);
                if (readers.has(desk.officeId)) expect(local.has(caseId), `${desk.name} has ${caseId}`).toBe(true);
              }
              // The same projection everywhere (a pure function of the same journal).
              for (const row of await desk.db.cases.toArray()) {
                const seen = projections.get(row.id);
                if (seen) expect(rowForComparison(row), `${desk.name} projection ${row.id}`).toEqual(rowForComparison(seen));
                else projections.set(row.id, row);
                expect(row.actionCount).toBe(journals.get(row.id)?.length);
              }
              // Nothing lost: each action this desk recorded is at the centre, or shown to a person in a conflict.
              const conflicts = await listConflicts(desk.db);
              const inConflict = new Set(conflicts.flatMap((c) => c.local.map((e) => e.id)));
              for (const id of desk.performed) {
                expect(centreIds.has(id) || inConflict.has(id), `${desk.name} lost action ${id}`).toBe(true);
                // …and never both.
                expect(centreIds.has(id) && inConflict.has(id), `${desk.name} action ${id} both at the centre and in a conflict`).toBe(false);
              }
              // Every conflict shows both sides where the centre took the positions.
              for (const conflict of conflicts) {
                expect(conflict.local.length).toBeGreaterThan(0);
                if (conflict.kind === 'lost_race') expect(conflict.server.length).toBeGreaterThan(0);
                else expect(conflict.reason).toBeDefined();
              }
              totals.conflicts += conflicts.length;
              totals.actions += desk.performed.size;
            }
            for (const proxy of proxies) {
              totals.droppedRequests += proxy.counts.droppedRequests;
              totals.droppedResponses += proxy.counts.droppedResponses;
              totals.duplicated += proxy.counts.duplicated;
              totals.replayed += proxy.counts.replayed;
            }
          } finally {
            for (const proxy of proxies) await proxy.settle();
            for (const desk of desks) {
              desk.db.close();
              await desk.db.delete();
            }
          }
        }),
        { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 10), endOnFailure: true },
      );
      // The schedules really exercised the faults and the races.
      expect(runs).toBeGreaterThan(0);
      expect(totals.droppedRequests + totals.droppedResponses).toBeGreaterThan(0);
      expect(totals.duplicated + totals.replayed).toBeGreaterThan(0);
      expect(totals.conflicts).toBeGreaterThan(0);
      console.info(`three offices: ${runs} schedules, ${totals.actions} actions, ${totals.conflicts} conflicts surfaced, faults ${JSON.stringify(totals)}`);
    },
    180_000,
  );
});
