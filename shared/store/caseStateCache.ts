import { Dexie } from 'dexie';
import { findServiceVersion } from '../regulations/catalogue';
import { replayTrusted, type CaseState } from '../workflow/replay';
import type { CaseDatabase } from './database';
import type { JournalEntry } from './journal';

/**
 * Replayed case states kept in memory, keyed by case and checked against the journal's last seq and hash before use.
 * Not a system of record (ARCHITECTURE.md: snapshots are not stored): a miss, or a journal that moved on in another
 * window, replays from the journal.
 */
export type CachedCase = {
  readonly seq: number;
  readonly hash: string;
  readonly state: CaseState;
  readonly officeId: string;
};

export class CaseStateCache {
  private readonly entries = new Map<string, CachedCase>();

  constructor(private readonly capacity = 1000) {}

  /** The cached state if it was built from exactly this journal (same length, same last hash). */
  get(caseId: string, seq: number, hash: string): CachedCase | undefined {
    const hit = this.entries.get(caseId);
    if (!hit || hit.seq !== seq || hit.hash !== hash) return undefined;
    // Least recently used goes first: re-insert to mark as fresh.
    this.entries.delete(caseId);
    this.entries.set(caseId, hit);
    return hit;
  }

  /** Whatever is cached for the case, unchecked (perform re-checks it in its write transaction). */
  peek(caseId: string): CachedCase | undefined {
    return this.entries.get(caseId);
  }

  set(caseId: string, value: CachedCase): void {
    this.entries.delete(caseId);
    this.entries.set(caseId, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<CaseDatabase, CaseStateCache>();

export function stateCacheOf(db: CaseDatabase): CaseStateCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CaseStateCache();
    caches.set(db, cache);
  }
  return cache;
}

/** A case's journal in order. */
export function journalOf(db: CaseDatabase, caseId: string): Promise<JournalEntry[]> {
  return db.actions.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}

/** The last entry of a case's journal, undefined for a case that does not exist yet. */
export function lastEntryOf(db: CaseDatabase, caseId: string): Promise<JournalEntry | undefined> {
  return db.actions.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
}

/**
 * Replays a journal with the regulation version its case started under (the first entry's), through the workflow's
 * `replayTrusted()`: the journal's payloads were validated when they were written.
 */
export function replayJournal(journal: readonly JournalEntry[]): CaseState | undefined {
  const first = journal[0];
  if (!first) return undefined;
  const service = findServiceVersion(first.regulation.serviceId, first.regulation.version);
  if (!service) return undefined;
  return replayTrusted(
    service,
    journal.map((e) => e.payload),
  );
}

/**
 * The current state of a case (for `allowedActions` on a case screen), from the cache when it matches the journal.
 * Undefined when the case does not exist.
 */
export async function loadCaseState(db: CaseDatabase, caseId: string): Promise<CachedCase | undefined> {
  const cache = stateCacheOf(db);
  const last = await lastEntryOf(db, caseId);
  if (!last) return undefined;
  const hit = cache.get(caseId, last.seq, last.hash);
  if (hit) return hit;
  const journal = await journalOf(db, caseId);
  const tail = journal[journal.length - 1];
  const state = replayJournal(journal);
  if (!tail || !state || !journal[0]) return undefined;
  const loaded: CachedCase = { seq: tail.seq, hash: tail.hash, state, officeId: journal[0].actor.officeId };
  cache.set(caseId, loaded);
  return loaded;
}
