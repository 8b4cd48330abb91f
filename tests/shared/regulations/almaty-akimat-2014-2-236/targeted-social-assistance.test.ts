import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../../shared/regulations/types';
import { almatyAkimat2014_2_236 } from '../../../../shared/regulations/almaty-akimat-2014-2-236/act';
import { targetedSocialAssistance as s } from '../../../../shared/regulations/almaty-akimat-2014-2-236/targeted-social-assistance';
import { readSeed, sectionOf, squash } from '../seed-text';

const r7 = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Назначение государственной адресной социальной помощи»',
  'Регламент государственной услуги «Оформление документов на инвалидов для предоставления им услуги',
);
const p7 = sectionOf(r7, '7. Описание последовательности процедур', '9. Срок оказания');
const p9 = sectionOf(r7, '9. Срок оказания', '10. Описание');
const p11 = sectionOf(r7, '11. Прием документов', '12. Выдача');
const annex3 = sectionOf(r7, 'Заключение участковой комиссии №', 'Справочник бизнес-процессов');
const step = (id: string) => s.steps.find((x) => x.id === id);

/** Every `{ ru, kk }` pair in the service (act included). */
function localized(v: unknown, out: { ru: string; kk: string }[] = []): { ru: string; kk: string }[] {
  if (Array.isArray(v)) for (const x of v) localized(x, out);
  else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.ru === 'string' && typeof o.kk === 'string') out.push({ ru: o.ru, kk: o.kk });
    for (const x of Object.values(o)) localized(x, out);
  }
  return out;
}
/** Every `source` in the service except the act's own. */
function sources(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) sources(x, out);
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'source' && typeof x === 'string') out.push(x);
      else if (k !== 'act') sources(x, out);
    }
  }
  return out;
}

