import type { IsoDate } from '../calendar/IsoDate';
import { numberingError } from './caseNumberRules';
import { formatCaseNumber } from './formatCaseNumber';
import { isExhausted } from './isExhausted';
import type { CaseNumber, NumberingBlock, NumberingError } from './types';

export type TakeNumberResult =
  | {
      readonly ok: true;
      /** The formatted number, e.g. `ALM-AU-2026-B0042-00017`. */
      readonly number: string;
      readonly caseNumber: CaseNumber;
      /** The block to store in place of the old one (same transaction as the case it numbers). */
      readonly block: NumberingBlock;
    }
  | { readonly ok: false; readonly error: NumberingError };

/**
 * Takes the next number. Pure: the given block is not changed; the caller stores the returned block in the same
 * transaction as the case, so a crash can never hand out one number twice. When `today` is given, a block of
 * another year is refused (numbers carry the year of registration).
 */
export function takeNumber(block: NumberingBlock, today?: IsoDate): TakeNumberResult {
  if (today !== undefined && Number(today.slice(0, 4)) !== block.year) {
    return { ok: false, error: numberingError('wrong_year') };
  }
  if (isExhausted(block)) return { ok: false, error: numberingError('exhausted') };
  const caseNumber: CaseNumber = { office: block.office, year: block.year, block: block.block, sequence: block.next };
  return {
    ok: true,
    number: formatCaseNumber(caseNumber),
    caseNumber,
    block: Object.freeze({ ...block, next: block.next + 1 }),
  };
}

/**
 * takeNumber that passes over the numbers in `used` — numbers this device's store already holds for other cases (pulled
 * from another device, restored from a backup). They are consumed, never offered: a registration must not fail on a
 * number that exists already. Exhausted when only used numbers were left.
 */
export function takeFreeNumber(block: NumberingBlock, today: IsoDate | undefined, used: ReadonlySet<string>): TakeNumberResult {
  let current = block;
  for (;;) {
    const taken = takeNumber(current, today);
    if (!taken.ok || !used.has(taken.number)) return taken;
    current = taken.block;
  }
}
