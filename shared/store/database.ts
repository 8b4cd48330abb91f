import { Dexie, type Table, type Transaction } from 'dexie';
import { kazakhstanCalendar, type Calendar, type Due } from '../calendar';
import type { LocalizedText, Role, Stage, StepKind } from '../regulations/types';
import type { Applicant } from '../workflow/events';
import type { CaseStatus } from '../workflow/caseContext';
import type { JournalEntry } from './journal';
import type { StepDeadline } from '../case/deadlines';
import type { PackedFacts } from '../reports/reportFacts';
import { storeError, toStoreError } from './storeErrors';

/**
 * The office database: one IndexedDB per office profile, the ONLY code that touches Dexie (ARCHITECTURE.md).
 * A case is its journal (`actions`); `cases` is a projection of it that worklists and searches read.
 */
export const DATABASE_NAME = 'kz-state-services';

// ---------------------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------------------

/** The desk a case waits at now; `closed` once the case reached a final status. */
export const WORKLISTS = ['intake', 'assign', 'review', 'commission', 'decision', 'issue', 'closed'] as const;
export type Worklist = (typeof WORKLISTS)[number];

/** Sorts after every real date, so cases without a term still appear (last) in due-date ordered worklists. */
export const NO_DUE_DATE = '9999-12-31';

/** A step's deadline as the projection stores it: exactly what shared/case computes. */
export type StepDueRow = StepDeadline;

/** The case projection: everything a worklist, a search or a case header needs, derived from the journal. */
export type CaseRow = {
  readonly id: string;
  readonly number: string;
  readonly serviceId: string;
  readonly version: string;
  /** The office whose journal holds the case (the office of its first action). */
  readonly officeId: string;
  /** Schema v4: the office that owns the case for writing now — the registering office until a `case.handover`. */
  readonly ownerOfficeId: string;
  readonly channel?: string;
  readonly variant?: string;
  readonly category?: string;
  readonly applicantKind?: Applicant['kind'];
  readonly applicantIin?: string;
  readonly applicantName: string;
  /** Schema v2: the applicant's name folded for prefix search (nameKey.ts). */
  readonly applicantNameKey: string;
  readonly status: CaseStatus;
  readonly stage?: Stage;
  readonly stepId?: string;
  readonly stepKind?: StepKind;
  readonly worklist: Worklist;
  readonly assigneeId?: string;
  readonly assigneeName?: string;
  readonly paused: boolean;
  readonly registeredAt: string;
  /** Local (Almaty) date of registration, for "service and period" reports. */
  readonly registeredOn: string;
  /** Due date of the current step (local date), when it has a term. */
  readonly stepDue?: string;
  /** Due date of the service's total term (moved by pauses), when it has one. */
  readonly totalDue?: string;
  /** The nearer of `stepDue` and `totalDue`, or NO_DUE_DATE: what worklists sort by. */
  readonly dueDate: string;
  /** `dueDate` while the case is open, absent once closed — so the index holds open cases only (overdue, due soon). */
  readonly openDue?: string;
  readonly steps: readonly StepDueRow[];
  readonly total?: Due;
  readonly outcome?: 'granted' | 'refused';
  /** Schema v5: the regulation's ground of the decision to refuse (decision.refuse), for the reports. */
  readonly refusalGroundId?: string;
  /** Instant of the last action of a closed case. */
  readonly closedAt?: string;
  /** The journal's length and last hash: what the projection was built from (verify compares). */
  readonly actionCount: number;
  readonly lastHash: string;
  /** Device time of the last action. */
  readonly updatedAt: string;
};

/** A person who applied, kept for the next intake (found by IIN or name) — upserted at registration. */
export type ApplicantRow = {
  /** `iin:<IIN>`, else `passport:<number>`, else `case:<caseId>`. */
  readonly id: string;
  readonly iin?: string;
  readonly passport?: string;
  readonly kind: Applicant['kind'];
  readonly fullName: string;
  /** Schema v2 (nameKey.ts). */
  readonly nameKey: string;
  readonly birthDate?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly citizenship?: string;
  readonly lastCaseId: string;
  readonly updatedAt: string;
};

