import { messages } from '../i18n/languages';
import { findServiceVersion, versionsOf } from '../regulations/catalogue';
import { STAGES, type Lang } from '../regulations/types';
import type { CsvCell } from './csv';
import type { DeadlinesDashboard } from './deadlinesDashboard';
import type { ServiceStatistics, StatisticsCounts } from './serviceStatistics';

/**
 * Reports as plain tables — localized headers and rows of text or numbers — the one model the screen's export
 * buttons turn into CSV, XLSX and the printed page, so all three always carry the same figures.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal';
export type ReportColumn = { readonly key: string; readonly header: string; readonly kind: ColumnKind };
export type ReportTable = {
  readonly id: string;
  readonly title: string;
  /** A short name for a spreadsheet tab (at most 31 characters there); the title when absent. */
  readonly sheet?: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly CsvCell[])[];
};

/** The header row followed by the rows: what a CSV or a sheet holds. */
export function tableCells(table: ReportTable): CsvCell[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((r) => [...r])];
}

/** Means are shown and exported with one decimal. */
export const roundMean = (value: number | undefined): number | undefined => (value === undefined ? undefined : Math.round(value * 10) / 10);

/** 'YYYY-MM-DD' → 'ДД.ММ.ГГГГ', the form of official documents in both languages. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A service's name in the language, from its latest version in the catalogue (the id if it is unknown). */
export function serviceName(serviceId: string, lang: Lang, version?: string): string {
  const service = (version ? findServiceVersion(serviceId, version) : undefined) ?? versionsOf(serviceId).at(-1);
  return service ? service.name[lang] : serviceId;
}

/** The text of a refusal ground of a service, from any of its versions. */
export function groundText(serviceId: string, groundId: string, lang: Lang): string {
  for (const service of [...versionsOf(serviceId)].reverse()) {
    const ground = service.refusalGrounds.find((g) => g.id === groundId);
    if (ground) return (ground.text)[lang];
  }
  return groundId === '' ? messages[lang].reports.unknownGround : groundId;
}

const COUNT_KEYS = ['received', 'office', 'con', 'portal', 'refusedAtIntake', 'issuedOnTime', 'issuedLate', 'refusedOnMerits', 'withdrawn', 'inProgress'] as const;

function countCells(c: StatisticsCounts): CsvCell[] {
  return [
    c.received,
    c.byChannel.office,
    c.byChannel.con,
    c.byChannel.portal,
    c.refusedAtIntake,
    c.issuedOnTime,
    c.issuedLate,
    c.refusedOnMerits,
    c.withdrawn,
    c.inProgress,
    roundMean(c.toIssue.mean),
    c.toIssue.p90,
  ];
}

/** The four tables of the statistics page: per service, per stage, refusals by ground, per week. */
export function statisticsTables(stats: ServiceStatistics, lang: Lang): ReportTable[] {
  const m = messages[lang].reports;
  const col = (key: keyof typeof m.columns, kind: ColumnKind): ReportColumn => ({ key, header: m.columns[key], kind });
  const services: ReportTable = {
    id: 'services',
    title: m.tables.services,
    sheet: m.sheets.services,
    columns: [col('service', 'text'), ...COUNT_KEYS.map((k) => col(k, 'integer')), col('avgDays', 'decimal'), col('p90Days', 'integer')],
    rows: [...stats.services.map((s) => [serviceName(s.serviceId, lang), ...countCells(s.counts)]), [m.statistics.total, ...countCells(stats.total)]],
  };
  const stageRows: CsvCell[][] = [];
  for (const s of [...stats.services.map((r) => ({ name: serviceName(r.serviceId, lang), counts: r.counts })), { name: m.statistics.total, counts: stats.total }]) {
    for (const stage of STAGES) {
      const d = s.counts.stages[stage];
      if (d && d.n > 0) stageRows.push([s.name, messages[lang].stage[stage], d.n, roundMean(d.mean), d.p90]);
    }
  }
  const stages: ReportTable = {
    id: 'stages',
    title: m.tables.stages,
    sheet: m.sheets.stages,
    columns: [col('service', 'text'), col('stage', 'text'), col('cases', 'integer'), col('avgDays', 'decimal'), col('p90Days', 'integer')],
    rows: stageRows,
  };
  const grounds: ReportTable = {
    id: 'grounds',
    title: m.tables.grounds,
    sheet: m.sheets.grounds,
    columns: [col('service', 'text'), col('ground', 'text'), col('count', 'integer')],
    rows: stats.services.flatMap((s) =>
      Object.entries(s.counts.byGround)
        .sort(([, a], [, b]) => b - a)
        .map(([ground, n]) => [serviceName(s.serviceId, lang), groundText(s.serviceId, ground, lang), n]),
    ),
  };
  const weeks: ReportTable = {
    id: 'weeks',
    title: m.tables.weeks,
    sheet: m.sheets.weeks,
    columns: [col('weekStart', 'text'), col('received', 'integer'), col('issued', 'integer')],
    rows: stats.weeks.map((w) => [formatIsoDate(w.weekStart), w.received, w.issued]),
  };
  return [services, stages, grounds, weeks];
}

/** The dashboard's case list as a table. */
export function dashboardTable(dashboard: DeadlinesDashboard, lang: Lang): ReportTable {
  const m = messages[lang].reports;
  const col = (key: keyof typeof m.columns, kind: ColumnKind): ReportColumn => ({ key, header: m.columns[key], kind });
  return {
    id: 'dashboard',
    title: m.tables.dashboard,
    sheet: m.sheets.dashboard,
    columns: [col('number', 'text'), col('service', 'text'), col('applicant', 'text'), col('assignee', 'text'), col('stage', 'text'), col('dueDate', 'text'), col('bucket', 'text'), col('remaining', 'integer')],
    rows: dashboard.rows.map((r) => [
      r.number,
      serviceName(r.serviceId, lang, r.version),
      r.applicantName,
      r.assigneeName ?? (r.assigneeId ? r.assigneeId : m.dashboard.unassigned),
      r.stage && r.stage in messages[lang].stage ? messages[lang].stage[r.stage as keyof (typeof messages)['ru']['stage']] : '',
      formatIsoDate(r.dueDate),
      m.buckets[r.bucket],
      r.remaining,
    ]),
  };
}
