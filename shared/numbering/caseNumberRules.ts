import type { NumberingError, NumberingErrorCode } from './types';

/**
 * The fixed widths keep every number of a block the same length, so formatted numbers sort as strings in the
 * order they were issued (worklists and journals sort by the number).
 */
export const BLOCK_DIGITS = 4;
export const SEQUENCE_DIGITS = 5;
export const MAX_BLOCK = 10 ** BLOCK_DIGITS - 1;
export const MAX_SEQUENCE = 10 ** SEQUENCE_DIGITS - 1;

/** `ALM-AU`, `ALM`, `AST-ES2`: a Latin capital first, then capitals/digits, parts joined by single dashes. */
export const OFFICE_CODE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
export const MAX_OFFICE_LENGTH = 20;

export function isOfficeCode(office: string): boolean {
  return office.length <= MAX_OFFICE_LENGTH && OFFICE_CODE.test(office);
}

export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 9999;
}

export function isBlockNumber(block: number): boolean {
  return Number.isInteger(block) && block >= 1 && block <= MAX_BLOCK;
}

export function isSequence(sequence: number): boolean {
  return Number.isInteger(sequence) && sequence >= 1 && sequence <= MAX_SEQUENCE;
}

const messages: Record<NumberingErrorCode, NumberingError['message']> = {
  format: {
    ru: 'Неверный формат номера (ожидается, например, ALM-AU-2026-B0042-00017)',
    kk: 'Нөмірдің пішімі қате (мысалы, ALM-AU-2026-B0042-00017 күтіледі)',
  },
  exhausted: {
    ru: 'Блок номеров исчерпан — запросите новый блок у администратора',
    kk: 'Нөмірлер блогы таусылды — әкімшіден жаңа блок сұраңыз',
  },
  wrong_year: {
    ru: 'Блок номеров выдан на другой год — запросите блок на текущий год',
    kk: 'Нөмірлер блогы басқа жылға берілген — ағымдағы жылға блок сұраңыз',
  },
};

export function numberingError(code: NumberingErrorCode): NumberingError {
  return { code, message: messages[code] };
}
