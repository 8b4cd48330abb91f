// shared/reports — heads' reports as pure computation over the cases' journals (no Dexie): service statistics for a
// period, the deadlines dashboard, table models for export, CSV. The store reads the cases (shared/store/reports.ts).
export { type ReportCase, NO_DUE, reportCaseFromJournal } from './reportCase';
export { type ReportFacts, type PackedFacts, OPEN_DAY, reportFactsOf, packFacts, unpackFacts } from './reportFacts';
export { type Durations, nearestRankPercentile, summarize } from './percentile';
export {
  type Period,
  type StatisticsCounts,
  type ServiceRow,
  type WeekRow,
  type ServiceStatistics,
  serviceStatistics,
  statisticsOfFacts,
  weekStartOf,
} from './serviceStatistics';
export {
  type DeadlineBucket,
  type DashboardRow,
  type DashboardGroup,
  type DeadlinesDashboard,
  type BucketCounts,
  DEADLINE_BUCKETS,
  bucketOf,
  deadlinesDashboard,
  needsAttention,
} from './deadlinesDashboard';
export { type CsvCell, type CsvOptions, BOM, toCsv, parseCsv } from './csv';
export { type ColumnKind, type ReportColumn, type ReportTable, tableCells, roundMean, formatIsoDate, serviceName, groundText, statisticsTables, dashboardTable } from './reportTables';
