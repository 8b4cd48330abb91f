import { localDateOf } from '../calendar';
import { BLOCK_DIGITS } from '../numbering';
import type { Messages } from '../i18n/languages';
import { joinLocalized, localized } from '../i18n/localize';
import type { LocalizedText } from '../regulations/types';
import {
  countOpenConflicts,
  countOutbox,
  declarableBlocks,
  findNumberingBlock,
  ingestPulled,
  markShipped,
  readOutbox,
  rejectLocal,
  retireNumberingBlock,
  saveNumberingBlock,
  syncState,
  type CaseDatabase,
  type NumberingBlockRow,
} from '../store';
import {
  deviceAuthorization,
  EnrolResponse,
  type DeclaredBlock,
  ErrorResponse,
  INITIAL_CHECKPOINT,
  MAX_DECLARED_BLOCKS,
  MAX_PUSH_BATCH,
  DEFAULT_PULL_LIMIT,
  NumberingBlockResponse,
  PROTOCOL_VERSION,
  PullResponse,
  PushResponse,
  RETRYABLE_REJECTIONS,
  SYNC_PATHS,
  WhoAmIResponse,
  type PushResult,
  type RejectionCode,
} from './protocol';
import { exportUnsent, readBundle } from './bundleFile';
import { fetchTransport, normaliseServerUrl, TransportFailure, type SyncTransport, type TransportRequest } from './transport';

/** What the desktop keeps to talk to the centre (store `syncState`). */
export type DeviceCredential = { readonly serverUrl: string; readonly deviceId: string; readonly officeId: string; readonly secret: string; readonly enrolledAt: string };

const KEY = { credential: 'credential', checkpoint: 'checkpoint', lastSuccess: 'lastSuccess' } as const;

/**
 * What enrolment did to this desktop's numbering: the declared blocks the centre said were taken (no number of them is
 * offered any more) and, when that left no block for this year, the fresh block the centre issued (or why it could
 * not); `notice` says it in both languages for the administrator.
 */
export type EnrolNumbering = {
  readonly retired: readonly DeclaredBlock[];
  readonly replacement?: NumberingBlockRow;
  readonly notice?: LocalizedText;
};

/** A refusal the centre gave to one of this desktop's actions (kept as a conflict row; listed in the status too). */
export type Rejection = { readonly actionId: string; readonly caseId: string; readonly code: RejectionCode; readonly reason: LocalizedText; readonly conflictId?: string };

export type SyncStatus = {
  readonly enrolled: boolean;
  /** undefined until the first attempt; true after any answer from the centre; false when none came. */
  readonly online: boolean | undefined;
  readonly syncing: boolean;
  /** Actions in the outbox. */
  readonly waiting: number;
  /** Open conflicts (lost races and final rejections) waiting for a person. */
  readonly conflicts: number;
  readonly lastSuccess?: string;
  readonly lastError?: LocalizedText;
  /** Rejections seen since this window started. */
  readonly rejections: readonly Rejection[];
  readonly nextAttemptAt?: string;
};

export type SyncRun =
  | { readonly ok: true; readonly pushed: number; readonly pulled: number; readonly conflicts: number; readonly rejected: number }
  | { readonly ok: false; readonly reason: LocalizedText };

export type Scheduler = (run: () => void, ms: number) => () => void;

export type SyncClientOptions = {
  readonly db: CaseDatabase;
  /** The transport to a server address (tests put the fault proxy here). Default: fetch. */
  readonly transport?: (serverUrl: string) => SyncTransport;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly schedule?: Scheduler;
  /** Pause between successful rounds of background sync. */
  readonly intervalMs?: number;
  /** Backoff after failures: base · 2^failures, at most maxMs, with jitter (half fixed, half random). */
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  readonly pushBatch?: number;
  readonly pullLimit?: number;
};

const message = (pick: (m: Messages['sync']['client']) => string, params: Readonly<Record<string, string | number>> = {}): LocalizedText =>
  localized((m) => pick(m.sync.client), params);

const numberingMessage = (pick: (m: Messages['sync']['numbering']) => string, params: Readonly<Record<string, string | number>> = {}): LocalizedText =>
  localized((m) => pick(m.sync.numbering), params);

/** A request that got an answer the client cannot use: the centre's own error, or a malformed body. */
class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly reason: LocalizedText,
    readonly code?: string,
  ) {
    super(reason.ru);
    this.name = 'RequestRefused';
  }
}

