// Offline-safe case and receipt numbers: office code + year + device block + sequence.
export type { CaseNumber, NumberingBlock, NumberingError, NumberingErrorCode } from './types';
export { BLOCK_DIGITS, MAX_BLOCK, MAX_SEQUENCE, SEQUENCE_DIGITS, isOfficeCode } from './caseNumberRules';
export { formatCaseNumber } from './formatCaseNumber';
export { CENTRE_BLOCKS, LOCAL_BLOCKS, isCentreBlock, isLocalBlock, suggestLocalBlock } from './blockRanges';
export { type CaseNumberResult, parseCaseNumber } from './parseCaseNumber';
export { createBlock } from './createBlock';
export { isExhausted, remainingNumbers } from './isExhausted';
export { type TakeNumberResult, takeFreeNumber, takeNumber } from './takeNumber';
export { MAX_RECEIPTS, type ReceiptNumberResult, formatReceiptNumber, parseReceiptNumber } from './receiptNumber';
