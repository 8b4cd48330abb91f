import type { Calendar } from '../calendar';
import { STAGES, type Stage } from '../regulations/types';
import { FINAL_STATUSES, type FinalStatus } from '../workflow/caseContext';
import { DayNumbers } from './dayNumbers';
import type { ReportCase } from './reportCase';
import { stageDurationsOf } from './stageDurations';

/**
 * What the service statistics need of one case, reduced to numbers: the store keeps one such row per case beside its
 * projection (schema v5, written in the same transaction), so a year's statistics over 200,000 cases reads ~20 small
 * fields per case instead of whole projections, and does no date arithmetic while the head waits (issue #7: reports
 * over 200,000 cases open in under 2 s).
 *
 * Every field is derived from the projection (itself derived from the journal) by `reportFactsOf`, the ONE function
 * the store, the rebuild, the schema upgrade, the restore and the tests use — so the figures are those the journal
 * gives. Working days are counted with the office's calendar when the row is written; should the calendar change (a
 * day off moved by decree), "rebuild projections" in the administrator's page writes every row again.
 */
export type ReportFacts = {
  /** The case id (the row's key). */
  readonly id: string;
  readonly officeId: string;
  readonly serviceId: string;
  /** From the case's first action (case.register / intake.refuse). */
  readonly channel?: string;
  /** The final status, or `open` at any stage: the statistics count a case in progress the same at every stage. */
  readonly status: FinalStatus | 'open';
  /** Almaty day number (days since 1970-01-01) of the registration. */
  readonly registeredDay: number;
  /** Almaty day number of the action that closed the case; OPEN_DAY while it is open (indexed: `closedDay ≥ from`). */
  readonly closedDay: number;
  /** Issued cases: the result handed over within the total term (serviceStatistics.ts `issuedOnTime`). */
  readonly onTime?: boolean;
  /** Issued cases: working days in (registration, delivery]. */
  readonly toIssue?: number;
  /** Issued cases: working days per stage they went through (serviceStatistics.ts `stageDurations`). */
  readonly stages?: Readonly<Partial<Record<Stage, number>>>;
  /** Refusals on the merits: the regulation's ground of the decision. */
  readonly groundId?: string;
};

/** `closedDay` of an open case: after every real day, so "closed on or after the period's first day" includes it. */
export const OPEN_DAY = 2_147_483_647;

const dayNumbers = new WeakMap<Calendar, DayNumbers>();

/** One memo of day numbers per calendar (dates repeat: a year has 365 of them). */
function dayNumbersOf(calendar: Calendar): DayNumbers {
  let days = dayNumbers.get(calendar);
  if (!days) {
    days = new DayNumbers(calendar);
    dayNumbers.set(calendar, days);
  }
  return days;
}

/** Was the result handed over within the case's total term? A service without a total term cannot be late. */
function onTimeOf(days: DayNumbers, c: ReportCase, closedDay: number): boolean {
  if (!c.closedAt || !c.total) return true;
  if (c.total.kind === 'instant') return Date.parse(c.closedAt) <= Date.parse(c.total.instant);
  return closedDay <= days.of(c.total.date);
}

export function reportFactsOf(calendar: Calendar, c: ReportCase): ReportFacts {
  const days = dayNumbersOf(calendar);
  const registeredDay = days.of(c.registeredOn);
  const closedDay = c.closedAt === undefined ? OPEN_DAY : days.localDay(c.closedAt);
  const base = {
    id: c.id,
    officeId: c.officeId,
    serviceId: c.serviceId,
    ...(c.channel === undefined ? {} : { channel: c.channel }),
    status: c.closedAt === undefined || !isFinal(c.status) ? ('open' as const) : c.status,
    registeredDay,
    closedDay,
  };
  if (base.status === 'issued') {
    return {
      ...base,
      onTime: onTimeOf(days, c, closedDay),
      toIssue: Math.max(0, days.workingDaysBetween(registeredDay, closedDay)),
      stages: stageDurationsOf(days, c),
    };
  }
  if (base.status === 'refused' && c.refusalGroundId !== undefined) return { ...base, groundId: c.refusalGroundId };
  return base;
}

