import type { FactField, Facts, IntakeRule, LocalizedText, RuleOutcome, Term } from '../types';

/**
 * Seed 001 (Правила регулирования миграционных процессов на территории города Алматы) states rules, not a procedure.
 * Its rules become the questions the intake desk asks (`residenceFacts`) and pure checks of the answers
 * (`residenceRules`). A rule that does not concern the given applicant passes; a rule that concerns them but lacks an
 * answer fails with a reason that names the missing questions.
 */

/** 001 п.6: not less than fifteen square metres of useful area per person (state housing and housing the akimat rents). */
export const areaNormPerPerson = 15;
/** 001 п.4: internal migrants staying longer than this register at the place of temporary residence. */
export const temporaryStayThreshold = { value: 3, unit: 'months' } as const satisfies Term;
/** 001 п.11: foreigners register within five calendar days after crossing the State border. */
export const foreignerRegistrationTerm = { value: 5, unit: 'calendar_days' } as const satisfies Term;

type Option = { readonly id: string; readonly label: LocalizedText };

export const applicantKindOptions = [
  { id: 'citizen', label: { ru: 'Гражданин Республики Казахстан (внутренний мигрант)', kk: 'Қазақстан Республикасының азаматы (ішкі көшіп-қонушы)' } },
  { id: 'foreigner', label: { ru: 'Иностранный гражданин', kk: 'Шетел азаматы' } },
  { id: 'stateless', label: { ru: 'Лицо без гражданства', kk: 'Азаматтығы жоқ адам' } },
] as const satisfies readonly Option[];

/** 001 п.5: the premises where internal migrants may be registered, in the order the act lists them. */
export const premisesKindOptions = [
  { id: 'residential_house', label: { ru: 'Жилой дом', kk: 'Тұрғын үй' } },
  { id: 'apartment', label: { ru: 'Квартира', kk: 'Пәтер' } },
  { id: 'hotel', label: { ru: 'Гостиница', kk: 'Қонақ үй' } },
  { id: 'dormitory', label: { ru: 'Общежитие', kk: 'Жатақхана' } },
  { id: 'rest_home', label: { ru: 'Дом отдыха', kk: 'Демалыс үйі' } },
  { id: 'sanatorium', label: { ru: 'Санаторий', kk: 'Шипажай (санаторий)' } },
  { id: 'preventorium', label: { ru: 'Профилакторий', kk: 'Профилакторий (сауықтыру орны)' } },
  { id: 'medical_institution', label: { ru: 'Лечебное учреждение', kk: 'Емдеу мекемесі' } },
  { id: 'boarding_home', label: { ru: 'Дом-интернат', kk: 'Интернат-үй' } },
  { id: 'boarding_house', label: { ru: 'Пансионат', kk: 'Пансионат (демалыс орны)' } },
  {
    id: 'dacha',
    label: {
      ru: 'Дачное строение садоводческого товарищества или кооператива',
      kk: 'Бағбандық серіктестіктің немесе кооперативтің саяжай құрылысы',
    },
  },
  { id: 'elderly_home', label: { ru: 'Дом престарелых', kk: 'Қарттар үйі' } },
  { id: 'service_building', label: { ru: 'Служебное здание или помещение', kk: 'Қызметтік ғимарат немесе үй-жай' } },
  { id: 'other', label: { ru: 'Иное помещение', kk: 'Өзге үй-жай' } },
] as const satisfies readonly Option[];

export const housingFundOptions = [
  { id: 'state', label: { ru: 'Жилище из государственного жилищного фонда', kk: 'Мемлекеттік тұрғын үй қорындағы тұрғын үй' } },
  {
    id: 'akimat_leased',
    label: {
      ru: 'Жилище, арендованное местным исполнительным органом в частном жилищном фонде',
      kk: 'Жергілікті атқарушы орган жеке тұрғын үй қорынан жалға алған тұрғын үй',
    },
  },
  {
    id: 'private',
    label: {
      ru: 'Жилище частного жилищного фонда (не арендованное местным исполнительным органом)',
      kk: 'Жеке тұрғын үй қорындағы тұрғын үй (жергілікті атқарушы орган жалға алмаған)',
    },
  },
] as const satisfies readonly Option[];