describe('002 R7: Назначение государственной адресной социальной помощи (almaty-2014-2-236)', () => {
  it('002 п.1 пп.7: id, version, ordinal 7, act 2/236', () => {
    expect(readSeed('002')).toContain('7)  государственной услуги «Назначение государственной адреснойрегламент');
    expect(s).toMatchObject({ id: 'targeted-social-assistance', version: 'almaty-2014-2-236', ordinal: 7 });
    expect(s.act).toBe(almatyAkimat2014_2_236);
    expect(s.name.ru).toBe('Назначение государственной адресной социальной помощи');
  });

  it('002 R7 п.1: the city Управление provides; district offices and ЦОН accept', () => {
    expect(r7).toContain(squash('предоставляется Управлением занятости и социальных программ города Алматы'));
    expect(r7).toContain(squash('районные отделы услугодателя по месту регистрации постоянного места жительства услугополучателя'));
    expect(r7).toContain(squash('«Центр обслуживания населения»'));
    expect(s.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
    expect(s.channels).toEqual(['office', 'con']);
  });

  it('002 R7 п.2: paper form', () => {
    expect(r7).toContain(squash('Форма оказываемой государственной услуги: бумажная'));
    expect(s.form.ru).toBe('бумажная');
  });

  it('002 R7 п.9 пп.1: 7 working days from lodging with the provider or ЦОН', () => {
    expect(p9).toContain(squash('с момента сдачи пакета документов услугополучателем услугодателю, в ЦОН – 7 (семь) рабочих дней'));
    expect(s.terms.filter((t) => t.kind === 'total')).toEqual([
      expect.objectContaining({ value: 7, unit: 'working_days', kind: 'total', source: '002 R7 п.9 пп.1' }),
    ]);
    expect(s.onTheSpot).toBe(false);
  });

  it('002 R7 п.9 пп.2–3: wait up to 15 minutes per person in the queue, service 15 minutes', () => {
    expect(p9).toContain(squash('из расчета не более 15 минут на обслуживание одного услугополучателя'));
    expect(p9).toContain(squash('максимально допустимое время обслуживания услугополучателя – не более 15 минут'));
    expect(s.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 15, unit: 'minutes' });
    expect(s.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 15, unit: 'minutes' });
  });

  it('002 R7 п.5–7: steps go intake → review → commission → decision → issue', () => {
    const order = s.steps.map((x) => STAGES.indexOf(x.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(s.steps.map((x) => x.stage))).toEqual(new Set(STAGES));
    expect(s.steps).toHaveLength(20);
    expect(new Set(s.steps.map((x) => x.id)).size).toBe(s.steps.length);
    for (const x of s.steps) {
      expect(x.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.roles.map((r) => r.role)).toContain(x.actor);
    }
  });

  it('002 R7 п.5 пп.1, п.11: ЦОН accepts, gets the consent and gives a receipt (ЦОН-only steps)', () => {
    expect(r7).toContain(squash('прием документов специалистом районного отдела услугодателя или работником ЦОНа'));
    expect(p11).toContain(squash('через ЦОН услугополучателю выдается расписка о приеме соответствующих документов'));
    for (const id of ['con-accept-documents', 'con-obtain-consent', 'con-transfer-to-district-office']) {
      expect(step(id)).toMatchObject({ stage: 'intake', actor: 'con_worker', channels: ['con'] });
    }
  });

  it('002 R7 п.7 пп.1: the district specialist accepts, checks copies and registers in the incoming journal', () => {
    expect(p7).toContain(squash('специалист районного отдела услугодателя принимает заявление, сверяет копии документов'));
    expect(p7).toContain(squash('регистрирует документы в журнале входящей корреспонденции'));
    expect(step('accept-documents')).toMatchObject({
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: { ru: 'специалист районного отдела услугодателя' },
    });
  });

  it('002 R7 п.11: written consent to use information protected by law', () => {
    expect(p11).toContain(squash('получает письменное согласие услугополучателя на использование сведений, составляющих охраняемую законом тайну'));
    expect(s.consentRequired).toBe(true);
    expect(s.steps.filter((x) => x.kind === 'consent').map((x) => x.channels)).toEqual([['con'], ['office']]);
  });

  it('002 R7 п.7 пп.2: the head assigns the responsible specialist', () => {
    expect(p7).toContain(squash('руководитель районного отдела услугодателя отписывает заявление услугополучателя ответственному специалисту'));
    expect(step('assign-responsible-specialist')).toMatchObject({ stage: 'review', kind: 'assign', actor: 'head' });
  });

  it('002 R7 п.7 пп.3: two working days to pass the documents to the участковая комиссия', () => {
    expect(p7).toContain(squash('в течение двух рабочих дней передает их на рассмотрение в участковую комиссию'));
    expect(step('transfer-to-commission')).toMatchObject({
      stage: 'review',
      actor: 'responsible_specialist',
      term: { value: 2, unit: 'working_days' },
    });
  });

  it('002 R7 п.7 пп.4: the участковая комиссия — 5 working days, inspection, signed conclusion, protocol', () => {
    expect(p7).toContain(squash('участковая комиссия в течение пяти рабочих дней'));
    expect(p7).toContain(squash('проводит обследования материального положения лица (семьи)'));
    expect(p7).toContain(squash('фиксируется в протоколе, который подписывают все члены участковой комиссии'));
    expect(p7).toContain(squash('которое подписывается председателем и членами участковой комиссии'));
    expect(s.commissions).toHaveLength(1);
    const c = s.commissions[0];
    expect(c).toMatchObject({
      term: { value: 5, unit: 'working_days' },
      inspection: true,
      signedConclusionRequired: true,
    });
    expect(c?.output.ru).toContain('Заключение участковой комиссии');
    expect(c?.otherOutputs?.map((o) => o.ru)).toEqual([
      expect.stringContaining('Акт обследования материального положения'),
      expect.stringContaining('Протокол об отказе'),
    ]);
    // 2 days to reach the commission + 5 days of the commission = the 7-day total.
    expect((step('transfer-to-commission')?.term?.value ?? 0) + (c?.term?.value ?? 0)).toBe(7);
  });

  it('002 R7 п.7 пп.4: commission steps — inspection, request, conclusion, hand-over — by the участковая комиссия', () => {
    const commission = s.steps.filter((x) => x.stage === 'commission');
    expect(commission.map((x) => [x.id, x.kind, x.actor])).toEqual([
      ['inspect-family', 'inspect', 'commission_member'],
      ['request-missing-information', 'request', 'commission_member'],
      ['commission-conclusion', 'commission_sitting', 'commission_chair'],
      ['transfer-conclusion', 'transfer', 'commission_chair'],
    ]);
    for (const x of commission) expect(x.unit.ru).toBe('участковая комиссия');
    expect(step('request-missing-information')?.pausesClock).toBeUndefined();
    expect(step('inspect-family')?.output?.ru).toContain('Акт обследования');
  });

  it('002 R7 прил.3: the conclusion is received by the worker / аким поселка, аула (села) or authorised body', () => {
    expect(annex3).toContain(squash('работника, акима поселка, аула (села), аульного сельского округа)'));
    expect(annex3).toContain(squash('Председатель комиссии'));
    expect(step('accept-conclusion')).toMatchObject({ stage: 'decision', actor: 'specialist' });
    expect(step('accept-conclusion')?.unit.ru).toContain('аким поселка, аула (села), аульного сельского округа');
  });

  it('002 R7 п.7 пп.5: ГЦВП check, head decides, specialist drafts, head signs', () => {
    expect(p7).toContain(squash('сверяет указанные в заявлении доходы услугополучателя (его семьи) с данными базы Государственного центра по выплате пенсий'));
    expect(p7).toContain(squash('руководитель районного отдела услугодателя принимает решение о назначении или об отказе'));
    expect(p7).toContain(squash('руководитель районного отдела услугодателя подписывает решение и уведомление'));
    expect(s.steps.filter((x) => x.stage === 'decision').map((x) => [x.id, x.actor])).toEqual([
      ['accept-conclusion', 'specialist'],
      ['verify-income', 'responsible_specialist'],
      ['decide', 'head'],
      ['prepare-decision-and-notification', 'responsible_specialist'],
      ['sign-decision-and-notification', 'head'],
    ]);
  });

  it('002 R7 п.7 пп.5, п.12: delivery in person or by post; via ЦОН by its receipt', () => {
    expect(p7).toContain(squash('при личном посещений услугополучателя районного отдела услугодателя, либо посредством почтового сообщения'));
    expect(r7).toContain(squash('Выдача готовых документов осуществляется работником ЦОНа на основании расписки'));
    expect(s.steps.filter((x) => x.stage === 'issue').map((x) => [x.id, x.channels])).toEqual([
      ['deliver-notification', ['office']],
      ['transfer-result-to-con', ['con']],
      ['con-issue-result', ['con']],
    ]);
  });

  it('002 R7 п.3, п.9, п.11: results — notification, refusal, receipts', () => {
    expect(r7).toContain(squash('является уведомление о назначении государственной адресной социальной помощи, либо мотивированный ответ об отказе'));
    expect(p9).toContain(squash('выдается отрывной талон заявления с указанием даты регистрации и даты получения государственной услуги'));
    expect(s.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['intake_refusal_receipt', 'intake_refusal'],
      ['receipt', 'intake'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R7 п.11, п.3, п.7 пп.4–5: refusal grounds — incomplete package at intake, four on the merits', () => {
    expect(p11).toContain(squash('работником ЦОНа выдается расписка об отказе в приеме документов'));
    expect(r7).toContain(squash('в случаях и по основаниям, предусмотренным пунктом'));
    expect(s.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['no-need', 'merits'],
      ['income-above-poverty-line', 'merits'],
      ['income-mismatch', 'merits'],
      ['inspection-refused', 'merits'],
    ]);
  });

  it('002 R7 п.4, п.11: documents are those of Standard п.9 — an editable working copy', () => {
    expect(r7).toContain(squash('услугополучателя предусмотренных Стандарта.пунктом 9'));
    expect(p11).toContain(squash('Документ, указанный в подпункте 5) Стандарта, предоставляется в оригинале'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.note?.ru).toContain('рабочая копия');
    expect(s.documents.items.find((d) => d.id === 'identity-document')?.form).toBe('original_for_check');
    expect(s.documents.items.find((d) => d.id === 'residence-registration')?.form).toBe('state_system');
  });

  it('002 R7 п.8 (unnumbered), п.11: district office Mon–Fri 9–18 with lunch, ЦОН Mon–Sat 9–20', () => {
    expect(p7).toContain(squash('посредством почтового сообщения. Прием документов и выдача результата'));
    expect(r7).not.toContain(squash('8. Прием документов'));
    expect(r7).toContain(squash('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов'));
    expect(p11).toContain(squash('с понедельника по субботу включительно, в соответствии графиком работы с 9.00 часов до 20.00 часов без перерыва на обед'));
    expect(s.officeHours).toEqual([
      expect.objectContaining({ channel: 'office', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' } }),
      expect.objectContaining({ channel: 'con', days: [1, 2, 3, 4, 5, 6], open: '09:00', close: '20:00' }),
    ]);
  });

  it('002 R7: every text has a Kazakh version, every citation points into R7, interpretations are written down', () => {
    for (const t of localized(s)) {
      expect(t.kk.trim()).not.toBe('');
      expect(t.kk).not.toBe(t.ru);
      if (t.kk.length > 30) expect(t.kk).toMatch(/[әғқңөұүһі]/i);
    }
    for (const src of sources(s)) expect(src).toMatch(/^002 R7 /);
    expect(s.interpretations.length).toBeGreaterThan(10);
  });
});
