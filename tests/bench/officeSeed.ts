import { checkDigitOf } from '../../shared/identity';
import { formatCaseNumber } from '../../shared/numbering';
import { reportFactsOf, type ReportFacts } from '../../shared/reports';
import { factsDayRows, GENESIS_PREV_HASH, projectCase, signEntry, type ApplicantRow, type CaseDatabase, type CaseRow, type JournalEntry } from '../../shared/store';
import { applicantRow } from '../../shared/store/perform';
import type { CaseEvent } from '../../shared/workflow';
import { stampEvent, stampState, TEMPLATE_BASE_MS, type Template } from './officeTemplates';

/** Deterministic pseudo-random numbers (mulberry32), so two runs seed the same office. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'Абдрахманов', 'Ахметов', 'Байжанов', 'Бекмуратов', 'Жумабаев', 'Исмаилов', 'Калиев', 'Кенжебаев', 'Мукашев', 'Нурланов',
  'Оспанов', 'Сейітқали', 'Сәрсенбаев', 'Тұрсынов', 'Үсенов', 'Әбілқайыров', 'Қасымов', 'Ғабитов', 'Өмірзақов', 'Іскаков',
  'Иванов', 'Петров', 'Сёмин', 'Ким', 'Пак', 'Цой', 'Шевченко', 'Гусейнов', 'Мамедов', 'Юсупов',
  'Ержанов', 'Есенов', 'Жаксылыков', 'Курманов', 'Муканов', 'Нургалиев', 'Рахимов', 'Садыков', 'Токтаров', 'Шарипов',
];
const FIRST_NAMES = [
  'Айгерим', 'Айдар', 'Алия', 'Арман', 'Асель', 'Бауыржан', 'Гүлнұр', 'Дана', 'Ерлан', 'Жанар', 'Жандос', 'Қанат', 'Мадина',
  'Нұрлан', 'Сәуле', 'Тимур', 'Әлия', 'Ілияс', 'Ольга', 'Сергей', 'Пётр', 'Анна', 'Дмитрий', 'Елена', 'Виктор', 'Зарина',
];
const PATRONYMICS = ['Нұрланұлы', 'Нұрланқызы', 'Серикович', 'Серикқызы', 'Ерланович', 'Маратовна', 'Ахметжанович', 'Болатқызы', 'Иванович', 'Петровна', ''];

export type Person = { readonly iin: string; readonly fullName: string };

/** A person with a valid IIN (birth date, century/sex digit, serial, check digit) and a realistic name. */
export function person(next: () => number): Person {
  for (;;) {
    const year = 1940 + Math.floor(next() * 65);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const centurySex = (year >= 2000 ? 5 : 3) + Math.floor(next() * 2);
    const serial = String(Math.floor(next() * 10_000)).padStart(4, '0');
    const first11 = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${centurySex}${serial}`;
    const check = checkDigitOf(first11);
    if (check === undefined) continue;
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const fullName = [pick(SURNAMES), pick(FIRST_NAMES), pick(PATRONYMICS)].filter((s) => s !== '').join(' ');
    return { iin: `${first11}${check}`, fullName };
  }
}

export type SeedOptions = {
  readonly cases: number;
  readonly office: string;
  readonly deviceId: string;
  /** "Today" of the office: registrations spread over the two years before it. */
  readonly now: Date;
  readonly seed?: number;
  readonly batchSize?: number;
  readonly onProgress?: (seeded: number) => void;
};

export type SeededOffice = {
  readonly actions: number;
  readonly cases: number;
  /** Samples for the searches: IINs, numbers and name prefixes of seeded cases. */
  readonly iins: readonly string[];
  readonly numbers: readonly string[];
  readonly namePrefixes: readonly string[];
  readonly byKind: Readonly<Record<Template['kind'], number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Time spent stamping, hashing and projecting vs writing to IndexedDB. */
  readonly buildMs: number;
  readonly writeMs: number;
};

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * Fills an office database with `cases` stamped journals: two years of registrations; cases older than about two
 * months mostly finished (granted, refused, withdrawn, refused at intake) with a few stuck and overdue; recent ones at
 * every stage. Hashes are real (WebCrypto), projections are the store's own `projectCase`.
 */
export async function seedOffice(db: CaseDatabase, templates: readonly Template[], options: SeedOptions): Promise<SeededOffice> {
  const next = random(options.seed ?? 20260302);
  const batchSize = options.batchSize ?? 1000;
  const open = templates.filter((t) => !t.final);
  const closed = templates.filter((t) => t.kind === 'closed');
  // Most applications are granted; about one in seven ends in a motivated refusal.
  const granted = closed.filter((t) => t.state.context.outcome !== 'refused');
  const refusedOnMerits = closed.filter((t) => t.state.context.outcome === 'refused');
  const pickClosed = () => pick(next() < 0.15 && refusedOnMerits.length > 0 ? refusedOnMerits : granted.length > 0 ? granted : closed);
  const withdrawn = templates.filter((t) => t.kind === 'withdrawn');
  const refused = templates.filter((t) => t.kind === 'refusedAtIntake');
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const nowMs = options.now.getTime();
  const perYear = new Map<number, number>();
  const iins: string[] = [];
  const numbers: string[] = [];
  const namePrefixes: string[] = [];
  const byKind: Record<Template['kind'], number> = { open: 0, closed: 0, withdrawn: 0, refusedAtIntake: 0 };
  const byStatus: Record<string, number> = {};
  let actions = 0;

  const choose = (ageDays: number): Template => {
    const roll = next();
    if (ageDays > 60) {
      if (roll < 0.04) return pick(open); // stuck: overdue
      if (roll < 0.08) return pick(refused.length > 0 ? refused : closed);
      if (roll < 0.11) return pick(withdrawn.length > 0 ? withdrawn : closed);
      return pickClosed();
    }
    // Recent: a case can only have reached the actions whose days have passed.
    const reachable = open.filter((t) => t.events.length <= ageDays + 1);
    if (roll < 0.7 && reachable.length > 0) return pick(reachable);
    const done = closed.filter((t) => t.events.length <= ageDays + 1 && (t.state.context.outcome !== 'refused' || next() < 0.15));
    if (roll < 0.9 && done.length > 0) return pick(done);
    return pick(refused.length > 0 ? refused : reachable.length > 0 ? reachable : closed);
  };

  let buildMs = 0;
  let writeMs = 0;
  // The report facts of every case, written at the end packed per registration day (the store's own layout).
  const facts: ReportFacts[] = [];
  for (let start = 0; start < options.cases; start += batchSize) {
    const count = Math.min(batchSize, options.cases - start);
    const t0 = performance.now();
    const built = await Promise.all(
      Array.from({ length: count }, async () => {
        // More cases recently than two years ago (the office grows), never in the future.
        const ageDays = Math.floor(730 * next() ** 1.3);
        const template = choose(ageDays);
        const lastDay = Math.max(0, template.events.length - 1);
        // Registered `ageDays` ago, but early enough for its last action to lie before "now"; then whole weeks from
        // the template's Monday, rounded down.
        const registeredTarget = Math.min(nowMs - ageDays * DAY_MS, nowMs - (lastDay + 1) * DAY_MS);
        const weeks = Math.floor((registeredTarget - TEMPLATE_BASE_MS) / WEEK_MS);
        const shiftMs = Math.max(0, weeks) * WEEK_MS;
        const registeredMs = TEMPLATE_BASE_MS + shiftMs;
        const year = new Date(registeredMs + 6 * 3_600_000).getUTCFullYear();
        const n = perYear.get(year) ?? 0;
        perYear.set(year, n + 1);
        const number = formatCaseNumber({ office: options.office, year, block: 1 + Math.floor(n / 99_999), sequence: (n % 99_999) + 1 });
        const applicant = person(next);
        const stamp = { number, applicant, shiftMs };
        const events = template.events.map((e) => stampEvent(e, stamp));
        const caseId = crypto.randomUUID();
        const entries: JournalEntry[] = [];
        let prevHash = GENESIS_PREV_HASH;
        for (const [i, payload] of events.entries()) {
          const entry = await signEntry({
            id: crypto.randomUUID(),
            caseId,
            seq: i + 1,
            type: payload.type,
            payload,
            actor: { ...payload.actor, officeId: options.office, deviceId: options.deviceId },
            deviceTime: payload.at,
            regulation: { serviceId: template.service.id, version: template.service.version },
            prevHash,
          });
          prevHash = entry.hash;
          entries.push(entry);
        }
        const last = entries[entries.length - 1] as JournalEntry;
        const lastEvent = events[events.length - 1] as CaseEvent;
        const row: CaseRow = projectCase(
          stampState(template.state, stamp),
          { caseId, officeId: options.office, last: { seq: last.seq, hash: last.hash, deviceTime: last.deviceTime, at: lastEvent.at } },
          db.calendar,
        );
        const known = applicantRow(stampState(template.state, stamp).context.applicant, caseId, events[0]?.at ?? lastEvent.at);
        byKind[template.kind] += 1;
        byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
        if (iins.length < 5000 && next() < 0.05) {
          iins.push(applicant.iin);
          numbers.push(number);
          namePrefixes.push(row.applicantNameKey.slice(0, 4 + Math.floor(next() * 6)));
        }
        return { entries, row, applicant: known };
      }),
    );
    const entries = built.flatMap((b) => b.entries);
    const rows = built.map((b) => b.row);
    const applicants = built.map((b) => b.applicant).filter((a): a is ApplicantRow => a !== undefined);
    const t1 = performance.now();
    for (const row of rows) facts.push(reportFactsOf(db.calendar, row));
    await db.transaction('rw', [db.actions, db.cases, db.applicants], async () => {
      await Promise.all([db.actions.bulkAdd(entries), db.cases.bulkAdd(rows), db.applicants.bulkPut(applicants)]);
    });
    buildMs += t1 - t0;
    writeMs += performance.now() - t1;
    actions += entries.length;
    options.onProgress?.(start + count);
  }
  const t0 = performance.now();
  await db.reportFacts.bulkPut(factsDayRows(facts));
  writeMs += performance.now() - t0;
  return { actions, cases: options.cases, iins, numbers, namePrefixes, byKind, byStatus, buildMs, writeMs };
}
