import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../server/server';
import { openPostgres } from '../../server/database';
import { listMigrations } from '../../server/migrate';
import type { JournalEntry } from '../../shared/store/journal';
import { signEntry } from '../../shared/store/journal';
import {
  deviceAuthorization,
  ErrorResponse,
  PullResponse,
  PushResponse,
  SYNC_PATHS,
  type PushResult,
  type NumberingBlockResponse,
  type DeviceListResponse,
} from '../../shared/sync/protocol';
import { actor } from '../shared/workflow/journal-builders';
import { addOffice, call, enrol, startCentre, type Centre, type EnrolledDevice, type OfficeAdmin } from './harness';
import { CaseJournal } from './journals';

let centre: Centre;
let au: OfficeAdmin;
let con: OfficeAdmin;
let es: OfficeAdmin;
let city: OfficeAdmin;
let au1: EnrolledDevice;
let au2: EnrolledDevice;
let con1: EnrolledDevice;
let es1: EnrolledDevice;
let city1: EnrolledDevice;

beforeAll(async () => {
  centre = await startCentre();
  const db = centre.server.database;
  au = await addOffice(db, 'ALM-AU');
  con = await addOffice(db, 'ALM-CON', 'con');
  es = await addOffice(db, 'ALM-ES');
  city = await addOffice(db, 'ALM-CITY', 'city');
  [au1, au2, con1, es1, city1] = await Promise.all([enrol(centre.url, au, 'Окно 1'), enrol(centre.url, au, 'Окно 2'), enrol(centre.url, con), enrol(centre.url, es), enrol(centre.url, city)]);
}, 60_000);

afterAll(async () => {
  await centre?.close();
});

async function push(device: EnrolledDevice, actions: readonly unknown[], url = centre.url): Promise<PushResult[]> {
  const reply = await call<PushResponse>(url, 'POST', SYNC_PATHS.push, { actions }, device.auth);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return PushResponse.parse(reply.body).results;
}

async function pullAll(device: EnrolledDevice, since = '0', limit = 1000): Promise<{ actions: JournalEntry[]; checkpoint: string }> {
  const actions: JournalEntry[] = [];
  let checkpoint = since;
  for (;;) {
    const reply = await call(centre.url, 'POST', SYNC_PATHS.pull, { since: checkpoint, limit }, device.auth);
    expect(reply.status).toBe(200);
    const page = PullResponse.parse(reply.body);
    actions.push(...page.actions);
    checkpoint = page.checkpoint;
    if (!page.more) return { actions, checkpoint };
  }
}

async function refusedCount(code: string): Promise<number> {
  const { rows } = await centre.server.database.query<{ n: unknown }>('SELECT count(*) AS n FROM refused_requests WHERE code = $1', [code]);
  return Number(rows[0]?.n);
}

const statuses = (results: readonly PushResult[]) => results.map((r) => (r.status === 'rejected' ? `rejected:${r.code}` : r.status));

