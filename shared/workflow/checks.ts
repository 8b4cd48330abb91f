import { bilingual, joinLocalized, localizeWhy, type WhyKey } from '../i18n/localize';
import type { LocalizedText, RequiredDocument, Role, ServiceVersion, Step } from '../regulations/types';
import type { CaseContext } from './caseContext';
import type { Actor, CaseEventOf, PresentedDocument } from './events';
import { checkPaperSignersPresent, checkSignerPresent, checkSittingForConclusion } from './commissionSitting';
import { acceptStepFor, applicableSteps, decisiveStepOf, findStep, isApplicable, rolesFor } from './serviceModel';

/**
 * The engine's rules as pure checks. Each returns `undefined` when the action may proceed, or the reason it may not,
 * in both languages. The machine's guards call these (as booleans) and `explainWhyNot` returns their reasons, so the
 * UI never recomputes a rule.
 */
export type WhyNot = { readonly code: WhyKey; readonly message: LocalizedText };
export type Check = WhyNot | undefined;

const why = (code: WhyKey, params?: Parameters<typeof localizeWhy>[1]): WhyNot => ({ code, message: localizeWhy(code, params) });

export const roleName = (role: Role): LocalizedText => bilingual((m) => m.role[role]);

/** The documents this case must present: required ones of its variant, plus the chosen category's (seed 000). */
export function requiredDocuments(service: ServiceVersion, variant: string | undefined): readonly RequiredDocument[] {
  return service.documents.items.filter((d) => d.required && (!d.variants || variant === undefined || d.variants.includes(variant)));
}

export function missingDocuments(service: ServiceVersion, variant: string | undefined, presented: readonly PresentedDocument[]): readonly RequiredDocument[] {
  const have = new Set(presented.map((d) => d.id));
  return requiredDocuments(service, variant).filter((d) => !have.has(d.id));
}

/** Category documents (seed 000): ids are `<categoryId>#<index>` so intake can tick each one. */
export function categoryDocumentIds(service: ServiceVersion, categoryId: string): readonly string[] {
  const category = service.categories?.find((c) => c.id === categoryId);
  return category ? category.documents.map((_d, index) => `${category.id}#${index}`) : [];
}

/** The name of a document of the service's checklist, or of the chosen category's documents (`<category>#<n>`). */
export function documentName(service: ServiceVersion, id: string): LocalizedText | undefined {
  const item = service.documents.items.find((d) => d.id === id);
  if (item) return item.name;
  for (const category of service.categories ?? []) {
    const index = categoryDocumentIds(service, category.id).indexOf(id);
    if (index >= 0) return category.documents[index];
  }
  return undefined;
}

export function checkRole(step: Step, context: Pick<CaseContext, 'channel' | 'assignee'>, actor: Actor, channel = context.channel): Check {
  const allowed = rolesFor(step, channel);
  if (!allowed.includes(actor.role)) {
    return why('roleNotAllowed', { step: step.action, allowed: joinLocalized(allowed.map(roleName)), role: roleName(actor.role) });
  }
  // Once the head has assigned a responsible executor, the specialist's steps are that person's.
  const specialistStep = step.actor === 'specialist' || step.actor === 'responsible_specialist';
  const specialistActor = actor.role === 'specialist' || actor.role === 'responsible_specialist';
  if (context.assignee && specialistStep && specialistActor && actor.userId !== context.assignee.userId) {
    return why('notAssignee', { assignee: context.assignee.name ?? context.assignee.userId });
  }
  return undefined;
}

/** The case may be registered: right role and channel, a complete package, consent, the act's intake rules. */
export function checkRegistration(service: ServiceVersion, event: CaseEventOf<'case.register'>): Check {
  if (!service.channels.includes(event.channel)) return why('channelNotOffered', { channel: bilingual((m) => m.channel[event.channel]) });
  const accept = acceptStepFor(service, event.channel);
  if (accept) {
    const role = checkRole(accept, {}, event.actor, event.channel);
    if (role) return role;
  }
  const variantCheck = checkVariantAndCategory(service, event.variant, event.category);
  if (variantCheck) return variantCheck;
  const missing = missingDocuments(service, event.variant, event.documents);
  if (missing.length > 0) return why('packageIncomplete', { missing: joinLocalized(missing.map((d) => d.name), '; ') });
  if (service.categories && event.category) {
    const have = new Set(event.documents.map((d) => d.id));
    const category = service.categories.find((c) => c.id === event.category);
    const lacking = categoryDocumentIds(service, event.category).flatMap((id, index) => (have.has(id) ? [] : [category?.documents[index]].filter((d) => d !== undefined)));
    if (lacking.length > 0) return why('categoryDocumentsMissing', { missing: joinLocalized(lacking, '; ') });
  }
  if (service.consentRequired && !event.consent) return why('consentMissing');
  for (const rule of service.rules ?? []) {
    const outcome = rule.check(event.facts ?? {});
    if (!outcome.ok) return why('ruleFailed', { reason: outcome.reason });
  }
  return undefined;
}

