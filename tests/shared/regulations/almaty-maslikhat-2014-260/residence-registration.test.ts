import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { almatyMaslikhat2014_260, residenceRegistration, services } from '../../../../shared/regulations/almaty-maslikhat-2014-260';
import { residenceFacts, residenceRules } from '../../../../shared/regulations/almaty-maslikhat-2014-260/residence-rules';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('001');
/** The text of point `n` of the Rules (up to point `n + 1`). */
const point = (n: number, start: string, next?: string): string => sectionOf(seed, `${n}. ${start}`, next === undefined ? undefined : `${n + 1}. ${next}`);
const service = residenceRegistration;

/** Every LocalizedText inside a value (objects and arrays, functions skipped). */
function localizedTexts(value: unknown, path = '$'): { path: string; text: LocalizedText }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record.ru === 'string' && typeof record.kk === 'string') return [{ path, text: record as LocalizedText }];
  return keys.flatMap((key) => localizedTexts(record[key], `${path}.${key}`));
}

describe('001 act: решение маслихата города Алматы от 10.09.2014 № 260', () => {
  it('001 преамбула: number 260 of 10 September 2014, registered 16.10.2014 No 1092', () => {
    expect(seed).toContain('2014 года N 260');
    expect(squash(seed)).toContain(squash('Зарегистрировано Департаментом юстиции города Алматы 16 октября 2014 года N 1092'));
    expect(almatyMaslikhat2014_260).toMatchObject({ number: '260', date: '2014-09-10', registration: { number: '1092', date: '2014-10-16' } });
  });

  it('001 п.5 решения: enacted ten calendar days after publication; lapsed by decision of 15.09.2017 No 152', () => {
    expect(squash(seed)).toContain(squash('вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования'));
    expect(squash(seed)).toContain(squash('15 сентября 2017 года № 152'));
    expect(almatyMaslikhat2014_260.effective).toMatchObject({ from: '2014-10-26', to: '2017-09-25' });
  });

  it('index exports the act and exactly one service', () => {
    expect(services).toEqual([residenceRegistration]);
    expect(service.act).toBe(almatyMaslikhat2014_260);
    expect(service).toMatchObject({ id: 'residence-registration', version: 'almaty-maslikhat-2014-260', ordinal: 1 });
  });
});

describe('001 residence-registration: terms', () => {
  it('001 п.15: foreigners are registered "в день его обращения" — 0 working days (the day of lodging)', () => {
    expect(point(15, 'Регистрация иностранных', 'По предъявленному')).toContain(squash('в день его обращения'));
    const term = service.terms.find((t) => t.variant === 'foreigner');
    expect(term).toMatchObject({ kind: 'total', value: 0, unit: 'working_days', source: '001 п.15' });
  });

  it('001 п.3, п.12: no term for citizens — interpretation of 1 working day', () => {
    const term = service.terms.find((t) => t.variant === 'internal-migrant');
    expect(term).toMatchObject({ kind: 'total', value: 1, unit: 'working_days' });
    expect(service.interpretations.some((i) => i.topic === 'term for citizens')).toBe(true);
    expect(squash(seed)).not.toContain(squash('рабочих дней'));
  });

  it('001: not on the spot, office channel only, free', () => {
    expect(service.onTheSpot).toBe(false);
    expect(service.channels).toEqual(['office']);
    expect(service.fee.free).toBe(true);
  });
});

