import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_BLOCKS } from '../../shared/numbering';
import {
  deviceAuthorization,
  EnrolResponse,
  ErrorResponse,
  PushResponse,
  SYNC_PATHS,
  type DeclaredBlock,
  type NumberingBlockResponse,
} from '../../shared/sync/protocol';
import { openPglite } from '../../server/database';
import { listMigrations, migrate } from '../../server/migrate';
import { takeNumberingBlock } from '../../server/numbering';
import { createOffice } from '../../server/offices';
import { addOffice, call, startCentre, type Centre, type EnrolledDevice, type OfficeAdmin } from './harness';
import { CaseJournal } from './journals';

/**
 * Numbering blocks that cannot collide (helper9): the centre issues only CENTRE_BLOCKS, records the blocks a device
 * declares at enrolment, and never issues a block that was declared, issued, or whose numbers reached it in a case.
 */
let centre: Centre;
let au: OfficeAdmin;

beforeAll(async () => {
  centre = await startCentre();
  au = await addOffice(centre.server.database, 'ALM-AU');
}, 60_000);

afterAll(async () => {
  await centre?.close();
});

/** Enrols a desktop the way syncClient.enrol does: with its own id and, when given, its declared blocks. */
async function enrolDeclaring(admin: OfficeAdmin, deviceId: string, blocks?: readonly DeclaredBlock[]): Promise<EnrolledDevice & { readonly response: EnrolResponse }> {
  const code = await call<{ code: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, admin.auth);
  const reply = await call(centre.url, 'POST', SYNC_PATHS.enrol, { officeId: admin.officeId, code: code.body.code, deviceName: deviceId, deviceId, protocol: 1, ...(blocks ? { blocks } : {}) });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  const response = EnrolResponse.parse(reply.body);
  return { officeId: response.officeId, deviceId: response.deviceId, secret: response.secret, auth: deviceAuthorization(response.deviceId, response.secret), response };
}

async function block(device: EnrolledDevice, year = 2026): Promise<number> {
  const reply = await call<NumberingBlockResponse>(centre.url, 'POST', SYNC_PATHS.numberingBlocks, { year }, device.auth);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  expect(reply.body).toMatchObject({ office: device.officeId, year, deviceId: device.deviceId });
  return reply.body.block;
}

