import type { ServiceVersion } from '../types';
import { borderZonePass2015 } from './border-zone-pass';

export { mvd2015_500 } from './act';

/**
 * Order No 500 approves two regulations; only the first is still in the seed — 2-қосымша (registration of
 * temporarily staying foreigners) was deleted by order No 275 of 31.03.2020 (003 1-т. 2)).
 */
export const services: readonly ServiceVersion[] = [borderZonePass2015];
