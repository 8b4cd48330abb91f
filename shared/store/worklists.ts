import { Dexie, type Collection } from 'dexie';
import { addWorkingDays, type IsoDate } from '../calendar';
import type { CaseStatus } from '../workflow/caseContext';
import type { CaseDatabase, CaseRow, Worklist } from './database';
import { nameKey } from './nameKey';

/**
 * The worklists and searches of the desks, each one index range (database.ts) read a page at a time. Plain functions
 * over Dexie queries, so the renderer wraps them in `useLiveQuery` and a desk refreshes as soon as any window commits
 * an action that touches the range it shows.
 */
export type Page = { readonly limit?: number; readonly offset?: number };

export const DEFAULT_PAGE_SIZE = 50;

function page(collection: Collection<CaseRow, string>, p: Page = {}): Promise<CaseRow[]> {
  const offset = p.offset ?? 0;
  return (offset > 0 ? collection.offset(offset) : collection).limit(p.limit ?? DEFAULT_PAGE_SIZE).toArray();
}

const byWorklist = (db: CaseDatabase, worklist: Worklist) =>
  db.cases.where('[worklist+dueDate]').between([worklist, Dexie.minKey], [worklist, Dexie.maxKey]);

/** Cases with this status, the nearest due date first. */
export function casesByStatus(db: CaseDatabase, status: CaseStatus, p?: Page): Promise<CaseRow[]> {
  return page(db.cases.where('[status+dueDate]').between([status, Dexie.minKey], [status, Dexie.maxKey]), p);
}

/** Open cases whose nearest due date is before `today`, the most overdue first. */
export function overdueCases(db: CaseDatabase, today: IsoDate, p?: Page): Promise<CaseRow[]> {
  return page(db.cases.where('openDue').below(today), p);
}

/** Open cases due from `today` up to `withinWorkingDays` working days after it (default 2), the nearest first. */
export function casesDueSoon(db: CaseDatabase, today: IsoDate, withinWorkingDays = 2, p?: Page): Promise<CaseRow[]> {
  const until = addWorkingDays(db.calendar, today, withinWorkingDays);
  return page(db.cases.where('openDue').between(today, until, true, true), p);
}

/** Open cases assigned to this user, the nearest due date first. */
export function casesAssignedTo(db: CaseDatabase, userId: string, p?: Page): Promise<CaseRow[]> {
  return page(db.cases.where('[assigneeId+openDue]').between([userId, Dexie.minKey], [userId, Dexie.maxKey]), p);
}

/** The desks' worklists by name; each orders by the nearest due date. */
export const worklists = {
  /** Registered, still in the intake stage (transfer to the office, registration in the journal…). */
  toRegister: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'intake'), p),
  /** Waiting for the head to assign a responsible executor. */
  toAssign: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'assign'), p),
  /** Under review by the specialists. */
  inReview: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'review'), p),
  atCommission: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'commission'), p),
  awaitingDecision: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'decision'), p),
  readyToIssue: (db: CaseDatabase, p?: Page) => page(byWorklist(db, 'issue'), p),
  mine: (db: CaseDatabase, userId: string, p?: Page) => casesAssignedTo(db, userId, p),
  dueSoon: (db: CaseDatabase, today: IsoDate, withinWorkingDays?: number, p?: Page) => casesDueSoon(db, today, withinWorkingDays, p),
  overdue: (db: CaseDatabase, today: IsoDate, p?: Page) => overdueCases(db, today, p),
} as const satisfies Record<string, (db: CaseDatabase, ...args: never[]) => Promise<CaseRow[]>>;
export type WorklistName = keyof typeof worklists;

/** How many cases a desk's list holds (for the counter next to its tab). */
export function countWorklist(db: CaseDatabase, worklist: Worklist): Promise<number> {
  return byWorklist(db, worklist).count();
}

/** The searches of the desks. Numbers and IINs match exactly or by prefix; names by folded prefix (nameKey.ts). */
export const searches = {
  /** `ALM-AU-2026-B0042-00017`, or its beginning (case-insensitive). */
  byNumber: async (db: CaseDatabase, text: string, p?: Page): Promise<CaseRow[]> => {
    const number = text.trim().toUpperCase();
    if (number === '') return [];
    const exact = await db.cases.where('number').equals(number).first();
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
