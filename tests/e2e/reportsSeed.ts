// Run with tsx by workstation-reports.spec.ts (Playwright's loader cannot import the JSON message catalogues that
// shared/ pulls in): prints the known-answers office as journal entries and projections, plus what the pages must show.
import { kazakhstanCalendar } from '../../shared/calendar';
import { deadlinesDashboard, reportCaseFromJournal, serviceStatistics } from '../../shared/reports';
import { GENESIS_PREV_HASH, projectCase, replayJournal, signEntry, type CaseRow, type JournalEntry } from '../../shared/store';
import { KNOWN_ANSWERS_PLANS } from '../shared/reports/knownAnswers';
import { buildJournal } from '../shared/reports/reportJournals';

const OFFICE = process.argv[2] ?? 'ALM-AU';
const TODAY = process.argv[3] ?? '2026-11-18';

const entries: JournalEntry[] = [];
const rows: CaseRow[] = [];
const cases = [];
for (const [index, plan] of KNOWN_ANSWERS_PLANS.entries()) {
  const j = buildJournal(plan, index);
  const caseEntries: JournalEntry[] = [];
  for (const [i, payload] of j.events.entries()) {
    caseEntries.push(
      await signEntry({
        id: crypto.randomUUID(),
        caseId: j.caseId,
        seq: i + 1,
        type: payload.type,
        payload,
        actor: { ...payload.actor, officeId: OFFICE, deviceId: 'e2e-seed' },
        deviceTime: new Date(Date.parse(payload.at)).toISOString(),
        regulation: { serviceId: j.service.id, version: j.service.version },
        prevHash: caseEntries[i - 1]?.hash ?? GENESIS_PREV_HASH,
      }),
    );
  }
  const last = caseEntries.at(-1)!;
  rows.push(projectCase(replayJournal(caseEntries)!, { caseId: j.caseId, officeId: OFFICE, last: { seq: last.seq, hash: last.hash, deviceTime: last.deviceTime, at: last.payload.at } }, kazakhstanCalendar));
  entries.push(...caseEntries);
  cases.push(reportCaseFromJournal(kazakhstanCalendar, j.service, { caseId: j.caseId, officeId: OFFICE, events: j.events }));
}
const statistics = serviceStatistics(kazakhstanCalendar, cases, { from: '2026-04-01', to: '2026-04-30' });
const dashboard = deadlinesDashboard(kazakhstanCalendar, cases, TODAY as `${number}-${number}-${number}`, 3);
process.stdout.write(JSON.stringify({ entries, rows, statistics, dashboard }));
