import { currentVersionOf } from '../../shared/regulations/catalogue';
import type { ServiceVersion } from '../../shared/regulations/types';
import { GENESIS_PREV_HASH, signEntry, type JournalEntry } from '../../shared/store/journal';
import { CaseEvent } from '../../shared/workflow/events';
import { apply, emptyCase, type CaseState } from '../../shared/workflow/replay';
import { actor, clock, nextAction, registration } from '../shared/workflow/journal-builders';

// helper3: numbers were random and collided past a few hundred cases; a desktop's case table keeps numbers unique.
let nextNumber = Math.floor(Math.random() * 50_000);

/** Where an entry is recorded: the office and the (enrolled) device. */
export type Where = { readonly officeId: string; readonly deviceId: string };

/**
 * A case journal built the way a desktop builds it (the machine decides, signEntry hashes), without IndexedDB, so server
 * tests can write entries as any office and device. `fork()` gives a second desktop's view of the same journal.
 */
export class CaseJournal {
  entries: JournalEntry[] = [];
  state: CaseState;
  private constructor(
    readonly caseId: string,
    readonly service: ServiceVersion,
    private readonly now: () => string,
  ) {
    this.state = emptyCase(service);
  }

  // helper9: numbered from a hand-picked block (9000–9999, never issued by the centre), as a desktop's first start picks;
  // `number` for a test that needs a given one (a block the centre must then never issue).
  static async register(where: Where, service: ServiceVersion = currentVersionOf('unemployed-registration'), caseId: string = crypto.randomUUID(), number?: string): Promise<CaseJournal> {
    const journal = new CaseJournal(caseId, service, clock());
    await journal.append(registration(service, journal.now(), { number: number ?? `${where.officeId}-2026-B9001-${String((nextNumber++ % 99_999) + 1).padStart(5, '0')}` }), where);
    return journal;
  }

  fork(): CaseJournal {
    const copy = new CaseJournal(this.caseId, this.service, clock(this.entries.at(-1)?.deviceTime ?? '2026-03-02T09:00:00+05:00'));
    copy.entries = [...this.entries];
    copy.state = this.state;
    return copy;
  }

  get last(): JournalEntry | undefined {
    return this.entries.at(-1);
  }

  /** Signs `event` as the next entry. `unchecked`: skip the machine (to build entries the centre must refuse). */
  async append(event: CaseEvent, where: Where, options: { readonly unchecked?: boolean; readonly id?: string } = {}): Promise<JournalEntry> {
    const result = apply(this.state, event);
    if (!result.ok && !options.unchecked) throw new Error(`test journal: the machine refuses ${event.type}: ${result.reason.ru}`);
    // As perform stores it: the payload as the event schema parses it (trimmed, unknown members dropped).
    const parsed = CaseEvent.safeParse(event);
    const entry = await signEntry({
      id: options.id ?? crypto.randomUUID(),
      caseId: this.caseId,
      seq: this.entries.length + 1,
      type: event.type,
      payload: parsed.success ? parsed.data : event,
      actor: { ...event.actor, officeId: where.officeId, deviceId: where.deviceId },
      deviceTime: this.now(),
      regulation: { serviceId: this.service.id, version: this.service.version },
      prevHash: this.last?.hash ?? GENESIS_PREV_HASH,
    });
    this.entries.push(entry);
    if (result.ok) this.state = result.state;
    return entry;
  }

  /** The next action of the happy path (journal-builders' nextAction). */
  async next(where: Where): Promise<JournalEntry> {
    const event = nextAction(this.state, this.now());
    if (!event) throw new Error('test journal: the case has no next action');
    return this.append(event, where);
  }

  async handover(where: Where, toOffice: string): Promise<JournalEntry> {
    return this.append({ type: 'case.handover', at: this.now(), actor: actor('con_worker'), toOffice, reason: 'Передаётся в районный отдел' }, where);
  }

  /** An action the machine refuses at any stage but the decision: a grant right now. */
  async refusedByMachine(where: Where): Promise<JournalEntry> {
    return this.append({ type: 'decision.grant', at: this.now(), actor: actor('head'), stepId: 'no-such-step' }, where, { unchecked: true });
  }
}
