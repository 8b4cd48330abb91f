import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { activeEmploymentReferral as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/active-employment-referral';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(
  readSeed('002'),
  'Регламент государственной услуги «Выдача направлений лицам',
  'Регламент государственной услуги «Выдача справки, подтверждающей',
);
const inSection = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string) => {
  const found = service.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('002 R14 active-employment-referral', () => {
  it('002 R14 п.1: district offices at the place of residence', () => {
    inSection('оказывается районными отделами Управления занятости и социальных программ города Алматы');
    expect(service).toMatchObject({ id: 'active-employment-referral', version: 'almaty-2014-2-236', ordinal: 14 });
    expect(service.provider.ru).toContain('Районные отделы');
    expect(service.channels).toEqual(['office', 'portal']);
  });

  it('002 R14 п.9 пп.1: 30 minutes on the spot at the office, 1 working day on the portal', () => {
    inSection('с момента сдачи пакета документов услугополучателем услугодателю – 30 минут');
    inSection('на портал – 1 (один) рабочий день');
    expect(service.terms.find((t) => t.kind === 'on_the_spot')).toMatchObject({ value: 30, unit: 'minutes', channel: 'office' });
    expect(service.terms.find((t) => t.kind === 'total')).toMatchObject({ value: 1, unit: 'working_days', channel: 'portal' });
    expect(service.onTheSpot).toBe(true);
  });

  it('002 R14 п.9 пп.2–3: 30 minutes waiting and 30 minutes service; free of charge', () => {
    inSection('не более 30 минут на обслуживание одного услугополучателя');
    inSection('максимально допустимое время обслуживания услугополучателя – 30 минут');
    inSection('Государственная услуга оказывается бесплатно');
    expect(service.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(service.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(service.fee.free).toBe(true);
  });

  it('002 R14 п.5, п.7: stages in order, no commission', () => {
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
      expect(service.steps.some((s) => s.stage === stage)).toBe(true);
    }
    expect(service.steps.some((s) => s.stage === 'commission')).toBe(false);
    expect(service.commissions).toEqual([]);
    expect(service.steps).toHaveLength(8);
  });

  it('002 R14 п.7 пп.1–2: request to state information systems and check against the original', () => {
    inSection('направляет запрос в государственные информационные системы посредством портала');
    inSection('сверяет его с подлинником, после чего подлинник возвращается');
    expect(step('request-state-systems')).toMatchObject({ stage: 'review', kind: 'request', actor: 'specialist' });
    expect(step('verify-with-original')).toMatchObject({ kind: 'check', channels: ['office'] });
  });

  it('002 R14 п.7 пп.3–5: specialist writes, head signs, specialist issues', () => {
    inSection('выписывает направление');
    inSection('руководитель услугодателя подписывает направление');
    inSection('специалист услугодателя выдает готовое направление услугополучателю');
    expect(step('prepare-referral').actor).toBe('specialist');
    expect(step('sign-referral')).toMatchObject({ stage: 'decision', kind: 'sign', actor: 'head' });
    expect(step('issue-referral')).toMatchObject({ stage: 'issue', actor: 'specialist' });
  });

  it('002 R14 п.3: six kinds of referral', () => {
    inSection('направление на общественные работы');
    inSection('направление на молодежную практику');
    inSection('оказание бесплатных услуг лицам в профессиональной ориентации');
    const referrals = service.results.filter((r) => r.kind === 'referral');
    expect(referrals).toHaveLength(6);
    expect(referrals.every((r) => r.on === 'grant')).toBe(true);
    expect(service.results.find((r) => r.kind === 'refusal_letter')?.on).toBe('refusal');
  });

  it('002 R14 п.7 пп.3, п.11 пп.14: refused when registration as unemployed is not confirmed', () => {
    inSection('проверка услугодателем регистрации услугополучателя в качестве безработного');
    expect(service.refusalGrounds).toHaveLength(1);
    expect(service.refusalGrounds[0]).toMatchObject({ id: 'not-registered-unemployed', at: 'merits' });
  });

  it('002 R14 п.4: documents refer to п.9 of the Standard', () => {
    inSection('предусмотренных  Стандарта пунктом 9');
    expect(service.documents.editable).toBe(true);
  });

  it('002 R14 п.8: office hours Mon–Fri 9–18 with lunch 13–14', () => {
    inSection('с понедельника по пятницу включительно с 9.00 до 18.00 часов, перерыв с 13.00 до 14.00 часов');
    expect(service.officeHours).toEqual([
      expect.objectContaining({ channel: 'office', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }),
    ]);
  });

  it('every text has a Kazakh version different from the Russian', () => {
    const texts: LocalizedText[] = [];
    const walk = (value: unknown): void => {
      if (value && typeof value === 'object') {
        if ('ru' in value && 'kk' in value) texts.push(value as LocalizedText);
        else Object.values(value).forEach(walk);
      }
    };
    walk({ ...service, act: undefined });
    for (const text of texts) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
