import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import { allReportFacts, CaseDatabase, readServiceStatistics, rebuildProjections, REPORT_FACTS_PENDING, SCHEMA_VERSION, SCHEMA_VERSIONS, searches, TABLE_NAMES, verify, type ApplicantRow, type CaseRow } from '../../../shared/store';
import { advance, openTestDb, registerCase } from './fixtures';

/**
 * Every data-changing schema upgrade: open the PREVIOUS version, seed it with rows of that version's shape, close,
 * open the current version (Dexie runs the upgrade), and compare with what the current code itself would write.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new CaseDatabase({ name }).delete();
});

const NAMES = ['Сёмин Пётр Ильич', 'ӘБІЛҚАЙЫРОВА  Гүлнұр', 'сейітқали Әлия Нұрланқызы', 'Ivanov  Ivan'];

/** Rows as the current code writes them, for a small office. */
async function currentOffice() {
  const db = await openTestDb();
  names.push(db.name);
  let at = Date.parse('2026-03-02T04:00:00.000Z');
  for (const [i, fullName] of NAMES.entries()) {
    at += 600_000;
    const service = currentVersionOf(i % 2 === 0 ? 'unemployed-registration' : 'targeted-social-assistance');
    const { caseId, result } = await registerCase(db, service, new Date(at).toISOString(), undefined, {
      applicant: { kind: 'citizen', iin: `90010130001${i}`, fullName },
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    for (let step = 0; step < i; step++) {
      at += 3_600_000;
      expect((await advance(db, caseId, new Date(at).toISOString()))?.ok).toBe(true);
    }
  }
  const tables = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()] as const))) as Record<string, unknown[]>;
  db.close();
  return tables;
}