describe('enrolment and authentication', () => {
  it('enrols a device with a one-time code; the device then authenticates with its own credential', async () => {
    const who = await call(centre.url, 'GET', SYNC_PATHS.whoami, undefined, au1.auth);
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ deviceId: au1.deviceId, officeId: 'ALM-AU', officeKind: 'district', protocol: 1 });
    expect(au1.secret.length).toBeGreaterThanOrEqual(43);
    const { rows } = await centre.server.database.query<{ secret_hash: string }>('SELECT secret_hash FROM devices WHERE id = $1', [au1.deviceId]);
    expect(rows[0]?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.secret_hash).not.toContain(au1.secret);
  });

  it('refuses a code used twice, an expired code and an unknown one, and logs each', async () => {
    const code = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, { ttlMinutes: 5 }, au.auth);
    const first = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: code.body.code, deviceName: 'A' });
    expect(first.status).toBe(201);
    const usedBefore = await refusedCount('code_used');
    const second = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: code.body.code.toLowerCase(), deviceName: 'B' });
    expect(second.status).toBe(403);
    expect(ErrorResponse.parse(second.body).error.code).toBe('code_used');
    expect(await refusedCount('code_used')).toBe(usedBefore + 1);

    const expiring = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, au.auth);
    await centre.server.database.query("UPDATE enrolment_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL");
    const expired = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: expiring.body.code, deviceName: 'C' });
    expect(expired.status).toBe(403);
    expect(ErrorResponse.parse(expired.body).error).toMatchObject({ code: 'code_expired', reason: { ru: expect.stringContaining('истёк'), kk: expect.stringContaining('мерзімі') } });

    // A valid code of another office does not enrol here.
    const other = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, es.auth);
    const wrongOffice = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: other.body.code, deviceName: 'D' });
    expect(ErrorResponse.parse(wrongOffice.body).error.code).toBe('code_invalid');
    const malformed = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: 'nope', deviceName: 'E' });
    expect(malformed.status).toBe(400);
    expect(ErrorResponse.parse(malformed.body).error.code).toBe('bad_request');
  });

  it('enrols a desktop under the device id it already stamps on its actions; another office cannot take that id', async () => {
    const ownId = crypto.randomUUID();
    const code = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, au.auth);
    const enrolled = await call<{ deviceId: string; secret: string }>(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-AU', code: code.body.code, deviceName: 'Окно 3', deviceId: ownId });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.deviceId).toBe(ownId);
    const who = await call(centre.url, 'GET', SYNC_PATHS.whoami, undefined, deviceAuthorization(ownId, enrolled.body.secret));
    expect(who.body).toMatchObject({ deviceId: ownId, officeId: 'ALM-AU' });

    const esCode = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, es.auth);
    const taken = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-ES', code: esCode.body.code, deviceName: 'Чужой', deviceId: ownId });
    expect(taken.status).toBe(403);
    expect(ErrorResponse.parse(taken.body).error.code).toBe('forbidden');
    // The refused attempt did not use the code up.
    const fresh = await call<{ deviceId: string }>(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-ES', code: esCode.body.code, deviceName: 'Окно ES' });
    expect(fresh.status).toBe(201);
    expect(fresh.body.deviceId).not.toBe(ownId);
  });

  it('makes an office wait after too many refused codes (guessing), on every instance alike', async () => {
    const guesser = await addOffice(centre.server.database, 'ALM-GUESS');
    for (let i = 0; i < 20; i++) {
      const reply = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-GUESS', code: `ABCD-${'EFGH'.slice(0, 3)}${'23456789'[i % 8]}`, deviceName: 'x' });
      expect(ErrorResponse.parse(reply.body).error.code).toBe('code_invalid');
    }
    const code = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, guesser.auth);
    const blocked = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: 'ALM-GUESS', code: code.body.code, deviceName: 'Окно' });
    expect(blocked.status).toBe(429);
    expect(ErrorResponse.parse(blocked.body).error).toMatchObject({ code: 'too_many_attempts', reason: { kk: expect.stringContaining('ALM-GUESS') } });
    // Other offices are not affected.
    expect((await enrol(centre.url, es, 'Окно 2')).officeId).toBe('ALM-ES');
  });

  it('refuses and logs unknown devices, wrong secrets, revoked devices and bad admin tokens', async () => {
    const before = { unknown: await refusedCount('unknown_device'), revoked: await refusedCount('revoked_device'), admin: await refusedCount('bad_admin_token') };
    const unknown = await call(centre.url, 'POST', SYNC_PATHS.pull, { since: '0' }, deviceAuthorization(crypto.randomUUID(), 'x'.repeat(43)));
    expect(unknown.status).toBe(401);
    expect(ErrorResponse.parse(unknown.body).error.code).toBe('unknown_device');
    const wrongSecret = await call(centre.url, 'POST', SYNC_PATHS.pull, { since: '0' }, deviceAuthorization(au1.deviceId, 'y'.repeat(43)));
    expect(wrongSecret.status).toBe(401);
    expect(await refusedCount('unknown_device')).toBe(before.unknown + 2);

    const victim = await enrol(centre.url, au, 'Украденный ноутбук');
    // Another office's admin cannot revoke it.
    const foreign = await call(centre.url, 'POST', SYNC_PATHS.adminRevokeDevice(victim.deviceId), {}, es.auth);
    expect(foreign.status).toBe(404);
    const revoke = await call(centre.url, 'POST', SYNC_PATHS.adminRevokeDevice(victim.deviceId), {}, au.auth);
    expect(revoke.status).toBe(200);
    const refused = await call(centre.url, 'POST', SYNC_PATHS.push, { actions: [{}] }, victim.auth);
    expect(refused.status).toBe(403);
    expect(ErrorResponse.parse(refused.body).error.code).toBe('revoked_device');
    expect(await refusedCount('revoked_device')).toBe(before.revoked + 1);
    const { rows } = await centre.server.database.query<{ device_id: string; path: string }>("SELECT device_id, path FROM refused_requests WHERE code = 'revoked_device'");
    expect(rows.map((r) => r.device_id)).toContain(victim.deviceId);

    const list = await call<DeviceListResponse>(centre.url, 'GET', SYNC_PATHS.adminDevices, undefined, au.auth);
    expect(list.body.devices.find((d) => d.deviceId === victim.deviceId)?.revokedAt).toEqual(expect.any(String));
    expect(list.body.devices.find((d) => d.deviceId === au1.deviceId)?.revokedAt).toBeNull();

    const badAdmin = await call(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, `Office ALM-AU:${'z'.repeat(43)}`);
    expect(badAdmin.status).toBe(401);
    expect(await refusedCount('bad_admin_token')).toBe(before.admin + 1);
    const none = await call(centre.url, 'POST', SYNC_PATHS.push, { actions: [] });
    expect(ErrorResponse.parse(none.body).error.code).toBe('unauthenticated');
  });
});

