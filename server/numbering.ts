import { MAX_BLOCK, MAX_SEQUENCE } from '../shared/numbering';
import type { NumberingBlockResponse } from '../shared/sync/protocol';
import { asIso, asNumber, type SyncDatabase } from './database';

export type BlockResult = { readonly ok: true; readonly block: NumberingBlockResponse } | { readonly ok: false; readonly code: 'blocks_exhausted' };

/**
 * The next numbering block of an office and year for a device. The counter row is bumped with one atomic upsert, so
 * concurrent requests on any number of instances get different blocks; the (office, year, block) primary key would
 * refuse a duplicate anyway. A repeated `requestId` of the same device returns the block it got the first time.
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
    const { rows: counter } = await tx.query<{ last_block: unknown }>(
      `INSERT INTO numbering_counters (office_id, year, last_block) VALUES ($1, $2, 1)
       ON CONFLICT (office_id, year) DO UPDATE SET last_block = numbering_counters.last_block + 1 RETURNING last_block`,
      [request.officeId, request.year],
    );
    const block = asNumber(counter[0]?.last_block);
    if (block > MAX_BLOCK) return { ok: false as const, code: 'blocks_exhausted' as const };
    const { rows } = await tx.query(
      `INSERT INTO numbering_blocks (office_id, year, block, first_seq, last_seq, device_id, request_id) VALUES ($1, $2, $3, 1, $4, $5, $6)
       RETURNING office_id, year, block, first_seq, last_seq, device_id, assigned_at`,
      [request.officeId, request.year, block, MAX_SEQUENCE, request.deviceId, request.requestId ?? null],
    );
    return { ok: true as const, block: toResponse(rows[0] ?? {}) };
  });
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