describe('001 residence-registration: steps', () => {
  it('has intake, review, decision and issue steps in stage order and no commission', () => {
    const stages = service.steps.map((s) => s.stage);
    expect(stages).toEqual(['intake', 'intake', 'review', 'review', 'review', 'decision', 'decision', 'issue', 'issue', 'issue']);
    const order = stages.map((stage) => STAGES.indexOf(stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(service.commissions).toEqual([]);
    expect(new Set(service.steps.map((s) => s.id)).size).toBe(service.steps.length);
  });

  it('001 п.7: intake accepts the package and takes the written consent of the owner (tenant)', () => {
    expect(point(7, 'Регистрация места', 'Регистрация по месту')).toContain(squash('по письменному согласию собственника (нанимателя) жилища'));
    const [accept, consent] = service.steps;
    expect(accept).toMatchObject({ id: 'accept-application', kind: 'accept', actor: 'operator' });
    expect(consent).toMatchObject({ id: 'owner-consent', kind: 'consent', variants: ['internal-migrant'], source: '001 п.7' });
  });

  it('001 п.12: the responsible worker checks the area norm through АИС «Население»', () => {
    expect(point(12, 'Посредством', 'Снятие')).toContain(squash('ответственным сотрудником уполномоченного органа осуществляется проверка соблюдения минимальных норм'));
    expect(service.steps.find((s) => s.id === 'check-area-norm')).toMatchObject({ stage: 'review', actor: 'responsible_specialist' });
  });

  it('001 п.16: foreigner identified by scanning; the responsible worker decides and issues the certificate', () => {
    const text = point(16, 'По предъявленному', 'В момент');
    expect(text).toContain(squash('производится сканирование документа'));
    expect(text).toContain(squash('на основании принятия решения о регистрации ответственным сотрудником уполномоченного органа'));
    expect(text).toContain(squash('выдачей иностранному гражданину свидетельства о регистрации'));
    expect(service.steps.find((s) => s.id === 'decide-foreigner-registration')).toMatchObject({ stage: 'decision', actor: 'responsible_specialist', variants: ['foreigner'] });
    expect(service.steps.find((s) => s.id === 'issue-registration-certificate')).toMatchObject({ stage: 'issue', variants: ['foreigner'] });
  });

  it('001 п.17: automatic wanted-persons check at registration, without a clock pause', () => {
    expect(point(17, 'В момент', 'Ответственным')).toContain(squash('Республиканскому интегрированному банку данных розыска лиц'));
    const step = service.steps.find((s) => s.id === 'check-wanted-persons');
    expect(step).toMatchObject({ stage: 'review', kind: 'request' });
    expect(step?.pausesClock).toBeUndefined();
  });

  it('001 п.18: registration data of foreigners go to the district police inspectors', () => {
    expect(point(18, 'Ответственным', 'Регистрация, продление')).toContain(squash('участковым инспекторам полиции районных отделений'));
    expect(service.steps.find((s) => s.id === 'inform-district-inspectors')).toMatchObject({ stage: 'issue', kind: 'transfer' });
  });

  it('001 п.20: the internal-migrant decision is the head of the territorial subdivision', () => {
    expect(point(20, 'В случае', 'Иностранные')).toContain(squash('территориальным подразделением уполномоченного органа, оформившим его'));
    expect(service.steps.find((s) => s.id === 'decide-registration')).toMatchObject({ actor: 'head', variants: ['internal-migrant'] });
  });

  it('every step of a variant names an existing variant; each variant walks intake → review → decision → issue', () => {
    const variants = (service.variants ?? []).map((v) => v.id);
    expect(variants).toEqual(['internal-migrant', 'foreigner']);
    for (const variant of variants) {
      const stages = service.steps.filter((s) => !s.variants || s.variants.includes(variant)).map((s) => s.stage);
      expect(new Set(stages)).toEqual(new Set(['intake', 'review', 'decision', 'issue']));
    }
    for (const step of service.steps) for (const v of step.variants ?? []) expect(variants).toContain(v);
  });
});

describe('001 residence-registration: results, refusal grounds, documents', () => {
  it('001 п.3: the registration is an entry in АИС «Население» (registration mark)', () => {
    expect(point(3, 'В соответствии', 'Внутренние')).toContain(squash('осуществляется путем внесения сведений в автоматизированной системе'));
    expect(service.results.find((r) => r.on === 'grant' && r.kind === 'registration_mark')?.source).toBe('001 п.3');
  });

  it('001 п.16: foreigners receive a certificate of registration', () => {
    expect(service.results.find((r) => r.kind === 'certificate')).toMatchObject({ on: 'grant', source: '001 п.16' });
  });

  it('refusal letter, intake refusal receipt and their grounds (interpretations)', () => {
    expect(service.results.map((r) => [r.kind, r.on])).toEqual([
      ['registration_mark', 'grant'],
      ['certificate', 'grant'],
      ['refusal_letter', 'refusal'],
      ['intake_refusal_receipt', 'intake_refusal'],
    ]);
    expect(service.refusalGrounds.filter((g) => g.at === 'intake').map((g) => g.id)).toEqual(['incomplete-package']);
    expect(service.refusalGrounds.filter((g) => g.at === 'merits').map((g) => g.id)).toEqual(['premises-not-listed', 'area-norm-not-met', 'requirements-not-met']);
    expect(service.interpretations.some((i) => i.topic === 'refusal grounds')).toBe(true);
  });

  it('001 п.6: the 15 m² ground quotes the norm of the act', () => {
    expect(point(6, 'Регистрация по месту', 'Регистрация места')).toContain(squash('не менее пятнадцати квадратных метров полезной площади на одного человека'));
    expect(service.refusalGrounds.find((g) => g.id === 'area-norm-not-met')?.text.ru).toContain('15 м²');
  });

  it('001 п.5, п.7: documents are an editable working list referring to the Rules No 1427', () => {
    expect(point(5, 'Регистрация внутренних', 'Регистрация по месту')).toContain(squash('№ 1427 от 1 декабря 2011 года'));
    expect(service.documents.editable).toBe(true);
    expect(service.documents.note?.ru).toContain('№ 1427');
    expect(service.documents.items.filter((d) => d.required).map((d) => d.id)).toEqual(['identity-document']);
    expect(service.documents.items.find((d) => d.id === 'owner-consent')).toMatchObject({ required: false, variants: ['internal-migrant'] });
  });

  it('001 п.10: documents for children are lodged by parents or legal representatives — representative allowed', () => {
    expect(point(10, 'Регистрация детей', 'Иностранные')).toContain(squash('Документы на регистрацию детей подают их родители или законные представители'));
    expect(service.representativeAllowed).toBe(true);
  });

  it('consent to use protected information is not required (owner consent is another matter)', () => {
    expect(service.consentRequired).toBe(false);
    expect(squash(seed)).not.toContain(squash('охраняемую законом тайну'));
  });

  it('applicants: citizens, foreigners and stateless persons', () => {
    expect(service.applicantKinds).toEqual(['citizen', 'foreigner', 'stateless']);
  });
});

describe('001 residence-registration: facts, rules and texts', () => {
  it('every rule cites a point of seed 001 and every fact id is unique', () => {
    for (const rule of residenceRules) expect(rule.source).toMatch(/^001 п\.\d+/);
    expect(new Set(residenceFacts.map((f) => f.id)).size).toBe(residenceFacts.length);
    expect(service.facts).toBe(residenceFacts);
    expect(service.rules).toBe(residenceRules);
  });

  it('every user-visible text has Russian and a distinct Kazakh text', () => {
    const texts = localizedTexts({ ...service, act: service.act, rules: undefined });
    expect(texts.length).toBeGreaterThan(100);
    for (const { path, text } of texts) {
      expect(text.ru.trim(), path).not.toBe('');
      expect(text.kk.trim(), path).not.toBe('');
      expect(text.kk, path).not.toBe(text.ru);
    }
  });

  it('every step, result, ground and document cites seed 001', () => {
    for (const item of [...service.steps, ...service.results, ...service.refusalGrounds, ...service.documents.items, ...service.terms, ...service.interpretations]) {
      expect(item.source).toMatch(/^001/);
    }
  });
});
