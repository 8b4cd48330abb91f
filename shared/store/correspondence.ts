import { localDateOf } from '../calendar';
import { findServiceVersion } from '../regulations/catalogue';
import type { LocalizedText, ResultKind } from '../regulations/types';
import type { CaseDatabase } from './database';
import type { JournalEntry } from './journal';

/**
 * The office's registers, read from the journal (so they always agree with the cases): incoming correspondence
 * (every application registered or refused at intake), outgoing correspondence (every result or refusal letter handed
 * over, with its outgoing number) and the register of issued passes and permits.
 */
export type RegisterKind = 'incoming' | 'outgoing' | 'passes';

export type RegisterRow = {
  readonly actionId: string;
  readonly caseId: string;
  readonly at: string;
  readonly caseNumber: string;
  /** Outgoing number for outgoing rows and passes. */
  readonly outgoingNumber?: string;
  readonly serviceName: LocalizedText;
  readonly applicantName: string;
  readonly applicantId?: string;
  readonly channel?: string;
  /** What happened: registered / refused at intake / the result kind handed over. */
  readonly what: 'registered' | 'refused_at_intake' | 'result' | 'refusal_letter';
  readonly deliveredTo?: string;
  readonly actorName?: string;
};

const PASS_KINDS: readonly ResultKind[] = ['pass', 'permit'];

/** Rows of one register for the local dates [from, to] (inclusive), oldest first. */
export async function readRegister(db: CaseDatabase, kind: RegisterKind, from: string, to: string): Promise<RegisterRow[]> {
  // Device times are UTC instants; the office day in Almaty starts up to 6 hours earlier, so widen and filter after.
  const lower = new Date(Date.parse(`${from}T00:00:00Z`) - 6 * 3_600_000).toISOString();
  const upper = new Date(Date.parse(`${to}T23:59:59.999Z`)).toISOString();
  const entries = await db.actions.where('deviceTime').between(lower, upper, true, true).toArray();
  const wanted = entries.filter((e) => (kind === 'incoming' ? e.type === 'case.register' || e.type === 'intake.refuse' : e.type === 'issue.deliver'));
  const firstOf = new Map<string, JournalEntry>();
  if (kind !== 'incoming') {
    const keys = [...new Set(wanted.map((e) => e.caseId))].map((caseId) => [caseId, 1] as [string, number]);
    for (const first of await db.actions.where('[caseId+seq]').anyOf(keys).toArray()) firstOf.set(first.caseId, first);
  }
  const rows: RegisterRow[] = [];
  for (const entry of wanted) {
    const local = localDateOf(entry.deviceTime);
    if (local < from || local > to) continue;
    const service = findServiceVersion(entry.regulation.serviceId, entry.regulation.version);
    const head = kind === 'incoming' ? entry : firstOf.get(entry.caseId);
    const first = head?.payload.type === 'case.register' || head?.payload.type === 'intake.refuse' ? head.payload : undefined;
    const serviceName = service?.name ?? { ru: entry.regulation.serviceId, kk: entry.regulation.serviceId };
    const base = {
      actionId: entry.id,
      caseId: entry.caseId,
      at: entry.deviceTime,
      caseNumber: first?.number ?? '',
      serviceName,
      applicantName: first?.applicant.fullName ?? '',
      ...(first?.applicant.iin ? { applicantId: first.applicant.iin } : first?.applicant.passport ? { applicantId: first.applicant.passport } : {}),
      ...(first ? { channel: first.channel } : {}),
      ...(entry.payload.actor.name ? { actorName: entry.payload.actor.name } : {}),
    };
    if (entry.payload.type === 'case.register') rows.push({ ...base, what: 'registered' });
    else if (entry.payload.type === 'intake.refuse') rows.push({ ...base, what: 'refused_at_intake' });
    else if (entry.payload.type === 'issue.deliver') {
      const journal = await db.actions.where('[caseId+seq]').between([entry.caseId, 1], [entry.caseId, entry.seq], true, true).toArray();
      const refused = journal.some((e) => e.type === 'decision.refuse');
      const granted = service?.results.find((r) => r.on === 'grant');
      if (kind === 'passes' && (refused || !granted || !PASS_KINDS.includes(granted.kind))) continue;
      rows.push({ ...base, outgoingNumber: entry.payload.outgoingNumber, what: refused ? 'refusal_letter' : 'result', deliveredTo: entry.payload.to });
    }
  }
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}