/** 001 п.9: the close relatives the act lists, then the owner's family, then "none". */
export const relationOptions = [
  { id: 'parent', label: { ru: 'Родитель', kk: 'Ата-анасы' } },
  { id: 'child', label: { ru: 'Ребёнок', kk: 'Баласы' } },
  { id: 'adoptive_parent', label: { ru: 'Усыновитель', kk: 'Асырап алушы' } },
  { id: 'adopted_child', label: { ru: 'Усыновлённый', kk: 'Асырап алынған' } },
  { id: 'full_sibling', label: { ru: 'Полнородный брат или сестра', kk: 'Ата-анасы бір аға-іні немесе апа-сіңлі' } },
  { id: 'half_sibling', label: { ru: 'Неполнородный брат или сестра', kk: 'Ата-анасы бөлек аға-іні немесе апа-сіңлі' } },
  { id: 'grandparent', label: { ru: 'Дедушка или бабушка', kk: 'Атасы немесе әжесі' } },
  { id: 'grandchild', label: { ru: 'Внук или внучка', kk: 'Немересі' } },
  {
    id: 'owner_family_member',
    label: {
      ru: 'Член семьи собственника (нанимателя) жилища, в том числе супруг(а)',
      kk: 'Тұрғын үй меншік иесінің (жалдаушысының) отбасы мүшесі, оның ішінде жұбайы',
    },
  },
  { id: 'none', label: { ru: 'Не родственник и не член семьи', kk: 'Туысы да, отбасы мүшесі де емес' } },
] as const satisfies readonly Option[];

/** 001 п.9: kinship with which the area norm does not apply. */
export const areaNormExemptRelations: readonly string[] = [
  'parent',
  'child',
  'adoptive_parent',
  'adopted_child',
  'full_sibling',
  'half_sibling',
  'grandparent',
  'grandchild',
  'owner_family_member',
];

/** 001 п.8: where a former resident released from prison is registered regardless of the area. */
export const releasedPlaceOptions = [
  {
    id: 'cohabitants_before_conviction',
    label: {
      ru: 'Жилая площадь лиц, с которыми проживал до осуждения',
      kk: 'Сотталғанға дейін бірге тұрған адамдардың тұрғын алаңы',
    },
  },
  { id: 'relatives', label: { ru: 'К родственникам', kk: 'Туыстарына' } },
  {
    id: 'provided_housing',
    label: { ru: 'Предоставленная в установленном порядке жилая площадь', kk: 'Белгіленген тәртіппен берілген тұрғын алаң' },
  },
  { id: 'other', label: { ru: 'Иное жилище', kk: 'Өзге тұрғын үй' } },
] as const satisfies readonly Option[];

const releasedExemptPlaces: readonly string[] = ['cohabitants_before_conviction', 'relatives', 'provided_housing'];

export const housingBasisOptions = [
  { id: 'own', label: { ru: 'Жилище в собственности заявителя', kk: 'Тұрғын үй өтініш берушінің меншігінде' } },
  {
    id: 'lease',
    label: { ru: 'Договор найма (аренды), поднайма', kk: 'Жалдау (жалға алу), қосалқы жалдау шарты' },
  },
  {
    id: 'other_grounds',
    label: {
      ru: 'Иное основание для вселения, предусмотренное законодательством',
      kk: 'Заңнамада көзделген қоныстанудың өзге негізі',
    },
  },
  { id: 'none', label: { ru: 'Документов о праве на жилище нет', kk: 'Тұрғын үйге құқық туралы құжаттар жоқ' } },
] as const satisfies readonly Option[];

/** 001 п.21: citizenship matters only for the exemptions of пп.1–4. */
export const citizenshipOptions = [
  { id: 'russia', label: { ru: 'Гражданин Российской Федерации', kk: 'Ресей Федерациясының азаматы' } },
  { id: 'belarus', label: { ru: 'Гражданин Республики Беларусь', kk: 'Беларусь Республикасының азаматы' } },
  { id: 'ukraine', label: { ru: 'Гражданин Украины', kk: 'Украина азаматы' } },
  {
    id: 'annex_6_7',
    label: {
      ru: 'Гражданин государства из приложений 6 и 7 совместного приказа МВД РК № 175 и МИД РК № 08-1-1-1/71',
      kk: 'ҚР ІІМ № 175 және ҚР СІМ № 08-1-1-1/71 бірлескен бұйрығының 6 және 7-қосымшаларындағы мемлекеттің азаматы',
    },
  },
  { id: 'other', label: { ru: 'Гражданин иного государства', kk: 'Өзге мемлекеттің азаматы' } },
] as const satisfies readonly Option[];

export const passportKindOptions = [
  { id: 'ordinary', label: { ru: 'Обычный (общегражданский) паспорт или иной документ', kk: 'Қарапайым (жалпы азаматтық) паспорт немесе өзге құжат' } },
  { id: 'diplomatic', label: { ru: 'Дипломатический паспорт', kk: 'Дипломатиялық паспорт' } },
  { id: 'service', label: { ru: 'Служебный паспорт', kk: 'Қызметтік паспорт' } },
] as const satisfies readonly Option[];

