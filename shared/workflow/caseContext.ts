import type { Channel, Facts, Stage } from '../regulations/types';
import type { Actor, Applicant, PresentedDocument, SittingMember } from './events';

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
  /** The commission's latest sitting with its attendance (`commission.sitting`); the conclusion needs one with a quorum. */
  readonly sitting?: {
    readonly commissionId: string;
    readonly compositionId?: string;
    readonly heldAt: string;
    readonly place: string;
    readonly present: readonly SittingMember[];
    readonly absent: readonly SittingMember[];
    readonly recordedBy: Actor;
    readonly at: string;
  };
  readonly outcome?: 'granted' | 'refused';
  readonly refusal?: { readonly groundId: string; readonly motivation: string };
  readonly paused?: { readonly since: string; readonly reason: 'applicant' | 'agency' };
  readonly pauses: readonly { readonly from: string; readonly to: string; readonly reason: 'applicant' | 'agency' }[];
  readonly completed: readonly { readonly stepId: string; readonly at: string; readonly by: Actor }[];
  readonly delivered?: { readonly to: string; readonly outgoingNumber: string; readonly at: string };
  readonly withdrawn?: { readonly reason: string; readonly at: string };
  readonly lastAt?: string;
  /** The office the last `case.handover` gave the case to; undefined while the registering office owns it (issue #6). */
  readonly owner?: string;
  /** Every handover so far, in order. */
  readonly handovers?: readonly { readonly toOffice: string; readonly reason: string; readonly at: string; readonly by: Actor }[];
  /** Sync conflicts a person has resolved on this case (`conflict.resolve`). */
  readonly resolvedConflicts?: readonly { readonly conflictId: string; readonly decision: 'redo' | 'discard'; readonly at: string }[];
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
