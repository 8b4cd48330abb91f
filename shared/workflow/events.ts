import { z } from 'zod';
import { CHANNELS, ROLES } from '../regulations/types';

/**
 * The actions a case journal holds (ARCHITECTURE.md: a case IS its journal). Each is validated with zod at the edge
 * (store, sync) and then by the service's machine. Event names are dotted, grouped by stage.
 */
export const Role = z.enum(ROLES);
export const Channel = z.enum(CHANNELS);

const isoInstant = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nonBlank = z.string().trim().min(1).max(4000);

/** Who did it: every action carries the acting user and the role they acted in. */
export const Actor = z.object({
  userId: z.string().min(1).max(100),
  role: Role,
  name: z.string().max(200).optional(),
});
export type Actor = z.infer<typeof Actor>;

export const PresentedDocument = z.object({
  id: z.string().min(1).max(100),
  /** How it was presented: the original shown for checking, a copy left with the office, obtained from a state system. */
  form: z.enum(['original', 'copy', 'original_for_check', 'notarized_copy', 'state_system', 'electronic']),
});
export type PresentedDocument = z.infer<typeof PresentedDocument>;

export const Applicant = z.object({
  kind: z.enum(['citizen', 'foreigner', 'stateless', 'legal_entity']),
  /** IIN for citizens (and foreigners holding one), BIN for legal entities. */
  iin: z.string().regex(/^\d{12}$/).optional(),
  passport: z.string().trim().min(1).max(40).optional(),
  citizenship: z.string().trim().max(80).optional(),
  fullName: z.string().trim().min(1).max(300),
  birthDate: isoDate.optional(),
  phone: z.string().trim().max(40).optional(),
  address: z.string().trim().max(500).optional(),
});
export type Applicant = z.infer<typeof Applicant>;

export const Representative = z.object({
  fullName: z.string().trim().min(1).max(300),
  iin: z.string().regex(/^\d{12}$/).optional(),
  powerOfAttorney: z.string().trim().min(1).max(200),
});

const base = { actor: Actor, at: isoInstant };

/** Registration of a complete package at the window / ЦОН / from the portal. The first action of a granted-intake case. */
export const CaseRegister = z.object({
  type: z.literal('case.register'),
  ...base,
  number: z.string().min(1).max(60),
  channel: Channel,
  applicant: Applicant,
  representative: Representative.optional(),
  documents: z.array(PresentedDocument).max(200),
  /** Written consent to use information protected by law (the acts require it in writing). */
  consent: z.boolean(),
  variant: z.string().max(60).optional(),
  category: z.string().max(60).optional(),
  facts: z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()])).optional(),
});

/** Refusal to accept an incomplete package: the applicant receives the receipt listing what is missing. */
export const IntakeRefuse = z.object({
  type: z.literal('intake.refuse'),
  ...base,
  number: z.string().min(1).max(60),
  channel: Channel,
  applicant: Applicant,
  documents: z.array(PresentedDocument).max(200),
  missing: z.array(z.string().min(1)).min(1),
  variant: z.string().max(60).optional(),
  category: z.string().max(60).optional(),
  note: z.string().max(2000).optional(),
});

/** Completion of the current step of the regulation (check, request, prepare, transfer, register outgoing…). */
export const StepComplete = z.object({
  type: z.literal('step.complete'),
  ...base,
  stepId: z.string().min(1),
  note: z.string().max(4000).optional(),
  /** Outgoing/incoming document recorded by hand when offline: its number and date. */
  document: z.object({ number: z.string().trim().min(1).max(100), date: isoDate, agency: z.string().max(300).optional() }).optional(),
});

/** The head assigns the responsible executor. */
export const ReviewAssign = z.object({
  type: z.literal('review.assign'),
  ...base,
  stepId: z.string().min(1),
  assignee: z.object({ userId: z.string().min(1), name: z.string().max(200).optional() }),
});

/** The term stops while the case waits for the applicant or another agency — only where the act allows it. */
export const ClockPause = z.object({
  type: z.literal('clock.pause'),
  ...base,
  reason: z.enum(['applicant', 'agency']),
  note: nonBlank,
});
export const ClockResume = z.object({ type: z.literal('clock.resume'), ...base, note: z.string().max(4000).optional() });

/** A commission member (or the chair) signs the conclusion under their own login. */
export const CommissionSign = z.object({ type: z.literal('commission.sign'), ...base });

/** The chair records who signed on paper (when members could not sign under their own logins). */
export const CommissionPaperSignatures = z.object({
  type: z.literal('commission.paper_signatures'),
  ...base,
  signers: z.array(z.object({ name: nonBlank, role: z.enum(['commission_chair', 'commission_member']) })).min(2),
});

