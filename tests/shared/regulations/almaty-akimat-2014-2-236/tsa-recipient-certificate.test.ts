import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { tsaRecipientCertificate as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/tsa-recipient-certificate';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Выдача справки, подтверждающей',
  'Регламент государственной услуги «Назначение материального',
);
const inSection = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => {
  const found = service.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('002 R15 tsa-recipient-certificate', () => {
  it('002 R15 п.1: city department through district offices and ЦОН', () => {
    inSection('предоставляется Управлением занятости и социальных программ города Алматы');
    inSection('районные отделы услугодателя по месту регистрации постоянного места жительства');
    expect(service).toMatchObject({ id: 'tsa-recipient-certificate', version: 'almaty-2014-2-236', ordinal: 15 });
    expect(service.channels).toEqual(['office', 'con']);
  });

  it('002 R15 п.9 пп.1: not more than 15 minutes at the office, 3 working days through ЦОН', () => {
    inSection('с момента сдачи пакета документов услугополучателем услугодателю – не более 15 минут');
    inSection('в ЦОН – 3 (три) рабочих дня (день приема документов в ЦОНе не входит в срок');
    expect(service.terms.find((t) => t.kind === 'on_the_spot')).toMatchObject({ value: 15, unit: 'minutes', channel: 'office' });
    expect(service.terms.find((t) => t.kind === 'total')).toMatchObject({ value: 3, unit: 'working_days', channel: 'con' });
    expect(service.onTheSpot).toBe(true);
  });

  it('002 R15 п.9 пп.2–3: 15 minutes waiting, 15 minutes service', () => {
    inSection('не более 15 минут на обслуживание одного услугополучателя');
    inSection('максимально допустимое время обслуживания услугополучателя – 15 минут');
    expect(service.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 15, unit: 'minutes' });
    expect(service.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 15, unit: 'minutes' });
  });

  it('002 R15 п.5, п.7: stages in order, no commission', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.commissions).toEqual([]);
    expect(service.steps.some((s) => s.stage === 'commission')).toBe(false);
    expect(service.steps).toHaveLength(11);
  });

  it('002 R15 п.7: responsible specialist registers, checks and prepares; the district head signs', () => {
    inSection('проводит регистрацию в Единой системе электронного документооборота услугодателя');
    inSection('подписывает у руководителя районного отдела услугодателя');
    expect(step('register-application')).toMatchObject({ stage: 'intake', actor: 'responsible_specialist' });
    expect(step('check-tsa-data')).toMatchObject({ stage: 'review', actor: 'responsible_specialist' });
    expect(step('sign-certificate')).toMatchObject({ stage: 'decision', kind: 'sign', actor: 'head' });
  });

  it('002 R15 п.11–12: ЦОН accepts with a receipt and issues on the receipt', () => {
    inSection('услугополучателю выдается расписка о приеме соответствующих документов');
    inSection('Выдача готовых документов осуществляется работником ЦОНа на основании расписки');
    expect(step('con-accept-documents')).toMatchObject({ actor: 'con_worker', channels: ['con'] });
    expect(step('con-issue-certificate')).toMatchObject({ stage: 'issue', actor: 'con_worker', channels: ['con'] });
  });

  it('002 R15 п.11: written consent to use protected information', () => {
    inSection('получает письменное согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну');
    expect(service.consentRequired).toBe(true);
    expect(service.steps.filter((s) => s.kind === 'consent').map((s) => s.channels)).toEqual([['con'], ['office']]);
  });

  it('002 R15 п.11: refusal to accept an incomplete package with a receipt', () => {
    inSection('работником ЦОНа выдается расписка об отказе в приеме документов');
    expect(service.refusalGrounds.filter((g) => g.at === 'intake')).toHaveLength(1);
    expect(service.results.find((r) => r.kind === 'intake_refusal_receipt')?.on).toBe('intake_refusal');
  });

  it('002 R15 п.3: certificate of belonging or non-belonging in the current quarter', () => {
    inSection('справка, подтверждающая принадлежность (либо отсутствие принадлежности)');
    expect(service.results.find((r) => r.kind === 'certificate')).toMatchObject({ id: 'tsa-certificate', on: 'grant' });
    expect(service.refusalGrounds.filter((g) => g.at === 'merits')).toHaveLength(1);
  });

  it('002 R15 п.8, п.11: office Mon–Fri 9–18, ЦОН Mon–Sat 9–20 without lunch', () => {
    inSection('с понедельника по субботу включительно, в соответствии графиком работы с 9.00 часов до 20.00 часов без перерыва на обед');
    expect(service.officeHours).toEqual([
      expect.objectContaining({ channel: 'office', open: '09:00', close: '18:00' }),
      expect.objectContaining({ channel: 'con', days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '20:00' }),
    ]);
  });

  it('002 R15 п.11 пп.6: a representative may apply', () => {
    inSection('фамилии, имени, отчества представителя услугополучателя');
    expect(service.representativeAllowed).toBe(true);
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
    for (const text of texts) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
