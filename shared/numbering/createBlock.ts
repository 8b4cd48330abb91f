import { MAX_SEQUENCE, isBlockNumber, isOfficeCode, isSequence, isYear } from './caseNumberRules';
import type { NumberingBlock } from './types';

/**
 * A fresh numbering block for a device. `first`/`last` default to the whole block (1…99999); a server may hand
 * out a narrower range. Throws a RangeError on invalid parts: blocks come from the server or from the admin form,
 * which validates first.
 */
export function createBlock(params: {
  readonly office: string;
  readonly year: number;
  readonly block: number;
  readonly first?: number;
  readonly last?: number;
}): NumberingBlock {
  const first = params.first ?? 1;
  const last = params.last ?? MAX_SEQUENCE;
  if (!isOfficeCode(params.office)) throw new RangeError(`Bad office code ${JSON.stringify(params.office)}`);
  if (!isYear(params.year)) throw new RangeError(`Bad year ${params.year}`);
  if (!isBlockNumber(params.block)) throw new RangeError(`Bad block ${params.block}`);
  if (!isSequence(first) || !isSequence(last) || first > last) throw new RangeError(`Bad range ${first}…${last}`);
  return Object.freeze({ office: params.office, year: params.year, block: params.block, next: first, last });
}
