import { CENTRE_BLOCKS, MAX_SEQUENCE, formatCaseNumber } from '../shared/numbering';
import type { DeclaredBlock, DeclaredBlockResult, NumberingBlockResponse } from '../shared/sync/protocol';
import { asIso, asNumber, type Sql, type SyncDatabase } from './database';

export type BlockResult = { readonly ok: true; readonly block: NumberingBlockResponse } | { readonly ok: false; readonly code: 'blocks_exhausted' };

/**
 * The next numbering block of an office and year for a device. Only CENTRE_BLOCKS are issued (desktops pick their
 * first-start block from LOCAL_BLOCKS), and a block is skipped when it is recorded already (issued, or declared by a
 * desktop at enrolment) or when case numbers of it reached the centre (a block picked by hand before declarations), so
 * no device is ever given a block whose numbers another device has used or may use.
 *
 * The counter row is bumped with one atomic upsert per candidate, so concurrent requests on any number of instances get
 * different candidates (and wait on the row lock until this transaction ends); the (office, year, block) primary key
 * would refuse a duplicate anyway. A repeated `requestId` of the same device returns the block it got the first time.
 */
export async function takeNumberingBlock(db: SyncDatabase, request: { readonly officeId: string; readonly deviceId: string; readonly year: number; readonly requestId?: string }): Promise<BlockResult> {
  return db.transaction(async (tx) => {
    if (request.requestId !== undefined) {
      const { rows } = await tx.query(
        'SELECT office_id, year, block, first_seq, last_seq, device_id, assigned_at FROM numbering_blocks WHERE device_id = $1 AND request_id = $2',
        [request.deviceId, request.requestId],
      );
      const row = rows[0];
      if (row) return { ok: true as const, block: toResponse(row) };
    }
    // At most one pass over the range: every candidate moves the counter on for good.
    for (let attempt = CENTRE_BLOCKS.first; attempt <= CENTRE_BLOCKS.last; attempt++) {
      const { rows: counter } = await tx.query<{ last_block: unknown }>(
        `INSERT INTO numbering_counters (office_id, year, last_block) VALUES ($1, $2, $3)
         ON CONFLICT (office_id, year) DO UPDATE SET last_block = numbering_counters.last_block + 1
         WHERE numbering_counters.last_block < $4 RETURNING last_block`,
        [request.officeId, request.year, CENTRE_BLOCKS.first, CENTRE_BLOCKS.last],
      );
      const candidate = counter[0] === undefined ? undefined : asNumber(counter[0].last_block);
      if (candidate === undefined || candidate > CENTRE_BLOCKS.last) break;
      if (await numbersReachedCentre(tx, request.officeId, request.year, candidate)) continue;
      const { rows } = await tx.query(
        `INSERT INTO numbering_blocks (office_id, year, block, first_seq, last_seq, device_id, request_id, source) VALUES ($1, $2, $3, 1, $4, $5, $6, 'issued')
         ON CONFLICT (office_id, year, block) DO NOTHING
         RETURNING office_id, year, block, first_seq, last_seq, device_id, assigned_at`,
        [request.officeId, request.year, candidate, MAX_SEQUENCE, request.deviceId, request.requestId ?? null],
      );
      const row = rows[0];
      if (row) return { ok: true as const, block: toResponse(row) };
    }
    return { ok: false as const, code: 'blocks_exhausted' as const };
  });
}

/**
 * Records the blocks a device declares at enrolment (in the enrolment's transaction, after the device row): a block no
 * one holds and no other device registered numbers of becomes this device's (`recorded`, also when it was already);
 * any other is `taken`, and the desktop stops drawing from it.
 */
export async function declareBlocks(tx: Sql, officeId: string, deviceId: string, blocks: readonly DeclaredBlock[]): Promise<DeclaredBlockResult[]> {
  const results: DeclaredBlockResult[] = [];
  for (const declared of blocks) {
    const { year, block } = declared;
    const { rows: held } = await tx.query<{ device_id: string }>('SELECT device_id FROM numbering_blocks WHERE office_id = $1 AND year = $2 AND block = $3', [officeId, year, block]);
    const holder = held[0]?.device_id;
    if (holder !== undefined) {
      results.push({ year, block, status: holder === deviceId ? 'recorded' : 'taken' });
      continue;
    }
    if (await numbersReachedCentre(tx, officeId, year, block, deviceId)) {
      results.push({ year, block, status: 'taken' });
      continue;
    }
    const { rows } = await tx.query(
      `INSERT INTO numbering_blocks (office_id, year, block, first_seq, last_seq, device_id, source) VALUES ($1, $2, $3, 1, $4, $5, 'declared')
       ON CONFLICT (office_id, year, block) DO NOTHING RETURNING block`,
      [officeId, year, block, MAX_SEQUENCE, deviceId],
    );
    // A concurrent declaration or issue of the same block won the key: it is theirs.
    results.push({ year, block, status: rows.length > 0 ? 'recorded' : 'taken' });
  }
  return results;
}

/**
 * Whether a case numbered from the block reached the centre (pushed or imported) — registered by a device other than
 * `exceptDevice` when given (the device of the case's first entry). Compared in byte order — see migration 002.
 */
async function numbersReachedCentre(tx: Sql, officeId: string, year: number, block: number, exceptDevice?: string): Promise<boolean> {
  const from = formatCaseNumber({ office: officeId, year, block, sequence: 1 });
  const to = formatCaseNumber({ office: officeId, year, block, sequence: MAX_SEQUENCE });
  const { rows } = await tx.query(
    `SELECT 1 FROM cases c JOIN actions a ON a.case_id = c.id AND a.seq = 1
     WHERE (c.number COLLATE "C") BETWEEN ($1 COLLATE "C") AND ($2 COLLATE "C") AND ($3::text IS NULL OR a.device_id <> $3) LIMIT 1`,
    [from, to, exceptDevice ?? null],
  );
  return rows.length > 0;
}

function toResponse(row: Record<string, unknown>): NumberingBlockResponse {
  return {
    office: String(row.office_id),
    year: asNumber(row.year),
    block: asNumber(row.block),
    first: asNumber(row.first_seq),
    last: asNumber(row.last_seq),
    deviceId: String(row.device_id),
    assignedAt: asIso(row.assigned_at),
  };
}
