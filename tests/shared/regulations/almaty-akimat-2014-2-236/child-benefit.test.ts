import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { childBenefit as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/child-benefit';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Назначение государственного пособия на детей',
  'Регламент государственной услуги «Назначение государственной адресной',
);
const has = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => service.steps.find((s) => s.id === id);

function* texts(value: unknown): Generator<LocalizedText> {
  if (typeof value !== 'object' || value === null) return;
  if ('ru' in value && 'kk' in value && typeof value.ru === 'string' && typeof value.kk === 'string') yield value as LocalizedText;
  for (const child of Object.values(value)) yield* texts(child);
}

describe('002 R6 child-benefit', () => {
  it('002 R6 п.1–2: the city department provides through district offices and ЦОН; paper form', () => {
    expect(service).toMatchObject({ id: 'child-benefit', version: 'almaty-2014-2-236', ordinal: 6 });
    has('предоставляется Управлением занятости и социальных программ города Алматы');
    has('Форма оказываемой государственной услуги: бумажная');
    expect(service.channels).toEqual(['office', 'con']);
  });

  it('002 R6 п.9 пп.1: 7 working days from lodging', () => {
    has('с момента сдачи пакета документов услугодателю либо в ЦОН – в течение 7 (семь) рабочих дней');
    expect(service.terms.filter((t) => t.kind === 'total')).toEqual([
      { kind: 'total', value: 7, unit: 'working_days', source: '002 R6 п.9 пп.1' },
    ]);
  });

  it('002 R6 п.9 пп.2–3: 30 minutes waiting and service', () => {
    has('не более 30 минут на обслуживание одного услугополучателя');
    has('максимально допустимое время обслуживания услугополучателя - не более 30 минут');
    expect(service.terms.filter((t) => t.kind !== 'total').map((t) => [t.kind, t.value, t.unit, t.channel])).toEqual([
      ['wait', 30, 'minutes', undefined],
      ['service', 30, 'minutes', undefined],
    ]);
  });

  it('002 R6 п.7: decision within 7 working days of registration, notification within 5 working days', () => {
    has('Решение о назначении (отказе в назначении) пособия на детей принимается в течение семи рабочих дней со дня регистрации');
    has('уведомляет услугополучателя в течение пяти рабочих дней о принятом решении');
    expect(step('head-decision')).toMatchObject({ stage: 'decision', actor: 'head', term: { value: 7, unit: 'working_days' } });
    expect(step('issue-notification')?.term).toEqual({ value: 5, unit: 'working_days' });
  });

  it('002 R6 п.7: three working days for originals, the clock pauses', () => {
    has('В случае если услугополучатель в течение трех рабочих дней не представил оригиналы документов');
    expect(step('await-originals')).toMatchObject({
      stage: 'intake',
      kind: 'applicant_wait',
      pausesClock: true,
      term: { value: 3, unit: 'working_days' },
    });
  });

  it('002 R6 п.7: two working days to pass to the commission, three for its conclusion', () => {
    has('в течение двух рабочих дней передает их участковой комиссии для подготовки заключения');
    has('Участковая комиссия в течение трех рабочих дней со дня получения документов от районного отдела услугодателя готовит заключение');
    expect(step('transfer-to-commission')?.term).toEqual({ value: 2, unit: 'working_days' });
    expect(step('commission-conclusion')).toMatchObject({ stage: 'commission', kind: 'commission_sitting', term: { value: 3, unit: 'working_days' } });
  });

  it('002 R6 п.6 пп.3, п.7: the district commission inspects and concludes on need', () => {
    has('участковая комиссия по проведению обследования материального положения лиц (семей)');
    has('составляет акт о материальном положении семьи и представляет заключение о нуждаемости семьи');
    has('При первичном обращении граждан участковая комиссия проводит обследование материального положения семьи');
    expect(service.commissions).toHaveLength(1);
    expect(service.commissions[0]).toMatchObject({
      id: 'district-commission',
      inspection: true,
      signedConclusionRequired: true,
      term: { value: 3, unit: 'working_days' },
    });
    expect(service.commissions[0]?.output.ru).toBe('заключение о нуждаемости семьи');
    expect(step('inspect-family')).toMatchObject({ stage: 'commission', kind: 'inspect' });
  });

  it('002 R6 п.5, п.7: steps in stage order, every stage present', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const stage of STAGES) expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    expect(new Set(service.steps.map((s) => s.id)).size).toBe(service.steps.length);
    expect(service.steps).toHaveLength(21);
  });

  it('002 R6 п.7: intake — scan, consent, state-system request by IIN, completeness, registration in the journal', () => {
    has('документы, представленные в подлинниках, сканируются специалистом услугодателя');
    has('формирует запрос по ИИН услугополучателя и членов семьи в информационные системы государственных органов');
    has('регистрирует заявление, в журналах по форме согласно приложению 4');
    const office = service.steps.filter((s) => s.stage === 'intake' && (!s.channels || s.channels.includes('office'))).map((s) => s.id);
    expect(office).toEqual([
      'scan-documents',
      'obtain-consent',
      'request-state-systems',
      'await-originals',
      'send-data-correction',
      'check-completeness',
      'register-application',
    ]);
  });

  it('002 R6 п.7: the responsible specialist drafts, the head decides and signs the notification', () => {
    has('готовит проект решения о назначении (отказе в назначении) пособия на детей и удостоверяет его ЭЦП');
    has('Руководитель районного отдела услугодателя подписывает уведомление о предоставлении или об отказе');
    expect(service.steps.filter((s) => s.stage === 'decision').map((s) => [s.id, s.actor])).toEqual([
      ['prepare-draft-decision', 'responsible_specialist'],
      ['head-decision', 'head'],
      ['sign-notification', 'head'],
    ]);
  });

  it('002 R6 п.7, п.12: issue in person or by post, or at ЦОН on the receipt', () => {
    has('посредством личного посещения услугополучателем услугодателя, либо посредством почтового сообщения');
    has('Выдача готовых документов осуществляется работником ЦОНа на основании расписки');
    expect(service.steps.filter((s) => s.stage === 'issue').map((s) => [s.id, s.channels])).toEqual([
      ['issue-notification', ['office']],
      ['transfer-to-con', ['con']],
      ['con-issue', ['con']],
    ]);
  });

  it('002 R6 п.3, прил.3, прил.5: notifications of grant/refusal and of refusal to accept', () => {
    has('Уведомление № ______ об отказе в приеме заявления');
    has('О назначении или об отказе в назначении государственного пособия семьям, имеющим детей до 18 лет');
    expect(service.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['intake_refusal_receipt', 'intake_refusal'],
      ['intake_refusal_receipt', 'intake_refusal'],
      ['receipt', 'intake'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R6 п.3, п.7, п.11: refusal grounds at intake and on the merits', () => {
    has('выдается расписка об отказе в приеме документов');
    has('мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом');
    expect(service.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['originals-not-provided', 'intake'],
      ['not-needy', 'merits'],
      ['standard-p10', 'merits'],
    ]);
  });

  it('002 R6 п.7, п.11: written consent; documents are scanned and returned; list editable', () => {
    has('Районный отдел услугодателя, ЦОН получает письменное согласие услугополучателя');
    has('в подлинниках, которые сканируются, после чего возвращаются услугополучателю');
    expect(service.consentRequired).toBe(true);
    expect(service.documents.editable).toBe(true);
    expect(service.documents.items.find((d) => d.id === 'birth-certificates')?.form).toBe('state_system');
  });

  it('002 R6 п.8: the district office works until 18.30; ЦОН Mon–Sat 9–20', () => {
    has('с понедельника по пятницу включительно с 9.00 до 18.30 часов, перерыв с 13.00 до 14.00 часов');
    has('с понедельника по субботу включительно, в соответствии графиком работы с 9.00 часов до 20.00 часов');
    expect(service.officeHours.map((h) => [h.channel, h.open, h.close])).toEqual([
      ['office', '09:00', '18:30'],
      ['con', '09:00', '20:00'],
    ]);
  });

  it('002 R6 п.11 пп.6: a representative may apply', () => {
    has('фамилии, имени, отчества представителя услугополучателя');
    expect(service.representativeAllowed).toBe(true);
  });

  it('002 R6: every text has Kazakh distinct from Russian', () => {
    for (const text of texts(service)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