export const visaKindOptions = [
  { id: 'none', label: { ru: 'Без визы (безвизовый режим)', kk: 'Визасыз (визасыз режим)' } },
  { id: 'diplomatic', label: { ru: 'Виза категории «дипломатическая»', kk: '«Дипломатиялық» санаттағы виза' } },
  { id: 'service', label: { ru: 'Виза категории «служебная»', kk: '«Қызметтік» санаттағы виза' } },
  { id: 'investor', label: { ru: 'Виза категории «инвесторская»', kk: '«Инвесторлық» санаттағы виза' } },
  { id: 'other', label: { ru: 'Виза иной категории', kk: 'Өзге санаттағы виза' } },
] as const satisfies readonly Option[];

/** The questions intake asks. Ids are the keys of `Facts`. */
export const residenceFacts = [
  { id: 'applicantKind', type: 'select', label: { ru: 'Заявитель', kk: 'Өтініш беруші' }, options: applicantKindOptions },
  { id: 'applicationDate', type: 'date', label: { ru: 'Дата обращения', kk: 'Жүгінген күні' } },
  { id: 'minor', type: 'boolean', label: { ru: 'Регистрируется несовершеннолетний', kk: 'Кәмелетке толмаған тіркеледі' } },
  {
    id: 'lodgedBy',
    type: 'select',
    label: { ru: 'Документы подаёт', kk: 'Құжаттарды тапсыратын адам' },
    options: [
      { id: 'self', label: { ru: 'Сам заявитель', kk: 'Өтініш берушінің өзі' } },
      { id: 'parent', label: { ru: 'Родитель', kk: 'Ата-анасы' } },
      { id: 'legal_representative', label: { ru: 'Законный представитель', kk: 'Заңды өкілі' } },
      { id: 'other', label: { ru: 'Иное лицо', kk: 'Өзге адам' } },
    ],
  },
  {
    id: 'registrationKind',
    type: 'select',
    label: { ru: 'Вид регистрации', kk: 'Тіркеу түрі' },
    options: [
      { id: 'permanent', label: { ru: 'По месту жительства (постоянная)', kk: 'Тұрғылықты жері бойынша (тұрақты)' } },
      { id: 'temporary', label: { ru: 'По месту временного проживания', kk: 'Уақытша тұратын жері бойынша' } },
    ],
  },
  {
    id: 'stayMonths',
    type: 'number',
    label: { ru: 'Срок временного проживания', kk: 'Уақытша тұру мерзімі' },
    unit: { ru: 'мес.', kk: 'ай' },
    min: 0,
  },
  { id: 'premisesKind', type: 'select', label: { ru: 'Вид помещения', kk: 'Үй-жайдың түрі' }, options: premisesKindOptions },
  { id: 'housingFund', type: 'select', label: { ru: 'Жилищный фонд', kk: 'Тұрғын үй қоры' }, options: housingFundOptions },
  {
    id: 'usefulArea',
    type: 'number',
    label: { ru: 'Полезная площадь жилища', kk: 'Тұрғын үйдің пайдалы алаңы' },
    unit: { ru: 'кв. м', kk: 'шаршы м' },
    min: 0,
  },
  {
    id: 'personsRegistered',
    type: 'number',
    label: {
      ru: 'Число лиц, зарегистрированных в жилище, включая регистрируемых',
      kk: 'Тұрғын үйде тіркелген адамдар саны, тіркелетіндерді қоса алғанда',
    },
    unit: { ru: 'чел.', kk: 'адам' },
    min: 1,
  },
  {
    id: 'relationToOwner',
    type: 'select',
    label: {
      ru: 'Кем регистрируемый приходится собственнику (нанимателю) жилища',
      kk: 'Тіркелетін адамның тұрғын үй меншік иесіне (жалдаушысына) туыстығы',
    },
    options: relationOptions,
  },
  {
    id: 'releasedFromPrison',
    type: 'boolean',
    label: {
      ru: 'Освободился из мест лишения свободы по отбытии наказания',
      kk: 'Жазасын өтеп, бас бостандығынан айыру орындарынан босатылған',
    },
  },
  {
    id: 'formerCityResident',
    type: 'boolean',
    label: { ru: 'До осуждения был жителем города Алматы', kk: 'Сотталғанға дейін Алматы қаласының тұрғыны болған' },
  },
  {
    id: 'releasedRegistrationPlace',
    type: 'select',
    label: { ru: 'Куда регистрируется освободившийся', kk: 'Босатылған адам қайда тіркеледі' },
    options: releasedPlaceOptions,
  },
  {
    id: 'housingBasis',
    type: 'select',
    label: { ru: 'Основание права на жилище', kk: 'Тұрғын үйге құқық негізі' },
    options: housingBasisOptions,
  },
  {
    id: 'ownerConsent',
    type: 'boolean',
    label: {
      ru: 'Есть письменное согласие собственника (нанимателя) жилища',
      kk: 'Тұрғын үй меншік иесінің (жалдаушысының) жазбаша келісімі бар',
    },
  },
  {
    id: 'borderCrossingDate',
    type: 'date',
    label: {
      ru: 'Дата пересечения Государственной границы Республики Казахстан',
      kk: 'Қазақстан Республикасының Мемлекеттік шекарасынан өткен күні',
    },
  },
  { id: 'citizenship', type: 'select', label: { ru: 'Гражданство', kk: 'Азаматтығы' }, options: citizenshipOptions },
  {
    id: 'visitPurpose',
    type: 'select',
    label: { ru: 'Цель прибытия', kk: 'Келу мақсаты' },
    options: [
      { id: 'work', label: { ru: '«На работу»', kk: '«Жұмысқа»' } },
      { id: 'other', label: { ru: 'Иная', kk: 'Өзге' } },
    ],
  },
  {
    id: 'stayDays',
    type: 'number',
    label: { ru: 'Срок пребывания в Республике Казахстан', kk: 'Қазақстан Республикасында болу мерзімі' },
    unit: { ru: 'сут.', kk: 'тәулік' },
    min: 0,
  },
  { id: 'passportKind', type: 'select', label: { ru: 'Вид паспорта', kk: 'Паспорт түрі' }, options: passportKindOptions },
  { id: 'visaKind', type: 'select', label: { ru: 'Виза Республики Казахстан', kk: 'Қазақстан Республикасының визасы' }, options: visaKindOptions },
  {
    id: 'investorStatusConfirmed',
    type: 'boolean',
    label: {
      ru: 'Статус «инвестора» подтверждён уполномоченным органом',
      kk: '«Инвестор» мәртебесін уәкілетті орган растаған',
    },
  },
] as const satisfies readonly FactField[];

