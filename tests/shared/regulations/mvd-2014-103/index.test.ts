import { describe, expect, it } from 'vitest';
import { mvd2014_103, services } from '../../../../shared/regulations/mvd-2014-103';
import { STAGES, type LocalizedText, type ServiceVersion } from '../../../../shared/regulations/types';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('004');
const successor = readSeed('003');

/** Every { ru, kk } pair anywhere inside a service (names, units, actions, outputs, notes…). */
function localizedTexts(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((item) => localizedTexts(item, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['ru'] === 'string' && typeof record['kk'] === 'string') found.push({ ru: record['ru'], kk: record['kk'] });
    Object.values(record).forEach((item) => localizedTexts(item, found));
  }
  return found;
}

describe('004 act: приказ МВД РК от 21.02.2014 № 103', () => {
  it('004 header: number 103 of 21 February 2014, registered 27.03.2014 No 9275', () => {
    expect(seed).toContain('от 21 февраля 2014 года');
    expect(squash(seed)).toContain(squash('Зарегистрирован в Министерстве юстиции Республики Казахстан 27 марта 2014 года № 9275'));
    expect(mvd2014_103).toMatchObject({ id: 'mvd-2014-103', number: '103', date: '2014-02-21' });
    expect(mvd2014_103.registration).toEqual({ number: '9275', date: '2014-03-27' });
    expect(mvd2014_103.seed).toBe('004_a9334b93b94232c7.txt');
  });

  it('004 п.5 + 003 3-қосымша 1.: published 18.06.2014, in force after ten calendar days → 29.06.2014', () => {
    expect(squash(seed)).toContain(squash('вводится в действие по истечении десяти календарных дней со дня его первого официального опубликования'));
    expect(squash(successor)).toContain(squash('2014 жылғы 18 маусымда № 118 (27739) "Казахстанская правда"'));
    expect(mvd2014_103.effective.from).toBe('2014-06-29');
  });

  it('004 header: lapsed by order No 500 of 30.05.2015 (registered 02.07.2015 → earliest 13.07.2015)', () => {
    expect(squash(seed)).toContain(squash('Утратил силу приказом Министра внутренних дел Республики Казахстан от 30 мая 2015 года № 500'));
    expect(mvd2014_103.effective.to).toBe('2015-07-12');
  });

  it('004 п.1: three regulations in the order of approval', () => {
    expect(services.map((s) => s.id)).toEqual(['border-zone-pass', 'private-invitation', 'foreigner-registration']);
    expect(services.map((s) => s.ordinal)).toEqual([1, 2, 3]);
    for (const s of services) {
      expect(s.version).toBe('mvd-2014-103');
      expect(s.act).toBe(mvd2014_103);
    }
  });

  it('003 3-қосымша 1.: the Kazakh names of the three regulations of order No 103', () => {
    const repealed = sectionOf(successor, '3-қосымша\n\nҚазақстан Республикасы Ішкі істер министрінің күші жойылған');
    for (const s of services) expect(repealed).toContain(squash(s.name.kk));
  });
});

describe.each(services.map((s): [string, ServiceVersion] => [s.id, s]))('004 %s: shape every service must have', (_id, s) => {
  it('stages run intake → review → decision → issue, each present, no commission', () => {
    const order = s.steps.map((step) => STAGES.indexOf(step.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(s.steps.some((step) => step.stage === stage)).toBe(true);
    }
    expect(s.steps.some((step) => step.stage === 'commission')).toBe(false);
    expect(s.commissions).toEqual([]);
  });

  it('step ids are unique kebab-case', () => {
    const ids = s.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('every text has Russian and a distinct Kazakh', () => {
    for (const text of localizedTexts(s)) {
      expect(text.ru.trim()).not.toBe('');
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });

  it('every step, role, result, ground and document cites seed 004', () => {
    const sources = [...s.steps, ...s.roles, ...s.results, ...s.refusalGrounds, ...s.documents.items, ...s.terms].map((x) => x.source);
    for (const source of sources) expect(source).toMatch(/^004 R[123] /);
  });
});
