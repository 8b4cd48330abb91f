import type { IsoDate } from '../calendar';
import { takeNumber, type NumberingBlock, type NumberingError } from '../numbering';
import type { CaseDatabase, NumberingBlockRow } from './database';
import { storeMessage } from './storeErrors';

/**
 * The device's numbering blocks (shared/numbering). A number is taken in the same transaction as the first action of
 * the case it numbers (perform.ts), so a crash can neither lose a registered case's number nor hand it out twice.
 */
export function numberingBlockId(office: string, year: number, block: number): string {
  return `${office}/${year}/${block}`;
}

export function toBlockRow(block: NumberingBlock, deviceId: string, assignedAt: string): NumberingBlockRow {
  return { id: numberingBlockId(block.office, block.year, block.block), ...block, deviceId, assignedAt };
}

export function toNumberingBlock(row: NumberingBlockRow): NumberingBlock {
  return { office: row.office, year: row.year, block: row.block, next: row.next, last: row.last };
}

/** Store a block handed to this device (by the sync server or the administrator). */
export async function saveNumberingBlock(db: CaseDatabase, block: NumberingBlock, deviceId: string, assignedAt = new Date().toISOString()): Promise<NumberingBlockRow> {
  const row = toBlockRow(block, deviceId, assignedAt);
  await db.numberingBlocks.put(row);
  return row;
}

/** The block this device draws from for an office and year: the lowest block number with numbers left. */
export async function findNumberingBlock(db: CaseDatabase, office: string, year: number, deviceId: string): Promise<NumberingBlockRow | undefined> {
  const rows = await db.numberingBlocks.where('[office+year]').equals([office, year]).toArray();
  return rows.filter((r) => r.deviceId === deviceId && r.next <= r.last).sort((a, b) => a.block - b.block)[0];
}

export type TakenNumber =
  | { readonly ok: true; readonly number: string; readonly before: NumberingBlockRow; readonly after: NumberingBlockRow }
  | { readonly ok: false; readonly error: NumberingError };

/**
 * The next case number for a registration on `today` at this device, without storing anything: perform stores `after`
 * in the transaction that writes the case, after checking the block still reads `before`.
 */
export async function nextCaseNumber(db: CaseDatabase, office: string, deviceId: string, today: IsoDate): Promise<TakenNumber> {
  const year = Number(today.slice(0, 4));
  const row = await findNumberingBlock(db, office, year, deviceId);
  if (!row) return { ok: false, error: { code: 'exhausted', message: storeMessage('numberingMissing', { year }) } };
  const taken = takeNumber(toNumberingBlock(row), today);
  if (!taken.ok) return taken;
  return { ok: true, number: taken.number, before: row, after: { ...row, next: taken.block.next } };
}
