import { bilingual, joinLocalized, localizeWhy, type WhyKey } from '../i18n/localize';
import type { LocalizedText, ServiceVersion } from '../regulations/types';
import type { CaseContext } from './caseContext';
import type { Check } from './checks';
import type { Actor, CaseEventOf, SittingMember } from './events';

/**
 * The commission's sitting and its attendance: who may record it, when it makes a quorum, who may then sign.
 *
 * Quorum — interpretation (written into the regulation data as well, see `commissionQuorumInterpretation` in
 * shared/regulations/almaty-akimat-2014-2-236/commission-sitting.ts): seed 002 says only that the conclusion «подписывается
 * председателем и членами участковой комиссии» (002 R7 п.7 пп.4, прил.3) and names no quorum; a sitting is valid when
 * more than half of the members listed for it are present, the chair included.
 */
const why = (code: WhyKey, params?: Parameters<typeof localizeWhy>[1]) => ({ code, message: localizeWhy(code, params) });

export type Quorum = {
  readonly present: number;
  readonly total: number;
  /** How many must be present: more than half of the listed members. */
  readonly needed: number;
  readonly chairPresent: boolean;
  readonly met: boolean;
};

export function quorumOf(sitting: { readonly present: readonly SittingMember[]; readonly absent: readonly SittingMember[] }): Quorum {
  const present = sitting.present.length;
  const total = present + sitting.absent.length;
  const needed = Math.floor(total / 2) + 1;
  const chairPresent = sitting.present.some((m) => m.role === 'commission_chair');
  return { present, total, needed, chairPresent, met: chairPresent && present >= needed };
}

/** Names compared the way people write them on paper: case, extra spaces and ё/е do not matter. */
export const sameName = (a: string, b: string): boolean => normalizeName(a) === normalizeName(b);
const normalizeName = (name: string) => name.trim().replace(/\s+/g, ' ').replace(/ё/gi, 'е').toLocaleLowerCase('ru');

/** Who may record a sitting now (payload aside): only the chair, only before the conclusion. */
export function checkSittingActor(context: CaseContext, actor: Actor): Check {
  if (context.conclusion || context.outcome) {
    return why('notAtThisStage', { action: bilingual((m) => m.action['commission.sitting']), stage: bilingual((m) => m.stage.commission), step: { ru: '—', kk: '—' } });
  }
  if (actor.role !== 'commission_chair') {
    return why('roleNotAllowed', { step: bilingual((m) => m.action['commission.sitting']), allowed: bilingual((m) => m.role.commission_chair), role: bilingual((m) => m.role[actor.role]) });
  }
  return undefined;
}

/** The sitting as recorded: a commission of this service, one chair, nobody listed twice, the chair records it present. */
export function checkSitting(service: ServiceVersion, context: CaseContext, event: CaseEventOf<'commission.sitting'>): Check {
  const actorCheck = checkSittingActor(context, event.actor);
  if (actorCheck) return actorCheck;
  if (!service.commissions.some((c) => c.id === event.commissionId)) return why('sittingUnknownCommission', { commission: event.commissionId });
  const everyone = [...event.present, ...event.absent];
  if (everyone.length < 2) return why('sittingTooFew');
  const seen = new Set<string>();
  for (const member of everyone) {
    if (seen.has(member.userId)) return why('sittingDuplicateMember', { name: member.name });
    seen.add(member.userId);
  }
  const chairs = everyone.filter((m) => m.role === 'commission_chair');
  if (chairs.length !== 1) return why('sittingOneChair');
  const chair = chairs[0];
  if (!chair || chair.userId !== event.actor.userId || !event.present.some((m) => m.userId === chair.userId)) {
    return why('sittingRecorderNotChair', { chair: chair?.name ?? '—' });
  }
  if (Date.parse(event.heldAt) > Date.parse(event.at)) return why('sittingInFuture');
  // Sittings are written to the minute: one held in the very minute of registration is not "before" it.
  if (context.registeredAt && Date.parse(event.heldAt) < Math.floor(Date.parse(context.registeredAt) / 60_000) * 60_000) return why('sittingBeforeRegistration');
  return undefined;
}

/** The conclusion is adopted at a sitting with a quorum (the interpretation above). */
export function checkSittingForConclusion(context: CaseContext): Check {
  if (!context.sitting) return why('sittingNotRecorded');
  const quorum = quorumOf(context.sitting);
  if (!quorum.chairPresent) return why('sittingChairAbsent');
  if (!quorum.met) return why('noQuorum', { present: quorum.present, total: quorum.total, needed: quorum.needed });
  return undefined;
}

/** Members who were absent from the sitting cannot sign its conclusion under their login. */
export function checkSignerPresent(context: CaseContext, actor: Actor): Check {
  if (!context.sitting) return undefined;
  if (!context.sitting.present.some((m) => m.userId === actor.userId)) return why('absentCannotSign');
  return undefined;
}

/** …nor on paper: every name the chair records must be of a member present at the sitting. */
export function checkPaperSignersPresent(context: CaseContext, signers: readonly { readonly name: string }[]): Check {
  const sitting = context.sitting;
  if (!sitting) return undefined;
  const absent = signers.filter((s) => !sitting.present.some((m) => sameName(m.name, s.name)));
  if (absent.length > 0) return why('paperSignerAbsent', { names: joinLocalized(absent.map((s): LocalizedText => ({ ru: s.name, kk: s.name }))) });
  return undefined;
}
