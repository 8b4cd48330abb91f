import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { semipalatinskVictims as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/semipalatinsk-victims';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Регистрация и учет граждан,',
  'Регламент государственной услуги «Выдача справок безработным',
);
const has = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => service.steps.find((s) => s.id === id);
const total = (variant: string) => service.terms.find((t) => t.kind === 'total' && t.variant === variant);

function* texts(value: unknown): Generator<LocalizedText> {
  if (typeof value !== 'object' || value === null) return;
  if ('ru' in value && 'kk' in value && typeof value.ru === 'string' && typeof value.kk === 'string') yield value as LocalizedText;
  for (const child of Object.values(value)) yield* texts(child);
}

describe('002 R2 semipalatinsk-victims', () => {
  it('002 R2 п.1: the city department provides, through its district offices and ЦОН; paper form', () => {
    expect(service).toMatchObject({ id: 'semipalatinsk-victims', version: 'almaty-2014-2-236', ordinal: 2 });
    has('оказывается Управлением занятости и социальных программ города Алматы');
    has('районные отделы услугодателя по месту регистрации постоянного места жительства услугополучателя');
    has('Форма оказываемой государственной услуги – бумажная');
    expect(service.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
    expect(service.channels).toEqual(['office', 'con']);
  });

  it('002 R2 п.9 пп.1: 20 working days to the decision, then 5 working days to the certificate (25 in total)', () => {
    has('принятие решения о регистрации или отказе в регистрации');
    has('20 (двадцать) рабочих дней');
    has('выдача удостоверения впервые обратившимся услугополучателям – в течение 5 (пять) рабочих дней после принятия решения');
    expect(total('registration')).toMatchObject({ value: 25, unit: 'working_days' });
    expect(step('commission-decision')?.term).toEqual({ value: 20, unit: 'working_days' });
    expect(step('prepare-certificate')?.term).toEqual({ value: 5, unit: 'working_days' });
  });

  it('002 R2 п.9 пп.1: a duplicate within 5 working days of registration of the application', () => {
    has('выдача дубликата удостоверения - в течение 5 (пять) рабочих дней со дня регистрации заявления');
    expect(total('duplicate')).toMatchObject({ value: 5, unit: 'working_days' });
    expect(service.variants?.map((v) => v.id)).toEqual(['registration', 'duplicate']);
    expect(step('prepare-duplicate')?.variants).toEqual(['duplicate']);
  });

  it('002 R2 п.9 пп.1: the term is extended by 1 month for additional requests and checks', () => {
    has('продлевается на 1 (один) месяц в случаях, когда необходимо проведение дополнительных запросов, проверок');
    expect(step('commission-request-payment-info')).toMatchObject({ kind: 'request', term: { value: 1, unit: 'months' } });
    expect(step('commission-request-payment-info')?.pausesClock).toBeUndefined();
  });

  it('002 R2 п.9 пп.2–3: 30 minutes at the office, 15 at ЦОН', () => {
    has('услугодателю – 30 минут, в ЦОН – 15 минут');
    has('максимально допустимое время обслуживания услугополучателя - 30 минут, в ЦОНе – 15 минут');
    for (const kind of ['wait', 'service'] as const) {
      const byChannel = Object.fromEntries(service.terms.filter((t) => t.kind === kind).map((t) => [t.channel, t.value]));
      expect(byChannel).toEqual({ office: 30, con: 15 });
    }
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R2 п.5, п.7: steps in stage order, with a commission stage', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const stage of STAGES) expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    expect(new Set(service.steps.map((s) => s.id)).size).toBe(service.steps.length);
    expect(service.steps).toHaveLength(18);
  });

  it('002 R2 п.7 пп.1–3: the district office registers, the head assigns, the responsible specialist builds the case file', () => {
    has('проводит регистрацию заявления и передает на рассмотрение руководителю районного отдела услугодателя');
    has('руководитель районного отдела услугодателя отписывает ответственному специалисту');
    has('готовит макет дела и передает его в специальную комиссию, создаваемую районными акимами города Алматы');
    expect(step('register-application')).toMatchObject({ stage: 'intake', actor: 'specialist' });
    expect(step('assign-responsible-specialist')).toMatchObject({ stage: 'review', kind: 'assign', actor: 'head' });
    expect(step('prepare-case-file')).toMatchObject({ stage: 'review', actor: 'responsible_specialist' });
    expect(step('transfer-to-commission')).toMatchObject({ stage: 'review', kind: 'transfer' });
  });

  it('002 R2 п.7 пп.4: the special commission checks payments and decides on recognition', () => {
    has('специальная комиссия регистрирует макеты дел граждан в журнале регистрации граждан');
    has('производит проверку фактов выплаты (невыплаты) компенсации');
    has('при необходимости направляет запрос информации о выплате компенсации гражданам Банку или акционерному обществу «Казпочта»');
    has('оформляет решение о признании (об отказе в признании) граждан Республики Казахстан пострадавшими');
    has('в соответствии со списком, заверенным председателем комиссии, оформляет удостоверение');
    const [commission] = service.commissions;
    expect(service.commissions).toHaveLength(1);
    expect(commission).toMatchObject({ id: 'special-commission', signedConclusionRequired: false });
    expect(commission?.composition?.ru).toContain('от 20 февраля 2006 года № 110');
    expect(service.steps.filter((s) => s.stage === 'commission').map((s) => s.actor)).toEqual(['commission_member', 'commission_member']);
    expect(step('commission-decision')).toMatchObject({ stage: 'decision', kind: 'sign', actor: 'commission_chair' });
  });

  it('002 R2 п.7 пп.5, п.12 пп.3: result to the applicant or to ЦОН, which issues within one day', () => {
    has('направляет результат оказания государственной услуги (готовое Решение и/или удостоверение) в ЦОН');
    has('ЦОН в течение одного дня выдает услугополучателю Решение на бумажном носителе и/или удостоверение (дубликат удостоверения)');
    expect(step('issue-to-applicant')).toMatchObject({ stage: 'issue', channels: ['office'] });
    expect(step('transfer-to-con')).toMatchObject({ stage: 'issue', channels: ['con'] });
    expect(step('con-issue')).toMatchObject({ actor: 'con_worker', term: { value: 1, unit: 'working_days' } });
  });

  it('002 R2 п.12 пп.1: ЦОН forwards the package to the district office within one day', () => {
    has('инспектор накопительного отдела в течение одного дня направляет в районный отдел услугодателя');
    expect(step('con-transfer-to-district-office')).toMatchObject({ stage: 'intake', kind: 'transfer', term: { value: 1, unit: 'working_days' } });
  });

  it('002 R2 п.7 пп.6: lists for compensation go out within five days of the decision', () => {
    has('специальные комиссии в течение пяти дней со дня принятия Решения составляют списки, заверенные председателем комиссии');
    expect(step('send-compensation-lists')).toMatchObject({ term: { value: 5, unit: 'calendar_days' }, variants: ['registration'] });
  });

  it('002 R2 п.3: decision and certificate on grant, refusal decision on refusal', () => {
    has('решение о признании граждан Республики Казахстан пострадавшими');
    has('выдача удостоверения или его дубликата');
    expect(service.results.filter((r) => r.on === 'grant').map((r) => r.kind)).toEqual(['decision', 'identity_card']);
    expect(service.results.filter((r) => r.on === 'refusal').map((r) => r.kind)).toEqual(['refusal_letter']);
  });

  it('002 R2 п.9, п.11, п.13: talon at the office, receipt at ЦОН, refusal receipt for an incomplete package', () => {
    has('услугополучателю выдается талон с указанием: даты регистрации и получения услугополучателем государственной услуги');
    has('в ЦОНе является расписка с указанием: перечня принятых документов');
    has('выдается расписка об отказе в приеме документов');
    expect(service.results.filter((r) => r.on === 'intake').map((r) => r.id)).toEqual(['con-receipt', 'office-talon']);
    expect(service.results.filter((r) => r.on === 'intake_refusal').map((r) => r.kind)).toEqual(['intake_refusal_receipt']);
    expect(service.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['not-recognised', 'merits'],
      ['compensation-already-paid', 'merits'],
    ]);
  });

  it('002 R2 п.12 пп.1: written consent; copies not needed where state systems confirm the data', () => {
    has('Районный отдел услугодателя, ЦОН получает письменное согласие услугополучателя');
    has('не требуется при подтверждении информации, содержащейся в указанных документах государственными информационными системами');
    expect(service.consentRequired).toBe(true);
    expect(service.documents.editable).toBe(true);
    expect(service.documents.items.find((d) => d.id === 'identity-document')?.form).toBe('state_system');
  });

  it('002 R2 п.8, п.11: office Mon–Fri 9–18 with lunch, ЦОН Mon–Sat 9–20', () => {
    has('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    has('с понедельника по субботу включительно, в соответствии графиком работы с 9.00 часов до 20.00 часов без перерыва на обед');
    expect(service.officeHours.map((h) => [h.channel, h.close])).toEqual([
      ['office', '18:00'],
      ['con', '20:00'],
    ]);
  });

  it('002 R2: every text has Kazakh distinct from Russian', () => {
    for (const text of texts(service)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
