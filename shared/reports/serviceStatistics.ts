import { addCalendarDays, dayNumberOf, isoWeekdayOf, type Calendar, type IsoDate } from '../calendar';
import { DayNumbers } from './dayNumbers';
import { CHANNELS, STAGES, type Channel, type Stage } from '../regulations/types';
import { summarize, type Durations } from './percentile';
import type { ReportCase } from './reportCase';
import { reportFactsOf, type ReportFacts } from './reportFacts';

/**
 * Service statistics for a period, computed from the case journals (through their projections, see reportCase.ts).
 *
 * Interpretations (the issue asks for them in writing; none of the acts defines a report):
 * - The period is [from, to] in Almaty calendar dates, both included. Figures are FLOWS within it — what was
 *   received, issued, refused, withdrawn in the period — plus the STOCK in progress at its end, the way a district
 *   office's periodic report counts ("поступило / исполнено / остаток на конец периода").
 * - received = applications lodged in the period (registered with a complete package, or refused at intake), by the
 *   channel recorded by the first action (case.register / intake.refuse `channel`): office, ЦОН, portal. So the
 *   figure equals the incoming-correspondence journal's rows for the period.
 * - refused at intake = intake.refuse journals lodged in the period (a subset of received).
 * - issued on time / late = cases whose result was handed over (issue.deliver, final status "issued") in the period;
 *   on time = handed over on or before the case's TOTAL due date as shared/case/deadlines.ts computes it (the term for
 *   the case's variant and channel, moved by the working days the clock was paused). A term in minutes/hours
 *   (on-the-spot services) ends at an instant, compared with the delivery instant. A service without a total term
 *   cannot be late: counted on time.
 * - refused on the merits = cases closed with the motivated refusal handed over (final status "refused") in the
 *   period, by the regulation's ground of their decision.refuse. A refusal decided but not yet handed over is still in
 *   progress — as in the outgoing-correspondence journal, where the refusal letter appears on delivery.
 * - withdrawn = case.withdraw in the period.
 * - in progress = registered (not refused at intake) on or before `to` and not closed by the end of `to`.
 * - working days from registration to issue = working days in (registration date, delivery date] by the working-day
 *   calendar (workingDaysBetween: the day of lodging is not counted, as addWorkingDays does for terms); for the cases
 *   issued in the period. Per stage: from the start of the stage's first step (the previous step's completion, or
 *   registration) to the completion of its last step, for the stages the issued cases went through.
 */
export type Period = { readonly from: IsoDate; readonly to: IsoDate };

export type StatisticsCounts = {
  readonly received: number;
  readonly byChannel: Readonly<Record<Channel, number>>;
  readonly refusedAtIntake: number;
  readonly issuedOnTime: number;
  readonly issuedLate: number;
  readonly refusedOnMerits: number;
  /** Refusals on the merits by the regulation's ground id (`<serviceId>/<groundId>` in the total row). */
  readonly byGround: Readonly<Record<string, number>>;
  readonly withdrawn: number;
  readonly inProgress: number;
  /** Working days from registration to issue. */
  readonly toIssue: Durations;
  /** Working days per stage, for the stages some issued case went through. */
  readonly stages: Readonly<Partial<Record<Stage, Durations>>>;
};

export type ServiceRow = { readonly serviceId: string; readonly counts: StatisticsCounts };
export type WeekRow = { readonly weekStart: IsoDate; readonly received: number; readonly issued: number };

export type ServiceStatistics = {
  readonly period: Period;
  readonly total: StatisticsCounts;
  /** One row per service with any figure, in the catalogue's order of service ids (alphabetical). */
  readonly services: readonly ServiceRow[];
  /** Received vs issued per ISO week (Monday first) overlapping the period, inside the period only. */
  readonly weeks: readonly WeekRow[];
};

