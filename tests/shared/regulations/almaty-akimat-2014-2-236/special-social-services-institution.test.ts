import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../../shared/regulations/types';
import { almatyAkimat2014_2_236 } from '../../../../shared/regulations/almaty-akimat-2014-2-236/act';
import { specialSocialServicesInstitution as s } from '../../../../shared/regulations/almaty-akimat-2014-2-236/special-social-services-institution';
import { readSeed, sectionOf, squash } from '../seed-text';

const r11 = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)»',
  'Регламент государственной услуги «Оформление документов на оказание специальных социальных услуг в условиях ухода на дому»',
);
const p6 = sectionOf(r11, '6. Перечень структурных подразделений', '7. Описание последовательности');
const p7 = sectionOf(r11, '7. Описание последовательности процедур', '8. Прием документов');
const p9 = sectionOf(r11, '9. Срок оказания', '11. Инвалидам');
const step = (id: string) => s.steps.find((x) => x.id === id);
const sameDay = { value: 0, unit: 'working_days' };
const oneDay = { value: 1, unit: 'working_days' };

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

describe('002 R11: Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (almaty-2014-2-236)', () => {
  it('002 R11 п.1: id, version, ordinal 11, act 2/236, the service name', () => {
    expect(s).toMatchObject({ id: 'special-social-services-institution', version: 'almaty-2014-2-236', ordinal: 11 });
    expect(s.act).toBe(almatyAkimat2014_2_236);
    expect(s.name.ru).toBe('Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)');
  });

  it('002 R11 п.1–2: the city Управление provides through the district office of permanent residence, on paper', () => {
    expect(r11).toContain(squash('оказывается Управлением занятости и социальных программ города Алматы'));
    expect(r11).toContain(squash('через районные отделы услугодателя по месту регистрации постоянного места жительства услугополучателя'));
    expect(r11).toContain(squash('Форма оказываемой государственной услуги - бумажная'));
    expect(s.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
    expect(s.channels).toEqual(['office']);
    expect(s.form.ru).toBe('бумажная');
  });

  it('002 R11 п.9 пп.1: 17 working days from lodging with the provider', () => {
    expect(p9).toContain(squash('с момента сдачи пакета документов услугополучателем услугодателю – в течение 17 (семнадцать) рабочих дней'));
    expect(s.terms.filter((t) => t.kind === 'total')).toEqual([
      expect.objectContaining({ value: 17, unit: 'working_days', kind: 'total', source: '002 R11 п.9 пп.1' }),
    ]);
    expect(s.onTheSpot).toBe(false);
  });

  it('002 R11 п.9 пп.2–3: wait 30 minutes per person in the queue, service 30 minutes', () => {
    expect(p9).toContain(squash('очереди – 30 минут на обслуживание одного услугополучателя'));
    expect(p9).toContain(squash('максимально допустимое время обслуживания услугополучателя – 30 минут'));
    expect(s.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(s.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 30, unit: 'minutes' });
  });

  it('002 R11 п.6: eight units, each mapped to a role', () => {
    expect(p6).toContain(squash('3) социальный работник по оценке и определению потребности в специальных социальных услугах'));
    expect(p6).toContain(squash('4) специалист канцелярии услугодателя'));
    expect(p6).toContain(squash('5) заместитель руководителя услугодателя'));
    expect(p6).toContain(squash('8) комиссия услугодателя по направлению граждан в медико-социальное учреждение'));
    expect(s.roles.map((r) => [r.role, r.source])).toEqual([
      ['specialist', '002 R11 п.6 пп.1'],
      ['head', '002 R11 п.6 пп.2'],
      ['specialist', '002 R11 п.6 пп.3'],
      ['operator', '002 R11 п.6 пп.4'],
      ['head', '002 R11 п.6 пп.5'],
      ['head', '002 R11 п.6 пп.6'],
      ['responsible_specialist', '002 R11 п.6 пп.7'],
      ['commission_chair', '002 R11 п.6 пп.8'],
      ['commission_member', '002 R11 п.6 пп.8'],
    ]);
  });

  it('002 R11 п.7 пп.1–14: fourteen steps with the act\'s terms, in stage order', () => {
    expect(s.steps.map((x) => [x.id, x.stage, x.actor, x.term])).toEqual([
      ['register-application', 'intake', 'specialist', sameDay],
      ['assign-district-specialist', 'review', 'head', sameDay],
      ['transfer-to-social-worker', 'review', 'specialist', sameDay],
      ['assess-need', 'review', 'specialist', { value: 10, unit: 'working_days' }],
      ['send-to-department', 'review', 'specialist', oneDay],
      ['register-at-department', 'review', 'operator', sameDay],
      ['assign-division', 'review', 'head', oneDay],
      ['assign-responsible-executor', 'review', 'head', sameDay],
      ['send-to-commission', 'review', 'responsible_specialist', oneDay],
      ['commission-decision', 'commission', 'commission_chair', oneDay],
      ['prepare-notification', 'decision', 'responsible_specialist', oneDay],
      ['sign-notification', 'decision', 'head', oneDay],
      ['return-to-district-office', 'issue', 'responsible_specialist', sameDay],
      ['notify-applicant', 'issue', 'specialist', oneDay],
    ]);
    const order = s.steps.map((x) => STAGES.indexOf(x.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('002 R11 п.7, п.9 пп.1: the step terms add up to the 17-day total', () => {
    const sum = s.steps.reduce((acc, x) => acc + (x.term?.value ?? 0), 0);
    expect(sum).toBe(17);
  });

  it('002 R11 п.7 пп.2–4: same-day registration, assignment and hand-over to the social worker', () => {
    expect(p7).toContain(squash('специалист районного отдела услугодателя в день поступления заявления и необходимых документов для оказания государственной услуги регистрирует заявление в журнале входящей корреспонденции'));
    expect(p7).toContain(squash('руководитель районного отдела услугодателя в день поступления заявления'));
    expect(p7).toContain(squash('передает документы социальному работнику по оценке и определению потребности'));
  });

  it('002 R11 п.7 пп.5: the social worker concludes on the need within 10 working days of lodging', () => {
    expect(p7).toContain(squash('в течение десяти рабочих дней со дня поступления заявления выносит заключение о потребности в специальных социальных услугах'));
    expect(step('assess-need')).toMatchObject({ kind: 'check', unit: { ru: 'социальный работник по оценке и определению потребности в специальных социальных услугах' } });
    expect(step('assess-need')?.output?.ru).toBe('Заключение о потребности в специальных социальных услугах');
  });

  it('002 R11 п.7 пп.6–10: covering letter within a day, the Управление registers, assigns and sends to the commission', () => {
    expect(p7).toContain(squash('в течение одного рабочего дня принятые документы и заключение о потребности в специальных социальных услугах с сопроводительным письмом направляет услугодателю'));
    expect(p7).toContain(squash('специалист канцелярии услугодателя в день поступления сопроводительного письма'));
    expect(p7).toContain(squash('заместитель руководителя услугодателя в течение одного рабочего дня отписывает'));
    expect(p7).toContain(squash('ответственный исполнитель услугодателя в течение одного рабочего дня направляет пакет документов на комиссию'));
    expect(step('register-at-department')?.unit.ru).toBe('специалист канцелярии услугодателя');
  });

  it('002 R11 п.7 пп.11: the commission decides within one working day; no inspection, no signatures required', () => {
    expect(p7).toContain(squash('комиссия по направлению граждан в медико-социальные учреждения рассматривает поступивший пакет документов и в течение одного рабочего дня принимает решение'));
    expect(s.commissions).toHaveLength(1);
    expect(s.commissions[0]).toMatchObject({ term: oneDay, inspection: false, signedConclusionRequired: false });
    expect(s.steps.filter((x) => x.stage === 'commission').map((x) => x.kind)).toEqual(['commission_sitting']);
  });

  it('002 R11 п.7 пп.12–14: notification to the district office, signed by the deputy head, result sent to the applicant', () => {
    expect(p7).toContain(squash('подготавливает уведомление районному отделу услугодателя о решении комиссии'));
    expect(p7).toContain(squash('заместитель руководителя услугодателя в течение одного рабочего дня подписывает уведомление'));
    expect(p7).toContain(squash('специалист районного отдела услугодателя в течение одного рабочего дня со дня поступления документов от услугодателя направляет услугополучателю уведомление'));
    expect(step('sign-notification')).toMatchObject({ kind: 'sign', unit: { ru: 'заместитель руководителя услугодателя' } });
    expect(step('notify-applicant')).toMatchObject({ kind: 'issue', unit: { ru: 'специалист районного отдела услугодателя' } });
  });

  it('002 R11 п.3, п.10: results — notification with the term, motivated refusal, талон', () => {
    expect(r11).toContain(squash('уведомление об оформлении документов с указанием срока оказания специальных социальных услуг в медико-социальных учреждениях'));
    expect(r11).toContain(squash('либо мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям'));
    expect(r11).toContain(squash('выдается талон с указанием даты регистрации и получения государственной услуги'));
    expect(s.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R11 п.3, п.7 пп.5, пп.11: refusal grounds — incomplete package, no need, medical contraindications', () => {
    expect(r11).toContain(squash('предусмотренным Стандарта государственной услуги «Оформление пунктом 10'));
    expect(s.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['no-need', 'merits'],
      ['medical-contraindications', 'merits'],
    ]);
  });

  it('002 R11 п.4, п.7 пп.1: documents of Standard п.9, application on form 1 or 2 — an editable working copy', () => {
    expect(r11).toContain(squash('по форме согласно приложениям или к Стандарту;1 2'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.note?.ru).toContain('рабочая копия');
    expect(s.documents.items.find((d) => d.id === 'application')?.name.ru).toContain('приложению 1 или 2');
    expect(s.consentRequired).toBe(false);
  });

  it('002 R11 п.8: provider Mon–Fri 9–18 with lunch 13–14', () => {
    expect(r11).toContain(squash('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов'));
    expect(s.officeHours).toEqual([
      expect.objectContaining({ channel: 'office', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' } }),
    ]);
  });

  it('002 R11: every text has a Kazakh version, every citation points into R11, interpretations are written down', () => {
    for (const t of localized(s)) {
      expect(t.kk.trim()).not.toBe('');
      expect(t.kk).not.toBe(t.ru);
      if (t.kk.length > 30) expect(t.kk).toMatch(/[әғқңөұүһі]/i);
    }
    for (const src of sources(s)) expect(src).toMatch(/^002 R11 /);
    expect(s.interpretations.length).toBeGreaterThan(8);
  });
});