export type ResidenceFactId = (typeof residenceFacts)[number]['id'];

// ——— reading answers ———————————————————————————————————————————————————————————————————————————————————————

function textFact(facts: Facts, id: ResidenceFactId): string | undefined {
  const value = facts[id];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Number answers may arrive as strings from a form field; anything not a finite number counts as unanswered. */
function numberFact(facts: Facts, id: ResidenceFactId): number | undefined {
  const value = facts[id];
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
}

function booleanFact(facts: Facts, id: ResidenceFactId): boolean | undefined {
  const value = facts[id];
  return typeof value === 'boolean' ? value : undefined;
}

/** Days since 1970-01-01 for a real 'YYYY-MM-DD' date, computed in UTC so the time zone never matters. */
function dayNumber(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

function labelOf(id: ResidenceFactId): LocalizedText {
  const field = residenceFacts.find((candidate) => candidate.id === id);
  return field ? field.label : { ru: id, kk: id };
}

function fail(reason: LocalizedText, source: string): RuleOutcome {
  return { ok: false, reason, source };
}

/** Not ok: the rule concerns this applicant but these questions are unanswered. */
function askFor(ids: readonly ResidenceFactId[], source: string): RuleOutcome {
  const labels = ids.map(labelOf);
  return fail(
    {
      ru: `Для проверки требуется указать: ${labels.map((label) => `«${label.ru}»`).join(', ')}.`,
      kk: `Тексеру үшін мыналарды көрсету қажет: ${labels.map((label) => `«${label.kk}»`).join(', ')}.`,
    },
    source,
  );
}

const OK: RuleOutcome = { ok: true };

const round2 = (value: number): string => String(Math.round(value * 100) / 100);

// ——— the exemptions of п.21 ————————————————————————————————————————————————————————————————————————————————

export type ForeignerExemption = { readonly id: string; readonly name: LocalizedText; readonly source: string };

/** 001 п.21 пп.1–4: exemptions by citizenship, each up to a number of days (сутки) of stay. */
export const citizenshipExemptions = [
  {
    id: 'annex-6-7-up-to-90-days',
    citizenship: 'annex_6_7',
    maxDays: 90,
    name: {
      ru: 'граждане государств из приложений 6 и 7 совместного приказа МВД РК № 175 и МИД РК № 08-1-1-1/71 — до 90 суток',
      kk: 'ҚР ІІМ № 175 және ҚР СІМ № 08-1-1-1/71 бірлескен бұйрығының 6 және 7-қосымшаларындағы мемлекеттердің азаматтары — 90 тәулікке дейін',
    },
    source: '001 п.21 пп.1',
  },
  {
    id: 'russia-up-to-30-days',
    citizenship: 'russia',
    maxDays: 30,
    name: { ru: 'граждане Российской Федерации — до 30 суток', kk: 'Ресей Федерациясының азаматтары — 30 тәулікке дейін' },
    source: '001 п.21 пп.2',
  },
  {
    // 001 п.21 пп.3: only Belarusians arriving with the purpose «на работу», exactly as the text says.
    id: 'belarus-work-up-to-30-days',
    citizenship: 'belarus',
    purpose: 'work',
    maxDays: 30,
    name: {
      ru: 'граждане Республики Беларусь, прибывшие с целью «на работу», — до 30 суток',
      kk: '«Жұмысқа» мақсатымен келген Беларусь Республикасының азаматтары — 30 тәулікке дейін',
    },
    source: '001 п.21 пп.3',
  },
  {
    id: 'ukraine-up-to-90-days',
    citizenship: 'ukraine',
    maxDays: 90,
    name: { ru: 'граждане Украины — до 90 суток', kk: 'Украина азаматтары — 90 тәулікке дейін' },
    source: '001 п.21 пп.4',
  },
] as const;

const diplomaticPassport: ForeignerExemption = {
  id: 'diplomatic-or-service-passport',
  name: { ru: 'обладатели дипломатического или служебного паспорта', kk: 'дипломатиялық немесе қызметтік паспорт иелері' },
  source: '001 п.21 пп.5',
};
const diplomaticVisa: ForeignerExemption = {
  id: 'diplomatic-service-investor-visa',
  name: {
    ru: 'прибывшие с визой Республики Казахстан категории «дипломатическая», «служебная» или «инвесторская»',
    kk: 'Қазақстан Республикасының «дипломатиялық», «қызметтік» немесе «инвесторлық» санаттағы визасымен келгендер',
  },
  source: '001 п.21 пп.5',
};
const investorStatus: ForeignerExemption = {
  id: 'investor-status-visa-free',
  name: {
    ru: 'иностранцы из стран с безвизовым режимом при подтверждении статуса «инвестора» уполномоченным органом',
    kk: 'уәкілетті орган «инвестор» мәртебесін растаған жағдайда визасыз режимдегі елдердің шетелдіктері',
  },
  source: '001 п.21 пп.5',
};

export type ExemptionFinding =
  | { readonly kind: 'exempt'; readonly exemption: ForeignerExemption }
  | { readonly kind: 'not_exempt' }
  | { readonly kind: 'missing'; readonly facts: readonly ResidenceFactId[] };

/**
 * 001 п.21: is this foreigner (or stateless person) released from registration? Passport and visa (пп.5) are asked
 * first because they exempt without any limit of days; citizenship (пп.1–4) is asked only when they do not.
 */
export function findForeignerExemption(facts: Facts): ExemptionFinding {
  const passport = textFact(facts, 'passportKind');
  const visa = textFact(facts, 'visaKind');
  const missing: ResidenceFactId[] = [];
  if (passport === undefined) missing.push('passportKind');
  if (visa === undefined) missing.push('visaKind');
  if (passport === 'diplomatic' || passport === 'service') return { kind: 'exempt', exemption: diplomaticPassport };
  if (visa === 'diplomatic' || visa === 'service' || visa === 'investor') return { kind: 'exempt', exemption: diplomaticVisa };
  if (missing.length > 0) return { kind: 'missing', facts: missing };
  if (visa === 'none') {
    // 001 п.21 пп.5: investor status confirmed by the authorised body counts only for visa-free countries.
    const investor = booleanFact(facts, 'investorStatusConfirmed');
    if (investor === undefined) return { kind: 'missing', facts: ['investorStatusConfirmed'] };
    if (investor) return { kind: 'exempt', exemption: investorStatus };
  }
  // пп.1–4 name citizens of particular states; a stateless person cannot fall under them.
  if (textFact(facts, 'applicantKind') === 'stateless') return { kind: 'not_exempt' };
  const citizenship = textFact(facts, 'citizenship');
  if (citizenship === undefined) return { kind: 'missing', facts: ['citizenship'] };
  const candidate = citizenshipExemptions.find((exemption) => exemption.citizenship === citizenship);
  if (!candidate) return { kind: 'not_exempt' };
  if ('purpose' in candidate) {
    const purpose = textFact(facts, 'visitPurpose');
    if (purpose === undefined) return { kind: 'missing', facts: ['visitPurpose'] };
    if (purpose !== candidate.purpose) return { kind: 'not_exempt' };
  }
  const days = numberFact(facts, 'stayDays');
  if (days === undefined) return { kind: 'missing', facts: ['stayDays'] };
  return days <= candidate.maxDays
    ? { kind: 'exempt', exemption: { id: candidate.id, name: candidate.name, source: candidate.source } }
    : { kind: 'not_exempt' };
}

// ——— the rules ———————————————————————————————————————————————————————————————————————————————————————————————

/** Every rule first needs to know who applies; `undefined` = asked, `kind` = known. */
function applicantKind(facts: Facts): string | undefined {
  return textFact(facts, 'applicantKind');
}

const isForeign = (kind: string): boolean => kind === 'foreigner' || kind === 'stateless';

export const minorLodgedByRepresentativeRule: IntakeRule = {
  id: 'minor-lodged-by-parent-or-representative',
  name: {
    ru: 'Документы на регистрацию детей подают родители или законные представители',
    kk: 'Балаларды тіркеуге арналған құжаттарды ата-анасы немесе заңды өкілдері береді',
  },
  source: '001 п.10',
  check: (facts) => {
    const minor = booleanFact(facts, 'minor');
    if (minor === undefined) return askFor(['minor'], '001 п.10');
    if (!minor) return OK;
    const lodgedBy = textFact(facts, 'lodgedBy');
    if (lodgedBy === undefined) return askFor(['lodgedBy'], '001 п.10');
    return lodgedBy === 'parent' || lodgedBy === 'legal_representative'
      ? OK
      : fail(
          {
            ru: 'Регистрация детей, не достигших совершеннолетия, осуществляется на общих основаниях; документы подают их родители или законные представители.',
            kk: 'Кәмелетке толмаған балаларды тіркеу жалпы негізде жүзеге асырылады; құжаттарды олардың ата-анасы немесе заңды өкілдері береді.',
          },
          '001 п.10',
        );
  },
};

export const temporaryStayRule: IntakeRule = {
  id: 'temporary-stay-over-3-months',
  name: {
    ru: 'Регистрация по месту временного проживания — при прибытии на срок свыше 3 месяцев',
    kk: 'Уақытша тұратын жері бойынша тіркеу — 3 айдан астам мерзімге келген кезде',
  },
  source: '001 п.4',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.4');
    if (kind !== 'citizen') return OK;
    const registration = textFact(facts, 'registrationKind');
    if (registration === undefined) return askFor(['registrationKind'], '001 п.4');
    if (registration !== 'temporary') return OK;
    const months = numberFact(facts, 'stayMonths');
    if (months === undefined) return askFor(['stayMonths'], '001 п.4');
    // 001 п.4: "сроком свыше 3-х месяцев" — exactly three months is not over three.
    return months > temporaryStayThreshold.value
      ? OK
      : fail(
          {
            ru: `Внутренние мигранты регистрируются по месту временного проживания, если прибыли на срок свыше 3 месяцев; указан срок ${round2(months)} мес.`,
            kk: `Ішкі көшіп-қонушылар 3 айдан астам мерзімге келген жағдайда уақытша тұратын жері бойынша тіркеледі; көрсетілген мерзім — ${round2(months)} ай.`,
          },
          '001 п.4',
        );
  },
};

export const premisesKindRule: IntakeRule = {
  id: 'premises-kind',
  name: {
    ru: 'Регистрация внутренних мигрантов — в помещениях, перечисленных в Правилах',
    kk: 'Ішкі көшіп-қонушыларды тіркеу — Қағидаларда аталған үй-жайларда',
  },
  source: '001 п.5',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.5');
    if (kind !== 'citizen') return OK;
    const premises = textFact(facts, 'premisesKind');
    if (premises === undefined) return askFor(['premisesKind'], '001 п.5');
    return premises !== 'other' && premisesKindOptions.some((option) => option.id === premises)
      ? OK
      : fail(
          {
            ru: 'Регистрация внутренних мигрантов осуществляется в жилых домах, квартирах, гостиницах, общежитиях, домах отдыха, санаториях, профилакториях, лечебных учреждениях, домах-интернатах, пансионатах, дачных строениях садоводческих товариществ и кооперативов, домах престарелых, служебных зданиях и помещениях.',
            kk: 'Ішкі көшіп-қонушыларды тіркеу тұрғын үйлерде, пәтерлерде, қонақ үйлерде, жатақханаларда, демалыс үйлерінде, санаторийлерде, профилакторийлерде, емдеу мекемелерінде, интернат-үйлерде, пансионаттарда, бағбандық серіктестіктер мен кооперативтердің саяжай құрылыстарында, қарттар үйлерінде, қызметтік ғимараттар мен үй-жайларда жүзеге асырылады.',
          },
          '001 п.5',
        );
  },
};

