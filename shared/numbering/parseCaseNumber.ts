import { isBlockNumber, isOfficeCode, isSequence, isYear, numberingError } from './caseNumberRules';
import type { CaseNumber, NumberingError } from './types';

export type CaseNumberResult =
  | { readonly ok: true; readonly value: CaseNumber }
  | { readonly ok: false; readonly error: NumberingError };

// Read from the right: the office code may itself contain dashes (ALM-AU).
const CASE_NUMBER = /^(.+)-(\d{4})-B(\d{4})-(\d{5})$/;

/**
 * Inverse of formatCaseNumber. Surrounding whitespace and lower case (typed into a search box) are accepted;
 * anything else that formatCaseNumber would not produce is a format error.
 */
export function parseCaseNumber(input: string): CaseNumberResult {
  const m = CASE_NUMBER.exec(input.trim().toUpperCase());
  if (!m) return { ok: false, error: numberingError('format') };
  const [, office = '', year, block, sequence] = m;
  const value: CaseNumber = { office, year: Number(year), block: Number(block), sequence: Number(sequence) };
  if (!isOfficeCode(value.office) || !isYear(value.year) || !isBlockNumber(value.block) || !isSequence(value.sequence)) {
    return { ok: false, error: numberingError('format') };
  }
  return { ok: true, value };
}
