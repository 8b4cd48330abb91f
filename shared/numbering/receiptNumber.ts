import { numberingError } from './caseNumberRules';
import { formatCaseNumber } from './formatCaseNumber';
import { parseCaseNumber } from './parseCaseNumber';
import type { CaseNumber, NumberingError } from './types';

/**
 * Receipts (расписка о приёме, расписка об отказе в приёме, …) are numbered after their case: the case number,
 * `-R`, and the receipt's ordinal within the case on two digits: `ALM-AU-2026-B0042-00017-R01`. Only the device
 * holding the case issues its receipts (the case is assigned to one holder at a time), so no new block is needed.
 */
export const MAX_RECEIPTS = 99;

export function formatReceiptNumber(caseNumber: CaseNumber, ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > MAX_RECEIPTS) {
    throw new RangeError(`Bad receipt ordinal ${ordinal}`);
  }
  return `${formatCaseNumber(caseNumber)}-R${String(ordinal).padStart(2, '0')}`;
}

export type ReceiptNumberResult =
  | { readonly ok: true; readonly value: { readonly caseNumber: CaseNumber; readonly ordinal: number } }
  | { readonly ok: false; readonly error: NumberingError };

export function parseReceiptNumber(input: string): ReceiptNumberResult {
  const m = /^(.+)-R(\d{2})$/.exec(input.trim().toUpperCase());
  const ordinal = Number(m?.[2]);
  if (!m || ordinal < 1) return { ok: false, error: numberingError('format') };
  const parsed = parseCaseNumber(m[1] ?? '');
  if (!parsed.ok) return parsed;
  return { ok: true, value: { caseNumber: parsed.value, ordinal } };
}