export const housingRightRule: IntakeRule = {
  id: 'housing-right-and-owner-consent',
  name: {
    ru: 'Документы о праве на жилище и письменное согласие собственника (нанимателя)',
    kk: 'Тұрғын үйге құқық туралы құжаттар және меншік иесінің (жалдаушының) жазбаша келісімі',
  },
  source: '001 п.7',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.7');
    if (kind !== 'citizen') return OK;
    const basis = textFact(facts, 'housingBasis');
    if (basis === undefined) return askFor(['housingBasis'], '001 п.7');
    if (basis === 'none') {
      return fail(
        {
          ru: 'Регистрация осуществляется на основании документов, подтверждающих приобретение жилища в собственность, получение его в пользование (в том числе по договору найма (аренды), поднайма) или иное предусмотренное законодательством право на вселение.',
          kk: 'Тіркеу тұрғын үйді меншікке алуды, оны пайдалануға алуды (оның ішінде жалдау (жалға алу), қосалқы жалдау шарты бойынша) немесе заңнамада көзделген қоныстанудың өзге құқығын растайтын құжаттар негізінде жүзеге асырылады.',
        },
        '001 п.7',
      );
    }
    // The owner registering in their own dwelling gives no consent to themselves.
    if (basis === 'own') return OK;
    const consent = booleanFact(facts, 'ownerConsent');
    if (consent === undefined) return askFor(['ownerConsent'], '001 п.7');
    return consent
      ? OK
      : fail(
          {
            ru: 'Регистрация осуществляется по письменному согласию собственника (нанимателя) жилища.',
            kk: 'Тіркеу тұрғын үй меншік иесінің (жалдаушысының) жазбаша келісімі бойынша жүзеге асырылады.',
          },
          '001 п.7',
        );
  },
};

