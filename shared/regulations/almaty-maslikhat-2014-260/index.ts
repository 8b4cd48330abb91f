import type { ServiceVersion } from '../types';
import { residenceRegistration } from './residence-registration';

export { almatyMaslikhat2014_260 } from './act';
export { residenceRegistration } from './residence-registration';

/** Seed 001 governs one service: registration at the place of residence (citizens and foreigners). */
export const services: readonly ServiceVersion[] = [residenceRegistration];
