import type { IsoDate } from '../calendar';
import { formatCaseNumber, takeFreeNumber, type NumberingBlock, type NumberingError } from '../numbering';
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
  return (await usableBlocks(db, office, year, deviceId))[0];
}

export type TakenNumber =
  | { readonly ok: true; readonly number: string; readonly before: NumberingBlockRow; readonly after: NumberingBlockRow }
  | { readonly ok: false; readonly error: NumberingError };

/**
 * The next case number for a registration on `today` at this device, without storing anything: perform stores `after`
 * in the transaction that writes the case, after checking the block still reads `before` and the number is still free.
 * Numbers the store already holds for other cases (pulled from another device of the office, restored from a backup)
 * are passed over — consumed, never offered; a block with only such numbers left gives way to the device's next block.
 * Reads numberingBlocks and cases.
 */
export async function nextCaseNumber(db: CaseDatabase, office: string, deviceId: string, today: IsoDate): Promise<TakenNumber> {
  const year = Number(today.slice(0, 4));
  const rows = await usableBlocks(db, office, year, deviceId);
  if (rows.length === 0) return { ok: false, error: { code: 'exhausted', message: storeMessage('numberingMissing', { year }) } };
  let exhausted: TakenNumber | undefined;
  for (const row of rows) {
    const taken = takeFreeNumber(toNumberingBlock(row), today, await usedNumbers(db, row));
    if (taken.ok) return { ok: true, number: taken.number, before: row, after: { ...row, next: taken.block.next } };
    if (taken.error.code !== 'exhausted') return taken;
    exhausted ??= taken;
  }
  return exhausted ?? { ok: false, error: { code: 'exhausted', message: storeMessage('numberingMissing', { year }) } };
}

/** This device's blocks of an office and year with numbers left, lowest block first. */
async function usableBlocks(db: CaseDatabase, office: string, year: number, deviceId: string): Promise<NumberingBlockRow[]> {
  const rows = await db.numberingBlocks.where('[office+year]').equals([office, year]).toArray();
  return rows.filter((r) => r.deviceId === deviceId && r.next <= r.last).sort((a, b) => a.block - b.block);
}

/** Case numbers the store holds from a block's `next` on (one range read of the cases' unique number index). */
async function usedNumbers(db: CaseDatabase, row: NumberingBlockRow): Promise<ReadonlySet<string>> {
  const from = formatCaseNumber({ office: row.office, year: row.year, block: row.block, sequence: row.next });
  const to = formatCaseNumber({ office: row.office, year: row.year, block: row.block, sequence: row.last });
  const keys = await db.cases.where('number').between(from, to, true, true).keys();
  return new Set(keys.map(String));
}

/** Whether a case other than `caseId` holds `number` (perform's re-check inside its write transaction). */
export async function numberHeldElsewhere(db: CaseDatabase, number: string, caseId: string): Promise<boolean> {
  const holder = await db.cases.where('number').equals(number).first();
  return holder !== undefined && holder.id !== caseId;
}

/**
 * The blocks this device holds for an office (every year), as it declares them when it enrols with the centre: the
 * centre then never hands them to another device (protocol EnrolRequest `blocks`).
 */
export async function declarableBlocks(db: CaseDatabase, office: string, deviceId: string): Promise<readonly NumberingBlockRow[]> {
  const rows = await db.numberingBlocks.toArray();
  return rows.filter((r) => r.office === office && r.deviceId === deviceId).sort((a, b) => a.year - b.year || a.block - b.block);
}

/**
 * Stops drawing from a block (the centre said another device declared or used it first): its `next` moves past its
 * `last`, so no number of it is offered again; the numbers it gave stay with their cases. Undefined when not held.
 */
export async function retireNumberingBlock(db: CaseDatabase, office: string, year: number, block: number): Promise<NumberingBlockRow | undefined> {
  const id = numberingBlockId(office, year, block);
  return db.transaction('rw', db.numberingBlocks, async () => {
    const row = await db.numberingBlocks.get(id);
    if (!row) return undefined;
    const retired = { ...row, next: Math.max(row.next, row.last + 1) };
    await db.numberingBlocks.put(retired);
    return retired;
  });
}