export const areaNormRule: IntakeRule = {
  id: 'area-norm-15-m2',
  name: {
    ru: 'Не менее 15 м² полезной площади на человека в государственном жилище',
    kk: 'Мемлекеттік тұрғын үйде бір адамға кемінде 15 м² пайдалы алаң',
  },
  source: '001 п.6',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.6');
    // 001 п.12: the norm is checked in АИС «Население», i.e. for registrations of citizens (internal migrants).
    if (kind !== 'citizen') return OK;
    const fund = textFact(facts, 'housingFund');
    if (fund === undefined) return askFor(['housingFund'], '001 п.6');
    // 001 п.6: only state housing and housing the local executive body rents in the private fund.
    if (fund !== 'state' && fund !== 'akimat_leased') return OK;
    const relation = textFact(facts, 'relationToOwner');
    if (relation === undefined) return askFor(['relationToOwner'], '001 п.9');
    // 001 п.9: close relatives and the owner's family are registered regardless of the area.
    if (areaNormExemptRelations.includes(relation)) return OK;
    const released = booleanFact(facts, 'releasedFromPrison');
    if (released === undefined) return askFor(['releasedFromPrison'], '001 п.8');
    if (released) {
      const former = booleanFact(facts, 'formerCityResident');
      const place = textFact(facts, 'releasedRegistrationPlace');
      const missing: ResidenceFactId[] = [];
      if (former === undefined) missing.push('formerCityResident');
      if (place === undefined) missing.push('releasedRegistrationPlace');
      if (missing.length > 0) return askFor(missing, '001 п.8');
      // 001 п.8: former residents of the city, back with those they lived with, with relatives, or on provided housing.
      if (former === true && place !== undefined && releasedExemptPlaces.includes(place)) return OK;
    }
    const area = numberFact(facts, 'usefulArea');
    const persons = numberFact(facts, 'personsRegistered');
    const missing: ResidenceFactId[] = [];
    if (area === undefined) missing.push('usefulArea');
    if (persons === undefined) missing.push('personsRegistered');
    if (area === undefined || persons === undefined) return askFor(missing, '001 п.6');
    if (area < 0 || persons < 1 || !Number.isInteger(persons)) {
      return fail(
        {
          ru: 'Площадь должна быть неотрицательной, а число лиц в жилище (включая регистрируемых) — целым и не менее 1.',
          kk: 'Алаң теріс болмауы тиіс, ал тұрғын үйдегі адамдар саны (тіркелетіндерді қоса алғанда) бүтін және кемінде 1 болуы тиіс.',
        },
        '001 п.6',
      );
    }
    const perPerson = area / persons;
    return perPerson >= areaNormPerPerson
      ? OK
      : fail(
          {
            ru: `Регистрация в жилище из государственного жилищного фонда или арендованном местным исполнительным органом осуществляется с учётом нормы не менее ${areaNormPerPerson} м² полезной площади на одного человека: ${round2(area)} м² на ${persons} чел. — ${round2(perPerson)} м² на человека.`,
            kk: `Мемлекеттік тұрғын үй қорындағы немесе жергілікті атқарушы орган жалға алған тұрғын үйде тіркеу бір адамға кемінде ${areaNormPerPerson} м² пайдалы алаң нормасын ескере отырып жүзеге асырылады: ${round2(area)} м² ${persons} адамға — бір адамға ${round2(perPerson)} м².`,
          },
          '001 п.6, п.12',
        );
  },
};