describe('numbering blocks declared at enrolment', () => {
  it('records a declared block for its device; another device of the office declaring it is told it is taken', async () => {
    const a = await enrolDeclaring(au, 'desk-a', [
      { year: 2026, block: 9001 },
      { year: 2026, block: 3 },
    ]);
    expect(a.response.blocks).toEqual([
      { year: 2026, block: 9001, status: 'recorded' },
      { year: 2026, block: 3, status: 'recorded' },
    ]);
    const b = await enrolDeclaring(au, 'desk-b', [
      { year: 2026, block: 9001 },
      { year: 2026, block: 9002 },
      { year: 2027, block: 9001 },
    ]);
    expect(b.response.blocks).toEqual([
      { year: 2026, block: 9001, status: 'taken' },
      { year: 2026, block: 9002, status: 'recorded' },
      { year: 2027, block: 9001, status: 'recorded' },
    ]);
    // Enrolling again (a fresh code for the same computer: a new secret) keeps its blocks its own.
    const a2 = await enrolDeclaring(au, 'desk-a', [{ year: 2026, block: 9001 }]);
    expect(a2.response.blocks).toEqual([{ year: 2026, block: 9001, status: 'recorded' }]);
    // A desktop that declares nothing (an older one) gets the answer it always got.
    const old = await enrolDeclaring(au, 'desk-old');
    expect(old.response.blocks).toBeUndefined();

    // The centre issues around the declared block 3 and never from the hand-picked range.
    const issued = [await block(a2), await block(b), await block(old), await block(a2)];
    expect(issued).toEqual([1, 2, 4, 5]);
    // A block issued to one device is taken for every other that declares it.
    const c = await enrolDeclaring(au, 'desk-c', [
      { year: 2026, block: 2 },
      { year: 2026, block: 3 },
    ]);
    expect(c.response.blocks).toEqual([
      { year: 2026, block: 2, status: 'taken' },
      { year: 2026, block: 3, status: 'taken' },
    ]);
  });

  it('never issues or lets another device declare a block whose numbers already reached the centre', async () => {
    const es = await addOffice(centre.server.database, 'ALM-ES');
    // A desktop that picked block 1 by hand before declarations existed pushed a case numbered from it.
    const legacy = await enrolDeclaring(es, 'es-legacy');
    const journal = await CaseJournal.register(legacy, undefined, undefined, 'ALM-ES-2026-B0001-00001');
    const pushed = await call<PushResponse>(centre.url, 'POST', SYNC_PATHS.push, { actions: journal.entries }, legacy.auth);
    expect(PushResponse.parse(pushed.body).results.map((r) => r.status)).toEqual(['accepted']);
    // Another office's numbers of "its" block 2 do not count for ALM-ES.
    const other = await enrolDeclaring(au, 'au-other');
    await call(centre.url, 'POST', SYNC_PATHS.push, { actions: (await CaseJournal.register(other, undefined, undefined, 'ALM-AU-2026-B0002-00001')).entries }, other.auth);

    const fresh = await enrolDeclaring(es, 'es-fresh', [{ year: 2026, block: 1 }]);
    expect(fresh.response.blocks).toEqual([{ year: 2026, block: 1, status: 'taken' }]);
    expect(await block(fresh)).toBe(2);
    // The device that used it may declare it: it is its own.
    const legacyAgain = await enrolDeclaring(es, 'es-legacy', [{ year: 2026, block: 1 }]);
    expect(legacyAgain.response.blocks).toEqual([{ year: 2026, block: 1, status: 'recorded' }]);
    // ES counts on after 2: AU’s case numbered from ITS block 2 did not hold ES’s block 2 back.
    expect(await block(legacyAgain)).toBe(3);
  });

  it('two devices of one office never receive the same block, whatever races — issues and declarations alike', async () => {
    const ast = await addOffice(centre.server.database, 'AST-01');
    const devices = await Promise.all(['ast-1', 'ast-2', 'ast-3'].map((id) => enrolDeclaring(ast, id)));
    const issues = Array.from({ length: 30 }, (_v, i) => block(devices[i % 3] as EnrolledDevice));
    // Meanwhile two more computers enrol declaring blocks some of which are being issued right now (legacy hand-picks).
    const declarations = [
      enrolDeclaring(ast, 'ast-4', [5, 6, 7, 40].map((b) => ({ year: 2026, block: b }))),
      enrolDeclaring(ast, 'ast-5', [6, 7, 8, 40].map((b) => ({ year: 2026, block: b }))),
    ];
    const issued = await Promise.all(issues);
    const declared = await Promise.all(declarations);
    const holders = new Map<number, string>();
    for (const [i, b] of issued.entries()) {
      expect(holders.has(b), `block ${b} twice`).toBe(false);
      holders.set(b, (devices[i % 3] as EnrolledDevice).deviceId);
    }
    for (const [i, enrolment] of declared.entries()) {
      for (const result of enrolment.response.blocks ?? []) {
        if (result.status !== 'recorded') continue;
        expect(holders.has(result.block), `block ${result.block} issued and recorded for ast-${i + 4}`).toBe(false);
        holders.set(result.block, `ast-${i + 4}`);
      }
    }
    expect([...holders.keys()].every((b) => b >= CENTRE_BLOCKS.first && b <= CENTRE_BLOCKS.last)).toBe(true);
    // The database agrees: one holder per block.
    const { rows } = await centre.server.database.query<{ block: number; device_id: string }>("SELECT block, device_id FROM numbering_blocks WHERE office_id = 'AST-01' AND year = 2026");
    expect(new Map(rows.map((r) => [Number(r.block), r.device_id]))).toEqual(holders);
    // Block 40 was declared by both late computers: exactly one has it.
    expect(declared.flatMap((d) => d.response.blocks ?? []).filter((r) => r.block === 40).map((r) => r.status).sort()).toEqual(['recorded', 'taken']);
  });

  it('runs out at the end of the centre’s range instead of entering the hand-picked one', async () => {
    const ex = await addOffice(centre.server.database, 'ALM-EX');
    const device = await enrolDeclaring(ex, 'ex-1', [{ year: 2026, block: CENTRE_BLOCKS.last }]);
    await centre.server.database.query("INSERT INTO numbering_counters (office_id, year, last_block) VALUES ('ALM-EX', 2026, $1)", [CENTRE_BLOCKS.last - 2]);
    expect(await block(device)).toBe(CENTRE_BLOCKS.last - 1);
    const exhausted = await call(centre.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026 }, device.auth);
    expect(exhausted.status).toBe(409);
    expect(ErrorResponse.parse(exhausted.body).error.code).toBe('blocks_exhausted');
  });

  it('migration 002 upgrades a centre at 001: blocks issued before stay issued, and cases numbered before are respected', async () => {
    const db = await openPglite();
    try {
      await migrate(db, listMigrations().filter((m) => m.version === 1));
      await createOffice(db, { id: 'ALM-AU', kind: 'district', name: { ru: 'Офис', kk: 'Кеңсе' } });
      await db.query("INSERT INTO devices (id, office_id, name, secret_hash) VALUES ('old-desk', 'ALM-AU', 'Окно', 'x')");
      await db.query("INSERT INTO numbering_counters (office_id, year, last_block) VALUES ('ALM-AU', 2026, 1)");
      await db.query("INSERT INTO numbering_blocks (office_id, year, block, first_seq, last_seq, device_id) VALUES ('ALM-AU', 2026, 1, 1, 99999, 'old-desk')");
      // A case numbered from a hand-picked block 2 reached the centre before the upgrade.
      await db.query("INSERT INTO cases (id, service_id, version, number, registered_by, owner_office, status, length, last_hash) VALUES ('c1', 's', 'v', 'ALM-AU-2026-B0002-00007', 'ALM-AU', 'ALM-AU', 'active', 1, 'h')");
      await db.query(
        `INSERT INTO actions (id, case_id, seq, type, payload, actor, office_id, device_id, device_time, service_id, version, prev_hash, hash, received_via)
         VALUES ('00000000-0000-4000-8000-000000000001', 'c1', 1, 'case.register', '{}', '{}', 'ALM-AU', 'old-desk', 't', 's', 'v', '', 'h', 'old-desk')`,
      );
      expect(await migrate(db)).toEqual([2]);
      const { rows } = await db.query<{ source: string }>('SELECT source FROM numbering_blocks');
      expect(rows.map((r) => r.source)).toEqual(['issued']);
      const next = await takeNumberingBlock(db, { officeId: 'ALM-AU', deviceId: 'old-desk', year: 2026 });
      expect(next).toMatchObject({ ok: true, block: { block: 3 } });
    } finally {
      await db.close();
    }
  }, 60_000);
});
