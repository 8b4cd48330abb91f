import { BLOCK_DIGITS, SEQUENCE_DIGITS, isBlockNumber, isOfficeCode, isSequence, isYear } from './caseNumberRules';
import type { CaseNumber } from './types';

/** `ALM-AU-2026-B0042-00017`. Throws a RangeError for parts out of range (a programming error, not user input). */
export function formatCaseNumber(n: CaseNumber): string {
  if (!isOfficeCode(n.office)) throw new RangeError(`Bad office code ${JSON.stringify(n.office)}`);
  if (!isYear(n.year)) throw new RangeError(`Bad year ${n.year}`);
  if (!isBlockNumber(n.block)) throw new RangeError(`Bad block ${n.block}`);
  if (!isSequence(n.sequence)) throw new RangeError(`Bad sequence ${n.sequence}`);
  const block = String(n.block).padStart(BLOCK_DIGITS, '0');
  const sequence = String(n.sequence).padStart(SEQUENCE_DIGITS, '0');
  return `${n.office}-${n.year}-B${block}-${sequence}`;
}
