import type { JournalEntry } from '../../../shared/store';
import { SYNC_PATHS, type PushResult } from '../../../shared/sync/protocol';
import { TransportFailure, type SyncTransport, type TransportRequest, type TransportResponse } from '../../../shared/sync/transport';

/**
 * A centre in memory that speaks the wire protocol's push/pull/enrol/numbering the simple way (one office feed, chain
 * continuity, idempotent by id), so the client's loop can be tested without a server. The real centre (server/) is
 * exercised by tests/server/three-offices.property.test.ts.
 */
export class FakeCentre {
  readonly feed: JournalEntry[] = [];
  readonly journals = new Map<string, JournalEntry[]>();
  /** Entries to refuse for good, by id → code. */
  readonly refuse = new Map<string, 'machine' | 'not_owner'>();
  requests: TransportRequest[] = [];
  /** Fails the next N requests before they reach the centre. */
  failRequests = 0;
  /** Handles the next N requests, then loses the answer. */
  loseResponses = 0;
  /** `year/block` of blocks another device holds: declared at enrolment, they come back `taken` (helper9). */
  readonly takenBlocks = new Set<string>();
  /** Answers enrolment like a centre that predates block declarations (no `blocks` in the answer). */
  ignoresDeclarations = false;
  private blocks = 0;

  readonly transport: SyncTransport = {
    send: async (request) => {
      this.requests.push(request);
      if (this.failRequests > 0) {
        this.failRequests--;
        throw new TransportFailure('no link');
      }
      const response = this.handle(request);
      if (this.loseResponses > 0) {
        this.loseResponses--;
        throw new TransportFailure('answer lost');
      }
      return Promise.resolve(response);
    },
  };

  private handle(request: TransportRequest): TransportResponse {
    const body = (request.body ?? {}) as Record<string, unknown>;
    switch (request.path) {
      case SYNC_PATHS.enrol: {
        const declared = Array.isArray(body.blocks) && !this.ignoresDeclarations ? (body.blocks as { year: number; block: number }[]) : undefined;
        const blocks = declared?.map((b) => ({ ...b, status: this.takenBlocks.has(`${b.year}/${b.block}`) ? 'taken' : 'recorded' }));
        return {
          status: 201,
          body: { deviceId: (body.deviceId as string | undefined) ?? 'device-1', officeId: body.officeId, secret: 's'.repeat(43), enrolledAt: '2026-03-02T04:00:00.000Z', protocol: 1, ...(blocks ? { blocks } : {}) },
        };
      }
      case SYNC_PATHS.push:
        return { status: 200, body: { results: (body.actions as JournalEntry[]).map((e) => this.push(e)), serverTime: '2026-03-02T04:00:00.000Z' } };
      case SYNC_PATHS.pull: {
        const since = Number(body.since);
        const limit = Number(body.limit ?? 200);
        const actions = this.feed.slice(since, since + limit);
        return { status: 200, body: { actions, checkpoint: String(since + actions.length), more: since + actions.length < this.feed.length, serverTime: '2026-03-02T04:00:00.000Z' } };
      }
      case SYNC_PATHS.numberingBlocks:
        this.blocks++;
        return { status: 200, body: { office: 'ALM-AU', year: body.year, block: this.blocks, first: 1, last: 9999, deviceId: 'device-1', assignedAt: '2026-03-02T04:00:00.000Z' } };
      default:
        return { status: 404, body: { error: { code: 'not_found', reason: { ru: 'нет', kk: 'жоқ' } } } };
    }
  }

  private push(entry: JournalEntry): PushResult {
    const journal = this.journals.get(entry.caseId) ?? [];
    const reason = { ru: 'отказ', kk: 'бас тарту' };
    if (journal.some((e) => e.id === entry.id)) return { status: 'duplicate', id: entry.id };
    const code = this.refuse.get(entry.id);
    if (code) return { status: 'rejected', id: entry.id, code, reason };
    const holder = journal[entry.seq - 1];
    if (holder) return { status: 'conflict', id: entry.id, reason, server: holder };
    if (entry.seq !== journal.length + 1) return { status: 'rejected', id: entry.id, code: 'gap', reason };
    if (entry.prevHash !== (journal.at(-1)?.hash ?? '')) return { status: 'rejected', id: entry.id, code: 'broken_chain', reason };
    journal.push(entry);
    this.journals.set(entry.caseId, journal);
    this.feed.push(entry);
    return { status: 'accepted', id: entry.id };
  }
}
