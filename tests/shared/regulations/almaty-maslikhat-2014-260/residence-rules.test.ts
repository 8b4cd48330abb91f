import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts, RuleOutcome } from '../../../../shared/regulations/types';
import {
  areaNormExemptRelations,
  areaNormPerPerson,
  areaNormRule,
  citizenshipExemptions,
  findForeignerExemption,
  foreignerExemptionRule,
  foreignerFiveDaysRule,
  foreignerRegistrationTerm,
  housingRightRule,
  minorLodgedByRepresentativeRule,
  premisesKindOptions,
  premisesKindRule,
  relationOptions,
  residenceFacts,
  residenceRules,
  temporaryStayRule,
  temporaryStayThreshold,
} from '../../../../shared/regulations/almaty-maslikhat-2014-260/residence-rules';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('001');
const point = (n: number, start: string, next: string): string => sectionOf(seed, `${n}. ${start}`, `${n + 1}. ${next}`);

/** A citizen registering in state housing, not related to the tenant, not released from prison. */
const stateHousing: Facts = {
  applicantKind: 'citizen',
  housingFund: 'state',
  relationToOwner: 'none',
  releasedFromPrison: false,
};
/** A foreigner with an ordinary passport, visa-free, no investor status, citizen of a state outside п.21. */
const plainForeigner: Facts = {
  applicantKind: 'foreigner',
  passportKind: 'ordinary',
  visaKind: 'none',
  investorStatusConfirmed: false,
  citizenship: 'other',
};

const reasonOf = (outcome: RuleOutcome): { ru: string; kk: string; source: string } => {
  if (outcome.ok) throw new Error('expected a failing outcome');
  return { ...outcome.reason, source: outcome.source };
};

/** ISO date `days` after 2014-11-01, computed in UTC. */
const isoAfter = (days: number): string => new Date(Date.UTC(2014, 10, 1) + days * 86_400_000).toISOString().slice(0, 10);

const selectIds = (id: string): string[] => {
  const field = residenceFacts.find((f) => f.id === id);
  return field && field.type === 'select' ? field.options.map((o) => o.id) : [];
};

/** Arbitrary answers to the intake questions, each sometimes unanswered or of a wrong type. */
const arbitraryFacts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    residenceFacts.map((field) => {
      const answer: fc.Arbitrary<string | number | boolean> =
        field.type === 'select'
          ? fc.constantFrom(...selectIds(field.id), 'garbage')
          : field.type === 'number'
            ? fc.oneof(fc.double({ min: -10, max: 500, noNaN: true }), fc.constant('12'), fc.constant('abc'))
            : field.type === 'boolean'
              ? fc.boolean()
              : field.type === 'date'
                ? fc.oneof(fc.integer({ min: 0, max: 40 }).map(isoAfter), fc.constant('2014-02-30'), fc.constant('yesterday'))
                : fc.string();
      return [field.id, fc.option(answer, { nil: undefined })];
    }),
  ),
  { requiredKeys: [] },
);

describe('001 rules: shape of every outcome', () => {
  it('rules never throw; a failure explains itself in ru and kk and cites a point of 001', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        for (const rule of residenceRules) {
          const outcome = rule.check(facts);
          if (!outcome.ok) {
            expect(outcome.reason.ru.length).toBeGreaterThan(10);
            expect(outcome.reason.kk.length).toBeGreaterThan(10);
            expect(outcome.reason.kk).not.toBe(outcome.reason.ru);
            expect(outcome.source).toMatch(/^001 п\.\d+/);
          }
        }
      }),
    );
  });

  it('without the applicant kind every rule except the minors rule asks for it', () => {
    for (const rule of residenceRules.filter((r) => r !== minorLodgedByRepresentativeRule)) {
      expect(reasonOf(rule.check({})).ru).toContain('«Заявитель»');
    }
  });
});