/** The inspection act of the family's material situation (district commission). */
export const CommissionInspect = z.object({
  type: z.literal('commission.inspect'),
  ...base,
  stepId: z.string().min(1),
  inspectedOn: isoDate,
  familyMembers: z.number().int().min(1).max(30),
  monthlyIncome: z.number().min(0),
  livingConditions: nonBlank,
});

/** The applicant refused the inspection: the commission draws up a protocol (a ground for refusal). */
export const CommissionInspectionRefused = z.object({
  type: z.literal('commission.inspection_refused'),
  ...base,
  stepId: z.string().min(1),
  protocol: nonBlank,
});

/** The commission's conclusion or recommendation (the last commission step). */
export const CommissionConclude = z.object({
  type: z.literal('commission.conclude'),
  ...base,
  stepId: z.string().min(1),
  favourable: z.boolean(),
  text: nonBlank,
});

/** A member of the commission as the sitting's attendance lists them (from the office's composition). */
export const SittingMember = z.object({
  userId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['commission_chair', 'commission_member']),
});
export type SittingMember = z.infer<typeof SittingMember>;

/**
 * A sitting of the commission with its attendance, recorded by the chair before the conclusion (002 R17 п.7 пп.1 names
 * the «дате, времени и месте заседания комиссии»). `commissionId` is the regulation's commission; `compositionId` the
 * office's composition (table `commissions`) the attendance was taken from. Quorum and who may sign are checked by the
 * engine (shared/workflow/commissionSitting.ts).
 */
export const CommissionSitting = z.object({
  type: z.literal('commission.sitting'),
  ...base,
  commissionId: z.string().min(1).max(100),
  compositionId: z.string().min(1).max(100).optional(),
  heldAt: isoInstant,
  place: z.string().trim().min(1).max(500),
  present: z.array(SittingMember).max(50),
  absent: z.array(SittingMember).max(50),
});

export const DecisionGrant = z.object({ type: z.literal('decision.grant'), ...base, stepId: z.string().min(1), note: z.string().max(4000).optional() });
/** A refusal on the merits carries a ground from the regulation and a motivation (both required). */
export const DecisionRefuse = z.object({
  type: z.literal('decision.refuse'),
  ...base,
  stepId: z.string().min(1),
  groundId: z.string().min(1),
  motivation: nonBlank,
});

/** The result (or the refusal letter) is handed over; the outgoing-correspondence journal gets its entry. */
export const IssueDeliver = z.object({
  type: z.literal('issue.deliver'),
  ...base,
  stepId: z.string().min(1),
  to: z.enum(['applicant', 'representative', 'con', 'portal']),
  outgoingNumber: z.string().trim().min(1).max(100),
});

/** The applicant withdraws the application (any time before the end). */
export const CaseWithdraw = z.object({ type: z.literal('case.withdraw'), ...base, reason: nonBlank });

/**
 * Ownership (issue #6): one office owns a case for writing at any time; handing it over is itself an action of the
 * owning office — ЦОН → district office (002 R2 п.12 пп.1: the ЦОН inspector "направляет в районный отдел
 * услугодателя"), office → commission (002 R2 п.7 пп.3: the case is passed "в специальную комиссию"). `toOffice` is the
 * receiving office's code (the code its case numbers carry).
 */
export const CaseHandover = z.object({
  type: z.literal('case.handover'),
  ...base,
  toOffice: z.string().trim().min(1).max(40),
  reason: nonBlank,
});

/**
 * The resolution of a sync conflict: local actions that lost the race (the centre accepted another office's actions
 * first) were moved out of the chain and shown to a person with both sides; this action records what they decided.
 * `redo`: the lost work is being re-entered as new actions; `discard`: the centre's version stands as it is.
 */
export const ConflictResolve = z.object({
  type: z.literal('conflict.resolve'),
  ...base,
  conflictId: z.string().min(1).max(100),
  lostActionIds: z.array(z.uuid()).min(1).max(500),
  decision: z.enum(['redo', 'discard']),
  note: z.string().max(4000).optional(),
});

export const CaseEvent = z.discriminatedUnion('type', [
  CaseRegister,
  IntakeRefuse,
  StepComplete,
  ReviewAssign,
  ClockPause,
  ClockResume,
  CommissionSign,
  CommissionPaperSignatures,
  CommissionInspect,
  CommissionInspectionRefused,
  CommissionConclude,
  CommissionSitting,
  DecisionGrant,
  DecisionRefuse,
  IssueDeliver,
  CaseWithdraw,
  CaseHandover,
  ConflictResolve,
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

export const CASE_EVENT_TYPES = CaseEvent.options.map((o) => o.shape.type.value) as readonly CaseEventType[];
