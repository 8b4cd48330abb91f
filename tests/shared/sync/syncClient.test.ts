import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import { allEntries, CaseDatabase, listConflicts, loadCaseState, perform, resolveConflict, saveNumberingBlock, verify, type StoreActor } from '../../../shared/store';
import { readBundle, writeBundle } from '../../../shared/sync/bundleFile';
import { SYNC_BUNDLE_FORMAT, SYNC_PATHS } from '../../../shared/sync/protocol';
import { createBlock } from '../../../shared/numbering';
import { SyncClient, type Scheduler } from '../../../shared/sync/syncClient';
import { normaliseServerUrl } from '../../../shared/sync/transport';
import { nextAction, registration } from '../workflow/journal-builders';
import { openTestDb, steppingClock } from '../store/fixtures';
import { FakeCentre } from './fakeCentre';

const SERVICE = currentVersionOf('unemployed-registration');
const dbs: CaseDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const actorOf = (role: StoreActor['role'], userId: string = role): StoreActor => ({ userId, role, name: role, officeId: 'ALM-AU', deviceId: 'device-1' });

/** A manual scheduler: the test decides when the next round runs. */
function manualScheduler() {
  const pending: { run: () => void; ms: number }[] = [];
  const schedule: Scheduler = (run, ms) => {
    const item = { run, ms };
    pending.push(item);
    return () => {
      const index = pending.indexOf(item);
      if (index >= 0) pending.splice(index, 1);
    };
  };
  return { schedule, pending };
}

async function desk(centre: FakeCentre, options: { schedule?: Scheduler; random?: () => number } = {}) {
  const db = await openTestDb();
  dbs.push(db);
  const client = new SyncClient({ db, transport: () => centre.transport, backoff: { baseMs: 1000, maxMs: 60_000 }, intervalMs: 30_000, ...options });
  const enrolled = await client.enrol({ serverUrl: 'https://sync.example.kz/', officeId: 'ALM-AU', code: 'ABCD-EFGH', deviceName: 'Окно 1', deviceId: 'device-1' });
  expect(enrolled.ok).toBe(true);
  return { db, client };
}

async function register(db: CaseDatabase): Promise<string> {
  const caseId = crypto.randomUUID();
  const { actor: _a, number: _n, at: _at, ...event } = registration(SERVICE, '2026-03-02T04:00:00.000Z');
  const result = await perform(db, caseId, { ...event, regulation: { serviceId: SERVICE.id } }, actorOf('operator'));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return caseId;
}

async function advance(db: CaseDatabase, caseId: string) {
  const loaded = await loadCaseState(db, caseId);
  if (!loaded) throw new Error('no case');
  const event = nextAction(loaded.state, db.now().toISOString());
  if (!event) throw new Error('no next action');
  const { actor, at: _at, ...rest } = event;
  const result = await perform(db, caseId, rest, actorOf(actor.role, actor.userId));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result;
}

