import { describe, expect, it } from 'vitest';
import { borderZonePass2014 as s } from '../../../../shared/regulations/mvd-2014-103/border-zone-pass';
import { readSeed, sectionOf, squash } from '../seed-text';

const r1 = sectionOf(readSeed('004'), 'Регламент государственной услуги "Выдача пропуска', 'Регламент государственной услуги "Оформление приглашений');
const p4 = sectionOf(r1, '4. Результатом', '5. В процессе');
const p10 = sectionOf(r1, '10. В процессе оказания', '11. Текстовое');
const table = sectionOf(r1, 'Приложение 1', 'Приложение 2');
const scheme = sectionOf(r1, 'Приложение 2', 'Приложение 3');
const step = (id: string) => s.steps.find((x) => x.id === id);

describe('004 R1: Выдача пропуска на въезд в пограничную зону (mvd-2014-103)', () => {
  it('004 R1 heading: id border-zone-pass, version mvd-2014-103, first regulation of the act', () => {
    expect(r1).toContain(squash('Выдача пропуска на въезд в пограничную зону иностранцам и лицам без гражданства'));
    expect(s).toMatchObject({ id: 'border-zone-pass', version: 'mvd-2014-103', ordinal: 1 });
    expect(s.name.ru).toBe('Выдача пропуска на въезд в пограничную зону иностранцам и лицам без гражданства');
  });

  it('004 R1 п.3: paper form, lodged only at the migration-police unit', () => {
    expect(r1).toContain(squash('Форма оказываемой государственной услуги: бумажная'));
    expect(s.form.ru).toBe('бумажная');
    expect(s.channels).toEqual(['office']);
  });

  it('004 R1 п.2: provided by the territorial migration-police units', () => {
    expect(r1).toContain(squash('территориальными подразделениями миграционной полиции органов внутренних дел'));
    expect(s.provider.ru).toContain('подразделения миграционной полиции');
  });

  it('004 R1 прил.1 стр.5: 7 working days in total', () => {
    expect(table).toContain(squash('Сроки исполнения Семь рабочих дней'));
    expect(s.terms).toEqual([expect.objectContaining({ value: 7, unit: 'working_days', kind: 'total' })]);
    expect(s.onTheSpot).toBe(false);
  });

  it('004 R1 прил.1: four steps — accept, special-records check, head signs, issue', () => {
    expect(s.steps.map((x) => [x.id, x.stage, x.actor])).toEqual([
      ['accept-documents', 'intake', 'specialist'],
      ['check-special-records', 'review', 'specialist'],
      ['sign-pass', 'decision', 'head'],
      ['issue-pass', 'issue', 'specialist'],
    ]);
  });

  it('004 R1 п.7 / прил.1 действие 1: the inspector accepts and checks the documents', () => {
    expect(r1).toContain(squash('должность инспектора миграционной полиции'));
    expect(table).toContain(squash('прием и проверка представленных документов'));
    expect(step('accept-documents')).toMatchObject({ kind: 'accept', unit: { ru: 'инспектор миграционной полиции' } });
  });

  it('004 R1 п.10 пп.2 / прил.1 действие 2: the ДВД directorate checks the special records', () => {
    expect(table).toContain(squash('проверка по специальным учетам'));
    expect(p10).toContain(squash('сотрудник управления миграционной полиции ДВД области, городов Алматы и Астаны'));
    expect(step('check-special-records')).toMatchObject({
      kind: 'check',
      unit: { ru: 'сотрудник управления миграционной полиции ДВД области, городов Алматы и Астаны' },
    });
  });

  it('004 R1 п.4: the head of the ДВД migration-police unit seals and signs the pass', () => {
    expect(p4).toContain(squash('скрепляется печатью и подписью начальника подразделения миграционной полиции Департамента внутренних дел'));
    expect(step('sign-pass')).toMatchObject({
      kind: 'sign',
      unit: { ru: 'начальник подразделения миграционной полиции Департамента внутренних дел' },
    });
  });

  it('004 R1 п.4: results — the pass, or a motivated refusal', () => {
    expect(p4).toContain(squash('пропуск на въезд в пограничную зону'));
    expect(p4).toContain(squash('мотивированный ответ об отказе в оказании государственной услуги'));
    expect(s.results.map((r) => [r.kind, r.on])).toEqual([
      ['pass', 'grant'],
      ['refusal_letter', 'refusal'],
    ]);
  });

  it('004 R1 п.4: refusal grounds are in п.10 of the Standard — one generic merits ground plus the incomplete package', () => {
    expect(p4).toContain(squash('в случаях и по основаниям, указанным в'));
    expect(s.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['requirements-not-met', 'merits'],
    ]);
  });

  it('004 R1 прил.2: application or petition — the list is the Standard\'s, editable', () => {
    expect(scheme).toContain(squash('Подача услугополучателем заявления или ходатайства'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.items.map((d) => d.id)).toEqual(['application', 'petition', 'passport', 'passport-copy']);
    expect(s.representativeAllowed).toBe(true);
  });

  it('004 R1 п.6: queue without appointment; applicants are foreigners and stateless persons', () => {
    expect(r1).toContain(squash('Прием осуществляется в порядке очереди, без предварительной записи'));
    expect(s.applicantKinds).toEqual(['foreigner', 'stateless']);
    expect(s.consentRequired).toBe(false);
    expect(s.commissions).toEqual([]);
  });
});
