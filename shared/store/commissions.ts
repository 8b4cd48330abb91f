import type { Messages } from '../i18n/languages';
import { localized } from '../i18n/localize';
import { serviceVersions } from '../regulations/catalogue';
import type { Commission, LocalizedText, ServiceVersion } from '../regulations/types';
import type { SittingMember } from '../workflow/events';
import type { CaseDatabase, CommissionRow, UserRow } from './database';

/**
 * The office's commissions (composition): which commission of the regulations a body sits as, its name, its chair and
 * members chosen from the office's users. Seed 002 names the signatories of the conclusion — «председателем и членами
 * участковой комиссии» (002 R7 п.7 пп.4, прил.3: one chair line, several member lines) — so a composition has exactly one
 * chair and at least one member. The act is silent on the size and the quorum (see commissionQuorumInterpretation).
 */

export type CommissionMemberRole = CommissionRow['members'][number]['role'];

/** A commission as the administrator submits it. */
export type CommissionDraft = {
  readonly officeId: string;
  readonly commissionId: string;
  readonly name: LocalizedText;
  readonly members: readonly { readonly userId: string; readonly role: CommissionMemberRole }[];
};

export type CommissionResult = { readonly ok: true; readonly value: CommissionRow } | { readonly ok: false; readonly reason: LocalizedText };

/** A commission of the regulations and the services that send cases to it (the same id = the same body, e.g. the district commission of 002 R6, R7 and R13). */
export type RegulationCommission = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly composition?: LocalizedText;
  readonly source: string;
  readonly services: readonly { readonly id: string; readonly name: LocalizedText }[];
};

type CommissionMessage = keyof Messages['commission']['errors'];
function localize(key: CommissionMessage, params: Readonly<Record<string, string | number>> = {}): LocalizedText {
  return localized((m) => m.commission.errors[key], params);
}

/** Every commission the regulations know (current and past versions), once per id, in catalogue order. */
export function regulationCommissions(services: readonly ServiceVersion[] = serviceVersions): readonly RegulationCommission[] {
  const byId = new Map<string, { commission: Commission; services: Map<string, LocalizedText>; names: LocalizedText[] }>();
  for (const service of services) {
    for (const commission of service.commissions) {
      const entry = byId.get(commission.id) ?? { commission, services: new Map<string, LocalizedText>(), names: [] };
      entry.services.set(service.id, service.name);
      entry.names.push(commission.name);
      byId.set(commission.id, entry);
    }
  }
  return [...byId.values()].map(({ commission, services: using, names }) => ({
    id: commission.id,
    // Services name the same body in longer or shorter words; the shortest names it best in a list (capitalised).
    name: { ru: capitalise(shortest(names.map((n) => n.ru))), kk: capitalise(shortest(names.map((n) => n.kk))) },
    ...(commission.composition ? { composition: commission.composition } : {}),
    source: commission.source,
    services: [...using.entries()].map(([id, name]) => ({ id, name })),
  }));
}

const shortest = (texts: readonly string[]) => texts.reduce((best, t) => (t.length < best.length ? t : best));
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);

/** Checks a draft against the regulations and the office's users; the first problem, in both languages. */
export function checkCommission(draft: CommissionDraft, users: readonly UserRow[], others: readonly CommissionRow[] = []): LocalizedText | undefined {
  if (!draft.name.ru.trim() || !draft.name.kk.trim()) return localize('nameRequired');
  if (!regulationCommissions().some((c) => c.id === draft.commissionId)) return localize('unknownCommission');
  const clash = others.find((o) => o.officeId === draft.officeId && (sameText(o.name.ru, draft.name.ru) || sameText(o.name.kk, draft.name.kk)));
  if (clash) return localize('nameTaken', { name: clash.name.ru });
  const seen = new Set<string>();
  for (const member of draft.members) {
    const user = users.find((u) => u.id === member.userId && u.officeId === draft.officeId);
    if (!user) return localize('unknownUser');
    if (seen.has(member.userId)) return localize('duplicateMember', { name: user.fullName });
    seen.add(member.userId);
    if (!user.active) return localize('inactiveMember', { name: user.fullName });
    if (!user.roles.includes(member.role)) {
      return localize(member.role === 'commission_chair' ? 'chairRoleMissing' : 'memberRoleMissing', { name: user.fullName });
    }
  }
  const chairs = draft.members.filter((m) => m.role === 'commission_chair').length;
  if (chairs !== 1) return localize('oneChair', { count: chairs });
  if (draft.members.length < 2) return localize('memberRequired');
  return undefined;
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase('ru') === b.trim().toLocaleLowerCase('ru');

/** Creates (no `id`) or replaces (with `id`) a commission of the office after checking it. */
export async function saveCommission(db: CaseDatabase, draft: CommissionDraft, id?: string): Promise<CommissionResult> {
  return db.transaction('rw', db.commissions, db.users, async () => {
    if (id !== undefined) {
      const existing = await db.commissions.get(id);
      if (!existing || existing.officeId !== draft.officeId) return { ok: false as const, reason: localize('notFound') };
    }
    const users = await db.users.where('officeId').equals(draft.officeId).toArray();
    const others = (await db.commissions.where('officeId').equals(draft.officeId).toArray()).filter((c) => c.id !== id);
    const invalid = checkCommission(draft, users, others);
    if (invalid) return { ok: false as const, reason: invalid };
    const row: CommissionRow = {
      id: id ?? crypto.randomUUID(),
      officeId: draft.officeId,
      commissionId: draft.commissionId,
      name: { ru: draft.name.ru.trim(), kk: draft.name.kk.trim() },
      // The chair first, then the members in the order chosen.
      members: [...draft.members.filter((m) => m.role === 'commission_chair'), ...draft.members.filter((m) => m.role !== 'commission_chair')].map((m) => ({ userId: m.userId, role: m.role })),
    };
    await db.commissions.put(row);
    return { ok: true as const, value: row };
  });
}

/** The office's commissions, by Russian name. */
export async function listCommissions(db: CaseDatabase, officeId: string): Promise<readonly CommissionRow[]> {
  const rows = await db.commissions.where('officeId').equals(officeId).toArray();
  return rows.sort((a, b) => a.name.ru.localeCompare(b.name.ru, 'ru'));
}

/** The office's commissions that can sit on a case of `service` (they sit as one of the service's commissions). */
export function compositionsFor(rows: readonly CommissionRow[], service: ServiceVersion): readonly CommissionRow[] {
  const ids = new Set(service.commissions.map((c) => c.id));
  return rows.filter((row) => row.commissionId !== undefined && ids.has(row.commissionId));
}

/** The attendance list of a sitting as the form starts it: everyone of the composition, named from the users. */
export function attendanceOf(row: CommissionRow, users: readonly UserRow[]): readonly SittingMember[] {
  return row.members.map((m) => ({ userId: m.userId, role: m.role, name: users.find((u) => u.id === m.userId)?.fullName ?? m.userId }));
}