describe('001 п.6, п.8, п.9, п.12: 15 m² of useful area per person', () => {
  it('001 п.6: the norm is "не менее пятнадцати квадратных метров" for state housing and housing rented by the akimat', () => {
    const text = point(6, 'Регистрация по месту', 'Регистрация места');
    expect(text).toContain(squash('в жилище из государственного жилищного фонда или в жилище, арендованном местным исполнительным органом в частном жилищном фонде'));
    expect(text).toContain(squash('не менее пятнадцати квадратных метров полезной площади на одного человека'));
    expect(areaNormPerPerson).toBe(15);
  });

  it('001 п.6: 45 m² for 3 persons passes, 44 m² for 3 fails with the numbers in the reason', () => {
    expect(areaNormRule.check({ ...stateHousing, usefulArea: 45, personsRegistered: 3 })).toEqual({ ok: true });
    const reason = reasonOf(areaNormRule.check({ ...stateHousing, usefulArea: 44, personsRegistered: 3 }));
    expect(reason.ru).toContain('15 м²');
    expect(reason.ru).toContain('44 м² на 3 чел.');
    expect(reason.kk).toContain('44 м² 3 адамға');
    expect(reason.source).toBe('001 п.6, п.12');
  });

  it('001 п.6: housing rented by the akimat is checked like state housing', () => {
    expect(areaNormRule.check({ ...stateHousing, housingFund: 'akimat_leased', usefulArea: 20, personsRegistered: 2 }).ok).toBe(false);
  });

  it('001 п.6: missing area and persons are asked for', () => {
    const reason = reasonOf(areaNormRule.check(stateHousing));
    expect(reason.ru).toContain('«Полезная площадь жилища»');
    expect(reason.ru).toContain('«Число лиц, зарегистрированных в жилище, включая регистрируемых»');
    expect(reason.kk).toContain('«Тұрғын үйдің пайдалы алаңы»');
  });

  it('001 п.6: private housing passes whatever the area (the norm does not apply)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 1, max: 50 }), (area, persons) => {
        expect(areaNormRule.check({ ...stateHousing, housingFund: 'private', usefulArea: area, personsRegistered: persons })).toEqual({ ok: true });
      }),
    );
  });

  it('001 п.6: foreigners are not checked against the norm', () => {
    expect(areaNormRule.check({ ...stateHousing, applicantKind: 'foreigner', usefulArea: 1, personsRegistered: 9 })).toEqual({ ok: true });
  });

  it('001 п.9: the exempt kin are exactly the close relatives the act lists and the owner\'s family', () => {
    const text = point(9, 'Регистрация по месту', 'Регистрация детей');
    expect(text).toContain(squash('близких родственников (родителей, детей, усыновителей, усыновленных, полнородных и неполнородных братьев и сестер, дедушек, бабушек, внуков), а также членов семьи собственника жилища осуществляется независимо от размера жилой площади'));
    expect(areaNormExemptRelations).toEqual(relationOptions.map((o) => o.id).filter((id) => id !== 'none'));
  });

  it('001 п.9: with a close relative or family member, any area and any number of persons passes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...areaNormExemptRelations),
        fc.constantFrom('state', 'akimat_leased'),
        fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        (relation, fund, area, persons) => {
          const facts: Facts = { applicantKind: 'citizen', housingFund: fund, relationToOwner: relation, usefulArea: area, personsRegistered: persons };
          expect(areaNormRule.check(facts)).toEqual({ ok: true });
        },
      ),
    );
  });

  it('001 п.8: former residents released from prison pass on the three places the act names, whatever the area', () => {
    const text = point(8, 'Регистрация по месту', 'Регистрация по месту');
    expect(text).toContain(squash('бывших жителей города, освободившихся из мест лишения свободы по отбытии наказания'));
    expect(text).toContain(squash('на жилую площадь лиц, с которыми они проживали до осуждения, а также к родственникам или на предоставленную в установленном порядке жилую площадь независимо от размера жилой площади'));
    fc.assert(
      fc.property(
        fc.constantFrom('cohabitants_before_conviction', 'relatives', 'provided_housing'),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        (place, area, persons) => {
          const facts: Facts = { ...stateHousing, releasedFromPrison: true, formerCityResident: true, releasedRegistrationPlace: place, usefulArea: area, personsRegistered: persons };
          expect(areaNormRule.check(facts)).toEqual({ ok: true });
        },
      ),
    );
  });

  it('001 п.8: not a former resident of the city, or another place — the norm applies', () => {
    const small = { usefulArea: 10, personsRegistered: 2 };
    expect(areaNormRule.check({ ...stateHousing, ...small, releasedFromPrison: true, formerCityResident: false, releasedRegistrationPlace: 'relatives' }).ok).toBe(false);
    expect(areaNormRule.check({ ...stateHousing, ...small, releasedFromPrison: true, formerCityResident: true, releasedRegistrationPlace: 'other' }).ok).toBe(false);
    const ask = reasonOf(areaNormRule.check({ ...stateHousing, ...small, releasedFromPrison: true }));
    expect(ask.ru).toContain('«До осуждения был жителем города Алматы»');
    expect(ask.source).toBe('001 п.8');
  });

  it('001 п.6: the check is monotonic in area — more area never turns a pass into a failure', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 1, max: 30 }), (a, extra, persons) => {
        const smaller = areaNormRule.check({ ...stateHousing, usefulArea: a, personsRegistered: persons });
        const larger = areaNormRule.check({ ...stateHousing, usefulArea: a + extra, personsRegistered: persons });
        if (smaller.ok) expect(larger.ok).toBe(true);
      }),
    );
  });

  it('001 п.6: the check is antitone in persons — more persons never turns a failure into a pass', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (area, persons, more) => {
        const fewer = areaNormRule.check({ ...stateHousing, usefulArea: area, personsRegistered: persons });
        const many = areaNormRule.check({ ...stateHousing, usefulArea: area, personsRegistered: persons + more });
        if (!fewer.ok) expect(many.ok).toBe(false);
      }),
    );
  });

  it('001 п.6: passes exactly when area ≥ 15 × persons', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 40 }), (area, persons) => {
        expect(areaNormRule.check({ ...stateHousing, usefulArea: area, personsRegistered: persons }).ok).toBe(area >= 15 * persons);
      }),
    );
  });

  it('001 п.6: zero persons or a fractional count is rejected as invalid', () => {
    expect(reasonOf(areaNormRule.check({ ...stateHousing, usefulArea: 100, personsRegistered: 0 })).ru).toContain('не менее 1');
    expect(areaNormRule.check({ ...stateHousing, usefulArea: 100, personsRegistered: 1.5 }).ok).toBe(false);
  });
});