const FINAL = new Set<string>(FINAL_STATUSES);
const isFinal = (status: string): status is FinalStatus => FINAL.has(status);

/**
 * The facts of many cases packed in columns (typed arrays and a table of the strings they use): how the store keeps
 * them, one record per registration day. IndexedDB reads a few hundred such records far faster than a hundred thousand
 * small ones (each record costs a lookup and a deserialization; a typed array is copied whole) — measured in Chromium,
 * a year over 200,000 cases in tenths of a second instead of seconds.
 */
export type PackedFacts = {
  readonly n: number;
  readonly ids: readonly string[];
  /** The strings the cases use, each once. */
  readonly strings: readonly string[];
  /** Per case, STRING_COLUMNS entries: index into `strings`, + 1 (0 = absent). */
  readonly text: Uint16Array;
  /** Per case, NUMBER_COLUMNS entries (NONE = absent). */
  readonly numbers: Int32Array;
};

const STRING_COLUMNS = 5; // officeId, serviceId, channel, status, groundId
const NUMBER_COLUMNS = 4 + STAGES.length; // registeredDay, closedDay, onTime, toIssue, stage durations
const NONE = -2_147_483_648;

export function packFacts(facts: readonly ReportFacts[]): PackedFacts {
  const n = facts.length;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (value: string | undefined): number => {
    if (value === undefined) return 0;
    let i = index.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      index.set(value, i);
    }
    return i + 1;
  };
  const text = new Uint16Array(n * STRING_COLUMNS);
  const numbers = new Int32Array(n * NUMBER_COLUMNS);
  facts.forEach((f, i) => {
    const t = i * STRING_COLUMNS;
    text[t] = ref(f.officeId);
    text[t + 1] = ref(f.serviceId);
    text[t + 2] = ref(f.channel);
    text[t + 3] = ref(f.status);
    text[t + 4] = ref(f.groundId);
    const k = i * NUMBER_COLUMNS;
    numbers[k] = f.registeredDay;
    numbers[k + 1] = f.closedDay;
    numbers[k + 2] = f.onTime === undefined ? NONE : f.onTime ? 1 : 0;
    numbers[k + 3] = f.toIssue ?? NONE;
    STAGES.forEach((stage, s) => {
      numbers[k + 4 + s] = f.stages?.[stage] ?? NONE;
    });
  });
  if (strings.length >= 0xffff) throw new RangeError('packFacts: too many distinct strings in one record');
  return { n, ids: facts.map((f) => f.id), strings, text, numbers };
}

export function unpackFacts(packed: PackedFacts): ReportFacts[] {
  const { n, ids, strings, text, numbers } = packed;
  const str = (i: number) => (i === 0 ? undefined : strings[i - 1]);
  const out: ReportFacts[] = new Array<ReportFacts>(n);
  for (let i = 0; i < n; i++) {
    const t = i * STRING_COLUMNS;
    const k = i * NUMBER_COLUMNS;
    const channel = str(text[t + 2] ?? 0);
    const status = str(text[t + 3] ?? 0) as ReportFacts['status'];
    const groundId = str(text[t + 4] ?? 0);
    const onTime = numbers[k + 2] ?? NONE;
    const toIssue = numbers[k + 3] ?? NONE;
    let stages: Partial<Record<Stage, number>> | undefined;
    if (status === 'issued') {
      stages = {};
      for (let s = 0; s < STAGES.length; s++) {
        const v = numbers[k + 4 + s] ?? NONE;
        if (v !== NONE) stages[STAGES[s] as Stage] = v;
      }
    }
    out[i] = {
      id: ids[i] ?? '',
      officeId: str(text[t] ?? 0) ?? '',
      serviceId: str(text[t + 1] ?? 0) ?? '',
      ...(channel === undefined ? {} : { channel }),
      status,
      registeredDay: numbers[k] ?? 0,
      closedDay: numbers[k + 1] ?? OPEN_DAY,
      ...(onTime === NONE ? {} : { onTime: onTime === 1 }),
      ...(toIssue === NONE ? {} : { toIssue }),
      ...(stages === undefined ? {} : { stages }),
      ...(groundId === undefined ? {} : { groundId }),
    };
  }
  return out;
}
