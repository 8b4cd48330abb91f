import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { homeSchoolingSupport as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/home-schooling-support';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Назначение материального',
  'Регламент государственной услуги «Выдача, переоформление и',
);
const inSection = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => {
  const found = service.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('002 R16 home-schooling-support', () => {
  it('002 R16 п.1: city department through district offices, ЦОН and the portal', () => {
    inSection('оказывается Управлением занятости и социальных программ города Алматы');
    inSection('веб-портал «электронного правительства»: www.egov.kz');
    expect(service).toMatchObject({ id: 'home-schooling-support', version: 'almaty-2014-2-236', ordinal: 16 });
    expect(service.channels).toEqual(['office', 'con', 'portal']);
  });

  it('002 R16 п.9 пп.1: 10 working days on every channel', () => {
    inSection('в ЦОН, а также при обращении на портал – в течение 10 (десять) рабочих дней');
    const totals = service.terms.filter((t) => t.kind === 'total');
    expect(totals).toEqual([expect.objectContaining({ value: 10, unit: 'working_days' })]);
    expect(totals[0]?.channel).toBeUndefined();
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R16 п.9 пп.2–3: 30 minutes waiting, not more than 30 minutes service', () => {
    inSection('максимально допустимое время ожидания для сдачи пакета документов – 30 минут');
    inSection('максимально допустимое время обслуживания услугополучателя – не более 30 минут');
    expect(service.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(service.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 30, unit: 'minutes' });
  });

  it('002 R16 п.5, п.7: stages in order, no commission', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.commissions).toEqual([]);
    expect(service.steps.some((s) => s.stage === 'commission')).toBe(false);
    expect(service.steps).toHaveLength(12);
  });

  it('002 R16 п.7 пп.1–8: the district specialist checks originals and files the request in ИС МИО with ЭЦП', () => {
    inSection('Проверка подлинности заявления и документов услугополучателя специалистом районного отдела услугодателя');
    inSection('в информационную систему местного исполнительного органа (далее - ИС МИО)');
    expect(step('accept-documents')).toMatchObject({ stage: 'intake', actor: 'operator', channels: ['office'] });
    expect(step('register-in-is-mio')).toMatchObject({ stage: 'intake', actor: 'operator' });
  });

  it('002 R16 п.5 пп.2–3: the responsible specialist reviews and prepares the result', () => {
    inSection('рассмотрение заявления и проверка представленных документов ответственным специалистом услугодателя');
    expect(step('review-documents')).toMatchObject({ stage: 'review', actor: 'responsible_specialist' });
    expect(step('prepare-result')).toMatchObject({ stage: 'review', kind: 'prepare', actor: 'responsible_specialist' });
  });

  it('002 R16 п.6 пп.2: the district head approves the decision (interpretation)', () => {
    inSection('руководитель районного отдела услугодателя');
    expect(step('approve-decision')).toMatchObject({ stage: 'decision', kind: 'sign', actor: 'head' });
    expect(service.interpretations.some((i) => i.topic === 'Decision by the district head')).toBe(true);
  });

  it('002 R16 п.7 пп.11, п.12, п.13 пп.10: result by hand or e-mail, through ЦОН on the receipt, or to the personal cabinet', () => {
    inSection('нарочно или посредством отправки на электронную почту');
    inSection('Выдача готовых документов осуществляется работником ЦОНа на основании расписки');
    inSection('передается в личный кабинет на ПЭП');
    expect(step('issue-result').channels).toEqual(['office']);
    expect(step('con-issue-result')).toMatchObject({ actor: 'con_worker', channels: ['con'] });
    expect(step('send-to-personal-cabinet').channels).toEqual(['portal']);
  });

  it('002 R16 п.3, п.7 пп.10: notification of assignment or motivated refusal', () => {
    inSection('уведомление о назначении материального обеспечения детям-инвалидам, обучающимся на дому');
    inSection('мотивированный ответ об отказе в предоставлении государственной услуги');
    expect(service.results.find((r) => r.kind === 'notification')?.on).toBe('grant');
    expect(service.results.find((r) => r.kind === 'refusal_letter')?.on).toBe('refusal');
  });

  it('002 R16 п.9, п.11: the office coupon and the ЦОН receipt', () => {
    inSection('выдается отрывной талон заявления с указанием даты регистрации и даты получения государственной услуги');
    inSection('услугополучателю выдается расписка о приеме соответствующих документов');
    expect(service.results.filter((r) => r.kind === 'receipt').map((r) => r.id)).toEqual(['intake-coupon', 'con-receipt']);
  });

  it('002 R16 п.11: refusal to accept an incomplete package with a receipt', () => {
    inSection('отказывает в приеме заявления и выдает расписку об отказе в приеме документов');
    expect(service.refusalGrounds.map((g) => g.at)).toEqual(['intake', 'merits']);
    expect(service.results.find((r) => r.kind === 'intake_refusal_receipt')?.on).toBe('intake_refusal');
  });

  it('002 R16 п.4: documents refer to п.9 of the Standard', () => {
    inSection('предусмотренных  Стандарта государственной услуги «Назначение пунктом 9');
    expect(service.documents.editable).toBe(true);
    expect(service.consentRequired).toBe(false);
  });

  it('002 R16 п.8, п.11: office and ЦОН hours', () => {
    inSection('с понедельника по субботу включительно, в соответствии графиком работы с 9.00 часов до 20.00 часов без перерыва на обед');
    expect(service.officeHours.map((h) => h.channel)).toEqual(['office', 'con']);
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