describe('001 п.4: internal migrants staying over 3 months', () => {
  it('001 п.4: "сроком свыше 3-х месяцев" — temporary registration passes iff the stay is over 3 months', () => {
    expect(point(4, 'Внутренние', 'Регистрация внутренних')).toContain(squash('прибывшие на временное место жительство сроком свыше 3-х месяцев, регистрируются уполномоченным органом по месту временного проживания'));
    expect(temporaryStayThreshold).toEqual({ value: 3, unit: 'months' });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), (months) => {
        const outcome = temporaryStayRule.check({ applicantKind: 'citizen', registrationKind: 'temporary', stayMonths: months });
        expect(outcome.ok).toBe(months > 3);
      }),
    );
    expect(reasonOf(temporaryStayRule.check({ applicantKind: 'citizen', registrationKind: 'temporary', stayMonths: 3 })).ru).toContain('свыше 3 месяцев');
  });

  it('001 п.4: permanent registration and foreigners are not concerned', () => {
    expect(temporaryStayRule.check({ applicantKind: 'citizen', registrationKind: 'permanent' })).toEqual({ ok: true });
    expect(temporaryStayRule.check({ applicantKind: 'foreigner' })).toEqual({ ok: true });
    expect(reasonOf(temporaryStayRule.check({ applicantKind: 'citizen', registrationKind: 'temporary' })).ru).toContain('«Срок временного проживания»');
  });
});

describe('001 п.5: premises where internal migrants are registered', () => {
  it('001 п.5: every listed premises passes, "other" fails', () => {
    expect(point(5, 'Регистрация внутренних', 'Регистрация по месту')).toContain(
      squash('в жилых домах, квартирах, гостиницах, общежитиях, домах отдыха, санаториях, профилакториях, лечебных учреждениях, домах-интернатах, пансионатах, в дачных строениях садоводческих товариществ и кооперативов, домах престарелых, служебных зданиях и помещениях'),
    );
    expect(premisesKindOptions).toHaveLength(14);
    for (const option of premisesKindOptions.filter((o) => o.id !== 'other')) {
      expect(premisesKindRule.check({ applicantKind: 'citizen', premisesKind: option.id })).toEqual({ ok: true });
    }
    expect(reasonOf(premisesKindRule.check({ applicantKind: 'citizen', premisesKind: 'other' })).source).toBe('001 п.5');
  });
});

describe('001 п.7: right to the dwelling and written consent of the owner (tenant)', () => {
  it('001 п.7: documents on ownership, lease or other grounds, with written consent of the owner (tenant)', () => {
    const text = point(7, 'Регистрация места', 'Регистрация по месту');
    expect(text).toContain(squash('в том числе по договору найма (аренды), поднайма'));
    expect(text).toContain(squash('по письменному согласию собственника (нанимателя) жилища'));
    expect(housingRightRule.check({ applicantKind: 'citizen', housingBasis: 'own' })).toEqual({ ok: true });
    expect(housingRightRule.check({ applicantKind: 'citizen', housingBasis: 'lease', ownerConsent: true })).toEqual({ ok: true });
    expect(reasonOf(housingRightRule.check({ applicantKind: 'citizen', housingBasis: 'lease', ownerConsent: false })).ru).toContain('письменному согласию собственника (нанимателя)');
    expect(reasonOf(housingRightRule.check({ applicantKind: 'citizen', housingBasis: 'other_grounds' })).ru).toContain('«Есть письменное согласие');
    expect(housingRightRule.check({ applicantKind: 'citizen', housingBasis: 'none', ownerConsent: true }).ok).toBe(false);
  });
});

