import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { unemployedRegistration as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/unemployed-registration';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Регистрация и постановка на учет безработных граждан» 1. Общие положения',
  'Регламент государственной услуги «Регистрация и учет граждан,',
);
const has = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => service.steps.find((s) => s.id === id);

function* texts(value: unknown): Generator<LocalizedText> {
  if (typeof value !== 'object' || value === null) return;
  if ('ru' in value && 'kk' in value && typeof value.ru === 'string' && typeof value.kk === 'string') yield value as LocalizedText;
  for (const child of Object.values(value)) yield* texts(child);
}

describe('002 R1 unemployed-registration', () => {
  it('002 R1 п.1: id, version, ordinal, district offices through office, ЦОН and portal', () => {
    expect(service).toMatchObject({ id: 'unemployed-registration', version: 'almaty-2014-2-236', ordinal: 1 });
    expect(service.act.id).toBe('almaty-akimat-2014-2-236');
    has('районными отделами Управления занятости и социальных программ города Алматы');
    has('веб-портал «электронного правительства»');
    expect(service.channels).toEqual(['office', 'con', 'portal']);
  });

  it('002 R1 п.9 пп.1: 5 working days from lodging', () => {
    has('5 (пять) рабочих дней');
    expect(service.terms.filter((t) => t.kind === 'total')).toEqual([
      { kind: 'total', value: 5, unit: 'working_days', source: '002 R1 п.9 пп.1' },
    ]);
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R1 п.9 пп.2–3: 10 minutes at the office, 15 at ЦОН and portal', () => {
    has('10 минут при обращении к услугодателю, при обращении в ЦОН и на портал – не более 15 минут');
    has('максимально допустимое время обслуживания услугополучателя – не более 10 минут, при обращении в ЦОН и на портал – не более 15 минут');
    for (const kind of ['wait', 'service'] as const) {
      const byChannel = Object.fromEntries(service.terms.filter((t) => t.kind === kind).map((t) => [t.channel, t.value]));
      expect(byChannel).toEqual({ office: 10, con: 15, portal: 15 });
    }
  });

  it('002 R1 п.8, п.11: office Mon–Fri 9–18 with lunch, ЦОН Mon–Sat 9–20; free of charge', () => {
    has('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    has('с понедельника по субботу включительно, в соответствии с графиком работы с 9.00 часов до 20.00 часов без перерыва на обед');
    has('Государственная услуга оказывается бесплатно');
    expect(service.officeHours.map((h) => [h.channel, h.open, h.close])).toEqual([
      ['office', '09:00', '18:00'],
      ['con', '09:00', '20:00'],
    ]);
    expect(service.fee.free).toBe(true);
  });

  it('002 R1 п.5, п.7: steps follow the stages in order and cover intake, review, decision, issue', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.steps.some((s) => s.stage === 'commission')).toBe(false);
    expect(new Set(service.steps.map((s) => s.id)).size).toBe(service.steps.length);
    expect(service.steps).toHaveLength(16);
  });

  it('002 R1 п.7 пп.1–7: the office path in the act order', () => {
    has('услугополучатель подает необходимые документы, а также письменное согласие');
    has('специалист услугодателя направляет запрос (номер ИИН услугополучателя) в государственные информационные системы посредством портала');
    has('сверяет его с подлинником, после чего подлинник возвращается услугополучателю');
    has('заносит персональные данные услугополучателя в автоматизированную информационную систему');
    has('готовит уведомление о регистрации и постановке на учет в качестве безработного в бумажном виде и передает на подпись');
    has('руководитель услугодателя подписывает уведомление и передает специалисту услугодателя для регистрации в журнале исходящей корреспонденции');
    has('специалист услугодателя выдает готовое уведомление услугополучателю');
    const office = service.steps.filter((s) => !s.channels || s.channels.includes('office')).map((s) => s.id);
    expect(office).toEqual([
      'accept-documents',
      'obtain-consent',
      'request-state-systems',
      'verify-with-original',
      'enter-into-ais',
      'prepare-notification',
      'sign-notification',
      'register-outgoing',
      'issue-to-applicant',
    ]);
  });

  it('002 R1 п.6: the specialist does the work, the head signs', () => {
    has('1 ) с п е ц и а л и с т у с л у г о д а т е л я ; 2 ) р у к о в о д и т е л ь у с л у г о д а т е л я');
    expect(step('sign-notification')).toMatchObject({ stage: 'decision', kind: 'sign', actor: 'head' });
    expect(step('register-outgoing')).toMatchObject({ stage: 'issue', kind: 'register_outgoing', actor: 'specialist' });
    expect(step('request-state-systems')?.pausesClock).toBeUndefined();
    expect(service.roles.map((r) => r.role)).toEqual(['specialist', 'head', 'con_worker']);
  });

  it('002 R1 п.5 пп.2, п.11: written consent is required at the office and at ЦОН', () => {
    has('получение специалистом услугодателя письменного согласия услугополучателя на использование сведений, составляющих охраняемую законом тайну');
    has('Работник ЦОНа получает письменное согласие услугополучателя');
    expect(service.consentRequired).toBe(true);
    expect(step('obtain-consent')).toMatchObject({ kind: 'consent', actor: 'specialist', channels: ['office'] });
    expect(step('con-obtain-consent')).toMatchObject({ kind: 'consent', actor: 'con_worker', channels: ['con'] });
  });

  it('002 R1 п.11: ЦОН receipt, refusal receipt for an incomplete package', () => {
    has('услугополучателю выдается расписка с указанием: 1) даты регистрации; 2) даты получения государственной услуги; 3) фамилии и инициалов работника ЦОНа');
    has('неполного пакета документов согласно перечню'); // «пунктом 9» is displaced in the PDF extraction
    has('выдается расписка об отказе в приеме документов');
    expect(service.results.find((r) => r.kind === 'receipt')).toMatchObject({ on: 'intake', source: '002 R1 п.11' });
    expect(service.results.find((r) => r.kind === 'intake_refusal_receipt')).toMatchObject({ on: 'intake_refusal' });
    expect(service.refusalGrounds.filter((g) => g.at === 'intake').map((g) => g.id)).toEqual(['incomplete-package']);
  });

  it('002 R1 п.3: the result is the registration notification; refusal letter on refusal', () => {
    has('уведомление о регистрации и постановке на учет в качестве безработного в бумажном или электронном виде');
    expect(service.results.filter((r) => r.on === 'grant').map((r) => r.kind)).toEqual(['notification']);
    expect(service.results.filter((r) => r.on === 'refusal').map((r) => r.kind)).toEqual(['refusal_letter']);
  });

  it('002 R1 п.12 пп.15: refusal for faulty applicant data, plus the generic merits ground', () => {
    has('формирование сообщения об отказе в запрашиваемой услуге в связи с имеющимися нарушениями в данных услугополучателя');
    expect(service.refusalGrounds.filter((g) => g.at === 'merits').map((g) => g.id)).toEqual(['data-discrepancy', 'not-eligible']);
  });

  it('002 R1 п.4: documents refer to п.9 of the Standard, so the list is editable', () => {
    has('предусмотренных Стандарта пунктом 9'); // word order scrambled in the PDF extraction
    has('от 11 марта 2014 года № 217');
    expect(service.documents.editable).toBe(true);
    expect(service.documents.items.find((d) => d.id === 'identity-document')?.form).toBe('original_for_check');
  });

  it('002 R1: no commission; every text has Kazakh distinct from Russian', () => {
    expect(service.commissions).toEqual([]);
    for (const text of texts(service)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
    expect(service.interpretations.length).toBeGreaterThan(0);
  });
});