export type UserRow = {
  readonly id: string;
  readonly officeId: string;
  readonly fullName: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
  /** The sign-in login, lower case (accounts.ts keeps the password hash apart, in `credentials`). */
  readonly login?: string;
};

export type OfficeRow = {
  /** The office code used in case numbers, e.g. `ALM-AU`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly address?: LocalizedText;
  /** The district (akimat) the office serves, as printed on its documents. */
  readonly district?: LocalizedText;
  /** The service provider as the acts name it (e.g. the district's department of employment and social programmes). */
  readonly provider?: LocalizedText;
};

export type CommissionRow = {
  readonly id: string;
  readonly officeId: string;
  /** The regulation's commission it sits as (e.g. the district commission of service 2). */
  readonly commissionId?: string;
  readonly name: LocalizedText;
  readonly members: readonly { readonly userId: string; readonly role: 'commission_chair' | 'commission_member' }[];
};

export type SettingRow = { readonly key: string; readonly value: unknown };

/** Actions waiting to be shipped by sync; written in the same transaction as the action. */
export type OutboxRow = {
  readonly seq?: number;
  readonly actionId: string;
  readonly caseId: string;
  readonly queuedAt: string;
};

/** The numbering block a device draws case numbers from (shared/numbering), stored with the case it numbers. */
export type NumberingBlockRow = {
  /** `<office>/<year>/<block>`. */
  readonly id: string;
  readonly office: string;
  readonly year: number;
  readonly block: number;
  readonly next: number;
  readonly last: number;
  readonly deviceId: string;
  readonly assignedAt: string;
};

/**
 * Schema v4 (sync, issue #6): the centre holds this action — acknowledged after a push (`local`) or received by a pull
 * (`remote`: recorded at another desktop). Kept apart from `actions` because a journal entry's hash covers every field
 * of its row.
 */
export type ReplicaRow = {
  readonly actionId: string;
  readonly caseId: string;
  readonly origin: 'local' | 'remote';
  readonly at: string;
};

/**
 * Schema v4: local actions the centre did not take, moved out of the case's chain with their content so a person sees
 * both sides. `lost_race`: another office's actions took these positions first (`server` holds the centre's entries at
 * those positions); `rejected`: the centre refused the first of them with `reason` (the rest built on it).
 */
export type ConflictRow = {
  readonly id: string;
  readonly caseId: string;
  readonly kind: 'lost_race' | 'rejected';
  readonly status: 'open' | 'resolved';
  readonly detectedAt: string;
  /** The local entries, in their old chain order. */
  readonly local: readonly JournalEntry[];
  /** The centre's entries at the same positions, as far as this desktop has them. */
  readonly server: readonly JournalEntry[];
  readonly reason?: LocalizedText;
  readonly code?: string;
  readonly resolution?: { readonly decision: 'redo' | 'discard'; readonly by: string; readonly at: string; readonly actionId?: string };
};

/**
 * Schema v5: the report facts of the cases registered on one day (Almaty day number), packed in columns
 * (shared/reports/reportFacts.ts) — what the statistics read; `lastClosed` is the latest day any of them closed
 * (OPEN_DAY while one is open), so a period's statistics read one index range of a few hundred records.
 */
export type ReportFactsDayRow = { readonly day: number; readonly lastClosed: number; readonly packed: PackedFacts };

/** Schema v4: the desktop's sync state (server address, device credential, checkpoint, last success), by key. */
export type SyncStateRow = { readonly key: string; readonly value: unknown };

export const TABLE_NAMES = [
  'actions',
  'cases',
  'applicants',
  'users',
  'offices',
  'commissions',
  'settings',
  'outbox',
  'numberingBlocks',
  'credentials',
  'replicas',
  'conflicts',
] as const;
/**
 * Tables a backup leaves out: `syncState` holds the device's secret credential, which must not travel in a file; a
 * restored desktop enrols again and pulls from the start (pulled actions it already has are recognised by id).
 */
