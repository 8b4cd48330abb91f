// IIN (ИИН / ЖСН) and BIN (БИН / БСН) validation and parsing.
export type { IdentityError } from './types';
export { checkDigitOf, hasValidCheckDigit } from './checkDigit';
export { type IinErrorCode, type IinResult, type ParsedIin, parseIin } from './parseIin';
export {
  type BinDivision,
  type BinEntityType,
  type BinErrorCode,
  type BinResult,
  type ParsedBin,
  parseBin,
} from './parseBin';