describe('001 п.10: minors', () => {
  it('001 п.10: documents of a minor are lodged by a parent or legal representative', () => {
    expect(minorLodgedByRepresentativeRule.check({ minor: false })).toEqual({ ok: true });
    expect(minorLodgedByRepresentativeRule.check({ minor: true, lodgedBy: 'parent' })).toEqual({ ok: true });
    expect(minorLodgedByRepresentativeRule.check({ minor: true, lodgedBy: 'legal_representative' })).toEqual({ ok: true });
    expect(minorLodgedByRepresentativeRule.check({ minor: true, lodgedBy: 'self' }).ok).toBe(false);
    expect(reasonOf(minorLodgedByRepresentativeRule.check({})).ru).toContain('«Регистрируется несовершеннолетний»');
  });
});

describe('001 п.11: foreigners within five calendar days of crossing the border', () => {
  it('001 п.11: "в течение пяти календарных дней после пересечения Государственной границы"', () => {
    expect(point(11, 'Иностранные', 'Посредством')).toContain(squash('регистрируются в течение пяти календарных дней после пересечения Государственной границы Республики Казахстан'));
    expect(foreignerRegistrationTerm).toEqual({ value: 5, unit: 'calendar_days' });
  });

  it('001 п.11: within 0–5 days after crossing passes, 6 or more fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 60 }), (start, elapsed) => {
        const facts: Facts = { ...plainForeigner, borderCrossingDate: isoAfter(start), applicationDate: isoAfter(start + elapsed) };
        expect(foreignerFiveDaysRule.check(facts).ok).toBe(elapsed <= 5);
      }),
    );
    const late = reasonOf(foreignerFiveDaysRule.check({ ...plainForeigner, borderCrossingDate: '2014-11-01', applicationDate: '2014-11-07' }));
    expect(late.ru).toContain('6 календ. дн.');
    expect(late.source).toBe('001 п.11');
  });

  it('001 п.11: stateless persons are held to the same term', () => {
    expect(foreignerFiveDaysRule.check({ ...plainForeigner, applicantKind: 'stateless', citizenship: undefined, borderCrossingDate: '2014-11-01', applicationDate: '2014-11-10' }).ok).toBe(false);
  });

  it('001 п.11: missing, impossible or reversed dates are reported', () => {
    expect(reasonOf(foreignerFiveDaysRule.check(plainForeigner)).ru).toContain('«Дата пересечения Государственной границы Республики Казахстан»');
    expect(reasonOf(foreignerFiveDaysRule.check({ ...plainForeigner, borderCrossingDate: '2014-02-30', applicationDate: '2014-03-01' })).ru).toContain('2014-02-30');
    expect(reasonOf(foreignerFiveDaysRule.check({ ...plainForeigner, borderCrossingDate: '2014-11-05', applicationDate: '2014-11-01' })).ru).toContain('раньше');
  });

  it('001 п.11: citizens are not concerned', () => {
    expect(foreignerFiveDaysRule.check({ applicantKind: 'citizen' })).toEqual({ ok: true });
  });
});