export const foreignerFiveDaysRule: IntakeRule = {
  id: 'foreigner-within-5-calendar-days',
  name: {
    ru: 'Иностранцы регистрируются в течение 5 календарных дней после пересечения границы',
    kk: 'Шетелдіктер шекарадан өткеннен кейін 5 күнтізбелік күн ішінде тіркеледі',
  },
  source: '001 п.11',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.11');
    if (!isForeign(kind)) return OK;
    const exemption = findForeignerExemption(facts);
    if (exemption.kind === 'missing') return askFor(exemption.facts, '001 п.21');
    // 001 п.21: whoever is released from registration has no registration term to miss.
    if (exemption.kind === 'exempt') return OK;
    const crossing = textFact(facts, 'borderCrossingDate');
    const application = textFact(facts, 'applicationDate');
    const missing: ResidenceFactId[] = [];
    if (crossing === undefined) missing.push('borderCrossingDate');
    if (application === undefined) missing.push('applicationDate');
    if (crossing === undefined || application === undefined) return askFor(missing, '001 п.11');
    const from = dayNumber(crossing);
    const to = dayNumber(application);
    if (from === undefined || to === undefined) {
      const wrong = from === undefined ? crossing : application;
      return fail(
        { ru: `Дата указана неверно (ожидается ГГГГ-ММ-ДД): «${wrong}».`, kk: `Күні қате көрсетілген (ЖЖЖЖ-АА-КК күтіледі): «${wrong}».` },
        '001 п.11',
      );
    }
    if (to < from) {
      return fail(
        {
          ru: 'Дата обращения не может быть раньше даты пересечения Государственной границы.',
          kk: 'Жүгінген күн Мемлекеттік шекарадан өткен күннен бұрын болуы мүмкін емес.',
        },
        '001 п.11',
      );
    }
    // 001 п.11: "в течение пяти календарных дней после пересечения" — the day of crossing is not counted.
    const days = to - from;
    return days <= foreignerRegistrationTerm.value
      ? OK
      : fail(
          {
            ru: `Иностранные граждане регистрируются в течение пяти календарных дней после пересечения Государственной границы Республики Казахстан: с ${crossing} по ${application} прошло ${days} календ. дн.`,
            kk: `Шетел азаматтары Қазақстан Республикасының Мемлекеттік шекарасынан өткеннен кейін бес күнтізбелік күн ішінде тіркеледі: ${crossing} бастап ${application} дейін ${days} күнтізбелік күн өтті.`,
          },
          '001 п.11',
        );
  },
};

