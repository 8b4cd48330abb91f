import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSyncServer } from '../../server/server';
import { PullResponse, PushResponse, SYNC_PATHS, type NumberingBlockResponse } from '../../shared/sync/protocol';
import { addOffice, call, enrol } from './harness';
import { CaseJournal } from './journals';

/**
 * `npm run server`'s default: the same service on PGlite (embedded PostgreSQL) in a data folder — nothing to install.
 * A subset of the PostgreSQL suite, plus a restart on the same folder.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'sync-pglite-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the sync service on PGlite', () => {
  it('enrols, pushes, pulls, hands out blocks, and keeps everything across a restart on the same data folder', async () => {
    const first = await startSyncServer({ dataDir, port: 0 });
    let journal: CaseJournal;
    let device: Awaited<ReturnType<typeof enrol>>;
    try {
      expect(first.database.kind).toBe('pglite');
      const admin = await addOffice(first.database, 'ALM-AU');
      device = await enrol(first.url, admin);
      journal = await CaseJournal.register(device);
      await journal.next(device);
      const pushed = PushResponse.parse((await call(first.url, 'POST', SYNC_PATHS.push, { actions: journal.entries }, device.auth)).body);
      expect(pushed.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
      const again = PushResponse.parse((await call(first.url, 'POST', SYNC_PATHS.push, { actions: journal.entries }, device.auth)).body);
      expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
      const block = await call<NumberingBlockResponse>(first.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026 }, device.auth);
      expect(block.body).toMatchObject({ office: 'ALM-AU', year: 2026, block: 1 });
    } finally {
      await first.close();
    }

    const second = await startSyncServer({ dataDir, port: 0 });
    try {
      const pulled = PullResponse.parse((await call(second.url, 'POST', SYNC_PATHS.pull, { since: '0' }, device.auth)).body);
      expect(pulled.actions).toEqual(journal.entries);
      const next = await call<NumberingBlockResponse>(second.url, 'POST', SYNC_PATHS.numberingBlocks, { year: 2026 }, device.auth);
      expect(next.body.block).toBe(2);
    } finally {
      await second.close();
    }
  }, 120_000);
});
