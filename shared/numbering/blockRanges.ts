import { MAX_BLOCK } from './caseNumberRules';

/**
 * Who may hand out which block numbers of an office and year. The two ranges never overlap, so a block picked by hand
 * at an offline first start can never be a block the centre hands to another device, whoever is online when:
 * - CENTRE_BLOCKS: only the central sync service issues these (server/numbering.ts), each once;
 * - LOCAL_BLOCKS: the administrator picks one at a computer's first start (FirstStartWizard), one per computer; the
 *   computer declares it when it enrols with the centre, which records it as that computer's or, when another device
 *   of the office declared or used it first, says it is taken (the desk then stops drawing from it, syncClient.enrol).
 */
export const CENTRE_BLOCKS = { first: 1, last: 8999 } as const;
export const LOCAL_BLOCKS = { first: 9000, last: MAX_BLOCK } as const;

export function isCentreBlock(block: number): boolean {
  return Number.isInteger(block) && block >= CENTRE_BLOCKS.first && block <= CENTRE_BLOCKS.last;
}

export function isLocalBlock(block: number): boolean {
  return Number.isInteger(block) && block >= LOCAL_BLOCKS.first && block <= LOCAL_BLOCKS.last;
}

/**
 * The block a first start proposes for this computer: spread over LOCAL_BLOCKS by the device id (FNV-1a), so two
 * computers of an office set up without talking to each other almost never propose the same one. The administrator may
 * change it; the enrolment declaration settles the rare clash.
 */
export function suggestLocalBlock(deviceId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < deviceId.length; i++) {
    hash ^= deviceId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return LOCAL_BLOCKS.first + (hash % (LOCAL_BLOCKS.last - LOCAL_BLOCKS.first + 1));
}

