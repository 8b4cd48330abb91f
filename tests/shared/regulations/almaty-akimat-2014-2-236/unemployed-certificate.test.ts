import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { unemployedCertificate as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/unemployed-certificate';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Выдача справок безработным',
  'Регламент государственной услуги «Оформление документов на инвалидов для предоставления им протезно',
);
const has = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => service.steps.find((s) => s.id === id);
const minutes = (kind: 'on_the_spot' | 'wait' | 'service') =>
  Object.fromEntries(service.terms.filter((t) => t.kind === kind).map((t) => [t.channel, [t.value, t.unit]]));

function* texts(value: unknown): Generator<LocalizedText> {
  if (typeof value !== 'object' || value === null) return;
  if ('ru' in value && 'kk' in value && typeof value.ru === 'string' && typeof value.kk === 'string') yield value as LocalizedText;
  for (const child of Object.values(value)) yield* texts(child);
}

describe('002 R3 unemployed-certificate', () => {
  it('002 R3 п.1–3: district offices, three channels, fully automated form, certificate as the result', () => {
    expect(service).toMatchObject({ id: 'unemployed-certificate', version: 'almaty-2014-2-236', ordinal: 3 });
    has('районными отделами Управления занятости и социальных программ города Алматы');
    has('электронная (полностью автоматизированная) и (или) бумажная');
    has('справка о регистрации в качестве безработного');
    expect(service.channels).toEqual(['office', 'con', 'portal']);
    expect(service.results.filter((r) => r.on === 'grant').map((r) => r.kind)).toEqual(['certificate']);
  });

  it('002 R3 п.9 пп.1: on the spot — 10 minutes at the office, 15 at ЦОН and on the portal', () => {
    has('с момента сдачи пакета документов услугополучателем услугодателю – в течение 10 минут; в ЦОН и на портал – 15 минут');
    expect(service.onTheSpot).toBe(true);
    expect(minutes('on_the_spot')).toEqual({ office: [10, 'minutes'], con: [15, 'minutes'], portal: [15, 'minutes'] });
    expect(service.terms.some((t) => t.kind === 'total')).toBe(false);
  });

  it('002 R3 п.9 пп.2–3: wait and service 10 minutes at the office, 15 at ЦОН and portal', () => {
    has('не более 10 минут при обращении к услугодателю; при обращении в ЦОН и на портал – не более 15 минут');
    has('максимально допустимое время обслуживания услугополучателя – не более 10 минут; при обращении в ЦОН и на портал – не более 15 минут');
    expect(minutes('wait')).toEqual({ office: [10, 'minutes'], con: [15, 'minutes'], portal: [15, 'minutes'] });
    expect(minutes('service')).toEqual({ office: [10, 'minutes'], con: [15, 'minutes'], portal: [15, 'minutes'] });
  });

  it('002 R3 п.5, п.7: steps in stage order; intake, review, decision, issue; no commission', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.steps.some((s) => s.stage === 'commission')).toBe(false);
    expect(service.commissions).toEqual([]);
    expect(service.steps).toHaveLength(12);
  });

  it('002 R3 п.7 пп.1–5: check the AIS, write the certificate, head signs, outgoing journal, issue', () => {
    has('специалист услугодателя проверяет наличие регистрации в качестве безработного в автоматизированной информационной системе');
    has('в случае подтверждения сведений о регистрации услугополучателя в качестве безработного, специалист услугодателя выписывает справку');
    has('руководитель услугодателя подписывает справку и передает специалисту услугодателя для регистрации в журнале исходящей корреспонденции');
    has('специалист услугодателя выдает готовую справку услугополучателю');
    const office = service.steps.filter((s) => !s.channels || s.channels.includes('office')).map((s) => s.id);
    expect(office).toEqual([
      'accept-documents',
      'obtain-consent',
      'check-unemployed-registration',
      'prepare-certificate',
      'sign-certificate',
      'register-outgoing',
      'issue-to-applicant',
    ]);
    expect(step('sign-certificate')).toMatchObject({ stage: 'decision', actor: 'head' });
    expect(step('check-unemployed-registration')).toMatchObject({ stage: 'review', kind: 'check', actor: 'specialist' });
  });

  it('002 R3 п.5 пп.2, п.11: written consent at the office and at ЦОН', () => {
    has('получение специалистом услугодателя письменного согласия услугополучателя');
    has('Работник ЦОНа получает письменное согласие услугополучателя');
    expect(service.consentRequired).toBe(true);
    expect(service.steps.filter((s) => s.kind === 'consent').map((s) => s.actor)).toEqual(['specialist', 'con_worker']);
  });

  it('002 R3 п.11: ЦОН receipt and refusal receipt for an incomplete package', () => {
    has('услугополучателю выдается расписка с указанием: 1) даты регистрации; 2) даты получения государственной услуги');
    has('выдается расписка об отказе в приеме документов');
    expect(service.results.find((r) => r.on === 'intake')?.kind).toBe('receipt');
    expect(service.results.find((r) => r.on === 'intake_refusal')?.kind).toBe('intake_refusal_receipt');
  });

  it('002 R3 п.7 пп.3, п.11 (портал, пп.15): refusal grounds', () => {
    has('в связи с имеющимися нарушениями в данных услугополучателя в портале');
    has('проверка услугодателем регистрации услугополучателя в качестве безработного в автоматизированной информационной системе');
    expect(service.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['not-registered-as-unemployed', 'merits'],
      ['data-discrepancy', 'merits'],
    ]);
    expect(service.results.find((r) => r.on === 'refusal')?.kind).toBe('refusal_letter');
  });

  it('002 R3 п.11, п.13: there is no п.12 in this regulation', () => {
    expect(section).not.toContain(squash('12. Услугополучатель имеет возможность'));
    has('13. Подробное описание последовательности процедур');
    expect(service.steps.every((s) => !s.source.includes('п.12'))).toBe(true);
  });

  it('002 R3 п.8, п.9, п.11: hours and fee', () => {
    has('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    has('Государственная услуга оказывается бесплатно');
    expect(service.officeHours.map((h) => h.channel)).toEqual(['office', 'con']);
    expect(service.fee.free).toBe(true);
  });

  it('002 R3 п.4: documents refer to the Standard', () => {
    has('предусмотренных Стандарта пунктом 9'); // word order scrambled in the PDF extraction
    expect(service.documents.editable).toBe(true);
  });

  it('002 R3: every text has Kazakh distinct from Russian', () => {
    for (const text of texts(service)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
