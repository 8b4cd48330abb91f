import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../../shared/regulations/types';
import { almatyAkimat2014_2_236 } from '../../../../shared/regulations/almaty-akimat-2014-2-236/act';
import { wheelchair as s } from '../../../../shared/regulations/almaty-akimat-2014-2-236/wheelchair';
import { readSeed, sectionOf, squash } from '../seed-text';

const r9 = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Оформление документов на инвалидов для предоставления им кресла-коляски»',
  'Регламент государственной услуги «Оформление документов на инвалидов для обеспечения их санаторно-курортным лечением»',
);
const p7 = sectionOf(r9, '7. Описание последовательности процедур', '8. Прием документов');
const p9 = sectionOf(r9, '9. Сроки оказания', '10. Инвалидам');
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

describe('002 R9: Оформление документов на инвалидов для предоставления им кресла-коляски (almaty-2014-2-236)', () => {
  it('002 R9 п.1: id, version, ordinal 9, act 2/236, the service name', () => {
    expect(r9).toContain(squash('Оформление документов на инвалидов для предоставления им кресла-коляски» (далее - государственная услуга)'));
    expect(s).toMatchObject({ id: 'wheelchair', version: 'almaty-2014-2-236', ordinal: 9 });
    expect(s.name.ru).toBe('Оформление документов на инвалидов для предоставления им кресла-коляски');
    expect(s.act).toBe(almatyAkimat2014_2_236);
  });

  it('002 R9 п.1–2: the city Управление provides, only through the district office, on paper', () => {
    expect(r9).toContain(squash('оказывается Управлением занятости и социальных программ города Алматы'));
    expect(r9).toContain(squash('осуществляются через районный отдел услугодателя'));
    expect(r9).toContain(squash('Форма оказания государственной услуги - бумажная'));
    expect(s.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
    expect(s.channels).toEqual(['office']);
    expect(s.form.ru).toBe('бумажная');
  });

  it('002 R9 п.9 пп.1: 10 working days from lodging with the provider', () => {
    expect(p9).toContain(squash('с момента сдачи пакета документов услугополучателем услугодателю – в течение 10 (десять) рабочих дней'));
    expect(r9).toContain(squash('(10 рабочих дней)'));
    expect(s.terms.filter((t) => t.kind === 'total')).toEqual([
      expect.objectContaining({ value: 10, unit: 'working_days', kind: 'total', source: '002 R9 п.9 пп.1' }),
    ]);
    expect(s.onTheSpot).toBe(false);
  });

  it('002 R9 п.9 пп.2–3: wait 30 minutes per person in the queue, service 30 minutes', () => {
    expect(p9).toContain(squash('очереди – 30 минут на обслуживание одного услугополучателя'));
    expect(p9).toContain(squash('максимально допустимое время обслуживания услугополучателя – 30 минут'));
    expect(s.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(s.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 30, unit: 'minutes' });
  });

  it('002 R9 п.5, п.7: six steps — register, assign, check, draft, sign, issue — in stage order', () => {
    expect(s.steps.map((x) => [x.id, x.stage, x.actor])).toEqual([
      ['register-application', 'intake', 'specialist'],
      ['assign-executor', 'review', 'head'],
      ['check-documents', 'review', 'responsible_specialist'],
      ['prepare-result', 'review', 'responsible_specialist'],
      ['sign-result', 'decision', 'head'],
      ['issue-result', 'issue', 'responsible_specialist'],
    ]);
    const order = s.steps.map((x) => STAGES.indexOf(x.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const x of s.steps) expect(s.roles.map((r) => r.role)).toContain(x.actor);
  });

  it('002 R9 п.7 пп.2: the district specialist registers and passes to the head', () => {
    expect(p7).toContain(squash('специалист районного отдела услугодателя проводит регистрацию полученных документов и передает на рассмотрение руководителю'));
    expect(step('register-application')).toMatchObject({ kind: 'accept', unit: { ru: 'специалист районного отдела услугодателя' } });
  });

  it('002 R9 п.7 пп.3–4: the head assigns the responsible executor, who checks against Standard п.9 and drafts', () => {
    expect(p7).toContain(squash('руководитель районного отдела услугодателя отписывает заявление ответственному исполнителю'));
    expect(p7).toContain(squash('проверяет представленные документы на соответствие согласно Стандарта, пункту 9'));
    expect(step('check-documents')).toMatchObject({ kind: 'check', unit: { ru: 'ответственный исполнитель районного отдела услугодателя' } });
    expect(step('prepare-result')?.kind).toBe('prepare');
  });

  it('002 R9 п.7 пп.5–6: the head signs, the responsible executor sends the result', () => {
    expect(p7).toContain(squash('руководитель районного отдела услугодателя подписывает уведомление'));
    expect(p7).toContain(squash('ответственный исполнитель районного отдела услугодателя направляет уведомление об оформлении документов с указанием сроков предоставления инвалидам им кресло-коляски'));
    expect(step('sign-result')).toMatchObject({ kind: 'sign', actor: 'head' });
    expect(step('issue-result')).toMatchObject({ kind: 'issue', actor: 'responsible_specialist' });
  });

  it('002 R9: no commission', () => {
    expect(r9).not.toContain(squash('комиссия'));
    expect(s.commissions).toEqual([]);
    expect(s.steps.some((x) => x.stage === 'commission')).toBe(false);
  });

  it('002 R9 п.3, п.9: results — notification with terms, motivated refusal, талон', () => {
    expect(r9).toContain(squash('Результат оказания государственной услуги - уведомление об оформлении документов с указанием сроков'));
    expect(r9).toContain(squash('или мотивированный ответ об отказе'));
    expect(p9).toContain(squash('выдается талон с указанием даты регистрации и получения государственной услуги'));
    expect(s.results.map((r) => [r.kind, r.on])).toEqual([
      ['notification', 'grant'],
      ['refusal_letter', 'refusal'],
      ['receipt', 'intake'],
    ]);
  });

  it('002 R9 п.3, п.9: refusal grounds — incomplete package at intake, one generic merits ground', () => {
    expect(p9).toContain(squash('При подаче услугополучателем всех необходимых документов'));
    expect(r9).not.toContain(squash('расписка об отказе'));
    expect(s.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['incomplete-package', 'intake'],
      ['requirements-not-met', 'merits'],
    ]);
  });

  it('002 R9 п.4: documents are those of Standard п.9 — an editable working copy', () => {
    expect(r9).toContain(squash('утвержденный постановлением Правительства Республики Казахстан от 11 марта 2014 года № 217'));
    expect(s.documents.editable).toBe(true);
    expect(s.documents.note?.ru).toContain('рабочая копия');
    expect(s.documents.items.map((d) => d.id)).toContain('application');
    expect(s.consentRequired).toBe(false);
  });

  it('002 R9 п.8: district office Mon–Fri 9–18 with lunch 13–14', () => {
    expect(r9).toContain(squash('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов'));
    expect(s.officeHours).toEqual([
      expect.objectContaining({ channel: 'office', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' } }),
    ]);
  });

  it('002 R9 п.10: the social worker assists disabled persons of groups I–II receiving special social services', () => {
    expect(r9).toContain(squash('Инвалидам первой и второй групп, являющимся получателями специальных социальных услуг'));
    expect(r9).toContain(squash('осуществляется при содействии социального работника услугодателя'));
    expect(s.roles.find((r) => r.source === '002 R9 п.10')).toMatchObject({ role: 'specialist' });
  });

  it('002 R9: every text has a Kazakh version, every citation points into R9, interpretations are written down', () => {
    for (const t of localized(s)) {
      expect(t.kk.trim()).not.toBe('');
      expect(t.kk).not.toBe(t.ru);
      if (t.kk.length > 30) expect(t.kk).toMatch(/[әғқңөұүһі]/i);
    }
    for (const src of sources(s)) expect(src).toMatch(/^002 R9 /);
    expect(s.interpretations.length).toBeGreaterThan(5);
  });
});
