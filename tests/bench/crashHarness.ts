import { localDateOf } from '../../shared/calendar';
import { createBlock } from '../../shared/numbering';
import { serviceVersions } from '../../shared/regulations/catalogue';
import { CaseDatabase, findNumberingBlock, loadCaseState, perform, saveNumberingBlock, verify, type StoreActor } from '../../shared/store';
import type { CaseEvent } from '../../shared/workflow';
import { nextAction, registration, signatures } from '../shared/workflow/journal-builders';

/**
 * Crash-safety harness (tests/e2e/store-crash.spec.ts): loops real `perform` intakes (and moves earlier cases on),
 * and after each COMMITTED transaction writes "saved <case number> <action id>" to the page. The spec kills the browser
 * hard mid-loop, reopens the profile with `?mode=check` and calls `harness.check(savedIds)`.
 */
export type CheckResult = {
  readonly cases: number;
  readonly actions: number;
  /** Saved lines whose action is not in the journal. */
  readonly lost: readonly string[];
  /** Case rows without the first action of their journal. */
  readonly casesWithoutFirstAction: readonly string[];
  readonly verifyOk: boolean;
  readonly problems: readonly string[];
};

declare global {
  interface Window {
    harness: { state: 'starting' | 'running' | 'ready' | 'failed'; saved: number; error?: string; check: (ids: readonly string[]) => Promise<CheckResult> };
  }
}

const NAME = 'crash-office';
const OFFICE = 'ALM-AU';
const DEVICE = 'crash-harness';
const out = document.getElementById('saved');
const services = serviceVersions.filter((s) => s.channels.includes('office')).slice(0, 6);

async function check(ids: readonly string[]): Promise<CheckResult> {
  const db = new CaseDatabase({ name: NAME });
  await db.open();
  try {
    const found = await db.actions.bulkGet([...ids]);
    const lost = ids.filter((_id, i) => found[i] === undefined);
    const rows = await db.cases.toArray();
    const firsts = await db.actions.where('[caseId+seq]').anyOf(rows.map((r) => [r.id, 1])).toArray();
    const withFirst = new Set(firsts.map((e) => e.caseId));
    const report = await verify(db);
    return {
      cases: rows.length,
      actions: await db.actions.count(),
      lost,
      casesWithoutFirstAction: rows.filter((r) => !withFirst.has(r.id)).map((r) => r.number || r.id),
      verifyOk: report.ok,
      problems: report.problems.map((p) => `${p.kind} ${p.caseId} #${p.seq}`),
    };
  } finally {
    db.close();
  }
}

window.harness = { state: 'starting', saved: 0, check };

function line(text: string): void {
  out?.append(`${text}\n`);
  window.harness.saved += 1;
}

async function loop(): Promise<void> {
  const db = new CaseDatabase({ name: NAME });
  await db.open();
  const today = localDateOf(new Date().toISOString());
  const year = Number(today.slice(0, 4));
  if (!(await findNumberingBlock(db, OFFICE, year, DEVICE))) await saveNumberingBlock(db, createBlock({ office: OFFICE, year, block: 77 }), DEVICE);
  const open: string[] = [];
  window.harness.state = 'running';
  for (let i = 0; ; i++) {
    const at = new Date().toISOString();
    if (i % 3 === 2 && open.length > 0) {
      // Move an earlier case on: chains longer than one action are killed mid-write too.
      const caseId = open[i % open.length] as string;
      const loaded = await loadCaseState(db, caseId);
      if (!loaded || loaded.state.snapshot.status !== 'active') {
        open.splice(open.indexOf(caseId), 1);
        continue;
      }
      const { state } = loaded;
      const needsSignatures =
        state.context.conclusion && !state.context.outcome && state.context.signatures.length === 0 && state.service.commissions.some((c) => c.signedConclusionRequired);
      const events: (CaseEvent | undefined)[] = needsSignatures ? signatures(at) : [nextAction(state, at, true)];
      for (const event of events) {
        if (!event) break;
        const { actor, ...rest } = event;
        const result = await perform(db, caseId, rest, { ...actor, officeId: OFFICE, deviceId: DEVICE } satisfies StoreActor);
        if (!result.ok) throw new Error(result.reason.ru);
        line(`saved ${result.case?.number ?? ''} ${result.entry.id}`);
      }
      continue;
    }
    const service = services[i % services.length]!;
    const { actor, number: _n, ...event } = registration(service, at);
    const caseId = crypto.randomUUID();
    const result = await perform(db, caseId, { ...event, regulation: { serviceId: service.id, version: service.version } }, { ...actor, officeId: OFFICE, deviceId: DEVICE });
    if (!result.ok) throw new Error(result.reason.ru);
    open.push(caseId);
    line(`saved ${result.case?.number ?? ''} ${result.entry.id}`);
  }
}

if (new URLSearchParams(location.search).get('mode') === 'check') {
  window.harness.state = 'ready';
} else {
  loop().catch((error: unknown) => {
    window.harness.state = 'failed';
    window.harness.error = error instanceof Error ? error.message : String(error);
  });
}
