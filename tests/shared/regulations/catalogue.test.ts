import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acts, currentVersionOf, serviceVersions, versionsOf } from '../../../shared/regulations/catalogue';
import type { catalogueEntry } from '../../../shared/regulations/catalogue-entry';
import { CHANNELS, ROLES, STAGES } from '../../../shared/regulations/types';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const units = ['working_days', 'calendar_days', 'minutes', 'hours', 'months'];

describe('the catalogue', () => {
  it('holds all 17 services of 002 in the act order, the MVD services, residence registration and the quarantine permit', () => {
    const of002 = serviceVersions.filter((s) => s.act.seed.startsWith('002'));
    expect(of002.map((s) => s.ordinal)).toEqual(Array.from({ length: 17 }, (_v, i) => i + 1));
    expect(versionsOf('border-zone-pass').map((s) => s.version)).toEqual(['mvd-2014-103', 'mvd-2015-500']);
    expect(currentVersionOf('border-zone-pass').version).toBe('mvd-2015-500');
    for (const id of ['private-invitation', 'foreigner-registration', 'residence-registration', 'quarantine-permit']) expect(versionsOf(id).length).toBe(1);
    expect(acts.map((a) => a.seed.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it('every service version is complete, bilingual and cited', () => {
    const keys = new Set<string>();
    for (const s of serviceVersions) {
      const key = `${s.id}@${s.version}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      for (const text of [s.name, s.provider, s.form, ...s.steps.flatMap((st) => [st.action, st.unit]), ...s.results.map((r) => r.name), ...s.refusalGrounds.map((g) => g.text)]) {
        expect(text.ru.trim(), key).not.toBe('');
        expect(text.kk.trim(), key).not.toBe('');
        expect(text.kk, `${key}: kk is not a copy of ru`).not.toBe(text.ru);
      }
      expect(s.terms.some((t) => t.kind === 'total' || t.kind === 'on_the_spot'), key).toBe(true);
      for (const t of s.terms) {
        expect(units, key).toContain(t.unit);
        expect(t.value, key).toBeGreaterThanOrEqual(0);
        expect(t.source, key).toMatch(/^00[0-4]/);
      }
      for (const step of s.steps) {
        expect(STAGES).toContain(step.stage);
        expect(ROLES).toContain(step.actor);
        expect(step.source, `${key} ${step.id}`).toMatch(/^00[0-4]/);
      }
      for (const c of s.channels) expect(CHANNELS).toContain(c);
      expect(new Set(s.steps.map((st) => st.id)).size, `${key} step ids unique`).toBe(s.steps.length);
      expect(s.refusalGrounds.some((g) => g.at === 'merits'), `${key} has a merits ground`).toBe(true);
    }
  });

  it('`npm run --silent catalogue` prints the whole catalogue as JSON with the agreed shape', () => {
    const run = spawnSync('npx', ['tsx', 'electron/tools/print-catalogue.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { services: ReturnType<typeof catalogueEntry>[] };
    expect(parsed.services).toHaveLength(serviceVersions.length);
    for (const entry of parsed.services) {
      expect(entry).toMatchObject({ id: expect.any(String), version: expect.any(String), act: { number: expect.any(String), date: expect.any(String), seed: expect.any(String) }, name: { ru: expect.any(String), kk: expect.any(String) } });
      for (const term of entry.terms) expect(term).toMatchObject({ value: expect.any(Number), unit: expect.any(String) });
      for (const step of entry.steps) expect(step).toMatchObject({ stage: expect.any(String), actor: expect.any(String), action: { ru: expect.any(String), kk: expect.any(String) } });
      for (const c of entry.commissions) expect(c).toMatchObject({ name: { ru: expect.any(String), kk: expect.any(String) }, output: expect.any(Object) });
    }
    const quarantine = parsed.services.find((s) => s.id === 'quarantine-permit');
    expect(quarantine?.categories).toHaveLength(19);
  });
});
