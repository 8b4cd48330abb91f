import type { ServiceVersion } from '../types';
import { borderZonePass2014 } from './border-zone-pass';
import { foreignerRegistration2014 } from './foreigner-registration';
import { privateInvitation2014 } from './private-invitation';

export { mvd2014_103 } from './act';

/** The three regulations of order No 103, in the order п.1 of the order approves them. */
export const services: readonly ServiceVersion[] = [borderZonePass2014, privateInvitation2014, foreignerRegistration2014];
