import type { ServiceVersion } from '../types';
import { quarantinePermit } from './quarantine-permit';

export { almatyQuarantineList } from './act';
export { quarantinePermit, quarantineCategories } from './quarantine-permit';

/** Seed 000 governs one service: the permit to leave / enter the Almaty quarantine zone. */
export const services: readonly ServiceVersion[] = [quarantinePermit];
