import { describe, expect, it } from 'vitest';
import { privateInvitation2014 as s } from '../../../../shared/regulations/mvd-2014-103/private-invitation';
import { readSeed, sectionOf, squash } from '../seed-text';

const r2 = sectionOf(
  readSeed('004'),
  'Регламент государственной услуги "Оформление приглашений',
  'Регламент государственной услуги "Регистрация иностранцев',
);
const p4 = sectionOf(r2, '4. Результат', '5. В процессе');
const table = sectionOf(r2, 'Приложение 1', 'Приложение 2');
const scheme = sectionOf(r2, 'Приложение 2', 'Приложение 3');
const step = (id: string) => s.steps.find((x) => x.id === id);

describe('004 R2: Оформление приглашений по частным делам и с целью воссоединения семьи (mvd-2014-103)', () => {
  it('004 R2 heading: the exact name of the service', () => {
    expect(r2).toContain(squash(s.name.ru));
    expect(s.name.ru).toBe('Оформление приглашений на въезд в Республику Казахстан по частным делам и с целью воссоединения семьи');
    expect(s).toMatchObject({ id: 'private-invitation', version: 'mvd-2014-103', ordinal: 2 });
  });

  it('004 R2 п.3: paper form, office only', () => {
    expect(r2).toContain(squash('Форма оказываемой государственной услуги: бумажная'));
    expect(s.form.ru).toBe('бумажная');
    expect(s.channels).toEqual(['office']);
  });

  it('004 R2 прил.1 стр.5: 5 working days in total ("в течение пяти рабочего дня")', () => {
    expect(table).toContain(squash('в течение пяти рабочего дня'));
    expect(s.terms).toEqual([expect.objectContaining({ value: 5, unit: 'working_days', kind: 'total' })]);
  });

  it('004 R2 прил.1: accept and check, special-records check, head signs, issue', () => {
    expect(table).toContain(squash('прием и проверка представленных документов'));
    expect(table).toContain(squash('проверка по специальным учетам'));
    expect(s.steps.map((x) => [x.id, x.stage, x.actor])).toEqual([
      ['accept-documents', 'intake', 'specialist'],
      ['check-special-records', 'review', 'specialist'],
      ['sign-invitation', 'decision', 'head'],
      ['issue-invitation', 'issue', 'specialist'],
    ]);
  });

  it('004 R2 п.4: the invitation is sealed and signed by the head of the ДВД migration-police unit', () => {
    expect(p4).toContain(squash('скрепляется печатью и подписью начальника подразделения миграционной полиции Департамента внутренних дел'));
    expect(step('sign-invitation')?.unit.ru).toBe('начальник подразделения миграционной полиции Департамента внутренних дел');
  });

  it('004 R2 п.4: results — an invitation of the established form, or a motivated refusal', () => {
    expect(p4).toContain(squash('приглашение установленного образца'));
    expect(p4).toContain(squash('мотивированный ответ об отказе в оказании государственной услуги'));
    expect(s.results.map((r) => [r.id, r.kind, r.on])).toEqual([
      ['invitation', 'invitation', 'grant'],
      ['refusal-letter', 'refusal_letter', 'refusal'],
    ]);
  });

  it('004 R2 п.4: refusal grounds are in п.10 of the Standard — one generic merits ground plus the incomplete package', () => {
    expect(p4).toContain(squash('в случаях и по основаниям, указанным в'));
    expect(s.refusalGrounds.map((g) => g.at)).toEqual(['intake', 'merits']);
  });

  it('004 R2 прил.2: the Заявление-Анкета per appendix 2 of the Standard heads the editable list', () => {
    expect(scheme).toContain(squash('Подача услугополучателем Заявления-Анкеты по форме согласно'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.items[0]).toMatchObject({ id: 'application-form', required: true, source: '004 R2 прил.2' });
  });

  it('004 R2 п.1: invitations are lodged by the inviting side (citizens, residents, organisations)', () => {
    expect(r2).toContain(squash('определяет процедуру выдачи приглашений иностранцев и лиц без гражданства'));
    expect(s.applicantKinds).toEqual(['citizen', 'foreigner', 'stateless', 'legal_entity']);
    expect(s.commissions).toEqual([]);
  });
});