export function checkVariantAndCategory(service: ServiceVersion, variant: string | undefined, category: string | undefined): Check {
  if (service.variants && service.variants.length > 0) {
    if (variant === undefined) return why('variantRequired');
    if (!service.variants.some((v) => v.id === variant)) return why('unknownVariant', { variant });
  }
  if (service.categories && service.categories.length > 0) {
    if (category === undefined) return why('categoryRequired');
    if (!service.categories.some((c) => c.id === category)) return why('unknownCategory', { category });
  }
  return undefined;
}

/** Refusal to accept is for an incomplete package only (e.g. 002 R1 п.11: "неполного пакета документов"). */
export function checkIntakeRefusal(service: ServiceVersion, event: CaseEventOf<'intake.refuse'>): Check {
  if (!service.channels.includes(event.channel)) return why('channelNotOffered', { channel: bilingual((m) => m.channel[event.channel]) });
  const accept = acceptStepFor(service, event.channel);
  if (accept) {
    const role = checkRole(accept, {}, event.actor, event.channel);
    if (role) return role;
  }
  const variantCheck = checkVariantAndCategory(service, event.variant, event.category);
  if (variantCheck) return variantCheck;
  const missing = new Set(missingDocuments(service, event.variant, event.documents).map((d) => d.id));
  if (service.categories && event.category) {
    const have = new Set(event.documents.map((d) => d.id));
    for (const id of categoryDocumentIds(service, event.category)) if (!have.has(id)) missing.add(id);
  }
  if (missing.size === 0) return why('packageComplete');
  return undefined;
}

/** The generic conditions of every step action: right step, applicable, not paused, right role and person. */
export function checkStepAction(service: ServiceVersion, context: CaseContext, stepId: string, currentStepId: string | undefined, actor: Actor): Check {
  const step = findStep(service, stepId);
  const current = currentStepId === undefined ? undefined : findStep(service, currentStepId);
  if (!step || !current || step.id !== current.id) {
    return why('wrongStep', { step: current?.action ?? { ru: '—', kk: '—' }, requested: step?.action ?? { ru: stepId, kk: stepId } });
  }
  if (context.paused) return why('paused', { reason: bilingual((m) => m.pauseReason[context.paused?.reason ?? 'applicant']) });
  return checkRole(step, context, actor);
}

/** Is `step` the one the stage's decisive action (conclusion, decision, delivery) completes? */
export function isDecisiveStep(service: ServiceVersion, step: Step, context: CaseContext): boolean {
  return decisiveStepOf(service, step.stage, context)?.id === step.id;
}

export function stepApplies(step: Step, context: CaseContext): boolean {
  return isApplicable(step, context);
}

/** Chair and at least one member signed (under their own logins, or the chair recorded the paper signatures). */
export function conclusionSigned(context: CaseContext): boolean {
  const roles = new Set([...context.signatures.map((s) => s.role), ...context.paperSignatures.map((s) => s.role)]);
  return roles.has('commission_chair') && roles.has('commission_member');
}

/** Signatures are needed where the act requires them AND this case actually goes through the commission (service 17: only the employer's first permit does). */
export function signatureRequired(service: ServiceVersion, context: CaseContext): boolean {
  return service.commissions.some((c) => c.signedConclusionRequired) && applicableSteps(service, context).some((s) => s.stage === 'commission');
}

/**
 * What the commission signs: its conclusion, or — when the applicant refused the inspection — the protocol, which «подписывают
 * все члены участковой комиссии» (002 R7 п.7 пп.4). Without this the head could never decide a refused-inspection case.
 */
const signable = (context: CaseContext): boolean => context.conclusion !== undefined || context.inspectionRefused;

