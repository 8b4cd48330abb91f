import { Dexie, type Collection } from 'dexie';
import { addWorkingDays, type IsoDate } from '../calendar';
import type { CaseStatus } from '../workflow/caseContext';
import type { CaseDatabase, CaseRow, Worklist } from './database';
import { nameKey } from './nameKey';
import { toStoreError } from './storeErrors';

/**
 * The worklists and searches of the desks, each one index range (database.ts) read a page at a time. Plain functions
 * over Dexie queries, so the renderer wraps them in `useLiveQuery` and a desk refreshes as soon as any window commits
 * an action that touches the range it shows.
 */
export type Page = { readonly limit?: number; readonly offset?: number };

export const DEFAULT_PAGE_SIZE = 50;

/** Failures reach the desk as a StoreError with its message in both languages (storeErrors.ts). */
const asStoreError = (error: unknown): never => {
  throw toStoreError(error);
};

function page(collection: Collection<CaseRow, string>, p: Page = {}): Promise<CaseRow[]> {
  const offset = p.offset ?? 0;
  return (offset > 0 ? collection.offset(offset) : collection)
    .limit(p.limit ?? DEFAULT_PAGE_SIZE)
    .toArray()
    .catch(asStoreError);
}

const byWorklist = (db: CaseDatabase, worklist: Worklist) =>
  db.cases.where('[worklist+dueDate]').between([worklist, Dexie.minKey], [worklist, Dexie.maxKey]);

/** Cases with this status, the nearest due date first (the "status + due date" worklist). */
export function casesByStatus(db: CaseDatabase, status: CaseStatus, p?: Page): Promise<CaseRow[]> {
  return readWorklist(db, 'byStatus', [status], p);
}

/**
 * The desks' worklists by name, as index ranges; each orders by the nearest due date. `readWorklist` reads a page of
 * one, `countWorklist` counts it (for the grid's row count).
 */
export const worklistRanges = {
  /** Registered, still in the intake stage (transfer to the office, registration in the journal…). */
  toRegister: (db: CaseDatabase) => byWorklist(db, 'intake'),
  /** Waiting for the head to assign a responsible executor. */
  toAssign: (db: CaseDatabase) => byWorklist(db, 'assign'),
  /** Under review by the specialists. */
  inReview: (db: CaseDatabase) => byWorklist(db, 'review'),
  atCommission: (db: CaseDatabase) => byWorklist(db, 'commission'),
  awaitingDecision: (db: CaseDatabase) => byWorklist(db, 'decision'),
  readyToIssue: (db: CaseDatabase) => byWorklist(db, 'issue'),
  /** Open cases assigned to this user. */
  mine: (db: CaseDatabase, userId: string) => db.cases.where('[assigneeId+openDue]').between([userId, Dexie.minKey], [userId, Dexie.maxKey]),
  /** Open cases due from `today` up to `withinWorkingDays` working days after it (default 2). */
  dueSoon: (db: CaseDatabase, today: IsoDate, withinWorkingDays = 2) =>
    db.cases.where('openDue').between(today, addWorkingDays(db.calendar, today, withinWorkingDays), true, true),
  /** Open cases whose nearest due date is before `today`, the most overdue first. */
  overdue: (db: CaseDatabase, today: IsoDate) => db.cases.where('openDue').below(today),
  /** Any status, e.g. the closed ones for the archive. */
  byStatus: (db: CaseDatabase, status: CaseStatus) => db.cases.where('[status+dueDate]').between([status, Dexie.minKey], [status, Dexie.maxKey]),
} as const satisfies Record<string, (db: CaseDatabase, ...args: never[]) => Collection<CaseRow, string>>;

export type WorklistName = keyof typeof worklistRanges;
export type WorklistArgs<N extends WorklistName> = (typeof worklistRanges)[N] extends (db: CaseDatabase, ...args: infer A) => unknown ? A : never;

function rangeOf<N extends WorklistName>(db: CaseDatabase, name: N, args: WorklistArgs<N>): Collection<CaseRow, string> {
  const range = worklistRanges[name] as unknown as (db: CaseDatabase, ...args: WorklistArgs<N>) => Collection<CaseRow, string>;
  return range(db, ...args);
}

