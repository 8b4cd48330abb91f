import type { LocalizedText } from '../regulations/types';

/**
 * A case number's parts. Written as `ALM-AU-2026-B0042-00017`: office code, year, device block, sequence.
 * Numbers never collide between offline devices because each device draws only from its own block, and a block
 * (office, year, block) is handed to exactly one device — by the sync server from CENTRE_BLOCKS, or, at an offline
 * first start, by the administrator from LOCAL_BLOCKS, which the centre never issues (blockRanges.ts).
 */
export type CaseNumber = {
  /** Office code, Latin capitals and digits in dash-separated parts, e.g. `ALM-AU`. */
  readonly office: string;
  readonly year: number;
  /** Device block, 1…9999. */
  readonly block: number;
  /** Sequence inside the block, 1…99999. */
  readonly sequence: number;
};

/** The numbering state a device holds: it hands out `next`, `next + 1`, … up to `last` (inclusive). */
export type NumberingBlock = {
  readonly office: string;
  readonly year: number;
  readonly block: number;
  readonly next: number;
  readonly last: number;
};

export type NumberingErrorCode = 'format' | 'exhausted' | 'wrong_year';
export type NumberingError = { readonly code: NumberingErrorCode; readonly message: LocalizedText };