describe('001 п.21: foreigners released from registration', () => {
  const text = sectionOf(seed, '21. Иностранные граждане, прибывшие');

  it('001 п.21 пп.1–4: the limits by citizenship are the act\'s', () => {
    expect(text).toContain(squash('1) до 90 суток граждане'));
    expect(text).toContain(squash('2) до 30 суток граждане Российской Федерации'));
    expect(text).toContain(squash('3) до 30 суток граждане Республики Беларусь прибывшие с целью "на работу'));
    expect(text).toContain(squash('4) до 90 суток граждане Украины'));
    expect(citizenshipExemptions.map((e) => [e.citizenship, e.maxDays, e.source])).toEqual([
      ['annex_6_7', 90, '001 п.21 пп.1'],
      ['russia', 30, '001 п.21 пп.2'],
      ['belarus', 30, '001 п.21 пп.3'],
      ['ukraine', 90, '001 п.21 пп.4'],
    ]);
  });

  it('001 п.21 пп.1–4: exempt iff the stay does not exceed the limit of the citizenship', () => {
    fc.assert(
      fc.property(fc.constantFrom(...citizenshipExemptions), fc.integer({ min: 0, max: 200 }), (exemption, days) => {
        const facts: Facts = { ...plainForeigner, citizenship: exemption.citizenship, visitPurpose: 'work', stayDays: days };
        const finding = findForeignerExemption(facts);
        expect(finding.kind).toBe(days <= exemption.maxDays ? 'exempt' : 'not_exempt');
        expect(foreignerExemptionRule.check(facts).ok).toBe(days > exemption.maxDays);
      }),
    );
  });

  it('001 п.21 пп.3: a Belarusian not arriving "на работу" is not exempt', () => {
    expect(findForeignerExemption({ ...plainForeigner, citizenship: 'belarus', visitPurpose: 'other', stayDays: 5 }).kind).toBe('not_exempt');
    expect(findForeignerExemption({ ...plainForeigner, citizenship: 'belarus', stayDays: 5 })).toEqual({ kind: 'missing', facts: ['visitPurpose'] });
  });

  it('001 п.21 пп.5: diplomatic/service passports and diplomatic/service/investor visas exempt without limit', () => {
    expect(text).toContain(squash('иностранцы, обладающие дипломатическим и служебным паспортом'));
    expect(text).toContain(squash('с визой Республики Казахстан категории "дипломатическая", "служебная", "инвесторская"'));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('diplomatic', 'service').map((passportKind): Facts => ({ passportKind })),
          fc.constantFrom('diplomatic', 'service', 'investor').map((visaKind): Facts => ({ passportKind: 'ordinary', visaKind })),
        ),
        fc.constantFrom('foreigner', 'stateless'),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 3650 }),
        (document, kind, crossing, elapsed) => {
          const facts: Facts = { ...document, applicantKind: kind, stayDays: 1000, borderCrossingDate: isoAfter(crossing), applicationDate: isoAfter(crossing + elapsed) };
          expect(findForeignerExemption(facts).kind).toBe('exempt');
          // An exempt person has no registration term to miss, and the desk is told registration is not required.
          expect(foreignerFiveDaysRule.check(facts)).toEqual({ ok: true });
          const reason = reasonOf(foreignerExemptionRule.check(facts));
          expect(reason.ru).toContain('регистрация не требуется');
          expect(reason.source).toBe('001 п.21 пп.5');
        },
      ),
    );
  });

  it('001 п.21 пп.5: investor status counts only for visa-free entry', () => {
    expect(text).toContain(squash('при подтверждении статуса "инвестора" от уполномоченного органа (для стран с безвизовым режимом пребывания)'));
    expect(findForeignerExemption({ ...plainForeigner, investorStatusConfirmed: true }).kind).toBe('exempt');
    expect(findForeignerExemption({ ...plainForeigner, visaKind: 'other', investorStatusConfirmed: true }).kind).toBe('not_exempt');
    expect(findForeignerExemption({ applicantKind: 'foreigner', passportKind: 'ordinary', visaKind: 'none' })).toEqual({ kind: 'missing', facts: ['investorStatusConfirmed'] });
  });

  it('001 п.21: stateless persons cannot use the citizenship exemptions', () => {
    expect(findForeignerExemption({ ...plainForeigner, applicantKind: 'stateless', citizenship: 'russia', stayDays: 1 }).kind).toBe('not_exempt');
  });

  it('001 п.21: unanswered passport and visa are asked for', () => {
    expect(findForeignerExemption({ applicantKind: 'foreigner' })).toEqual({ kind: 'missing', facts: ['passportKind', 'visaKind'] });
    const reason = reasonOf(foreignerExemptionRule.check({ applicantKind: 'foreigner' }));
    expect(reason.ru).toContain('«Вид паспорта»');
    expect(reason.kk).toContain('«Паспорт түрі»');
    expect(reason.source).toBe('001 п.21');
  });
});

describe('001: a complete, valid intake passes every rule', () => {
  it('a citizen in state housing with enough area and the owner\'s consent', () => {
    const facts: Facts = {
      ...stateHousing,
      minor: false,
      registrationKind: 'permanent',
      premisesKind: 'apartment',
      usefulArea: 60,
      personsRegistered: 3,
      housingBasis: 'lease',
      ownerConsent: true,
    };
    for (const rule of residenceRules) expect(rule.check(facts), rule.id).toEqual({ ok: true });
  });

  it('a foreigner not exempt, registering on the fifth day', () => {
    const facts: Facts = { ...plainForeigner, minor: false, borderCrossingDate: '2014-11-01', applicationDate: '2014-11-06' };
    for (const rule of residenceRules) expect(rule.check(facts), rule.id).toEqual({ ok: true });
  });
});