export const foreignerExemptionRule: IntakeRule = {
  id: 'foreigner-exemption',
  name: {
    ru: 'Освобождение иностранцев от регистрации',
    kk: 'Шетелдіктерді тіркеуден босату',
  },
  source: '001 п.21',
  check: (facts) => {
    const kind = applicantKind(facts);
    if (kind === undefined) return askFor(['applicantKind'], '001 п.21');
    if (!isForeign(kind)) return OK;
    const finding = findForeignerExemption(facts);
    if (finding.kind === 'missing') return askFor(finding.facts, '001 п.21');
    if (finding.kind === 'not_exempt') return OK;
    return fail(
      {
        ru: `Иностранец освобождается от регистрации в уполномоченном органе (${finding.exemption.name.ru}); регистрация не требуется.`,
        kk: `Шетелдік уәкілетті органда тіркелуден босатылады (${finding.exemption.name.kk}); тіркеу талап етілмейді.`,
      },
      finding.exemption.source,
    );
  },
};

/** All rules of seed 001 the intake desk checks, in the order of the act's points. */
export const residenceRules: readonly IntakeRule[] = [
  temporaryStayRule,
  premisesKindRule,
  areaNormRule,
  housingRightRule,
  minorLodgedByRepresentativeRule,
  foreignerFiveDaysRule,
  foreignerExemptionRule,
];