export const UNBACKED_TABLES = ['syncState'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
/**
 * Tables derived from the others, never written to a backup: a restore derives them again (schema v5's `reportFacts`,
 * one row per case beside its projection — shared/reports/reportFacts.ts).
 */
export const DERIVED_TABLES = ['reportFacts'] as const;
/** A settings row present while schema v5's report facts still have to be derived for the cases an upgrade found. */
export const REPORT_FACTS_PENDING = 'store.reportFactsPending';

// ---------------------------------------------------------------------------------------------------------------
// Schema versions — APPEND-ONLY. Never edit a version that has shipped; add the next one. Each data-changing
// upgrade has a test that opens the previous version seeded with data, upgrades and compares
// (tests/shared/store/migrations.test.ts).
// ---------------------------------------------------------------------------------------------------------------

type SchemaVersion = {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * v2's name folding, frozen here as it was when v2 shipped: an upgrade must produce the same keys forever, even if
 * nameKey.ts later folds differently (that would be a v3 with its own upgrade).
 */
function nameKeyV2(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // v1 — the first schema.
    version: 1,
    stores: {
      actions: 'id, &[caseId+seq], deviceTime',
      cases: 'id, &number, [status+dueDate], [worklist+dueDate], [assigneeId+openDue], openDue, applicantIin, applicantName, [serviceId+registeredOn], updatedAt',
      applicants: 'id, iin, fullName',
      users: 'id, officeId',
      offices: 'id',
      commissions: 'id, officeId',
      settings: 'key',
      outbox: '++seq, &actionId, caseId',
      numberingBlocks: 'id, [office+year]',
    },
  },
  {
    // v2 — case-insensitive name search. v1 indexed the name as typed, so "сейітқали" did not find "Сейітқали" and
    // "Семенов" did not find "Сёменов". v2 adds a folded key (lower case, ё → е, single spaces), indexes it instead
    // of the raw name, and fills it for every existing case and applicant.
    version: 2,
    stores: {
      cases: 'id, &number, [status+dueDate], [worklist+dueDate], [assigneeId+openDue], openDue, applicantIin, applicantNameKey, [serviceId+registeredOn], updatedAt',
      applicants: 'id, iin, nameKey',
    },
    upgrade: async (tx) => {
      await tx
        .table('cases')
        .toCollection()
        .modify((row: { applicantName?: string; applicantNameKey?: string }) => {
          row.applicantNameKey = nameKeyV2(row.applicantName ?? '');
        });
      await tx
        .table('applicants')
        .toCollection()
        .modify((row: { fullName?: string; nameKey?: string }) => {
          row.nameKey = nameKeyV2(row.fullName ?? '');
        });
    },
  },
  {
    // v3 — sign-in: password hashes per user (accounts.ts), kept apart from the user rows worklists read; the login
    // is unique. A new table only: no data changes.
    version: 3,
    stores: {
      credentials: 'userId, &login',
    },
  },
  {
    // v4 — offices that sync (issue #6): the owning office of each case (filled with the registering office: before
    // v4 there were no handovers), the sync state, the actions the centre holds, and conflicts kept with both sides.
    version: 4,
    stores: {
      cases: 'id, &number, [status+dueDate], [worklist+dueDate], [assigneeId+openDue], openDue, applicantIin, applicantNameKey, [serviceId+registeredOn], updatedAt, ownerOfficeId',
      syncState: 'key',
      replicas: 'actionId, caseId',
      conflicts: 'id, caseId, status, detectedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('cases')
        .toCollection()
        .modify((row: { officeId?: string; ownerOfficeId?: string }) => {
          row.ownerOfficeId = row.officeId ?? '';
        });
    },
  },
  {
    // v5 — reports over 200,000 cases in under 2 s (issue #7): each case's report facts (shared/reports/reportFacts.ts)
    // packed in one record per registration day, indexed by the latest closing day among them; the case row also keeps
    // the ground of a refusal (`refusalGroundId`). Deriving the facts needs the regulations (a step's stage), which the
    // database module does not load (the sign-in opens it): the upgrade leaves a marker, and the store derives the facts
    // of the existing cases after opening (reportFactsStore.ts `deriveReportFacts`), before any report reads them.
    version: 5,
    stores: {
      reportFacts: 'day, lastClosed',
    },
    upgrade: async (tx) => {
      if ((await tx.table('cases').count()) > 0) await tx.table('settings').put({ key: REPORT_FACTS_PENDING, value: { since: 4 } });
    },
  },
];

/** The schema this code reads and writes. */
export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export type CaseDatabaseOptions = {
  /** Defaults to DATABASE_NAME. Tests and the benchmark use their own names. */
  readonly name?: string;
  /**
   * Open with the schema only up to this version (migration tests open the previous version to seed it). Code that
   * reads and writes cases must use the latest.
   */
  readonly schemaVersion?: number;
  /**
   * `strict` (default): a write is reported as saved only once it is on disk (Chromium flushes before completing the
   * transaction), so a power cut never loses an action the operator saw as saved. Bulk seeding may use `relaxed`.
   */
  readonly durability?: 'strict' | 'relaxed' | 'default';
  /** Called when opening waits for other windows to close an older version (the UI asks the user to close them). */
  readonly onBlocked?: () => void;
  /** The working-day calendar deadlines are computed with (the office's, with its extra days off). */
  readonly calendar?: Calendar;
  /** The clock actions are stamped with (tests pin it). */
  readonly now?: () => Date;
  /** Alternative IndexedDB implementation (tests). */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
};

export class CaseDatabase extends Dexie {
  declare actions: Table<JournalEntry, string>;
  declare cases: Table<CaseRow, string>;
  declare applicants: Table<ApplicantRow, string>;
  declare users: Table<UserRow, string>;
  declare offices: Table<OfficeRow, string>;
  declare commissions: Table<CommissionRow, string>;
  declare settings: Table<SettingRow, string>;
  declare outbox: Table<OutboxRow, number>;
  declare numberingBlocks: Table<NumberingBlockRow, string>;
  declare replicas: Table<ReplicaRow, string>;
  declare conflicts: Table<ConflictRow, string>;
  declare syncState: Table<SyncStateRow, string>;
  declare reportFacts: Table<ReportFactsDayRow, number>;

  readonly calendar: Calendar;
  readonly now: () => Date;

  constructor(options: CaseDatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, {
      chromeTransactionDurability: options.durability ?? 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.calendar = options.calendar ?? kazakhstanCalendar;
    this.now = options.now ?? (() => new Date());
    const upTo = options.schemaVersion ?? SCHEMA_VERSION;
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > upTo) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    // Dexie opens a database that a NEWER build upgraded (it reopens at the version on disk). This code would then
    // write rows of its older shape into the newer schema — refuse instead: the user updates the program.
    this.on('ready', () => {
      if (Math.floor(this.backendDB().version / 10) > upTo) throw storeError('versionTooNew');
    });
    // Another window opened a newer schema: let it upgrade (Dexie closes this connection) — the UI reloads.
    if (options.onBlocked) this.on('blocked', options.onBlocked);
  }
}

/**
 * Opens the office database (upgrading its schema if needed). Failures come as StoreError with a message in both
 * languages: a newer schema on disk, IndexedDB unavailable, no space… The sign-in opens it this way without the rest of
 * the store; `openCaseStore` (index.ts) opens and binds the whole store.
 */
export async function openCaseDatabase(options: CaseDatabaseOptions = {}): Promise<CaseDatabase> {
  const db = new CaseDatabase(options);
  try {
    await db.open();
  } catch (error) {
    throw toStoreError(error);
  }
  return db;
}
