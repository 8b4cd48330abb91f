import { describe, expect, it } from 'vitest';
import { borderZonePass2015 as s } from '../../../../shared/regulations/mvd-2015-500/border-zone-pass';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('003');
const r1 = sectionOf(
  seed,
  'мемлекеттік көрсетілетін қызмет регламенті\n1. Жалпы ережелер',
  '"Қазақстан Республикасына уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу" мемлекеттік көрсетілетін қызмет регламенті',
);
const point = (n: number) => sectionOf(r1, `${n}. `, `${n + 1}. `);
const step = (id: string) => s.steps.find((x) => x.id === id);

function localizedTexts(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((item) => localizedTexts(item, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['ru'] === 'string' && typeof record['kk'] === 'string') found.push({ ru: record['ru'], kk: record['kk'] });
    Object.values(record).forEach((item) => localizedTexts(item, found));
  }
  return found;
}

describe('003 R1: шекаралық аймаққа келуге рұқсаттаманы беру (mvd-2015-500)', () => {
  it('003 1-қосымша heading: same service id as order No 103, version mvd-2015-500, Kazakh name from the heading', () => {
    expect(squash(seed)).toContain(squash(s.name.kk));
    expect(s).toMatchObject({ id: 'border-zone-pass', version: 'mvd-2015-500', ordinal: 1 });
  });

  it('003 R1 3-т.: paper form ("қағаз түрінде"), office only', () => {
    expect(point(3)).toContain(squash('Мемлекеттік көрсетілетін қызметтің нысаны: қағаз түрінде'));
    expect(s.form.kk).toBe('қағаз түрінде');
    expect(s.channels).toEqual(['office']);
  });

  it('003 R1 8-т.: accept, check completeness, give the talon — "1 (бір) жұмыс күні"', () => {
    expect(point(8)).toContain(squash('құжаттарды алуға арналған талонды беру 1 (бір) жұмыс күні ішінде'));
    expect(step('accept-documents')).toMatchObject({
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      term: { value: 1, unit: 'working_days' },
      output: { kk: 'құжаттарды алуға арналған талон' },
    });
    expect(s.results.find((r) => r.kind === 'receipt')).toMatchObject({ on: 'intake', source: '003 R1 8-т.' });
  });

  it('003 R1 9-т.: request, head\'s signature, materials to the ІІД — "1 (бір) жұмыс күні"', () => {
    expect(point(9)).toContain(squash('материалдарды тексеріске Ішкі істер департаментке'));
    expect(point(9)).toContain(squash('1 (бір) жұмыс күні ішінде'));
    expect(step('send-to-dvd')).toMatchObject({ stage: 'review', kind: 'transfer', term: { value: 1, unit: 'working_days' } });
  });

  it('003 R1 10-т.: check at the ІІД, request to the ҰҚКД — "2 (екі) жұмыс күні"', () => {
    expect(point(10)).toContain(squash('Материалдарды ІІД-де тексеру'));
    expect(point(10)).toContain(squash('2 (екі) жұмыс күні ішінде'));
    expect(step('dvd-check')).toMatchObject({
      stage: 'review',
      kind: 'check',
      unit: { kk: 'облыстың, Алматы және Астана қалаларының ІІД Көші-қон полициясы басқармасының қызметкері' },
      term: { value: 2, unit: 'working_days' },
    });
  });

  it('003 R1 11-т.: the ҰҚКД reviews and answers the ІІД — "2 (екі) жұмыс күні", the clock runs', () => {
    expect(point(10)).toContain(squash('Ұлттық қәуіпсіздік комитет департаментке (бұдан әрі - ҰҚКД)'));
    expect(point(11)).toContain(squash('Материалдарды ҰҚКД-де қарау және ІІД-ге жауапты ұсыну 2 (екі) жұмыс күні ішінде'));
    const check = step('national-security-answer');
    expect(check).toMatchObject({ stage: 'review', kind: 'request', actor: 'specialist', term: { value: 2, unit: 'working_days' } });
    expect(check?.unit.kk).toContain('ҰҚКД');
    expect(check?.pausesClock).toBeUndefined();
  });

  it('003 R1 12-т.: the pass or a reasoned refusal — "1 (бір) жұмыс күні"', () => {
    expect(point(12)).toContain(squash('Рұқсаттаманы беру немесе мемлекеттік қызметті көрсетуден негізді бас тарту 1 (бір) жұмыс күні ішінде'));
    expect(step('issue-pass')).toMatchObject({ stage: 'issue', kind: 'issue', term: { value: 1, unit: 'working_days' } });
  });

  it('003 R1 8–12-т.: 7 working days in total = the sum of the step terms', () => {
    expect(s.terms).toEqual([expect.objectContaining({ value: 7, unit: 'working_days', kind: 'total' })]);
    const sum = s.steps.reduce((days, x) => days + (x.term?.value ?? 0), 0);
    expect(sum).toBe(7);
    expect(s.onTheSpot).toBe(false);
  });

  it('003 R1 4-т.: the head of the ІІД migration-police unit seals and signs the pass (decision)', () => {
    expect(point(4)).toContain(squash('Ішкі істер департаменті көші-қон полициясы бөлінісі бастығының мөрімен және қолымен бекітілетін'));
    expect(step('sign-pass')).toMatchObject({
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: { kk: 'Ішкі істер департаменті көші-қон полициясы бөлінісінің бастығы' },
    });
  });

  it('003 R1 8–12-т.: six steps in stage order intake → review ×3 → decision → issue, no commission', () => {
    expect(s.steps.map((x) => [x.id, x.stage, x.actor])).toEqual([
      ['accept-documents', 'intake', 'specialist'],
      ['send-to-dvd', 'review', 'specialist'],
      ['dvd-check', 'review', 'specialist'],
      ['national-security-answer', 'review', 'specialist'],
      ['sign-pass', 'decision', 'head'],
      ['issue-pass', 'issue', 'specialist'],
    ]);
    const order = s.steps.map((x) => STAGES.indexOf(x.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(s.commissions).toEqual([]);
  });

  it('003 R1 4-т.: results — the pass, or a reasoned refusal under 10-т. of the Standard', () => {
    expect(point(4)).toContain(squash('шекаралық аймаққа кіруге рұқсаттама'));
    expect(point(4)).toContain(squash('мемлекеттік қызмет көрсетуден бас тарту туралы дәлелдi жауап'));
    expect(s.results.map((r) => [r.kind, r.on])).toEqual([
      ['receipt', 'intake'],
      ['pass', 'grant'],
      ['refusal_letter', 'refusal'],
    ]);
    expect(s.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['requirements-not-met', 'merits'],
    ]);
  });

  it('003 R1 15-т.: the two СФЕ — district unit and ІІД directorate — plus the head and the ҰҚКД', () => {
    const p15 = sectionOf(r1, '15. ', '16. ');
    expect(p15).toContain(squash('кенттік ішкі істер органдары бөлімінің, бөлімшесінің, тобының көші-қон полициясы бөлінісінің қызметкері'));
    expect(p15).toContain(squash('облыстың, Алматы және Астана қалаларының ІІД Көші-қон полициясы басқармасының қызметкері'));
    expect(s.roles.map((r) => r.role)).toEqual(['specialist', 'specialist', 'specialist', 'head', 'specialist']);
  });

  it('003 R1 13-т.: documents only by reference to the Standard — editable list', () => {
    expect(point(13)).toContain(squash('қажетті құжаттар туралы толық ақпарат'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.items.length).toBeGreaterThan(0);
  });

  it('003 R1: every text has Kazakh distinct from Russian; every source cites seed 003', () => {
    for (const text of localizedTexts(s)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
    const sources = [...s.steps, ...s.roles, ...s.results, ...s.refusalGrounds, ...s.documents.items, ...s.terms].map((x) => x.source);
    for (const source of sources) expect(source).toMatch(/^003 R1 /);
  });
});