/** A page of a worklist. */
export function readWorklist<N extends WorklistName>(db: CaseDatabase, name: N, args: WorklistArgs<N>, p?: Page): Promise<CaseRow[]> {
  return page(rangeOf(db, name, args), p);
}

/** How many cases a worklist holds (for the grid's row count and the counter next to its tab). */
export function countWorklist<N extends WorklistName>(db: CaseDatabase, name: N, args: WorklistArgs<N>): Promise<number> {
  return rangeOf(db, name, args).count().catch(asStoreError);
}

/** The same worklists as plain functions, a page at a time. */
export const worklists = {
  toRegister: (db: CaseDatabase, p?: Page) => readWorklist(db, 'toRegister', [], p),
  toAssign: (db: CaseDatabase, p?: Page) => readWorklist(db, 'toAssign', [], p),
  inReview: (db: CaseDatabase, p?: Page) => readWorklist(db, 'inReview', [], p),
  atCommission: (db: CaseDatabase, p?: Page) => readWorklist(db, 'atCommission', [], p),
  awaitingDecision: (db: CaseDatabase, p?: Page) => readWorklist(db, 'awaitingDecision', [], p),
  readyToIssue: (db: CaseDatabase, p?: Page) => readWorklist(db, 'readyToIssue', [], p),
  mine: (db: CaseDatabase, userId: string, p?: Page) => readWorklist(db, 'mine', [userId], p),
  dueSoon: (db: CaseDatabase, today: IsoDate, withinWorkingDays?: number, p?: Page) =>
    readWorklist(db, 'dueSoon', withinWorkingDays === undefined ? [today] : [today, withinWorkingDays], p),
  overdue: (db: CaseDatabase, today: IsoDate, p?: Page) => readWorklist(db, 'overdue', [today], p),
} as const;

/** The searches of the desks. Numbers and IINs match exactly or by prefix; names by folded prefix (nameKey.ts). */
export const searches = {
  /** `ALM-AU-2026-B0042-00017`, or its beginning (case-insensitive). */
  byNumber: async (db: CaseDatabase, text: string, p?: Page): Promise<CaseRow[]> => {
    const number = text.trim().toUpperCase();
    if (number === '') return [];
    const exact = await db.cases.where('number').equals(number).first().catch(asStoreError);
    if (exact) return [exact];
    return page(db.cases.where('number').startsWith(number), p);
  },
  /** A full IIN (12 digits) or its first digits. */
  byIin: (db: CaseDatabase, text: string, p?: Page): Promise<CaseRow[]> => {
    const iin = text.replace(/\s+/g, '');
    if (!/^\d{1,12}$/.test(iin)) return Promise.resolve([]);
    return page(iin.length === 12 ? db.cases.where('applicantIin').equals(iin) : db.cases.where('applicantIin').startsWith(iin), p);
  },
  /** The beginning of the applicant's name: "сейітқали ә" finds "Сейітқали Әлия". */
  byNamePrefix: (db: CaseDatabase, text: string, p?: Page): Promise<CaseRow[]> => {
    const key = nameKey(text);
    if (key === '') return Promise.resolve([]);
    return page(db.cases.where('applicantNameKey').startsWith(key), p);
  },
  /** Cases of a service registered between two local dates (inclusive), oldest first. */
  byServiceAndPeriod: (db: CaseDatabase, serviceId: string, from: IsoDate, to: IsoDate, p?: Page): Promise<CaseRow[]> =>
    page(db.cases.where('[serviceId+registeredOn]').between([serviceId, from], [serviceId, to], true, true), p),
} as const;
export type SearchName = keyof typeof searches;

/** Applicants known from earlier intakes, by IIN (to prefill the form). */
export function findApplicantByIin(db: CaseDatabase, iin: string) {
  return db.applicants.where('iin').equals(iin).first();
}

/** Applicants by folded name prefix. */
export function findApplicantsByName(db: CaseDatabase, text: string, limit = DEFAULT_PAGE_SIZE) {
  const key = nameKey(text);
  if (key === '') return Promise.resolve([]);
  return db.applicants.where('nameKey').startsWith(key).limit(limit).toArray();
}