describe('sync client', () => {
  it('normalises the server address and refuses anything but http(s)', () => {
    expect(normaliseServerUrl(' https://sync.example.kz/ ')).toBe('https://sync.example.kz');
    expect(normaliseServerUrl('http://10.0.0.5:47700/api/')).toBe('http://10.0.0.5:47700/api');
    expect(normaliseServerUrl('ftp://x')).toBeUndefined();
    expect(normaliseServerUrl('sync.example.kz')).toBeUndefined();
    expect(normaliseServerUrl('https://user:pw@sync.example.kz')).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped', () => {
    const low = new SyncClient({ db: {} as CaseDatabase, random: () => 0, backoff: { baseMs: 1000, maxMs: 60_000 } });
    const high = new SyncClient({ db: {} as CaseDatabase, random: () => 0.999999, backoff: { baseMs: 1000, maxMs: 60_000 } });
    expect([1, 2, 3, 4].map((n) => low.backoffDelay(n))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => high.backoffDelay(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(high.backoffDelay(20)).toBe(60_000);
    expect(low.backoffDelay(20)).toBe(30_000);
  });

  it('ships the outbox and survives lost requests and lost answers without duplicating anything', async () => {
    const centre = new FakeCentre();
    const { db, client } = await desk(centre);
    const caseId = await register(db);
    await advance(db, caseId);
    expect((await client.refresh()).waiting).toBe(2);

    centre.failRequests = 1;
    const offline = await client.syncOnce();
    expect(offline.ok).toBe(false);
    expect(client.getStatus().online).toBe(false);
    expect(client.getStatus().waiting).toBe(2);
    expect(client.getStatus().lastError?.ru).toMatch(/Нет связи/);

    // The centre stores the push but the answer is lost: the retry is answered `duplicate` and nothing doubles.
    centre.loseResponses = 1;
    expect((await client.syncOnce()).ok).toBe(false);
    expect(centre.journals.get(caseId)).toHaveLength(2);
    const run = await client.syncOnce();
    expect(run).toMatchObject({ ok: true });
    expect(centre.journals.get(caseId)).toHaveLength(2);
    expect(client.getStatus()).toMatchObject({ online: true, waiting: 0, conflicts: 0 });
    expect(client.getStatus().lastSuccess).toBeDefined();
    expect((await allEntries(db)).map((e) => e.id)).toEqual(centre.feed.map((e) => e.id));
    expect((await verify(db)).ok).toBe(true);
  });

  it('runs in the background: backoff after a failure, interval after success, and "sync now" at once', async () => {
    const centre = new FakeCentre();
    const { schedule, pending } = manualScheduler();
    const { db, client } = await desk(centre, { schedule, random: () => 0.5 });
    await register(db);
    centre.failRequests = 1_000;
    client.start();
    await expect.poll(() => pending.length).toBe(1);
    expect(pending[0]?.ms).toBe(750);
    expect(client.getStatus().online).toBe(false);
    pending.shift()?.run();
    await expect.poll(() => pending[0]?.ms).toBe(1500);
    centre.failRequests = 0;
    const now = await client.syncNow();
    expect(now.ok).toBe(true);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.ms).toBe(30_000);
    expect(client.getStatus().waiting).toBe(0);
    client.stop();
    expect(pending).toHaveLength(0);
  });

  it('pulls another desktop’s actions; a lost race becomes a conflict with both sides, resolved by a new action', async () => {
    const centre = new FakeCentre();
    const a = await desk(centre);
    const b = await desk(centre);
    const caseId = await register(a.db);
    expect((await a.client.syncOnce()).ok).toBe(true);
    expect((await b.client.syncOnce()).ok).toBe(true);
    expect((await allEntries(b.db)).map((e) => e.id)).toEqual((await allEntries(a.db)).map((e) => e.id));
    expect(await b.db.outbox.count()).toBe(0);

    // Both desktops take the next step offline; A reaches the centre first.
    const mine = await advance(b.db, caseId);
    await advance(a.db, caseId);
    expect((await a.client.syncOnce()).ok).toBe(true);
    const run = await b.client.syncOnce();
    expect(run).toMatchObject({ ok: true, conflicts: 1 });
    expect(b.client.getStatus()).toMatchObject({ waiting: 0, conflicts: 1 });
    // B's journal follows the centre; its own action is kept in the conflict with the centre's side.
    expect((await allEntries(b.db)).map((e) => e.id)).toEqual(centre.journals.get(caseId)?.map((e) => e.id));
    const [conflict] = await listConflicts(b.db, 'open');
    expect(conflict?.kind).toBe('lost_race');
    expect(conflict?.local.map((e) => e.id)).toEqual([mine.ok ? mine.entry.id : '']);
    expect(conflict?.server.map((e) => e.id)).toEqual([centre.journals.get(caseId)?.[1]?.id]);
    expect((await verify(b.db)).ok).toBe(true);

    const resolved = await resolveConflict(b.db, conflict?.id ?? '', 'discard', actorOf('head'), 'Шаг уже выполнен в другом окне');
    expect(resolved).toMatchObject({ ok: true, redone: 0 });
    const journal = await allEntries(b.db);
    expect(journal.at(-1)?.payload).toMatchObject({ type: 'conflict.resolve', conflictId: conflict?.id, decision: 'discard' });
    expect(await resolveConflict(b.db, conflict?.id ?? '', 'discard', actorOf('head'))).toMatchObject({ ok: false });
    expect((await b.client.syncOnce()).ok).toBe(true);
    expect(centre.journals.get(caseId)?.at(-1)?.type).toBe('conflict.resolve');
    expect((await a.client.syncOnce()).ok).toBe(true);
    expect((await allEntries(a.db)).map((e) => e.id)).toEqual((await allEntries(b.db)).map((e) => e.id));
    expect(await a.db.cases.get(caseId)).toEqual(await b.db.cases.get(caseId));
  });

  it('a final rejection moves the action out of the chain into a conflict and lists it', async () => {
    const centre = new FakeCentre();
    const { db, client } = await desk(centre);
    const caseId = await register(db);
    expect((await client.syncOnce()).ok).toBe(true);
    const refused = await advance(db, caseId);
    await advance(db, caseId);
    if (!refused.ok) throw new Error('advance');
    centre.refuse.set(refused.entry.id, 'not_owner');
    const run = await client.syncOnce();
    expect(run).toMatchObject({ ok: true, rejected: 1 });
    expect(client.getStatus().rejections).toEqual([expect.objectContaining({ actionId: refused.entry.id, code: 'not_owner' })]);
    const [conflict] = await listConflicts(db, 'open');
    expect(conflict).toMatchObject({ kind: 'rejected', code: 'not_owner' });
    expect(conflict?.local).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.cases.get(caseId))?.actionCount).toBe(1);
    expect((await verify(db)).ok).toBe(true);
    // "Redo" records the lost work again as new actions where the machine accepts them.
    // The person who lost the work resolves it: the resolution and each re-recorded action are new actions of theirs.
    const lost = conflict?.local[0]?.actor;
    if (!lost) throw new Error('no lost action');
    const redo = await resolveConflict(db, conflict?.id ?? '', 'redo', actorOf(lost.role, lost.userId));
    if (!redo.ok) throw new Error(redo.reason.ru);
    expect(redo.redone).toBeGreaterThanOrEqual(1);
    if (redo.redone < 2) expect(redo.redoStopped?.ru).toBeTruthy();
    const journal = await allEntries(db);
    expect(journal).toHaveLength(2 + redo.redone);
    expect(journal[1]?.payload).toMatchObject({ type: 'conflict.resolve', decision: 'redo', lostActionIds: conflict?.local.map((e) => e.id) });
    expect(journal[2]?.payload).toMatchObject({ type: conflict?.local[0]?.type });
    expect(journal[2]?.id).not.toBe(conflict?.local[0]?.id);
    expect((await client.syncOnce()).ok).toBe(true);
    expect(centre.journals.get(caseId)).toHaveLength(journal.length);
  });

  it('fetches numbering blocks from the centre', async () => {
    const centre = new FakeCentre();
    const { db, client } = await desk(centre);
    const first = await client.fetchNumberingBlock(2026);
    const second = await client.fetchNumberingBlock(2026);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.block.block).not.toBe(second.block.block);
    expect(await db.numberingBlocks.get(first.block.id)).toEqual(first.block);
  });

  it('enrols declaring its hand-picked block; a declared block the centre says is taken is retired and replaced', async () => {
    const enrolHere = async (centre: FakeCentre, blocks: readonly number[]) => {
      const db = await openTestDb();
      dbs.push(db);
      await db.numberingBlocks.clear();
      for (const block of blocks) await saveNumberingBlock(db, createBlock({ office: 'ALM-AU', year: 2026, block }), 'device-1');
      const client = new SyncClient({ db, transport: () => centre.transport, now: () => new Date('2026-03-02T04:00:00.000Z') });
      const enrolled = await client.enrol({ serverUrl: 'https://sync.example.kz/', officeId: 'ALM-AU', code: 'ABCD-EFGH', deviceName: 'Окно 2', deviceId: 'device-1' });
      const sent = centre.requests.find((r) => r.path === SYNC_PATHS.enrol)?.body as { blocks?: unknown } | undefined;
      return { db, enrolled, sent };
    };

    // The first-start block is declared and recorded: the desk keeps drawing from it.
    const recorded = await enrolHere(new FakeCentre(), [9001]);
    expect(recorded.sent?.blocks).toEqual([{ year: 2026, block: 9001 }]);
    expect(recorded.enrolled).toMatchObject({ ok: true, numbering: { retired: [] } });
    expect(await register(recorded.db)).toBeTruthy();
    expect((await recorded.db.cases.toArray()).map((c) => c.number)).toEqual(['ALM-AU-2026-B9001-00001']);

    // Another device of the office declared (or used) block 9001 first: it is retired, a fresh block comes at once.
    const clash = new FakeCentre();
    clash.takenBlocks.add('2026/9001');
    const replaced = await enrolHere(clash, [9001]);
    expect(replaced.enrolled).toMatchObject({ ok: true, numbering: { retired: [{ year: 2026, block: 9001 }], replacement: { block: 1, next: 1 } } });
    if (!replaced.enrolled.ok) return;
    expect(replaced.enrolled.numbering.notice?.ru).toContain('B9001');
    expect(replaced.enrolled.numbering.notice?.kk).toContain('сервер берген 1 блогынан');
    expect(await replaced.db.numberingBlocks.get('ALM-AU/2026/9001')).toMatchObject({ next: 100_000 });
    await register(replaced.db);
    expect((await replaced.db.cases.toArray()).map((c) => c.number)).toEqual(['ALM-AU-2026-B0001-00001']);

    // A taken block with another block of the year left: retired, no new block needed.
    const spare = new FakeCentre();
    spare.takenBlocks.add('2026/9001');
    const kept = await enrolHere(spare, [9001, 9002]);
    expect(kept.enrolled).toMatchObject({ ok: true, numbering: { retired: [{ year: 2026, block: 9001 }] } });
    expect(spare.requests.some((r) => r.path === SYNC_PATHS.numberingBlocks)).toBe(false);

    // A centre that predates declarations answers without verdicts: nothing is retired.
    const old = new FakeCentre();
    old.ignoresDeclarations = true;
    old.takenBlocks.add('2026/9001');
    expect((await enrolHere(old, [9001])).enrolled).toMatchObject({ ok: true, numbering: { retired: [] } });
  });

  it('offline files: unsent actions to a file, relayed by a connected desktop; updates from a file; damaged files refused', async () => {
    const centre = new FakeCentre();
    const offline = await desk(centre);
    const connected = await desk(centre);
    const caseId = await register(offline.db);
    await advance(offline.db, caseId);
    const file = await offline.client.exportUnsent({ officeId: 'ALM-AU', deviceId: 'device-1' });
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.count).toBe(2);
    expect(file.fileName).toMatch(/^actions-ALM-AU-.*\.sync\.jsonl\.gz$/);

    const relayed = await connected.client.importBundle(file.bytes, 'ALM-AU');
    expect(relayed).toMatchObject({ ok: true, accepted: 2, known: 0, rejected: 0 });
    expect(centre.journals.get(caseId)).toHaveLength(2);
    expect(await connected.client.importBundle(file.bytes, 'ALM-AU')).toMatchObject({ ok: true, accepted: 0, known: 2 });
    expect(await connected.client.importBundle(file.bytes, 'ALM-BO')).toMatchObject({ ok: false });

    // The centre's updates travel back in a file: the offline desktop's outbox empties, the checkpoint moves on.
    const updates = await writeBundle({ format: SYNC_BUNDLE_FORMAT, version: 1, kind: 'updates', officeId: 'ALM-AU', createdAt: '2026-03-02T04:00:00.000Z', since: '0', checkpoint: String(centre.feed.length), more: false, actions: centre.feed });
    expect(await offline.client.importBundle(updates.bytes, 'ALM-AU')).toMatchObject({ ok: true, accepted: 0, known: 2 });
    expect(await offline.db.outbox.count()).toBe(0);
    expect(await offline.client.checkpoint()).toBe('2');

    const cut = file.bytes.slice(0, file.bytes.length - 9);
    expect(await readBundle(cut)).toMatchObject({ ok: false });
    expect(await readBundle(new TextEncoder().encode('{"not":"a bundle"}'))).toMatchObject({ ok: false, reason: { ru: 'Это не файл обмена действиями' } });
    expect(await offline.client.exportUnsent({ officeId: 'ALM-AU', deviceId: 'device-1' })).toMatchObject({ ok: false });
  });

  it('says so when the desktop is not enrolled, and never throws', async () => {
    const db = new CaseDatabase({ name: `test-${crypto.randomUUID()}`, now: steppingClock() });
    dbs.push(db);
    await db.open();
    const client = new SyncClient({ db, transport: () => new FakeCentre().transport });
    expect(await client.syncOnce()).toMatchObject({ ok: false, reason: { ru: expect.stringMatching(/не подключён/) } });
    expect(await client.fetchNumberingBlock(2026)).toMatchObject({ ok: false });
    expect(await client.enrol({ serverUrl: 'nonsense', officeId: 'ALM-AU', code: 'x', deviceName: 'y' })).toMatchObject({ ok: false, reason: { ru: expect.stringMatching(/http/) } });
  });
});
