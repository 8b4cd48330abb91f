import type { Channel, Facts, Stage } from '../regulations/types';
import type { Actor, Applicant, PresentedDocument } from './events';

/** What the machine remembers of a case between actions. Everything here is derived from the journal by replay. */
export type CaseContext = {
  readonly serviceId: string;
  readonly version: string;
  readonly number?: string;
  readonly channel?: Channel;
  readonly variant?: string;
  readonly category?: string;
  readonly applicant?: Applicant;
  readonly registeredAt?: string;
  readonly documents: readonly PresentedDocument[];
  readonly missing: readonly string[];
  readonly consent: boolean;
  readonly facts: Facts;
  readonly assignee?: { readonly userId: string; readonly name?: string };
  readonly signatures: readonly { readonly userId: string; readonly role: Actor['role']; readonly name?: string; readonly at: string }[];
  readonly paperSignatures: readonly { readonly name: string; readonly role: 'commission_chair' | 'commission_member' }[];
  readonly inspection?: { readonly inspectedOn: string; readonly familyMembers: number; readonly monthlyIncome: number; readonly livingConditions: string };
  readonly inspectionRefused: boolean;
  /** The protocol drawn up when the applicant refused the inspection. */
  readonly protocol?: string;
  readonly conclusion?: { readonly favourable: boolean; readonly text: string; readonly at: string };
  readonly outcome?: 'granted' | 'refused';
  readonly refusal?: { readonly groundId: string; readonly motivation: string };
  readonly paused?: { readonly since: string; readonly reason: 'applicant' | 'agency' };
  readonly pauses: readonly { readonly from: string; readonly to: string; readonly reason: 'applicant' | 'agency' }[];
  readonly completed: readonly { readonly stepId: string; readonly at: string; readonly by: Actor }[];
  readonly delivered?: { readonly to: string; readonly outgoingNumber: string; readonly at: string };
  readonly withdrawn?: { readonly reason: string; readonly at: string };
  readonly lastAt?: string;
};

export type CaseStatus = 'new' | Stage | 'issued' | 'refusedAtIntake' | 'refused' | 'withdrawn';
export const FINAL_STATUSES = ['issued', 'refusedAtIntake', 'refused', 'withdrawn'] as const satisfies readonly CaseStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

export function initialContext(serviceId: string, version: string): CaseContext {
  return {
    serviceId,
    version,
    documents: [],
    missing: [],
    consent: false,
    facts: {},
    signatures: [],
    paperSignatures: [],
    inspectionRefused: false,
    pauses: [],
    completed: [],
  };
}