export function checkSign(context: CaseContext, actor: Actor): Check {
  if (!signable(context) || context.outcome) return why('notAtThisStage', { action: bilingual((m) => m.action['commission.sign']), stage: { ru: '—', kk: '—' }, step: { ru: '—', kk: '—' } });
  if (actor.role !== 'commission_chair' && actor.role !== 'commission_member') return why('notCommissionMember');
  if (context.signatures.some((s) => s.userId === actor.userId)) return why('alreadySigned');
  return checkSignerPresent(context, actor);
}

export function checkPaperSignatures(context: CaseContext, actor: Actor, signers?: readonly { readonly name: string }[]): Check {
  if (!signable(context) || context.outcome) return why('notAtThisStage', { action: bilingual((m) => m.action['commission.paper_signatures']), stage: { ru: '—', kk: '—' }, step: { ru: '—', kk: '—' } });
  if (actor.role !== 'commission_chair') return why('roleNotAllowed', { step: bilingual((m) => m.action['commission.paper_signatures']), allowed: roleName('commission_chair'), role: roleName(actor.role) });
  return signers ? checkPaperSignersPresent(context, signers) : undefined;
}

export function checkDecision(service: ServiceVersion, context: CaseContext, grant: boolean, groundId?: string): Check {
  if (signatureRequired(service, context) && !conclusionSigned(context)) return why('notSigned');
  if (grant && context.inspectionRefused) return why('inspectionRefusedNoGrant');
  if (!grant && !service.refusalGrounds.some((g) => g.at === 'merits' && g.id === groundId)) return why('unknownGround');
  return undefined;
}

export function checkConclude(service: ServiceVersion, context: CaseContext): Check {
  const needsInspection = service.commissions.some((c) => c.inspection);
  if (needsInspection && !context.inspection && !context.inspectionRefused) return why('inspectionNotDone');
  return checkSittingForConclusion(context);
}

/** Who may record the applicant's withdrawal: the desks that receive applications and the ones that decide. */
export const WITHDRAWING_ROLES: readonly Role[] = ['operator', 'con_worker', 'specialist', 'responsible_specialist', 'head'];

export function checkWithdraw(context: CaseContext, actor: Actor): Check {
  if (!context.registeredAt) return why('notRegistered');
  if (!WITHDRAWING_ROLES.includes(actor.role)) {
    return why('roleNotAllowed', { step: bilingual((m) => m.action['case.withdraw']), allowed: joinLocalized(WITHDRAWING_ROLES.map(roleName)), role: roleName(actor.role) });
  }
  return undefined;
}

export function checkPause(step: Step, context: CaseContext, actor: Actor): Check {
  if (context.paused) return why('paused', { reason: bilingual((m) => m.pauseReason[context.paused?.reason ?? 'applicant']) });
  if (!step.pausesClock) return why('pauseNotAllowed', { step: step.action });
  return checkRole(step, context, actor);
}

export function checkResume(step: Step, context: CaseContext, actor: Actor): Check {
  if (!context.paused) return why('notPaused');
  return checkRole(step, context, actor);
}

/**
 * Who may hand a case over to another office. Interpretation (issue #6 ownership): the ЦОН worker sends the package to
 * the district office (002 R2 п.12 пп.1 "инспектор ЦОНа … направляет в районный отдел услугодателя"), the window
 * operator does the same for a package taken at the window, the (responsible) specialist passes the prepared case to
 * the commission (002 R2 п.7 пп.3 "готовит макет дела и передает его в специальную комиссию"), and the head, who
 * distributes the office's cases, may move one to another office.
 */
export const HANDOVER_ROLES: readonly Role[] = ['con_worker', 'operator', 'specialist', 'responsible_specialist', 'head'];

export function checkHandover(context: CaseContext, actor: Actor, toOffice?: string): Check {
  if (!context.registeredAt) return why('notRegistered');
  if (!HANDOVER_ROLES.includes(actor.role)) {
    return why('roleNotAllowed', { step: bilingual((m) => m.action['case.handover']), allowed: joinLocalized(HANDOVER_ROLES.map(roleName)), role: roleName(actor.role) });
  }
  if (toOffice !== undefined && context.owner !== undefined && toOffice.trim() === context.owner) return why('handoverSameOffice', { office: toOffice });
  return undefined;
}

/** Anyone working the case may record how a sync conflict on it was resolved — once per conflict. */
export function checkResolveConflict(context: CaseContext, conflictId?: string): Check {
  if (!context.registeredAt) return why('notRegistered');
  if (conflictId !== undefined && (context.resolvedConflicts ?? []).some((c) => c.conflictId === conflictId)) return why('conflictAlreadyResolved');
  return undefined;
}
