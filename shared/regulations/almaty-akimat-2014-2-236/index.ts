import type { ServiceVersion } from '../types';
import { unemployedRegistration } from './unemployed-registration';
import { semipalatinskVictims } from './semipalatinsk-victims';
import { unemployedCertificate } from './unemployed-certificate';
import { prostheticAid } from './prosthetic-aid';
import { hearingVisionAids } from './hearing-vision-aids';
import { childBenefit } from './child-benefit';
import { targetedSocialAssistance } from './targeted-social-assistance';
import { personalAssistant } from './personal-assistant';
import { wheelchair } from './wheelchair';
import { sanatoriumTreatment } from './sanatorium-treatment';
import { specialSocialServicesInstitution } from './special-social-services-institution';
import { specialSocialServicesHome } from './special-social-services-home';
import { socialAssistanceLocal } from './social-assistance-local';
import { activeEmploymentReferral } from './active-employment-referral';
import { tsaRecipientCertificate } from './tsa-recipient-certificate';
import { homeSchoolingSupport } from './home-schooling-support';
import { foreignWorkerPermit } from './foreign-worker-permit';

export { almatyAkimat2014_2_236 } from './act';

/** 002 п.1 пп.1)–17): the seventeen regulations in the act's order. */
export const services: readonly ServiceVersion[] = [
  unemployedRegistration,
  semipalatinskVictims,
  unemployedCertificate,
  prostheticAid,
  hearingVisionAids,
  childBenefit,
  targetedSocialAssistance,
  personalAssistant,
  wheelchair,
  sanatoriumTreatment,
  specialSocialServicesInstitution,
  specialSocialServicesHome,
  socialAssistanceLocal,
  activeEmploymentReferral,
  tsaRecipientCertificate,
  homeSchoolingSupport,
  foreignWorkerPermit,
];
