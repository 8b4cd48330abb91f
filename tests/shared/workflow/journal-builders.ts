import type { Role, ServiceVersion } from '../../../shared/regulations/types';
import { categoryDocumentIds, requiredDocuments } from '../../../shared/workflow/checks';
import type { CaseEvent, CaseEventOf } from '../../../shared/workflow/events';
import type { CaseState } from '../../../shared/workflow/replay';
import { actionsForStep } from '../../../shared/workflow/explainWhyNot';
import { findStep, rolesFor } from '../../../shared/workflow/serviceModel';

/** Test journals: a clock that moves forward and actors per role, so flows read like the office's day. */
export function clock(start = '2026-03-02T09:00:00+05:00') {
  let t = Date.parse(start);
  return () => {
    t += 15 * 60_000;
    return new Date(t).toISOString();
  };
}

export const actor = (role: Role, userId: string = role) => ({ userId, role, name: `${role} user` });

export function registration(service: ServiceVersion, at: string, overrides: Partial<CaseEventOf<'case.register'>> = {}): CaseEventOf<'case.register'> {
  const variant = overrides.variant ?? service.variants?.[0]?.id;
  const category = overrides.category ?? service.categories?.[0]?.id;
  const channel = overrides.channel ?? (service.channels.includes('office') ? 'office' : service.channels[0] ?? 'office');
  const documents = [
    ...requiredDocuments(service, variant).map((d) => ({ id: d.id, form: 'original_for_check' as const })),
    ...(category ? categoryDocumentIds(service, category).map((id) => ({ id, form: 'original_for_check' as const })) : []),
  ];
  return {
    type: 'case.register',
    at,
    actor: actor(channel === 'con' ? 'con_worker' : channel === 'portal' ? 'specialist' : 'operator'),
    number: 'ALM-01-2026-B0001-00001',
    channel,
    applicant: { kind: service.applicantKinds[0] ?? 'citizen', iin: '900101300017', fullName: 'Сейітқали Әлия Нұрланқызы' },
    documents,
    consent: true,
    ...(variant ? { variant } : {}),
    ...(category ? { category } : {}),
    facts: validFacts(service, variant),
    ...overrides,
  };
}

/**
 * Facts that satisfy every intake rule of the service: coordinate search over plausible values of each question
 * until no rule objects (the rules themselves are tested one by one in tests/shared/regulations).
 */
export function validFacts(service: ServiceVersion, variant?: string): Record<string, string | number | boolean> {
  const facts: Record<string, string | number | boolean> = {};
  const candidates = (field: NonNullable<ServiceVersion['facts']>[number]): (string | number | boolean)[] => {
    switch (field.type) {
      case 'boolean':
        return [false, true];
      case 'number':
        return [100, 0, 1, 3, 4, 6, 12, 15, 30, 60, 1000];
      case 'select':
        return field.options.map((o) => o.id);
      case 'text':
        return ['x'];
      case 'date':
        return ['2026-03-01', '2026-02-28', '2026-01-01', '2026-06-01', '2027-03-01', '2025-03-01'];
    }
  };
  const fields = service.facts ?? [];
  for (const field of fields) facts[field.id] = candidates(field)[0]!;
  const failing = () => (service.rules ?? []).filter((r) => !r.check({ ...facts, ...(variant ? { variant } : {}) }).ok).length;
  for (let round = 0; round < 3 && failing() > 0; round++) {
    for (const field of fields) {
      let best = facts[field.id]!;
      let bestScore = failing();
      for (const value of candidates(field)) {
        facts[field.id] = value;
        const score = failing();
        if (score < bestScore) {
          best = value;
          bestScore = score;
        }
      }
      facts[field.id] = best;
    }
  }
  return facts;
}

/** The next action that moves the case on along its happy path (grant = true) or towards a motivated refusal. */
export function nextAction(state: CaseState, at: string, grant = true): CaseEvent | undefined {
  const { service, context } = state;
  const step = state.stepId ? findStep(service, state.stepId) : undefined;
  if (!step) return undefined;
  const role = rolesFor(step, context.channel)[0] ?? step.actor;
  const by = context.assignee && (role === 'specialist' || role === 'responsible_specialist') ? { userId: context.assignee.userId, role, name: 'assignee' } : actor(role);
  const types = actionsForStep(service, step, context);
  const type = types[0];
  const base = { at, actor: by, stepId: step.id };
  // The conclusion is adopted at a sitting with a quorum: the chair records it first.
  if (type === 'commission.conclude' && !context.sitting) return sitting(service, at);
  switch (type) {
    case 'review.assign':
      return { type, ...base, assignee: { userId: 'spec-1', name: 'Ответственный' } };
    case 'commission.inspect':
      return { type, ...base, inspectedOn: at.slice(0, 10), familyMembers: 4, monthlyIncome: 80000, livingConditions: 'двухкомнатная квартира' };
    case 'commission.conclude':
      return { type, ...base, favourable: grant, text: grant ? 'нуждается' : 'не нуждается' };
    case 'decision.grant':
    case 'decision.refuse':
      return grant
        ? { type: 'decision.grant', ...base }
        : { type: 'decision.refuse', ...base, groundId: service.refusalGrounds.find((g) => g.at === 'merits')?.id ?? '', motivation: 'Доход превышает черту бедности' };
    case 'issue.deliver':
      return { type, ...base, to: context.channel === 'con' ? 'con' : 'applicant', outgoingNumber: 'ИСХ-1' };
    case 'step.complete':
      return { type, ...base };
    default:
      return undefined;
  }
}

/** The commission as test journals seat it: chair-1 and member-1, member-2 present, member-3 absent (a quorum). */
export const SITTING_MEMBERS = {
  chair: { userId: 'chair-1', name: 'Ахметов А.', role: 'commission_chair' as const },
  present: [
    { userId: 'member-1', name: 'Омарова Г.', role: 'commission_member' as const },
    { userId: 'member-2', name: 'Бекова С.', role: 'commission_member' as const },
  ],
  absent: [{ userId: 'member-3', name: 'Жұмабаев Е.', role: 'commission_member' as const }],
};

export function sitting(service: ServiceVersion, at: string, overrides: Partial<CaseEventOf<'commission.sitting'>> = {}): CaseEventOf<'commission.sitting'> {
  return {
    type: 'commission.sitting',
    at,
    actor: { userId: SITTING_MEMBERS.chair.userId, role: 'commission_chair', name: SITTING_MEMBERS.chair.name },
    commissionId: service.commissions[0]?.id ?? 'none',
    heldAt: at,
    place: 'Актовый зал районного отдела',
    present: [SITTING_MEMBERS.chair, ...SITTING_MEMBERS.present],
    absent: SITTING_MEMBERS.absent,
    ...overrides,
  };
}

export function signatures(at: string): CaseEvent[] {
  return [
    { type: 'commission.sign', at, actor: actor('commission_chair', 'chair-1') },
    { type: 'commission.sign', at, actor: actor('commission_member', 'member-1') },
  ];
}