/** Monday of the ISO week of a date. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addCalendarDays(date, 1 - isoWeekdayOf(date));
}

type Accumulator = {
  received: number;
  byChannel: Record<Channel, number>;
  refusedAtIntake: number;
  issuedOnTime: number;
  issuedLate: number;
  refusedOnMerits: number;
  byGround: Record<string, number>;
  withdrawn: number;
  inProgress: number;
  toIssue: number[];
  stages: Partial<Record<Stage, number[]>>;
};

const emptyAccumulator = (): Accumulator => ({
  received: 0,
  byChannel: { office: 0, con: 0, portal: 0 },
  refusedAtIntake: 0,
  issuedOnTime: 0,
  issuedLate: 0,
  refusedOnMerits: 0,
  byGround: {},
  withdrawn: 0,
  inProgress: 0,
  toIssue: [],
  stages: {},
});

function finish(a: Accumulator): StatisticsCounts {
  const stages: Partial<Record<Stage, Durations>> = {};
  for (const stage of STAGES) {
    const values = a.stages[stage];
    if (values && values.length > 0) stages[stage] = summarize(values);
  }
  return {
    received: a.received,
    byChannel: a.byChannel,
    refusedAtIntake: a.refusedAtIntake,
    issuedOnTime: a.issuedOnTime,
    issuedLate: a.issuedLate,
    refusedOnMerits: a.refusedOnMerits,
    byGround: a.byGround,
    withdrawn: a.withdrawn,
    inProgress: a.inProgress,
    toIssue: summarize(a.toIssue),
    stages,
  };
}

const isChannel = (value: string | undefined): value is Channel => CHANNELS.includes(value as Channel);

/**
 * The statistics of a period over the given cases (the store passes every case that can count: registered in the
 * period, closed in or after it, or still open). Cases outside the period simply add nothing.
 */
export function serviceStatistics(calendar: Calendar, cases: Iterable<ReportCase>, period: Period): ServiceStatistics {
  const facts: ReportFacts[] = [];
  for (const c of cases) facts.push(reportFactsOf(calendar, c));
  return statisticsOfFacts(facts, period);
}

/** The same over the cases' report facts (reportFacts.ts) — what the store reads. */
export function statisticsOfFacts(cases: Iterable<ReportFacts>, period: Period): ServiceStatistics {
  if (!(period.from <= period.to)) throw new RangeError('serviceStatistics: the period ends before it starts');
  const from = dayNumberOf(period.from);
  const to = dayNumberOf(period.to);
  const total = emptyAccumulator();
  const perService = new Map<string, Accumulator>();
  const weeks = new Map<number, { received: number; issued: number }>();
  for (let w = DayNumbers.weekStart(from); w <= to; w += 7) weeks.set(w, { received: 0, issued: 0 });
  const weekOf = (day: number) => weeks.get(DayNumbers.weekStart(day));

  for (const c of cases) {
    let acc = perService.get(c.serviceId);
    const touch = () => {
      if (!acc) {
        acc = emptyAccumulator();
        perService.set(c.serviceId, acc);
      }
      return acc;
    };
    const registeredOn = c.registeredDay;
    const closedOn = c.closedDay;
    const lodgedInPeriod = registeredOn >= from && registeredOn <= to;
    const closedInPeriod = closedOn >= from && closedOn <= to;

    if (lodgedInPeriod) {
      for (const a of [total, touch()]) {
        a.received += 1;
        if (isChannel(c.channel)) a.byChannel[c.channel] += 1;
        if (c.status === 'refusedAtIntake') a.refusedAtIntake += 1;
      }
      const week = weekOf(registeredOn);
      if (week) week.received += 1;
    }
    if (c.status !== 'refusedAtIntake' && registeredOn <= to && closedOn > to) {
      for (const a of [total, touch()]) a.inProgress += 1;
    }
    if (!closedInPeriod) continue;
    if (c.status === 'issued') {
      const onTime = c.onTime ?? true;
      const workingDays = c.toIssue ?? 0;
      const stages = c.stages ?? {};
      for (const a of [total, touch()]) {
        if (onTime) a.issuedOnTime += 1;
        else a.issuedLate += 1;
        a.toIssue.push(workingDays);
        for (const [stage, value] of Object.entries(stages) as [Stage, number][]) (a.stages[stage] ??= []).push(value);
      }
      const week = weekOf(closedOn);
      if (week) week.issued += 1;
    } else if (c.status === 'refused') {
      const ground = c.groundId ?? '';
      total.refusedOnMerits += 1;
      total.byGround[`${c.serviceId}/${ground}`] = (total.byGround[`${c.serviceId}/${ground}`] ?? 0) + 1;
      const a = touch();
      a.refusedOnMerits += 1;
      a.byGround[ground] = (a.byGround[ground] ?? 0) + 1;
    } else if (c.status === 'withdrawn') {
      for (const a of [total, touch()]) a.withdrawn += 1;
    }
  }

  return {
    period,
    total: finish(total),
    services: [...perService.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([serviceId, a]) => ({ serviceId, counts: finish(a) })),
    weeks: [...weeks.entries()].map(([weekStart, w]) => ({ weekStart: DayNumbers.toIso(weekStart), ...w })),
  };
}