describe('schema migrations', () => {
  it('versions are append-only and increasing; the code writes the last one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual(versions.map((_v, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('v1 → v2 fills the folded name key of every case and applicant and indexes it', async () => {
    const current = await currentOffice();
    const v1Cases = (current.cases as CaseRow[]).map(({ applicantNameKey: _k, ...v1 }) => v1);
    const v1Applicants = (current.applicants as ApplicantRow[]).map(({ nameKey: _k, ...v1 }) => v1);

    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new CaseDatabase({ name, schemaVersion: 1 });
    await v1.open();
    expect(v1.verno).toBe(1);
    const v1Tables = TABLE_NAMES.filter((t) => v1.tables.some((x) => x.name === t));
    await v1.transaction('rw', v1Tables.map((t) => v1.table(t)), async () => {
      for (const table of v1Tables) {
        const rows = table === 'cases' ? v1Cases : table === 'applicants' ? v1Applicants : current[table]!;
        await v1.table(table).bulkAdd(rows);
      }
    });
    // v1 had no folded key: a lower-case query by the raw name finds nothing.
    expect(await v1.cases.where('applicantName').startsWith('сёмин').count()).toBe(0);
    v1.close();

    const v2 = new CaseDatabase({ name, schemaVersion: 2 });
    await v2.open();
    expect(v2.verno).toBe(2);
    const upgradedCases = await v2.cases.toArray();
    expect(new Map(upgradedCases.map((r) => [r.id, r]))).toEqual(new Map((current.cases as CaseRow[]).map((r) => [r.id, r])));
    expect(await v2.applicants.toArray()).toEqual(expect.arrayContaining(current.applicants as ApplicantRow[]));
    for (const table of v1Tables) expect(await v2.table(table).count(), table).toBe(current[table]!.length);

    // The new index answers the searches the desks make.
    expect((await searches.byNamePrefix(v2, 'семин п')).map((r) => r.applicantName)).toEqual(['Сёмин Пётр Ильич']);
    expect((await searches.byNamePrefix(v2, 'әбілқайырова гүл')).map((r) => r.applicantName)).toEqual(['ӘБІЛҚАЙЫРОВА  Гүлнұр']);
    expect((await searches.byNamePrefix(v2, 'СЕЙІТҚАЛИ')).length).toBe(1);
    expect(await v2.applicants.where('nameKey').startsWith('ivanov i').count()).toBe(1);

    // And equals what the current projection gives from the journal (rebuilt by the current schema's code).
    expect((await verify(v2)).ok).toBe(true);
    v2.close();
    const latest = new CaseDatabase({ name });
    await latest.open();
    await rebuildProjections(latest);
    expect(new Map((await latest.cases.toArray()).map((r) => [r.id, r]))).toEqual(new Map(upgradedCases.map((r) => [r.id, r])));
    latest.close();
  });

  it('v2 → v3 adds the credentials table and keeps every row', async () => {
    const current = await currentOffice();
    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new CaseDatabase({ name, schemaVersion: 2 });
    await v2.open();
    const v2Tables = TABLE_NAMES.filter((t) => v2.tables.some((x) => x.name === t));
    expect(v2Tables).not.toContain('credentials');
    await v2.transaction('rw', v2Tables.map((t) => v2.table(t)), async () => {
      for (const table of v2Tables) await v2.table(table).bulkAdd(current[table]!);
    });
    v2.close();
    const v3 = new CaseDatabase({ name, schemaVersion: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    for (const table of v2Tables) expect(await v3.table(table).toArray(), table).toEqual(expect.arrayContaining(current[table]!));
    await v3.table('credentials').add({ userId: 'u1', login: 'operator' });
    await expect(v3.table('credentials').add({ userId: 'u2', login: 'operator' })).rejects.toThrow();
    expect((await verify(v3)).ok).toBe(true);
    v3.close();
  });

  it('v3 → v4 fills the owning office of every case (the registering office) and adds the sync tables', async () => {
    const current = await currentOffice();
    const v3Cases = (current.cases as CaseRow[]).map(({ ownerOfficeId: _o, ...v3 }) => v3);
    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const v3 = new CaseDatabase({ name, schemaVersion: 3 });
    await v3.open();
    const v3Tables = TABLE_NAMES.filter((t) => v3.tables.some((x) => x.name === t));
    expect(v3Tables).not.toContain('conflicts');
    expect(v3Tables).not.toContain('replicas');
    await v3.transaction('rw', v3Tables.map((t) => v3.table(t)), async () => {
      for (const table of v3Tables) await v3.table(table).bulkAdd(table === 'cases' ? v3Cases : current[table]!);
    });
    v3.close();

    const v4 = new CaseDatabase({ name, schemaVersion: 4 });
    await v4.open();
    expect(v4.verno).toBe(4);
    const upgraded = await v4.cases.toArray();
    expect(upgraded.length).toBeGreaterThan(0);
    for (const row of upgraded) expect(row.ownerOfficeId).toBe(row.officeId);
    // Exactly what the current projection writes from the journal (no refusals in this office: v5 adds nothing).
    expect(new Map(upgraded.map((r) => [r.id, r]))).toEqual(new Map((current.cases as CaseRow[]).map((r) => [r.id, r])));
    for (const table of v3Tables) expect(await v4.table(table).count(), table).toBe(current[table]!.length);
    // The new index and tables work.
    expect(await v4.cases.where('ownerOfficeId').equals(upgraded[0]!.officeId).count()).toBe(upgraded.length);
    expect(await v4.conflicts.count()).toBe(0);
    expect(await v4.replicas.count()).toBe(0);
    await v4.syncState.put({ key: 'checkpoint', value: '0' });
    expect((await verify(v4)).ok).toBe(true);
    v4.close();
  });

  it('v4 → v5 derives the report facts of every case, and the grounds of refusals, after the upgrade', async () => {
    // An office with finished cases: granted and refused on the merits, and some still open.
    const db = await openTestDb();
    names.push(db.name);
    let at = Date.parse('2026-03-02T04:00:00.000Z');
    for (let i = 0; i < 6; i++) {
      at += 600_000;
      const { caseId, result } = await registerCase(db, currentVersionOf(i % 3 === 2 ? 'targeted-social-assistance' : 'unemployed-registration'), new Date(at).toISOString(), undefined, {
        applicant: { kind: 'citizen', iin: `90010130001${i}`, fullName: NAMES[i % NAMES.length]! },
      });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      for (let step = 0; step < (i === 5 ? 2 : 40); step++) {
        at += 3_600_000;
        const next = await advance(db, caseId, new Date(at).toISOString(), i % 2 === 0);
        if (!next) break;
        expect(next.ok, JSON.stringify(next)).toBe(true);
      }
    }
    const current = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()] as const))) as Record<string, unknown[]>;
    const currentFacts = await allReportFacts(db);
    const period = { from: '2026-03-01', to: '2026-12-31' } as const;
    const statistics = await readServiceStatistics(db, period);
    db.close();
    const cases = current.cases as CaseRow[];
    expect(cases.filter((r) => r.status === 'refused' && r.refusalGroundId !== undefined).length).toBeGreaterThan(0);
    expect(cases.filter((r) => r.status === 'issued').length).toBeGreaterThan(0);
    expect(currentFacts.length).toBe(cases.length);
    expect(statistics.total.refusedOnMerits).toBeGreaterThan(0);

    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const v4 = new CaseDatabase({ name, schemaVersion: 4 });
    await v4.open();
    const v4Tables = TABLE_NAMES.filter((t) => v4.tables.some((x) => x.name === t));
    expect(v4.tables.map((t) => t.name)).not.toContain('reportFacts');
    await v4.transaction('rw', v4Tables.map((t) => v4.table(t)), async () => {
      for (const table of v4Tables) await v4.table(table).bulkAdd(table === 'cases' ? cases.map(({ refusalGroundId: _g, ...v4Row }) => v4Row) : current[table]!);
    });
    v4.close();

    const v5 = new CaseDatabase({ name });
    await v5.open();
    expect(v5.verno).toBe(5);
    expect(SCHEMA_VERSION).toBe(5);
    // The upgrade itself only marks the work (the database module does not load the regulations)…
    expect(await v5.settings.get(REPORT_FACTS_PENDING)).toBeDefined();
    expect(await v5.reportFacts.count()).toBe(0);
    // …which the store does after opening, and the reports wait for.
    expect(await readServiceStatistics(v5, period)).toEqual(statistics);
    expect(await v5.settings.get(REPORT_FACTS_PENDING)).toBeUndefined();
    expect(new Map((await v5.cases.toArray()).map((r) => [r.id, r]))).toEqual(new Map(cases.map((r) => [r.id, r])));
    expect(await allReportFacts(v5)).toEqual(currentFacts);
    for (const table of v4Tables) expect(await v5.table(table).count(), table).toBe(current[table]!.length);
    // A rebuild writes the same rows again.
    await rebuildProjections(v5);
    expect(await allReportFacts(v5)).toEqual(currentFacts);
    expect((await verify(v5)).ok).toBe(true);
    v5.close();
  });
});
