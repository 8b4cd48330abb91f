import { describe, expect, it } from 'vitest';
import { foreignerRegistration2014 as s } from '../../../../shared/regulations/mvd-2014-103/foreigner-registration';
import { readSeed, sectionOf, squash } from '../seed-text';

const r3 = sectionOf(readSeed('004'), 'Регламент государственной услуги "Регистрация иностранцев');
const p4 = sectionOf(r3, '4. Результатом', '2. Описание порядка действий');
const p10 = sectionOf(r3, '10. В процессе оказания', '11. Табличное');
const table = sectionOf(r3, 'Приложение 1', 'Приложение 2');
const scheme = sectionOf(r3, 'Приложение 2', 'Приложение 3');
const step = (id: string) => s.steps.find((x) => x.id === id);

describe('004 R3: Регистрация иностранцев и лиц без гражданства (mvd-2014-103)', () => {
  it('004 R3 heading: id foreigner-registration, third regulation', () => {
    expect(r3).toContain(squash(s.name.ru));
    expect(s).toMatchObject({ id: 'foreigner-registration', version: 'mvd-2014-103', ordinal: 3 });
  });

  it('004 R3 п.3: electronic (partly automated) and paper — office and portal', () => {
    expect(r3).toContain(squash('электронная (частично автоматизированная), бумажная'));
    expect(s.form.ru).toBe('электронная (частично автоматизированная), бумажная');
    expect(s.channels).toEqual(['office', 'portal']);
  });

  it('004 R3 прил.1 стр.5: 1 working day in total, not on the spot', () => {
    expect(table).toContain(squash('в течение одного рабочего дня'));
    expect(s.terms).toEqual([expect.objectContaining({ value: 1, unit: 'working_days', kind: 'total' })]);
    expect(s.onTheSpot).toBe(false);
  });

  it('004 R3 прил.1: accept (office | portal), journals + special records, ЕИС «Беркут», stamp, issue (office | portal)', () => {
    expect(table).toContain(squash('Прием и проверка пакета документов заявителя'));
    expect(table).toContain(squash('Заполнение журналов, проверка по специальным учетам'));
    expect(table).toContain(squash('Внесение информации в ЕИС "Беркут"'));
    expect(s.steps.map((x) => [x.id, x.stage, x.actor, x.channels])).toEqual([
      ['accept-documents', 'intake', 'specialist', ['office']],
      ['accept-portal-request', 'intake', 'specialist', ['portal']],
      ['check-special-records', 'review', 'specialist', undefined],
      ['enter-berkut', 'review', 'specialist', undefined],
      ['stamp-registration', 'decision', 'head', undefined],
      ['return-migration-card', 'issue', 'specialist', ['office']],
      ['send-insert-to-cabinet', 'issue', 'specialist', ['portal']],
    ]);
  });

  it('004 R3 прил.1 стр.4: registration in the journal on acceptance', () => {
    expect(table).toContain(squash('Регистрация в журнале и проставление печати о регистрации'));
    expect(step('accept-documents')?.output?.ru).toBe('запись в журнале регистрации');
  });

  it('004 R3 п.4: result — stamp and signature of the provider\'s official in the migration card', () => {
    expect(p4).toContain(squash('печати и подписи должностного лица услугодателя'));
    expect(p4).toContain(squash('миграционной карточке'));
    expect(s.results.find((r) => r.id === 'registration-stamp')).toMatchObject({ kind: 'registration_mark', on: 'grant' });
  });

  it('004 R3 п.4 абз.2: via the portal — the insert to the passport sent to the личный кабинет, signed with ЭЦП', () => {
    expect(p4).toContain(squash('направляется вкладыш к паспорту о регистрации иностранца или лица без гражданства'));
    expect(s.results.find((r) => r.id === 'registration-insert')).toMatchObject({ kind: 'registration_mark', on: 'grant' });
    expect(step('send-insert-to-cabinet')?.channels).toEqual(['portal']);
  });

  it('004 R3 п.4: the act names no refusal — a refusal letter and one generic merits ground are interpretations', () => {
    expect(p4).not.toContain(squash('мотивированный ответ об отказе'));
    expect(s.results.find((r) => r.kind === 'refusal_letter')?.on).toBe('refusal');
    expect(s.refusalGrounds.map((g) => g.at)).toEqual(['intake', 'merits']);
    expect(s.interpretations.some((i) => i.topic === 'refusal')).toBe(true);
  });

  it('004 R3 п.10 пп.3: the ДМП МВД takes part', () => {
    expect(p10).toContain(squash('сотрудник ДМП МВД'));
    expect(s.roles.map((r) => r.unit.ru)).toContain('сотрудник ДМП МВД');
  });

  it('004 R3 прил.2: a free-form application heads the editable list; the migration card is required', () => {
    expect(scheme).toContain(squash('заявления о регистрации в произвольной форме'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.items.map((d) => [d.id, d.required])).toEqual([
      ['application', true],
      ['passport', true],
      ['migration-card', true],
      ['portal-request', false],
    ]);
    expect(s.commissions).toEqual([]);
  });
});
