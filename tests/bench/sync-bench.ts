// Sync bench (issue #6): push of N actions office → centre through the real service over HTTP, pull of the same
// actions by another office (the city department, which reads every case), and a raw bulk insert of the same rows
// into PostgreSQL (COPY-free multi-row INSERT … SELECT FROM unnest, one statement per 1,000 rows) in the same run.
//   DATABASE_URL=postgres://… npx tsx tests/bench/sync-bench.ts [--actions=10000] [--batch=500]
// Without DATABASE_URL it runs on PGlite in memory (and says so). The LAST line is one JSON object.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { CaseDatabase } from '../../shared/store';
import { SyncClient } from '../../shared/sync/syncClient';
import { openPglite, openPostgres, type SyncDatabase } from '../../server/database';
import { createOffice } from '../../server/offices';
import { startSyncServer } from '../../server/server';
import { currentVersionOf } from '../../shared/regulations/catalogue';
import type { JournalEntry } from '../../shared/store/journal';
import { deviceAuthorization, officeAuthorization, PullResponse, PushResponse, SYNC_PATHS, type EnrolResponse } from '../../shared/sync/protocol';
import { CaseJournal } from '../server/journals';
import { freshDatabase, type TestDatabase } from '../server/pg';

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const total = arg('actions', 10_000);
const batch = arg('batch', 500);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function post<T>(url: string, path: string, body: unknown, authorization?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function enrolDevice(url: string, officeId: string, token: string): Promise<string> {
  const { code } = await post<{ code: string }>(url, SYNC_PATHS.adminEnrolmentCodes, {}, officeAuthorization(officeId, token));
  const enrolled = await post<EnrolResponse>(url, SYNC_PATHS.enrol, { officeId, code, deviceName: 'bench' });
  return deviceAuthorization(enrolled.deviceId, enrolled.secret);
}

let scratch: TestDatabase | undefined;
let database: SyncDatabase;
if (process.env.DATABASE_URL) {
  scratch = await freshDatabase('sync_bench');
  database = openPostgres(scratch.url, { max: 10 });
} else {
  err('[bench] DATABASE_URL is not set: measuring on PGlite in memory (numbers are not PostgreSQL numbers)');
  database = await openPglite();
}
const server = await startSyncServer({ database, port: 0 });
try {
  const office = await createOffice(database, { id: 'ALM-AU', kind: 'district', name: { ru: 'Ауэзовский', kk: 'Әуезов' } });
  const city = await createOffice(database, { id: 'ALM-CITY', kind: 'city', name: { ru: 'Город', kk: 'Қала' } });
  const officeAuth = await enrolDevice(server.url, 'ALM-AU', office.adminToken);
  const cityAuth = await enrolDevice(server.url, 'ALM-CITY', city.adminToken);
  const deviceId = officeAuth.slice('Device '.length).split(':')[0] ?? '';

  // Journals of the happy path (up to 10 actions a case) until `total` actions.
  const t0 = performance.now();
  const entries: JournalEntry[] = [];
  const service = currentVersionOf('unemployed-registration');
  const where = { officeId: 'ALM-AU', deviceId };
  while (entries.length < total) {
    const journal = await CaseJournal.register(where, service);
    for (let i = 0; i < 9 && entries.length + journal.entries.length < total; i++) {
      try {
        await journal.next(where);
      } catch {
        break;
      }
    }
    entries.push(...journal.entries);
  }
  err(`[bench] built ${entries.length} signed actions in ${Math.round(performance.now() - t0)} ms`);

  // Push, batch by batch, as a desktop's outbox does.
  const pushStart = performance.now();
  for (let i = 0; i < entries.length; i += batch) {
    const { results } = PushResponse.parse(await post(server.url, SYNC_PATHS.push, { actions: entries.slice(i, i + batch) }, officeAuth));
    const bad = results.find((r) => r.status !== 'accepted');
    if (bad) throw new Error(`push: ${JSON.stringify(bad)}`);
  }
  const pushMs = performance.now() - pushStart;

  // Pull by another office (the city department reads every case).
  const pullStart = performance.now();
  let since = '0';
  let pulled = 0;
  for (;;) {
    const page = PullResponse.parse(await post(server.url, SYNC_PATHS.pull, { since, limit: 1000 }, cityAuth));
    pulled += page.actions.length;
    since = page.checkpoint;
    if (!page.more) break;
  }
  const pullMs = performance.now() - pullStart;
  if (pulled !== entries.length) throw new Error(`pulled ${pulled} of ${entries.length}`);

  // The floor: the same rows bulk-inserted into a copy of the actions table, no checks, no feed.
  await database.query('CREATE TABLE bench_raw_actions (LIKE actions INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)');
  const rawStart = performance.now();
  for (let i = 0; i < entries.length; i += 1000) {
    const rows = entries.slice(i, i + 1000);
    const column = <T>(pick: (e: JournalEntry) => T) => rows.map(pick);
    await database.query(
      `INSERT INTO bench_raw_actions (id, case_id, seq, type, payload, actor, office_id, device_id, device_time, service_id, version, prev_hash, hash, received_via)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])`,
      [
        column((e) => e.id),
        column((e) => e.caseId),
        column((e) => e.seq),
        column((e) => e.type),
        column((e) => JSON.stringify(e.payload)),
        column((e) => JSON.stringify(e.actor)),
        column((e) => e.actor.officeId),
        column((e) => e.actor.deviceId),
        column((e) => e.deviceTime),
        column((e) => e.regulation.serviceId),
        column((e) => e.regulation.version),
        column((e) => e.prevHash),
        column((e) => e.hash),
        column(() => 'bench'),
      ],
    );
  }
  const rawMs = performance.now() - rawStart;

  // helper3: the same actions through the DESKTOP's own code — another desktop of the office enrols with the real client
  // and pulls everything into its IndexedDB (fake-indexeddb in Node): hash check, chain, machine, projection per case.
  const desktopDb = new CaseDatabase({ name: `bench-desktop-${Date.now()}`, durability: 'relaxed' });
  await desktopDb.open();
  const desktop = new SyncClient({ db: desktopDb, pullLimit: 1000 });
  const { code } = await post<{ code: string }>(server.url, SYNC_PATHS.adminEnrolmentCodes, {}, officeAuthorization('ALM-AU', office.adminToken));
  const enrolled = await desktop.enrol({ serverUrl: server.url, officeId: 'ALM-AU', code, deviceName: 'bench desktop' });
  if (!enrolled.ok) throw new Error(`desktop enrol: ${enrolled.reason.ru}`);
  const desktopStart = performance.now();
  const run = await desktop.syncOnce();
  const desktopPullMs = performance.now() - desktopStart;
  if (!run.ok || run.pulled !== entries.length) throw new Error(`desktop pull: ${JSON.stringify(run)}`);
  desktopDb.close();

  const summary = {
    database: database.kind,
    actions: entries.length,
    batch,
    push_ms: Math.round(pushMs),
    push_actions_per_s: Math.round(entries.length / (pushMs / 1000)),
    pull_ms: Math.round(pullMs),
    pull_actions_per_s: Math.round(entries.length / (pullMs / 1000)),
    raw_insert_ms: Math.round(rawMs),
    push_to_raw_ratio: Number((pushMs / rawMs).toFixed(1)),
    pull_to_raw_ratio: Number((pullMs / rawMs).toFixed(1)),
    desktop_pull_ms: Math.round(desktopPullMs),
    desktop_pull_to_raw_ratio: Number((desktopPullMs / rawMs).toFixed(1)),
  };
  err(`[bench] push ${summary.push_ms} ms (${summary.push_actions_per_s}/s), pull ${summary.pull_ms} ms, raw insert ${summary.raw_insert_ms} ms → push ×${summary.push_to_raw_ratio}, pull ×${summary.pull_to_raw_ratio}`);
  console.log(JSON.stringify(summary));
} finally {
  await server.close();
  await database.close();
  await scratch?.drop();
}