const defaultSchedule: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * The desktop side of sync: ships the outbox to the centre (idempotent by action id, so a lost answer is simply sent
 * again), pulls what is new for the office from its checkpoint (saved only after the pulled actions are in the journal,
 * so a lost answer is pulled again), keeps running in the background with exponential backoff and jitter, and runs at
 * once on "sync now". Its status is an observable for the app bar (subscribe / getStatus).
 */
export class SyncClient {
  private readonly db: CaseDatabase;
  private readonly transportFor: (serverUrl: string) => SyncTransport;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly schedule: Scheduler;
  private readonly intervalMs: number;
  private readonly backoff: { readonly baseMs: number; readonly maxMs: number };
  private readonly pushBatch: number;
  private readonly pullLimit: number;
  private readonly listeners = new Set<() => void>();
  private status: SyncStatus = { enrolled: false, online: undefined, syncing: false, waiting: 0, conflicts: 0, rejections: [] };
  private running: Promise<SyncRun> | undefined;
  private cancelTimer: (() => void) | undefined;
  private started = false;
  private failures = 0;

  constructor(options: SyncClientOptions) {
    this.db = options.db;
    this.transportFor = options.transport ?? ((url) => fetchTransport(url));
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.schedule = options.schedule ?? defaultSchedule;
    this.intervalMs = options.intervalMs ?? 30_000;
    this.backoff = options.backoff ?? { baseMs: 2_000, maxMs: 10 * 60_000 };
    this.pushBatch = Math.min(options.pushBatch ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
    this.pullLimit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Status (an external store: React's useSyncExternalStore reads it)
  // ---------------------------------------------------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): SyncStatus => this.status;

  private setStatus(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Re-reads the counts (after a local action, a resolved conflict…). */
  async refresh(): Promise<SyncStatus> {
    const [credential, waiting, conflicts, lastSuccess] = await Promise.all([
      this.credential(),
      countOutbox(this.db),
      countOpenConflicts(this.db),
      syncState.find<string>(this.db, KEY.lastSuccess),
    ]);
    this.setStatus({ enrolled: credential !== undefined, waiting, conflicts, ...(lastSuccess === undefined ? {} : { lastSuccess }) });
    return this.status;
  }

  credential(): Promise<DeviceCredential | undefined> {
    return syncState.find<DeviceCredential>(this.db, KEY.credential);
  }

  checkpoint(): Promise<string> {
    return syncState.find<string>(this.db, KEY.checkpoint).then((c) => c ?? INITIAL_CHECKPOINT);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Enrolment
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Enrols this desktop with a one-time code from the office administrator. `deviceId` is the desktop's own id, which
   * its actions already carry; the credential is kept in the store (never in a backup file).
   *
   * With its own id, the desktop declares the numbering blocks it holds (the first-start block above all): the centre
   * records them as this device's, so it never issues them to another one, or answers that another device of the
   * office declared or used one first — that block is retired here (no number of it is offered again) and, when no
   * block is left for this year, a fresh one is fetched from the centre at once.
   */
  async enrol(input: { readonly serverUrl: string; readonly officeId: string; readonly code: string; readonly deviceName: string; readonly deviceId?: string }): Promise<
    { readonly ok: true; readonly credential: DeviceCredential; readonly numbering: EnrolNumbering } | { readonly ok: false; readonly reason: LocalizedText }
  > {
    const serverUrl = normaliseServerUrl(input.serverUrl);
    if (!serverUrl) return { ok: false, reason: message((m) => m.invalidUrl) };
    const held = input.deviceId === undefined ? [] : await declarableBlocks(this.db, input.officeId, input.deviceId);
    const declared: DeclaredBlock[] = held.slice(-MAX_DECLARED_BLOCKS).map((row) => ({ year: row.year, block: row.block }));
    try {
      const body = await this.request(
        this.transportFor(serverUrl),
        {
          method: 'POST',
          path: SYNC_PATHS.enrol,
          body: {
            officeId: input.officeId,
            code: input.code,
            deviceName: input.deviceName,
            protocol: PROTOCOL_VERSION,
            ...(input.deviceId === undefined ? {} : { deviceId: input.deviceId }),
            ...(declared.length === 0 ? {} : { blocks: declared }),
          },
        },
        EnrolResponse,
      );
      const credential: DeviceCredential = { serverUrl, deviceId: body.deviceId, officeId: body.officeId, secret: body.secret, enrolledAt: body.enrolledAt };
      await syncState.put(this.db, KEY.credential, credential);
      await syncState.put(this.db, KEY.checkpoint, INITIAL_CHECKPOINT);
      this.setStatus({ enrolled: true, online: true });
      return { ok: true, credential, numbering: await this.settleDeclaredBlocks(credential, body.blocks ?? []) };
    } catch (error) {
      return { ok: false, reason: this.describe(error) };
    }
  }

  /** Retires the declared blocks the centre says are taken; fetches a fresh block when this year has none left. */
  private async settleDeclaredBlocks(credential: DeviceCredential, results: readonly { readonly year: number; readonly block: number; readonly status: 'recorded' | 'taken' }[]): Promise<EnrolNumbering> {
    const retired: DeclaredBlock[] = [];
    for (const result of results) {
      if (result.status !== 'taken') continue;
      if (await retireNumberingBlock(this.db, credential.officeId, result.year, result.block)) retired.push({ year: result.year, block: result.block });
    }
    if (retired.length === 0) return { retired };
    const taken = numberingMessage((m) => m.blocksRetired, { blocks: retired.map((b) => `B${String(b.block).padStart(BLOCK_DIGITS, '0')}/${b.year}`).join(', ') });
    const year = Number(localDateOf(this.now().toISOString()).slice(0, 4));
    if (await findNumberingBlock(this.db, credential.officeId, year, credential.deviceId)) return { retired, notice: taken };
    const fresh = await this.fetchNumberingBlock(year);
    if (!fresh.ok) return { retired, notice: joinLocalized([taken, fresh.reason], '. ') };
    const replaced = numberingMessage((m) => m.blockReplaced, { block: fresh.block.block });
    return { retired, replacement: fresh.block, notice: joinLocalized([taken, replaced], '. ') };
  }

  /** Forgets the credential (the device was revoked or moves to another centre). The outbox stays. */
  async forget(): Promise<void> {
    await syncState.remove(this.db, KEY.credential);
    this.setStatus({ enrolled: false });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // One round: push everything, pull everything
  // ---------------------------------------------------------------------------------------------------------------

  /** One round now; a round already under way is joined, not doubled. */
  syncOnce(): Promise<SyncRun> {
    if (!this.running) {
      this.running = this.round().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async round(): Promise<SyncRun> {
    const credential = await this.credential();
    if (!credential) {
      await this.refresh();
      return { ok: false, reason: message((m) => m.notEnrolled) };
    }
    this.setStatus({ syncing: true });
    const transport = this.transportFor(credential.serverUrl);
    const auth = deviceAuthorization(credential.deviceId, credential.secret);
    let pushed = 0;
    let pulled = 0;
    let conflicts = 0;
    let rejected = 0;
    try {
      // Push, pull, and push again what the pull unblocked (a conflict moved out of the way), while there is progress.
      for (let pass = 0; pass < 4; pass++) {
        const push = await this.pushAll(transport, auth);
        pushed += push.shipped;
        rejected += push.rejected;
        const pull = await this.pullAll(transport, auth);
        pulled += pull.added;
        conflicts += pull.conflicts;
        if (push.blocked === 0 || pull.conflicts === 0) break;
      }
      const at = this.now().toISOString();
      await syncState.put(this.db, KEY.lastSuccess, at);
      this.failures = 0;
      this.setStatus({ online: true, syncing: false, lastSuccess: at, lastError: undefined });
      await this.refresh();
      return { ok: true, pushed, pulled, conflicts, rejected };
    } catch (error) {
      const reason = this.describe(error);
      this.failures++;
      this.setStatus({ online: !(error instanceof TransportFailure), syncing: false, lastError: reason });
      await this.refresh();
      return { ok: false, reason };
    }
  }

  /** Ships the outbox in batches. `blocked`: entries left waiting for a pull (a lost race) or for their turn (gap). */
  private async pushAll(transport: SyncTransport, auth: string): Promise<{ shipped: number; rejected: number; blocked: number }> {
    let shipped = 0;
    let rejected = 0;
    let blocked = 0;
    const settled = new Set<string>();
    for (;;) {
      const items = (await readOutbox(this.db, this.pushBatch + settled.size)).filter((i) => !settled.has(i.entry.id)).slice(0, this.pushBatch);
      if (items.length === 0) break;
      const response = await this.request(transport, { method: 'POST', path: SYNC_PATHS.push, body: { actions: items.map((i) => i.entry) }, authorization: auth }, PushResponse);
      if (response.results.length !== items.length) throw new RequestRefused(200, message((m) => m.badAnswer));
      const ok: string[] = [];
      const newRejections: Rejection[] = [];
      for (const [index, result] of response.results.entries()) {
        const item = items[index];
        if (!item) continue;
        settled.add(item.entry.id);
        const outcome = classify(result);
        if (outcome === 'shipped') ok.push(item.entry.id);
        else if (outcome === 'wait') blocked++;
        else if (result.status === 'rejected') {
          const conflictId = await rejectLocal(this.db, item.entry.id, result.code, result.reason);
          rejected++;
          newRejections.push({ actionId: item.entry.id, caseId: item.entry.caseId, code: result.code, reason: result.reason, ...(conflictId === undefined ? {} : { conflictId }) });
        }
      }
      await markShipped(this.db, ok);
      shipped += ok.length;
      if (newRejections.length > 0) this.setStatus({ rejections: [...this.status.rejections, ...newRejections].slice(-100) });
    }
    return { shipped, rejected, blocked };
  }

  /** Pulls until the centre has nothing more; the checkpoint moves only after the batch is in the journal. */
  private async pullAll(transport: SyncTransport, auth: string): Promise<{ added: number; conflicts: number }> {
    let added = 0;
    let conflicts = 0;
    for (let guard = 0; guard < 100_000; guard++) {
      const since = await this.checkpoint();
      const response = await this.request(transport, { method: 'POST', path: SYNC_PATHS.pull, body: { since, limit: this.pullLimit }, authorization: auth }, PullResponse);
      const report = await ingestPulled(this.db, response.actions);
      added += report.added;
      conflicts += report.conflicts.length;
      const problem = report.problems[0];
      if (problem) throw new RequestRefused(200, message((m) => m.pullProblem, { reason: problem.reason.ru }), 'pull');
      // A checkpoint that does not move with `more` set would loop forever: take it as the end of this round.
      if (response.checkpoint === since && response.actions.length === 0) break;
      await syncState.put(this.db, KEY.checkpoint, response.checkpoint);
      if (!response.more) break;
    }
    return { added, conflicts };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Background
  // ---------------------------------------------------------------------------------------------------------------

  /** Starts background sync: a round now, then every `intervalMs`, or after a backoff when a round failed. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.refresh().then(() => this.tick());
  }

  stop(): void {
    this.started = false;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.setStatus({ nextAttemptAt: undefined });
  }

  /** "Sync now": a round at once (the scheduled one is replaced), whatever the backoff. */
  async syncNow(): Promise<SyncRun> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.failures = 0;
    const run = await this.syncOnce();
    if (this.started) this.plan(run);
    return run;
  }

  /** The delay before the next attempt after `failures` failed rounds in a row. */
  backoffDelay(failures: number): number {
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** Math.max(0, failures - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  private async tick(): Promise<void> {
    if (!this.started) return;
    this.cancelTimer = undefined;
    const run = await this.syncOnce();
    if (this.started) this.plan(run);
  }

  private plan(run: SyncRun): void {
    if (!this.started) return;
    this.cancelTimer?.();
    const delay = run.ok ? this.intervalMs : this.backoffDelay(this.failures);
    this.setStatus({ nextAttemptAt: new Date(this.now().getTime() + delay).toISOString() });
    this.cancelTimer = this.schedule(() => void this.tick(), delay);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Numbering blocks and the online check
  // ---------------------------------------------------------------------------------------------------------------

  /** A fresh block of case numbers from the centre (while online), stored for this device. */
  async fetchNumberingBlock(year: number): Promise<{ readonly ok: true; readonly block: NumberingBlockRow } | { readonly ok: false; readonly reason: LocalizedText }> {
    const credential = await this.credential();
    if (!credential) return { ok: false, reason: message((m) => m.notEnrolled) };
    try {
      const block = await this.request(
        this.transportFor(credential.serverUrl),
        { method: 'POST', path: SYNC_PATHS.numberingBlocks, body: { year }, authorization: deviceAuthorization(credential.deviceId, credential.secret) },
        NumberingBlockResponse,
      );
      const row = await saveNumberingBlock(this.db, { office: block.office, year: block.year, block: block.block, next: block.first, last: block.last }, block.deviceId, block.assignedAt);
      this.setStatus({ online: true });
      return { ok: true, block: row };
    } catch (error) {
      return { ok: false, reason: this.describe(error) };
    }
  }

  /** Who the centre takes this desktop for (also the online check). */
  async whoAmI(): Promise<{ readonly ok: true; readonly who: WhoAmIResponse } | { readonly ok: false; readonly reason: LocalizedText }> {
    const credential = await this.credential();
    if (!credential) return { ok: false, reason: message((m) => m.notEnrolled) };
    try {
      const who = await this.request(
        this.transportFor(credential.serverUrl),
        { method: 'GET', path: SYNC_PATHS.whoami, authorization: deviceAuthorization(credential.deviceId, credential.secret) },
        WhoAmIResponse,
      );
      this.setStatus({ online: true });
      return { ok: true, who };
    } catch (error) {
      this.setStatus({ online: !(error instanceof TransportFailure) });
      return { ok: false, reason: this.describe(error) };
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Offline files
  // ---------------------------------------------------------------------------------------------------------------

  /** This desktop's unsent actions as a file, to carry to a connected desktop of the office or to the centre. */
  async exportUnsent(who: { readonly officeId: string; readonly deviceId: string }) {
    return exportUnsent(this.db, who);
  }

  /**
   * Imports an offline file: `actions` of another desktop of this office are pushed to the centre from here (same checks
   * as their own push); `updates` from the centre are ingested like a pull, and the checkpoint moves on when the file
   * continues from where this desktop stands.
   */
  async importBundle(bytes: Uint8Array, officeId: string): Promise<
    { readonly ok: true; readonly accepted: number; readonly known: number; readonly rejected: number; readonly reasons: readonly LocalizedText[] } | { readonly ok: false; readonly reason: LocalizedText }
  > {
    const read = await readBundle(bytes);
    if (!read.ok) return read;
    const bundle = read.bundle;
    if (bundle.officeId !== officeId) return { ok: false, reason: message((m) => m.fileOtherOffice, { office: bundle.officeId }) };
    if (bundle.kind === 'updates') {
      const report = await ingestPulled(this.db, bundle.actions);
      const current = BigInt(await this.checkpoint());
      if (report.problems.length === 0 && BigInt(bundle.since) <= current && BigInt(bundle.checkpoint) > current) {
        await syncState.put(this.db, KEY.checkpoint, bundle.checkpoint);
      }
      await this.refresh();
      return { ok: true, accepted: report.added, known: report.known, rejected: report.problems.length, reasons: report.problems.map((p) => p.reason) };
    }
    const credential = await this.credential();
    if (!credential) return { ok: false, reason: message((m) => m.notEnrolled) };
    const transport = this.transportFor(credential.serverUrl);
    const auth = deviceAuthorization(credential.deviceId, credential.secret);
    let accepted = 0;
    let known = 0;
    let rejected = 0;
    const reasons: LocalizedText[] = [];
    try {
      for (let start = 0; start < bundle.actions.length; start += this.pushBatch) {
        const batch = bundle.actions.slice(start, start + this.pushBatch);
        const response = await this.request(transport, { method: 'POST', path: SYNC_PATHS.push, body: { actions: batch }, authorization: auth }, PushResponse);
        for (const result of response.results) {
          if (result.status === 'accepted') accepted++;
          else if (result.status === 'duplicate') known++;
          else {
            rejected++;
            reasons.push(result.reason);
          }
        }
      }
    } catch (error) {
      return { ok: false, reason: this.describe(error) };
    }
    return { ok: true, accepted, known, rejected, reasons };
  }

  // ---------------------------------------------------------------------------------------------------------------

  private async request<T>(transport: SyncTransport, request: TransportRequest, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): Promise<T> {
    const response = await transport.send(request);
    if (response.status >= 200 && response.status < 300) {
      const parsed = schema.safeParse(response.body);
      if (!parsed.success) throw new RequestRefused(response.status, message((m) => m.badAnswer));
      return parsed.data;
    }
    const error = ErrorResponse.safeParse(response.body);
    if (error.success) throw new RequestRefused(response.status, error.data.error.reason, error.data.error.code);
    throw new RequestRefused(response.status, message((m) => m.serverError, { status: response.status }));
  }

  private describe(error: unknown): LocalizedText {
    if (error instanceof TransportFailure) return message((m) => m.offline);
    if (error instanceof RequestRefused) return error.reason;
    return message((m) => m.unexpected, { details: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
  }
}

/**
 * What a push result means for the outbox entry: `shipped` (the centre holds it), `wait` (keep it: the pull that
 * brings the other side of a lost race moves it out; `gap`/`busy` and entries after a waiting one are pushed again),
 * `reject` (final: it leaves the chain for a conflict row).
 */
export function classify(result: PushResult): 'shipped' | 'wait' | 'reject' {
  if (result.status === 'accepted' || result.status === 'duplicate') return 'shipped';
  if (result.status === 'conflict') return 'wait';
  if (RETRYABLE_REJECTIONS.includes(result.code)) return 'wait';
  // A broken chain means an earlier entry of ours lost a race the pull has not shown yet; after_* follow their predecessor.
  if (result.code === 'broken_chain' || result.code === 'after_conflict' || result.code === 'after_rejection') return 'wait';
  return 'reject';
}
