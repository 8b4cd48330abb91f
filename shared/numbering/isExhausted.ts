import type { NumberingBlock } from './types';

/** No number left: the device must ask for a new block before registering another case. */
export function isExhausted(block: NumberingBlock): boolean {
  return block.next > block.last;
}

/** How many numbers the block still holds (for a "request a new block soon" warning). */
export function remainingNumbers(block: NumberingBlock): number {
  return Math.max(0, block.last - block.next + 1);
}
