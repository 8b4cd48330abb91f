import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { socialAssistanceLocal as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/social-assistance-local';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Назначение социальной помощи',
  'Регламент государственной услуги «Выдача направлений лицам',
);
const inSection = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => {
  const found = service.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('002 R13 social-assistance-local', () => {
  it('002 R13 п.1: identity, version and provider (the city department)', () => {
    expect(service.id).toBe('social-assistance-local');
    expect(service.version).toBe('almaty-2014-2-236');
    expect(service.ordinal).toBe(13);
    inSection('оказывается Управлением занятости и социальных программ города Алматы');
    expect(service.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
  });

  it('002 R13 п.3: district offices and the portal', () => {
    inSection('веб-портал «электронного правительства»');
    expect(service.channels).toEqual(['office', 'portal']);
  });

  it('002 R13 п.9 пп.1: 8 working days from lodging, 20 when documents are insufficient', () => {
    inSection('8 (восемь) рабочих дней');
    inSection('20 (двадцать) рабочих дней');
    const totals = service.terms.filter((t) => t.kind === 'total');
    expect(totals).toHaveLength(2);
    expect(totals.find((t) => t.variant === undefined)).toMatchObject({ value: 8, unit: 'working_days' });
    expect(totals.find((t) => t.variant === 'insufficient-documents')).toMatchObject({ value: 20, unit: 'working_days' });
  });

  it('002 R13 п.9 пп.2–3: 30 minutes waiting, 15 minutes service ("более 15 минут" read as a maximum)', () => {
    inSection('30 минут на обслуживание одного услугополучателя');
    inSection('обслуживания услугополучателя – более 15 минут');
    expect(service.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(service.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 15, unit: 'minutes' });
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R13 п.7: stages in order with every mandatory stage', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const stage of ['intake', 'review', 'commission', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.steps).toHaveLength(11);
  });

  it('002 R13 п.7 пп.1–2: the specialist registers in ЕСЭДО, the district head assigns', () => {
    inSection('проводит регистрацию в Единой системе электронного документооборота услугодателя');
    inSection('руководитель районного отдела услугодателя отписывает заявление');
    expect(step('accept-documents')).toMatchObject({ stage: 'intake', actor: 'operator' });
    expect(step('assign-executor')).toMatchObject({ stage: 'review', kind: 'assign', actor: 'head' });
  });

  it('002 R13 п.7 пп.3: one working day to check and send to the district commission', () => {
    inSection('одного рабочего дня направляет документы услугополучателя в участковую комиссию');
    expect(step('check-documents').term).toEqual({ value: 1, unit: 'working_days' });
    expect(step('check-documents').actor).toBe('responsible_specialist');
    expect(step('request-missing-information').pausesClock).toBeUndefined();
  });

  it('002 R13 п.7 пп.4: district commission inspects within 2 working days (act + conclusion)', () => {
    inSection('участковая комиссия в течение двух рабочих дней со дня получения документов проводит обследование');
    inSection('акт о материальном положении лица (семьи)');
    expect(step('inspect-family')).toMatchObject({ stage: 'commission', kind: 'inspect', term: { value: 2, unit: 'working_days' } });
    const commission = service.commissions.find((c) => c.id === 'district-commission');
    expect(commission).toMatchObject({ inspection: true, signedConclusionRequired: true, term: { value: 2, unit: 'working_days' } });
  });

  it('002 R13 п.7 пп.5: one working day for the per-capita income calculation', () => {
    inSection('в течение одного рабочего дня со дня поступления документов от участковой комиссии производит расчет среднедушевого дохода');
    expect(step('calculate-income')).toMatchObject({ stage: 'commission', term: { value: 1, unit: 'working_days' } });
  });

  it('002 R13 п.7 пп.6: special commission concludes within 2 working days', () => {
    inSection('специальная комиссия в течение двух рабочих дней со дня поступления документов выносит заключение');
    expect(step('special-commission-conclusion')).toMatchObject({ kind: 'commission_sitting', actor: 'commission_chair', term: { value: 2, unit: 'working_days' } });
    expect(service.commissions.map((c) => c.id)).toEqual(['district-commission', 'special-commission']);
  });

  it('002 R13 п.7 пп.7: the district office decides within 8 working days of registration (no own step term)', () => {
    inSection('в течение восьми рабочих дней со дня регистрации документов заявителя');
    expect(step('decide')).toMatchObject({ stage: 'decision', actor: 'head' });
    expect(step('decide').term).toBeUndefined();
    const before = ['check-documents', 'inspect-family', 'calculate-income', 'special-commission-conclusion'];
    expect(before.reduce((sum, id) => sum + (step(id).term?.value ?? 0), 0)).toBeLessThanOrEqual(8);
  });

  it('002 R13 п.7 пп.8: written notice within 3 working days of the decision', () => {
    inSection('в течение трех рабочих дней со дня принятия решения письменно уведомляет');
    expect(step('notify-applicant')).toMatchObject({ stage: 'issue', term: { value: 3, unit: 'working_days' } });
  });

  it('002 R13 п.3, п.9: notification of assignment, refusal notice and the talon', () => {
    inSection('уведомление о назначении (отказе в назначении) социальной помощи');
    inSection('выдается талон с указанием даты регистрации и даты получения государственной услуги');
    expect(service.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R13 п.7 пп.3, прил.3: no intake refusal; merits grounds include the refused inspection', () => {
    inSection('От проведения обследования отказываюсь');
    expect(service.refusalGrounds.every((g) => g.at === 'merits')).toBe(true);
    expect(service.refusalGrounds.map((g) => g.id)).toContain('inspection-refused');
  });

  it('002 R13 п.4: documents refer to п.9 of the Standard (editable working copy)', () => {
    inSection('предусмотренных  Стандарта государственной пунктом 9');
    expect(service.documents.editable).toBe(true);
    expect(service.documents.items.length).toBeGreaterThan(0);
  });

  it('002 R13 п.8: district office hours and portal around the clock', () => {
    inSection('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    inSection('На портале – круглосуточно');
    expect(service.officeHours.map((h) => h.channel)).toEqual(['office', 'portal']);
  });

  it('every text has a Kazakh version different from the Russian', () => {
    const texts: LocalizedText[] = [];
    const walk = (value: unknown): void => {
      if (value && typeof value === 'object') {
        if ('ru' in value && 'kk' in value) texts.push(value as LocalizedText);
        else Object.values(value).forEach(walk);
      }
    };
    walk({ ...service, act: undefined });
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
