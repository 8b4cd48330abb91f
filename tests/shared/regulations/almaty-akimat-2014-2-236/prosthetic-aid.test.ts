import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { prostheticAid as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/prosthetic-aid';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Оформление документов на инвалидов для предоставления им протезно',
  'Регламент государственной услуги «Оформление документов на инвалидов для обеспечения их сурдо',
);
const has = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => service.steps.find((s) => s.id === id);

function* texts(value: unknown): Generator<LocalizedText> {
  if (typeof value !== 'object' || value === null) return;
  if ('ru' in value && 'kk' in value && typeof value.ru === 'string' && typeof value.kk === 'string') yield value as LocalizedText;
  for (const child of Object.values(value)) yield* texts(child);
}

describe('002 R4 prosthetic-aid', () => {
  it('002 R4 п.1–2: the city department provides; only the district office accepts; paper form', () => {
    expect(service).toMatchObject({ id: 'prosthetic-aid', version: 'almaty-2014-2-236', ordinal: 4 });
    has('осуществляются через районный отдел услугодателя');
    has('Форма оказания государственной услуги - бумажная');
    expect(service.channels).toEqual(['office']);
    expect(service.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
  });

  it('002 R4 п.9 пп.1, прил.2: 10 working days from lodging', () => {
    has('с момента сдачи пакета документов услугополучателем услугодателю – в течение 10 (десять) рабочих дней');
    has('(10 рабочих дней)');
    expect(service.terms.filter((t) => t.kind === 'total')).toEqual([
      { kind: 'total', value: 10, unit: 'working_days', source: '002 R4 п.9 пп.1, прил.2' },
    ]);
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R4 п.9 пп.2–3: 30 minutes waiting and 30 minutes service', () => {
    has('30 минут на обслуживание одного услугополучателя');
    has('максимально допустимое время обслуживания услугополучателя – 30 минут');
    expect(service.terms.filter((t) => t.kind !== 'total').map((t) => [t.kind, t.value, t.unit])).toEqual([
      ['wait', 30, 'minutes'],
      ['service', 30, 'minutes'],
    ]);
  });

  it('002 R4 п.5, п.7: six steps in stage order, no commission', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(service.steps.map((s) => [s.id, s.stage, s.actor])).toEqual([
      ['accept-register', 'intake', 'specialist'],
      ['assign-executor', 'review', 'head'],
      ['check-documents', 'review', 'responsible_specialist'],
      ['prepare-result', 'review', 'responsible_specialist'],
      ['sign-result', 'decision', 'head'],
      ['issue-result', 'issue', 'responsible_specialist'],
    ]);
    expect(service.commissions).toEqual([]);
  });

  it('002 R4 п.6–7: specialist registers, head assigns, responsible executor checks against п.9 of the Standard', () => {
    has('специалист районного отдела услугодателя проводит регистрацию полученных документов и передает на рассмотрение руководителю');
    has('руководитель районного отдела услугодателя отписывает заявление ответственному исполнителю');
    has('ответственный исполнитель районного отдела услугодателя проверяет представленные документы на соответствие');
    has('подготавливает мотивированный ответ об отказе в предоставлении государственной услуги на бумажном носителе');
    has('руководитель районного отдела услугодателя подписывает уведомление');
    expect(service.roles.map((r) => [r.role, r.unit.ru])).toEqual([
      ['specialist', 'специалист районного отдела услугодателя'],
      ['head', 'руководитель районного отдела услугодателя'],
      ['responsible_specialist', 'ответственный исполнитель районного отдела услугодателя'],
    ]);
    expect(step('sign-result')?.kind).toBe('sign');
  });

  it('002 R4 п.3: notification with the terms of aid, or a motivated refusal', () => {
    has('уведомление об оформлении документов с указанием сроков предоставления инвалидам протезно-ортопедической помощи или мотивированный ответ об отказе');
    expect(service.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R4 п.9: a talon with the dates and the name of the person who accepted', () => {
    has('выдается талон с указанием даты регистрации и получения государственной услуги, фамилии и инициалов лица, принявшего документы');
    expect(service.results.find((r) => r.on === 'intake')?.source).toBe('002 R4 п.9');
  });

  it('002 R4 п.7 пп.4: refusal on the merits; the act mentions no refusal at intake', () => {
    expect(section).not.toContain(squash('расписка об отказе в приеме документов'));
    expect(service.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['documents-not-compliant', 'merits'],
      ['not-eligible', 'merits'],
    ]);
  });

  it('002 R4 п.10: group I–II disabled receiving special social services are helped by a social worker', () => {
    has('осуществляется при содействии социального работника услугодателя');
    expect(service.facts?.map((f) => f.id)).toEqual(['ssu-recipient-group-1-2']);
  });

  it('002 R4 п.5, п.7: no written consent in this regulation', () => {
    expect(section).not.toContain(squash('письменное согласие'));
    expect(service.consentRequired).toBe(false);
    expect(service.steps.some((s) => s.kind === 'consent')).toBe(false);
  });

  it('002 R4 п.4, п.7 пп.1, п.8: Standard documents (editable), office hours', () => {
    has('по форме согласно к Стандарту государственной услуги;приложению'); // word order scrambled in the PDF extraction
    has('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    expect(service.documents.editable).toBe(true);
    expect(service.officeHours).toHaveLength(1);
    expect(service.officeHours[0]).toMatchObject({ channel: 'office', open: '09:00', close: '18:00' });
  });

  it('002 R4: every text has Kazakh distinct from Russian', () => {
    for (const text of texts(service)) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
