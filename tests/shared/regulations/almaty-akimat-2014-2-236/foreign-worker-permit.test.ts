import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText, type Step } from '../../../../shared/regulations/types';
import { foreignWorkerPermit as service } from '../../../../shared/regulations/almaty-akimat-2014-2-236/foreign-worker-permit';
import { readSeed, sectionOf, squash } from '../seed-text';

const section = sectionOf(readSeed('002'), 'Регламент государственной услуги «Выдача, переоформление и');
const inSection = (fragment: string): void => expect(section).toContain(squash(fragment));
const step = (id: string): Step => {
  const found = service.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const stepsOf = (variant: string): readonly Step[] =>
  service.steps.filter((s) => s.variants === undefined || s.variants.includes(variant));
const total = (variant: string) => service.terms.find((t) => t.kind === 'total' && t.variant === variant);
const days = (ids: readonly string[]): number => ids.reduce((sum, id) => sum + (step(id).term?.value ?? NaN), 0);

const variantIds = ['employer-issue', 'employer-reissue', 'employer-extension', 'worker-issue', 'worker-reissue', 'worker-extension'];

describe('002 R17 foreign-worker-permit', () => {
  it('002 R17 п.1: the city department, at the provider or on the portal', () => {
    inSection('оказывается Управлением занятости и социальных программ города Алматы');
    expect(service).toMatchObject({ id: 'foreign-worker-permit', version: 'almaty-2014-2-236', ordinal: 17 });
    expect(service.provider.ru).toBe('Управление занятости и социальных программ города Алматы');
    expect(service.channels).toEqual(['office', 'portal']);
  });

  it('002 R17 п.5, п.7, п.10: six variants, employer and foreign worker', () => {
    expect(service.variants?.map((v) => v.id)).toEqual(variantIds);
    const known = new Set(variantIds);
    for (const s of service.steps) for (const v of s.variants ?? []) expect(known.has(v)).toBe(true);
    for (const d of service.documents.items) for (const v of d.variants ?? []) expect(known.has(v)).toBe(true);
    for (const t of service.terms) if (t.variant !== undefined) expect(known.has(t.variant)).toBe(true);
  });

  it('002 R17 п.10: employer — issue 41, re-issue 31, extension 8 working days', () => {
    inSection('выдача разрешения – в течение 41 (сорок один) рабочих дня');
    inSection('переоформление разрешения – в течение 31 (тридцать один) рабочего дня');
    inSection('продление разрешения – в течение 8 (восемь) рабочих дней');
    expect(total('employer-issue')).toMatchObject({ value: 41, unit: 'working_days' });
    expect(total('employer-reissue')).toMatchObject({ value: 31, unit: 'working_days' });
    expect(total('employer-extension')).toMatchObject({ value: 8, unit: 'working_days' });
  });

  it('002 R17 п.10: foreign worker — issue and extension 31, re-issue 3 working days', () => {
    inSection('выдача и продление разрешения на трудоустройство – в течение 31 (тридцать один) рабочего дня');
    inSection('переоформление разрешения на трудоустройство – в течение 3 (три) рабочих дней');
    expect(total('worker-issue')).toMatchObject({ value: 31, unit: 'working_days' });
    expect(total('worker-extension')).toMatchObject({ value: 31, unit: 'working_days' });
    expect(total('worker-reissue')).toMatchObject({ value: 3, unit: 'working_days' });
    expect(service.terms.filter((t) => t.kind === 'total')).toHaveLength(6);
  });

  it('002 R17 п.10: 20 minutes waiting and 20 minutes service', () => {
    inSection('Максимально допустимое время ожидания для сдачи пакета документов – 20 минут');
    inSection('Максимально допустимое время обслуживания услугополучателя – 20 минут');
    expect(service.terms.find((t) => t.kind === 'wait')).toMatchObject({ value: 20, unit: 'minutes' });
    expect(service.terms.find((t) => t.kind === 'service')).toMatchObject({ value: 20, unit: 'minutes' });
    expect(service.onTheSpot).toBe(false);
  });

  it('002 R17 п.7: every variant runs intake → review → (commission) → decision → issue in order', () => {
    for (const variant of variantIds) {
      const steps = stepsOf(variant);
      const order = steps.map((s) => STAGES.indexOf(s.stage));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const stage of ['intake', 'review', 'decision', 'issue'] as const) {
        expect(steps.some((s) => s.stage === stage)).toBe(true);
      }
      expect(steps.some((s) => s.stage === 'commission')).toBe(variant === 'employer-issue');
    }
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('002 R17 п.7 пп.1: district office — 5 working days to send the package to the labour-migration department', () => {
    inSection('в течение пяти рабочих дней после регистрации в канцелярии районного отдела направляет заявление');
    expect(step('transfer-to-migration-employer-issue')).toMatchObject({ term: { value: 5, unit: 'working_days' }, variants: ['employer-issue'] });
    expect(step('send-notice-employer-issue').term).toEqual({ value: 5, unit: 'working_days' });
  });

  it('002 R17 п.7 пп.1: 10 working days to bring it before the commission, which sits once a week', () => {
    inSection('в течение десяти рабочих дней вносит заявление услугополучателя на рассмотрение комиссии');
    inSection('1 раз в неделю рассматривает заявления услугополучателей');
    inSection('выносит решение рекомендательного характера о выдаче или невыдаче');
    expect(step('submit-to-commission')).toMatchObject({ stage: 'commission', term: { value: 10, unit: 'working_days' } });
    expect(step('commission-sitting')).toMatchObject({ kind: 'commission_sitting', actor: 'commission_chair' });
    expect(service.commissions).toHaveLength(1);
    expect(service.commissions[0]).toMatchObject({ id: 'foreign-labour-commission', signedConclusionRequired: true });
  });

  it('002 R17 п.10 пп.1: decision on the issue within 15 working days = 5 + 10', () => {
    inSection('принимает решение о выдаче разрешения – в течение 15 (пятнадцать) рабочих дней');
    expect(days(['transfer-to-migration-employer-issue', 'submit-to-commission'])).toBe(15);
    expect(step('decide-on-commission')).toMatchObject({ stage: 'decision', actor: 'head', variants: ['employer-issue'] });
  });

  it('002 R17 п.7 пп.2–4, п.10: re-issue and extension decisions within 5 working days = 3 + 2', () => {
    inSection('в течение трех рабочих дней после регистрации в канцелярии районного отдела услугодателя направляет заявление');
    inSection('в течение двух рабочих дней сотрудник отдела трудовой миграции');
    inSection('принимает решение о переоформлении – в течение 5 (пять) рабочих дней');
    expect(days(['transfer-to-migration', 'submit-to-head'])).toBe(5);
    expect(step('decide').variants).toEqual(['employer-reissue', 'employer-extension', 'worker-issue', 'worker-extension']);
  });

  it('002 R17 п.10: notice 3 + guarantee documents 20 + permit 3 working days', () => {
    inSection('уведомляет услугополучателя – в течение 3 (три) рабочих дней со дня принятия решения');
    inSection('в течение 20 (двадцать) рабочих дней после получения уведомления о выдаче разрешения');
    inSection('услугодатель выдает разрешение – в течение 3 (три) рабочих дней с даты получения копий документов');
    expect(step('notify-decision').term).toEqual({ value: 3, unit: 'working_days' });
    expect(step('await-guarantee-documents')).toMatchObject({ kind: 'applicant_wait', term: { value: 20, unit: 'working_days' } });
    expect(step('await-guarantee-documents').pausesClock).toBeUndefined();
    expect(step('issue-permit').term).toEqual({ value: 3, unit: 'working_days' });
  });

  it('002 R17 п.10: the critical path of each variant adds up to its total term', () => {
    const tail = ['notify-decision', 'await-guarantee-documents', 'issue-permit'];
    expect(days(['transfer-to-migration-employer-issue', 'submit-to-commission', ...tail])).toBe(total('employer-issue')?.value);
    expect(days(['transfer-to-migration', 'submit-to-head', ...tail])).toBe(total('employer-reissue')?.value);
    expect(days(['transfer-to-migration', 'submit-to-head', ...tail])).toBe(total('worker-issue')?.value);
    expect(days(['transfer-to-migration', 'submit-to-head', ...tail])).toBe(total('worker-extension')?.value);
    expect(days(['transfer-to-migration', 'submit-to-head', 'notify-decision'])).toBe(total('employer-extension')?.value);
    expect(days(['decide-reissue'])).toBe(total('worker-reissue')?.value);
  });

  it('002 R17 п.10 пп.1: an extended permit is handed over when the employer comes for it', () => {
    inSection('выдает разрешение – при обращении услугополучателя к услугодателю');
    expect(step('await-employer-request')).toMatchObject({ pausesClock: true, variants: ['employer-extension'] });
    expect(step('issue-extended-permit').term).toEqual({ value: 3, unit: 'working_days' });
    expect(stepsOf('employer-extension').some((s) => s.id === 'await-guarantee-documents')).toBe(false);
  });

  it('002 R17 п.7 пп.5: the worker re-issue goes to the city registry and head, decided within 3 working days', () => {
    inSection('руководитель услугодателя в течение трех рабочих дней принимает решение о переоформлении разрешения на трудоустройство');
    const ids = stepsOf('worker-reissue').filter((s) => s.channels === undefined).map((s) => s.id);
    expect(ids).toEqual([
      'register-application-city',
      'assign-migration-head',
      'assign-migration-employee',
      'check-documents-reissue',
      'submit-to-head-reissue',
      'decide-reissue',
      'notify-decision-reissue',
      'await-guarantee-documents-reissue',
      'check-guarantee-documents',
      'issue-permit',
    ]);
    expect(step('register-application-city').actor).toBe('operator');
    expect(step('await-guarantee-documents-reissue').pausesClock).toBe(true);
  });

  it('002 R17 п.7 пп.3: extension lodged not later than 20 working days before expiry (intake rule)', () => {
    inSection('не позднее, чем за двадцать рабочих дней до окончания срока действия разрешения');
    const rule = service.rules?.find((r) => r.id === 'extension-lodged-in-time');
    expect(rule?.check({ extensionLodgedInTime: false }).ok).toBe(false);
    expect(rule?.check({ extensionLodgedInTime: true }).ok).toBe(true);
    expect(rule?.check({}).ok).toBe(true);
  });

  it('002 R17 п.4: written consent of the employer', () => {
    inSection('письменное согласие услугополучателя (работодателя');
    expect(service.consentRequired).toBe(true);
    expect(step('obtain-consent')).toMatchObject({ kind: 'consent', variants: ['employer-issue', 'employer-reissue', 'employer-extension'] });
  });

  it('002 R17 п.7: incomplete packages are returned (5 working days; 3 for the worker re-issue)', () => {
    inSection('в течение пяти рабочих дней со дня их поступления отказывает в выдаче разрешения');
    inSection('услугодатель в течение трех рабочих дней со дня их поступления отказывает в переоформлении разрешения на трудоустройство');
    expect(service.refusalGrounds.filter((g) => g.at === 'intake').map((g) => g.id)).toEqual([
      'incomplete-package',
      'incomplete-package-worker-reissue',
    ]);
    expect(service.results.find((r) => r.kind === 'intake_refusal_receipt')?.on).toBe('intake_refusal');
  });

  it('002 R17 п.3, п.7 пп.1: merits refusals — commission, guarantee documents, grounds of the laws', () => {
    inSection('мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, установленным законами');
    expect(service.refusalGrounds.filter((g) => g.at === 'merits').map((g) => g.id)).toEqual([
      'commission-recommends-refusal',
      'guarantee-not-provided',
      'legal-grounds',
    ]);
  });

  it('002 R17 п.3, п.10: permits for the employer and the worker, the notification and the coupon', () => {
    inSection('на привлечение иностранной рабочей силы');
    inSection('отрывной талон с указанием');
    expect(service.results.filter((r) => r.kind === 'permit').map((r) => r.id)).toEqual(['employer-permit', 'worker-permit']);
    expect(service.results.find((r) => r.kind === 'receipt')?.on).toBe('intake');
    expect(service.results.find((r) => r.kind === 'refusal_letter')?.on).toBe('refusal');
  });

  it('002 R17 п.6: eight units of two offices', () => {
    inSection('сотрудник отдела трудовой миграции услугодателя');
    inSection('заместитель руководителя услугодателя');
    expect(service.roles.filter((r) => !r.role.startsWith('commission'))).toHaveLength(8);
    expect(step('issue-permit').actor).toBe('responsible_specialist');
    expect(step('check-documents').actor).toBe('specialist');
  });

  it('002 R17 п.8: forms of the Standard (appendices 1–5) in the document list', () => {
    inSection('информация о местном содержании в кадрах по форме согласно приложению');
    expect(service.documents.editable).toBe(true);
    const ids = service.documents.items.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['employer-application', 'foreign-workers-info', 'local-content-info', 'special-conditions', 'worker-application']));
  });

  it('002 R17 п.9, п.11: office hours, portal around the clock, documents handed over on a power of attorney', () => {
    inSection('портала – круглосуточно');
    inSection('документа, удостоверяющего личность и доверенности от');
    expect(service.officeHours.map((h) => h.channel)).toEqual(['office', 'portal']);
    expect(service.representativeAllowed).toBe(true);
  });

  it('every text has a Kazakh version different from the Russian', () => {
    const texts: LocalizedText[] = [];
    const walk = (value: unknown): void => {
      if (value && typeof value === 'object') {
        if ('ru' in value && 'kk' in value) texts.push(value as LocalizedText);
        else Object.values(value).forEach(walk);
      }
    };
    walk({ ...service, act: undefined, rules: undefined });
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
    }
  });
});