describe('push', () => {
  it('accepts a journal, and the same batch again is all duplicates (idempotent by id)', async () => {
    const journal = await CaseJournal.register(au1);
    await journal.next(au1);
    await journal.next(au1);
    expect(statuses(await push(au1, journal.entries))).toEqual(['accepted', 'accepted', 'accepted']);
    expect(statuses(await push(au1, journal.entries))).toEqual(['duplicate', 'duplicate', 'duplicate']);
    // Another device of the same office may relay them (a colleague's offline file): still duplicates.
    expect(statuses(await push(au2, journal.entries.slice(1)))).toEqual(['duplicate', 'duplicate']);
    const { rows } = await centre.server.database.query<{ seq: number; hash: string }>('SELECT seq, hash FROM actions WHERE case_id = $1 ORDER BY seq', [journal.caseId]);
    expect(rows.map((r) => r.hash)).toEqual(journal.entries.map((e) => e.hash));
    const { rows: cases } = await centre.server.database.query('SELECT owner_office, length, last_hash, status FROM cases WHERE id = $1', [journal.caseId]);
    expect(cases[0]).toMatchObject({ owner_office: 'ALM-AU', length: 3, last_hash: journal.last?.hash, status: journal.state.status });
  });

  it('rejects what the service machine refuses, with its reason in both languages, and blocks the case after it', async () => {
    const journal = await CaseJournal.register(au1);
    const bad = await journal.refusedByMachine(au1);
    const after = await journal.append({ type: 'case.withdraw', at: '2026-03-03T10:00:00+05:00', actor: actor('operator'), reason: 'Заявитель передумал' }, au1, { unchecked: true });
    const results = await push(au1, [journal.entries[0], bad, after]);
    expect(statuses(results)).toEqual(['accepted', 'rejected:machine', 'rejected:after_rejection']);
    const rejected = results[1];
    expect(rejected?.status === 'rejected' && rejected.reason.ru.length > 0 && rejected.reason.kk.length > 0).toBe(true);
    const { rows } = await centre.server.database.query<{ code: string }>('SELECT code FROM rejected_actions WHERE action_id = $1', [bad.id]);
    expect(rows.map((r) => r.code)).toEqual(['machine']);
  });

  it('rejects a tampered entry (hash mismatch), a broken chain, garbage and a reused id', async () => {
    const journal = await CaseJournal.register(au1);
    const second = await journal.next(au1);
    const tampered = { ...second, payload: { ...second.payload, note: 'подделка' } };
    const rechained = await signEntry({ ...second, prevHash: 'a'.repeat(64) });
    const results = await push(au1, [journal.entries[0], tampered, { hello: 'world' }]);
    expect(statuses(results)).toEqual(['accepted', 'rejected:hash_mismatch', 'rejected:invalid']);
    expect(results[2]).toMatchObject({ id: null });
    expect(statuses(await push(au1, [rechained]))).toEqual(['rejected:broken_chain']);
    expect(statuses(await push(au1, [second]))).toEqual(['accepted']);

    const other = await CaseJournal.register(au1);
    const reused = await signEntry({ ...other.entries[0]!, id: second.id });
    expect(statuses(await push(au1, [reused]))).toEqual(['rejected:id_reused']);
  });

  it('answers a seq pushed before its predecessor with a retryable gap, then accepts once the order is restored', async () => {
    const journal = await CaseJournal.register(au1);
    await journal.next(au1);
    await journal.next(au1);
    const [first, second, third] = journal.entries;
    expect(statuses(await push(au1, [third]))).toEqual(['rejected:gap']);
    expect(statuses(await push(au1, [first, third]))).toEqual(['accepted', 'rejected:gap']);
    expect(statuses(await push(au1, [second, third]))).toEqual(['accepted', 'accepted']);
  });

  it('returns a conflict with the centre’s entry when another device won the seq; the loser’s later entries follow it', async () => {
    const journal = await CaseJournal.register(au1);
    await push(au1, journal.entries);
    const other = journal.fork();
    const winner = await journal.next(au1);
    const loser = await other.next(au2);
    const loserNext = await other.next(au2);
    expect(statuses(await push(au1, [winner]))).toEqual(['accepted']);
    const results = await push(au2, [loser, loserNext]);
    expect(statuses(results)).toEqual(['conflict', 'rejected:after_conflict']);
    const conflict = results[0];
    expect(conflict?.status === 'conflict' && conflict.server).toEqual(winner);
    expect(conflict?.status === 'conflict' && conflict.reason.kk).toContain(String(winner.seq));
    // The winner's action is named as people know it, not by its type code.
    expect(conflict?.status === 'conflict' && conflict.reason.ru).not.toContain(winner.type);
  });

  it('only the owning office writes: another office is not entitled, the previous owner after a handover is not the owner', async () => {
    const journal = await CaseJournal.register(con1);
    await journal.next(con1);
    expect(statuses(await push(con1, journal.entries))).toEqual(['accepted', 'accepted']);

    const intruder = journal.fork();
    const foreign = await intruder.next(es1);
    expect(statuses(await push(es1, [foreign]))).toEqual(['rejected:not_entitled']);

    // Actor of another office than the pushing device's, or a device the office never enrolled.
    const stray = journal.fork();
    expect(statuses(await push(au1, [await stray.next(con1)]))).toEqual(['rejected:wrong_office']);
    const ghost = journal.fork();
    expect(statuses(await push(con1, [await ghost.next({ officeId: 'ALM-CON', deviceId: 'not-enrolled' })]))).toEqual(['rejected:wrong_office']);

    const stale = journal.fork();
    const handover = await journal.handover(con1, 'ALM-AU');
    expect(statuses(await push(con1, [handover]))).toEqual(['accepted']);
    const late = await stale.handover(con1, 'ALM-ES');
    // CON's stale device tries to write after its own office handed the case away: conflict at that seq …
    expect(statuses(await push(con1, [late]))).toEqual(['conflict']);
    // … and anything CON appends after the handover is refused: it no longer owns the case.
    const afterHandover = journal.fork();
    expect(statuses(await push(con1, [await afterHandover.next(con1)]))).toEqual(['rejected:not_owner']);
    const { rows } = await centre.server.database.query('SELECT owner_office FROM cases WHERE id = $1', [journal.caseId]);
    expect(rows[0]).toMatchObject({ owner_office: 'ALM-AU' });
    expect(statuses(await push(au1, [await journal.next(au1)]))).toEqual(['accepted']);
  });

  it('refuses a handover to an office the centre does not know', async () => {
    const journal = await CaseJournal.register(con1);
    await journal.handover(con1, 'ALM-NOWHERE');
    expect(statuses(await push(con1, journal.entries))).toEqual(['accepted', 'rejected:unknown_office']);
  });

  it('refuses oversized and malformed batches as a whole with a localized message', async () => {
    const tooMany = await call(centre.url, 'POST', SYNC_PATHS.push, { actions: Array.from({ length: 501 }, () => ({})) }, au1.auth);
    expect(tooMany.status).toBe(413);
    expect(ErrorResponse.parse(tooMany.body).error.reason.ru).toContain('500');
    const empty = await call(centre.url, 'POST', SYNC_PATHS.push, { actions: [] }, au1.auth);
    expect(empty.status).toBe(400);
    const notJson = await fetch(`${centre.url}${SYNC_PATHS.push}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: au1.auth }, body: '{"actions": [' });
    expect(notJson.status).toBe(400);
    expect(ErrorResponse.parse(await notJson.json()).error.code).toBe('bad_request');
  });
});

describe('pull', () => {
  it('pages an office feed in order; a repeated checkpoint returns the same page; resumes where it stopped', async () => {
    const device = await enrol(centre.url, await addOffice(centre.server.database, 'ALM-PG'));
    const journals = [await CaseJournal.register(device), await CaseJournal.register(device)];
    for (const journal of journals) {
      await journal.next(device);
      await journal.next(device);
    }
    await push(device, [...journals[0]!.entries, ...journals[1]!.entries]);
    const first = PullResponse.parse((await call(centre.url, 'POST', SYNC_PATHS.pull, { since: '0', limit: 4 }, device.auth)).body);
    expect(first.actions).toHaveLength(4);
    expect(first.more).toBe(true);
    const again = PullResponse.parse((await call(centre.url, 'POST', SYNC_PATHS.pull, { since: '0', limit: 4 }, device.auth)).body);
    expect(again.actions.map((a) => a.id)).toEqual(first.actions.map((a) => a.id));
    const rest = PullResponse.parse((await call(centre.url, 'POST', SYNC_PATHS.pull, { since: first.checkpoint, limit: 4 }, device.auth)).body);
    expect(rest.actions).toHaveLength(2);
    expect(rest.more).toBe(false);
    const idle = PullResponse.parse((await call(centre.url, 'POST', SYNC_PATHS.pull, { since: rest.checkpoint }, device.auth)).body);
    expect(idle).toMatchObject({ actions: [], checkpoint: rest.checkpoint, more: false });
    // Cases of one batch are judged side by side, so they may interleave; within a case, seq order always.
    const all = [...first.actions, ...rest.actions];
    for (const journal of journals) expect(all.filter((a) => a.caseId === journal.caseId)).toEqual(journal.entries);
    expect(all).toHaveLength(6);

    const more = await journals[0]!.next(device);
    await push(device, [more]);
    const resumed = PullResponse.parse((await call(centre.url, 'POST', SYNC_PATHS.pull, { since: rest.checkpoint }, device.auth)).body);
    expect(resumed.actions).toEqual([more]);
    const bad = await call(centre.url, 'POST', SYNC_PATHS.pull, { since: 'yesterday' }, device.auth);
    expect(bad.status).toBe(400);
  });

  it('gives a receiving office the whole journal at the handover, in seq order; the sender keeps reading; others see nothing', async () => {
    const { checkpoint: auStart } = await pullAll(au1);
    const { checkpoint: esStart } = await pullAll(es1);
    const { checkpoint: conStart } = await pullAll(con1);
    const journal = await CaseJournal.register(con1);
    await journal.next(con1);
    await push(con1, journal.entries);
    expect((await pullAll(au1, auStart)).actions.filter((a) => a.caseId === journal.caseId)).toEqual([]);
    await push(con1, [await journal.handover(con1, 'ALM-AU')]);
    const { actions: auSees, checkpoint: auNext } = await pullAll(au1, auStart, 2);
    expect(auSees.filter((a) => a.caseId === journal.caseId)).toEqual(journal.entries);
    await push(au1, [await journal.next(au1)]);
    expect((await pullAll(au1, auNext)).actions).toEqual([journal.last]);
    expect((await pullAll(con1, conStart)).actions.filter((a) => a.caseId === journal.caseId)).toEqual(journal.entries);
    expect((await pullAll(es1, esStart)).actions.filter((a) => a.caseId === journal.caseId)).toEqual([]);
    // The city department reads every case.
    expect((await pullAll(city1)).actions.filter((a) => a.caseId === journal.caseId)).toEqual(journal.entries);
  });

  it('exports an office feed as an updates file and imports an offline actions file with the same checks as push', async () => {
    const offline = await CaseJournal.register(au2);
    await offline.next(au2);
    const bundle = { format: 'kz-state-services/sync-bundle', version: 1, kind: 'actions', officeId: 'ALM-AU', deviceId: au2.deviceId, createdAt: new Date().toISOString(), actions: [...offline.entries, { junk: true }] };
    const imported = await call<PushResponse>(centre.url, 'POST', SYNC_PATHS.adminImport, bundle, au.auth);
    expect(imported.status).toBe(200);
    expect(statuses(PushResponse.parse(imported.body).results)).toEqual(['accepted', 'accepted', 'rejected:invalid']);
    const again = await call<PushResponse>(centre.url, 'POST', SYNC_PATHS.adminImport, bundle, au.auth);
    expect(statuses(PushResponse.parse(again.body).results)).toEqual(['duplicate', 'duplicate', 'rejected:invalid']);
    const foreign = await call(centre.url, 'POST', SYNC_PATHS.adminImport, bundle, es.auth);
    expect(foreign.status).toBe(403);

    // A desktop of an office with no link never enrolled: its file is imported, and its device becomes known (it can
    // enrol later under the same id). A file naming another office's device is still refused.
    const neverEnrolled = { officeId: 'ALM-AU', deviceId: crypto.randomUUID() };
    const unseen = await CaseJournal.register(neverEnrolled);
    const hijack = await CaseJournal.register({ officeId: 'ALM-AU', deviceId: es1.deviceId });
    const file = { ...bundle, deviceId: neverEnrolled.deviceId, actions: [...unseen.entries, ...hijack.entries] };
    const adopted = await call<PushResponse>(centre.url, 'POST', SYNC_PATHS.adminImport, file, au.auth);
    expect(statuses(PushResponse.parse(adopted.body).results)).toEqual(['accepted', 'rejected:wrong_office']);
    const devices = await call<DeviceListResponse>(centre.url, 'GET', SYNC_PATHS.adminDevices, undefined, au.auth);
    expect(devices.body.devices.map((d) => d.deviceId)).toContain(neverEnrolled.deviceId);
    // Pushing (not importing) with an unknown actor device is still refused.
    expect(statuses(await push(au1, [(await CaseJournal.register({ officeId: 'ALM-AU', deviceId: crypto.randomUUID() })).entries[0]]))).toEqual(['rejected:wrong_office']);

    const exported = await call<{ kind: string; actions: JournalEntry[]; checkpoint: string }>(centre.url, 'GET', `${SYNC_PATHS.adminExport}?since=0`, undefined, au.auth);
    expect(exported.status).toBe(200);
    expect(exported.body.kind).toBe('updates');
    expect(exported.body.actions.filter((a) => a.caseId === offline.caseId)).toEqual(offline.entries);
  });
});

describe('several instances on one database', () => {
  let second: SyncServer;
  beforeAll(async () => {
    second = await startSyncServer({ databaseUrl: centre.database.url, port: 0, poolSize: 5 });
  });
  afterAll(async () => {
    await second?.close();
  });

  it('hands out numbering blocks that never overlap, under concurrent requests through two instances', async () => {
    const requests = Array.from({ length: 40 }, (_v, i) =>
      call<NumberingBlockResponse>(i % 2 === 0 ? centre.url : second.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026 }, i % 3 === 0 ? au1.auth : au2.auth),
    );
    const replies = await Promise.all(requests);
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const blocks = replies.map((r) => r.body.block);
    expect(new Set(blocks).size).toBe(40);
    expect(replies.every((r) => r.body.office === 'ALM-AU' && r.body.year === 2026 && r.body.first === 1 && r.body.last === 99_999)).toBe(true);
    // A retried request (same requestId) gets the same block, through either instance.
    const requestId = crypto.randomUUID();
    const once = await call<NumberingBlockResponse>(centre.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026, requestId }, au1.auth);
    const twice = await call<NumberingBlockResponse>(second.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026, requestId }, au1.auth);
    expect(twice.body.block).toBe(once.body.block);
    // Years and offices count separately.
    const es2027 = await call<NumberingBlockResponse>(second.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2027 }, es1.auth);
    expect(es2027.body).toMatchObject({ office: 'ALM-ES', year: 2027, block: 1 });
  });

  it('lets exactly one of two racing devices win each seq when they push the same case through different instances', async () => {
    for (let round = 0; round < 5; round++) {
      const journal = await CaseJournal.register(au1);
      await push(au1, journal.entries);
      const a = journal.fork();
      const b = journal.fork();
      await a.next(au1);
      await a.next(au1);
      await b.next(au2);
      const [ra, rb] = await Promise.all([push(au1, a.entries.slice(1), centre.url), push(au2, b.entries.slice(1), second.url)]);
      const winners = [ra[0]?.status, rb[0]?.status].sort();
      expect(winners).toEqual(['accepted', 'conflict']);
      const { rows } = await centre.server.database.query<{ seq: number; prev_hash: string; hash: string }>('SELECT seq, prev_hash, hash FROM actions WHERE case_id = $1 ORDER BY seq', [journal.caseId]);
      // One unbroken chain.
      rows.forEach((row, i) => expect(row.prev_hash).toBe(i === 0 ? '' : rows[i - 1]!.hash));
    }
  });

  it('applies migrations once when several instances start together on a fresh database', async () => {
    const { freshDatabase } = await import('./pg');
    const fresh = await freshDatabase('sync_migrate');
    try {
      const servers = await Promise.all([0, 1, 2].map(() => startSyncServer({ databaseUrl: fresh.url, port: 0, poolSize: 2 })));
      const db = openPostgres(fresh.url, { max: 1 });
      const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      // Every migration file once (001, and 002 of the declared numbering blocks, …).
      expect(rows.map((r) => Number(r.version))).toEqual(listMigrations().map((m) => m.version));
      await db.close();
      await Promise.all(servers.map((s) => s.close()));
    } finally {
      await fresh.drop();
    }
  });
});
