import type { LocalizedText, RoleAssignment, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, providerHours } from './act';
import { commissionQuorumInterpretation } from './commission-sitting';

/**
 * 002 R13: «Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных
 * представительных органов». Provided by the city department (п.1), documents lodged at its district offices or,
 * for persons with disabilities and persons with socially significant diseases, on the portal (п.3). Two
 * commissions: the участковая комиссия inspects the family, the специальная комиссия concludes on the need and the
 * amount (п.7 пп.4, пп.6).
 */

const districtSpecialist: LocalizedText = {
  ru: 'специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің маманы',
};
const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің басшысы',
};
const responsibleSpecialist: LocalizedText = {
  ru: 'ответственный специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің жауапты маманы',
};
const districtCommission: LocalizedText = { ru: 'участковая комиссия', kk: 'учаскелік комиссия' };
const specialCommission: LocalizedText = { ru: 'специальная комиссия', kk: 'арнайы комиссия' };

const roles: readonly RoleAssignment[] = [
  { role: 'operator', unit: districtSpecialist, source: '002 R13 п.6 пп.1' },
  { role: 'head', unit: districtHead, source: '002 R13 п.6 пп.2' },
  { role: 'responsible_specialist', unit: responsibleSpecialist, source: '002 R13 п.6 пп.3' },
  {
    role: 'commission_chair',
    unit: { ru: 'председатель участковой комиссии', kk: 'учаскелік комиссияның төрағасы' },
    source: '002 R13 п.6 пп.4, прил.3',
  },
  {
    role: 'commission_member',
    unit: { ru: 'члены участковой комиссии', kk: 'учаскелік комиссияның мүшелері' },
    source: '002 R13 п.6 пп.4, прил.3',
  },
  {
    role: 'commission_chair',
    unit: { ru: 'председатель специальной комиссии', kk: 'арнайы комиссияның төрағасы' },
    source: '002 R13 п.6 пп.5',
  },
  {
    role: 'commission_member',
    unit: { ru: 'члены специальной комиссии', kk: 'арнайы комиссияның мүшелері' },
    source: '002 R13 п.6 пп.5',
  },
];

export const socialAssistanceLocal: ServiceVersion = {
  id: 'social-assistance-local',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 13,
  name: {
    ru: 'Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов',
    kk: 'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау',
  },
  provider: cityEmploymentDepartment,
  channels: ['office', 'portal'],
  form: {
    ru: 'Электронная (частично автоматизированная) и (или) бумажная',
    kk: 'Электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде',
  },
  roles,
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Принять заявление и документы, зарегистрировать в ЕСЭДО, поставить на контроль и передать руководителю районного отдела',
        kk: 'Өтініш пен құжаттарды қабылдау, ЭҚАБЖ-да тіркеу, бақылауға қою және аудандық бөлім басшысына беру',
      },
      output: {
        ru: 'Талон с датой регистрации и датой получения услуги',
        kk: 'Тіркелген күні және қызметті алу күні көрсетілген талон',
      },
      channels: ['office'],
      source: '002 R13 п.5 пп.1, п.7 пп.1, п.9',
    },
    {
      // 002 R13 п.14 пп.9: the portal request reaches the district office through РШЭП into ИС МИО.
      id: 'receive-portal-request',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Принять электронный запрос с портала в ИС МИО и зарегистрировать его',
        kk: 'Порталдан келген электрондық сұрау салуды ЖАО АЖ-да қабылдау және тіркеу',
      },
      channels: ['portal'],
      source: '002 R13 п.14 пп.9',
    },
    {
      id: 'assign-executor',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Отписать заявление ответственному специалисту районного отдела',
        kk: 'Өтінішті аудандық бөлімнің жауапты маманына бұрыштама қойып жолдау',
      },
      source: '002 R13 п.7 пп.2',
    },
    {
      id: 'check-documents',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Проверить документы на соответствие п.9 Стандарта и направить их в участковую комиссию для обследования',
        kk: 'Құжаттарды Стандарттың 9-тармағына сәйкестігіне тексеру және тексеру жүргізу үшін учаскелік комиссияға жолдау',
      },
      term: { value: 1, unit: 'working_days' },
      source: '002 R13 п.7 пп.3',
    },
    {
      // 002 R13 п.7 пп.3 абз.2–3: with insufficient documents the term becomes 20 working days (п.9 пп.1 абз.2);
      // the act lengthens the term instead of stopping it, so this step does not pause the clock.
      id: 'request-missing-information',
      stage: 'review',
      kind: 'request',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'При недостаточности документов запросить сведения в соответствующих органах',
        kk: 'Құжаттар жеткіліксіз болған жағдайда тиісті органдардан мәліметтер сұрату',
      },
      source: '002 R13 п.7 пп.3 абз.2–3',
    },
    {
      id: 'inspect-family',
      stage: 'commission',
      kind: 'inspect',
      actor: 'commission_member',
      unit: districtCommission,
      action: {
        ru: 'Обследовать материальное положение лица (семьи), составить акт и заключение о нуждаемости, направить их в районный отдел',
        kk: 'Адамның (отбасының) материалдық жағдайын тексеру, акт пен мұқтаждық туралы қорытынды жасау, оларды аудандық бөлімге жолдау',
      },
      term: { value: 2, unit: 'working_days' },
      output: {
        ru: 'Акт обследования и заключение участковой комиссии',
        kk: 'Тексеру актісі және учаскелік комиссияның қорытындысы',
      },
      source: '002 R13 п.7 пп.4, прил.3, прил.4',
    },
    {
      // 002 R13 п.7 пп.5 sits between the two commissions; kept in the commission stage so stages stay in order.
      id: 'calculate-income',
      stage: 'commission',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Рассчитать среднедушевой доход лица (семьи) и представить полный пакет документов в специальную комиссию',
        kk: 'Адамның (отбасының) жан басына шаққандағы орташа табысын есептеу және құжаттардың толық топтамасын арнайы комиссияға ұсыну',
      },
      term: { value: 1, unit: 'working_days' },
      output: { ru: 'Расчет среднедушевого дохода', kk: 'Жан басына шаққандағы орташа табыстың есебі' },
      source: '002 R13 п.7 пп.5',
    },
    {
      id: 'special-commission-conclusion',
      stage: 'commission',
      kind: 'commission_sitting',
      actor: 'commission_chair',
      unit: specialCommission,
      action: {
        ru: 'Вынести заключение о необходимости оказания социальной помощи, при положительном заключении указать ее размер',
        kk: 'Әлеуметтік көмек көрсету қажеттілігі туралы қорытынды шығару, оң қорытынды болған жағдайда оның мөлшерін көрсету',
      },
      term: { value: 2, unit: 'working_days' },
      output: {
        ru: 'Заключение специальной комиссии о необходимости оказания социальной помощи',
        kk: 'Арнайы комиссияның әлеуметтік көмек көрсету қажеттілігі туралы қорытындысы',
      },
      source: '002 R13 п.7 пп.6',
    },
    {
      // 002 R13 п.7 пп.7: "в течение восьми рабочих дней со дня регистрации" is a deadline counted from lodging
      // (= the total term of п.9), not a duration of this step, so the step carries no term of its own.
      id: 'decide',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Принять решение об оказании либо отказе в оказании социальной помощи на основании заключения специальной комиссии',
        kk: 'Арнайы комиссияның қорытындысы негізінде әлеуметтік көмек көрсету немесе көрсетуден бас тарту туралы шешім қабылдау',
      },
      output: { ru: 'Решение районного отдела', kk: 'Аудандық бөлімнің шешімі' },
      source: '002 R13 п.7 пп.7',
    },
    {
      id: 'notify-applicant',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Подготовить уведомление о принятом решении (при отказе — с указанием основания) и письменно уведомить услугополучателя',
        kk: 'Қабылданған шешім туралы хабарлама дайындау (бас тартылған жағдайда — негізін көрсете отырып) және көрсетілетін қызметті алушыға жазбаша хабарлау',
      },
      term: { value: 3, unit: 'working_days' },
      output: {
        ru: 'Уведомление о назначении (отказе в назначении) социальной помощи',
        kk: 'Әлеуметтік көмек тағайындау (тағайындаудан бас тарту) туралы хабарлама',
      },
      source: '002 R13 п.7 пп.8',
    },
    {
      id: 'send-to-personal-cabinet',
      stage: 'issue',
      kind: 'issue',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Направить результат в «личный кабинет» услугополучателя в форме электронного документа, удостоверенного ЭЦП',
        kk: 'Нәтижені ЭЦҚ-мен куәландырылған электрондық құжат нысанында көрсетілетін қызметті алушының «жеке кабинетіне» жолдау',
      },
      channels: ['portal'],
      source: '002 R13 п.11 (второй), п.14 пп.10',
    },
  ],
  commissions: [
    {
      id: 'district-commission',
      name: districtCommission,
      term: { value: 2, unit: 'working_days' },
      output: {
        ru: 'Акт обследования для определения нуждаемости лица (семьи) в связи с наступлением трудной жизненной ситуации',
        kk: 'Қиын өмірлік жағдайдың туындауына байланысты адамның (отбасының) мұқтаждығын анықтау үшін тексеру актісі',
      },
      otherOutputs: [
        {
          ru: 'Заключение участковой комиссии о нуждаемости лица (семьи) в социальной помощи',
          kk: 'Учаскелік комиссияның адамның (отбасының) әлеуметтік көмекке мұқтаждығы туралы қорытындысы',
        },
      ],
      signedConclusionRequired: true,
      inspection: true,
      source: '002 R13 п.6 пп.4, п.7 пп.4, прил.3, прил.4',
    },
    {
      id: 'special-commission',
      name: specialCommission,
      term: { value: 2, unit: 'working_days' },
      output: {
        ru: 'Заключение о необходимости оказания социальной помощи (с указанием размера при положительном заключении)',
        kk: 'Әлеуметтік көмек көрсету қажеттілігі туралы қорытынды (оң қорытынды болған жағдайда мөлшері көрсетіледі)',
      },
      // 002 R13 п.7 пп.7: the district office decides "на основании ... заключения специальной комиссии".
      signedConclusionRequired: true,
      source: '002 R13 п.6 пп.5, п.7 пп.6–7',
    },
  ],
  results: [
    {
      id: 'assignment-notification',
      kind: 'notification',
      name: { ru: 'Уведомление о назначении социальной помощи', kk: 'Әлеуметтік көмек тағайындау туралы хабарлама' },
      on: 'grant',
      source: '002 R13 п.3, п.7 пп.8, п.14 пп.10',
    },
    {
      id: 'refusal-notification',
      kind: 'refusal_letter',
      name: {
        ru: 'Уведомление об отказе в назначении социальной помощи с указанием основания',
        kk: 'Негізі көрсетілген әлеуметтік көмек тағайындаудан бас тарту туралы хабарлама',
      },
      on: 'refusal',
      source: '002 R13 п.3 пп.1, п.7 пп.8, п.14 пп.10',
    },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Талон с указанием даты регистрации и даты получения государственной услуги, фамилии и инициалов лица, принявшего документы',
        kk: 'Тіркелген күні мен мемлекеттік қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері көрсетілген талон',
      },
      on: 'intake',
      source: '002 R13 п.9',
    },
  ],
  refusalGrounds: [
    {
      id: 'no-need-concluded',
      at: 'merits',
      text: {
        ru: 'Заключение специальной комиссии об отсутствии необходимости оказания социальной помощи',
        kk: 'Арнайы комиссияның әлеуметтік көмек көрсету қажеттілігінің жоқтығы туралы қорытындысы',
      },
      source: '002 R13 п.7 пп.6–7, прил.4',
    },
    {
      id: 'inspection-refused',
      at: 'merits',
      text: {
        ru: 'Отказ заявителя (члена семьи) от проведения обследования',
        kk: 'Өтініш берушінің (отбасы мүшесінің) тексеру жүргізуден бас тартуы',
      },
      source: '002 R13 прил.3',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством / Стандартом',
        kk: 'Көрсетілетін қызметті алушының заңнамада / Стандартта белгіленген талаптарға сәйкес келмеуі',
      },
      source: '002 R13 п.7 пп.8',
    },
  ],
  documents: {
    editable: true,
    note: {
      ru: 'Регламент отсылает к пункту 9 Стандарта (постановление Правительства РК от 11 марта 2014 года № 217). Перечень — рабочая копия офиса, администратор может его изменить.',
      kk: 'Регламент Стандарттың 9-тармағына сілтеме жасайды (Қазақстан Республикасы Үкіметінің 2014 жылғы 11 наурыздағы № 217 қаулысы). Тізбе — кеңсенің жұмыс көшірмесі, әкімші оны өзгерте алады.',
    },
    items: [
      {
        id: 'application',
        name: { ru: 'Заявление', kk: 'Өтініш' },
        form: 'original',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Сведения о регистрации по постоянному месту жительства',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгені туралы мәліметтер',
        },
        form: 'state_system',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
      {
        id: 'family-composition',
        name: { ru: 'Сведения о составе семьи', kk: 'Отбасы құрамы туралы мәліметтер' },
        form: 'original',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
      {
        id: 'family-income',
        name: { ru: 'Сведения о доходах лица (членов семьи)', kk: 'Адамның (отбасы мүшелерінің) табыстары туралы мәліметтер' },
        form: 'original',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
      {
        id: 'hardship-proof',
        name: {
          ru: 'Акт и (или) документ, подтверждающий наступление трудной жизненной ситуации',
          kk: 'Қиын өмірлік жағдайдың туындағанын растайтын акт және (немесе) құжат',
        },
        form: 'copy',
        required: true,
        source: '002 R13 п.4 (Стандарт п.9)',
      },
    ],
    source: '002 R13 п.4',
  },
  terms: [
    { value: 8, unit: 'working_days', kind: 'total', source: '002 R13 п.9 пп.1' },
    {
      value: 20,
      unit: 'working_days',
      kind: 'total',
      variant: 'insufficient-documents',
      note: {
        ru: 'При недостаточности документов либо невозможности их представления в связи с порчей, утерей',
        kk: 'Құжаттар жеткіліксіз болғанда не олар бүлінуіне, жоғалуына байланысты ұсынылмағанда',
      },
      source: '002 R13 п.9 пп.1 абз.2, п.7 абз. после пп.8',
    },
    { value: 30, unit: 'minutes', kind: 'wait', channel: 'office', source: '002 R13 п.9 пп.2' },
    // 002 R13 п.9 пп.3 says "более 15 минут"; read as "не более 15 минут" (see interpretations).
    { value: 15, unit: 'minutes', kind: 'service', channel: 'office', source: '002 R13 п.9 пп.3' },
  ],
  officeHours: [
    providerHours('002 R13 п.8'),
    { channel: 'portal', days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00', source: '002 R13 п.8 абз.2' },
  ],
  fee: { free: true, source: '002 R13 (Стандарт, постановление Правительства РК № 217)' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: false,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    commissionQuorumInterpretation('002 R13 п.6 пп.4–5, п.7 пп.4–7'),
    {
      topic: 'Portal channel limited to some categories',
      choice: 'The portal channel is offered, but the intake desk should accept portal requests only from persons with disabilities and persons with socially significant diseases.',
      reason: 'п.3 пп.2 names only these applicants for the portal; the data model has no per-category channel, so the restriction is written here.',
      source: '002 R13 п.3 пп.2, п.4 абз.2',
    },
    {
      topic: 'Insufficient documents: longer term, not a paused clock',
      choice: 'A separate total term of 20 working days (variant "insufficient-documents") applies when the specialist has to request data or documents are lost/damaged; the request step does not pause the clock.',
      reason: 'п.7 (after пп.8) and п.9 пп.1 abz.2 lengthen the term to 20 working days instead of stopping it.',
      source: '002 R13 п.7 пп.3, п.9 пп.1',
    },
    {
      topic: 'No refusal at intake',
      choice: 'No intake-refusal ground and no refusal receipt.',
      reason: 'The regulation never mentions refusing to accept an incomplete package; instead the specialist requests missing data or decides on other bodies\' data (п.7 пп.3).',
      source: '002 R13 п.7 пп.3',
    },
    {
      topic: 'Grounds for refusal on the merits',
      choice: 'Three merits grounds: the special commission\'s negative conclusion, the applicant\'s refusal of the inspection (the line "От проведения обследования отказываюсь" of the act form) and a generic non-conformity ground.',
      reason: 'п.7 пп.8 only says a refusal names its ground without listing grounds; the commission conclusion and the inspection form are the only grounds the text itself implies.',
      source: '002 R13 п.7 пп.6–8, прил.3, прил.4',
    },
    {
      topic: 'Income calculation between the two commissions',
      choice: 'The responsible specialist\'s calculation of average per-capita income is a step of the commission stage.',
      reason: 'It lies between the district commission (п.7 пп.4) and the special commission (п.7 пп.6); keeping it there keeps the stages in order.',
      source: '002 R13 п.7 пп.5',
    },
    {
      topic: 'Decision deadline and notification term',
      choice: 'The decision step has no term of its own; the total term is 8 working days, and the notification step keeps its own 3 working days.',
      reason: '"в течение восьми рабочих дней со дня регистрации" (п.7 пп.7) counts from lodging and equals п.9 пп.1; the steps before it take 1+2+1+2 = 6 days. п.7 пп.8 adds up to 3 days for the notice, which can run past the 8 days; the deadline board shows the total term as binding.',
      source: '002 R13 п.7 пп.7–8, п.9 пп.1',
    },
    {
      topic: 'Service time "более 15 минут"',
      choice: 'Maximum service time is 15 minutes.',
      reason: 'A "maximum permissible time" of "more than 15 minutes" is self-contradictory; "не более" was evidently meant, as in the other regulations of the act.',
      source: '002 R13 п.9 пп.3',
    },
    {
      topic: 'Roles of the district office',
      choice: 'The "специалист районного отдела" (registration, issuing) is the operator; the "ответственный специалист" is the responsible specialist; the district head decides.',
      reason: 'п.6 names three district-level roles and п.7 gives each its own actions; п.7 пп.7 says the district office decides, which is signed by its head.',
      source: '002 R13 п.6, п.7',
    },
    {
      topic: 'Commission signatures',
      choice: 'Both commissions require a signed conclusion before the next step.',
      reason: 'The forms of the act and of the conclusion (прил.3, прил.4) carry the signatures of the chair and members; the decision is taken on the special commission\'s conclusion (п.7 пп.7).',
      source: '002 R13 прил.3, прил.4, п.7 пп.7',
    },
    {
      topic: 'Documents, fee, representatives, applicants',
      choice: 'Document list from п.9 of the Standard (editable); the service is free; no representative; citizens, foreigners and stateless persons permanently residing in Kazakhstan.',
      reason: 'The regulation refers to the Standard for documents and says nothing about fee or representatives; the social protection laws it is based on cover permanently residing foreigners and stateless persons too.',
      source: '002 R13 п.4',
    },
    {
      topic: 'Portal hours',
      choice: 'Portal open around the clock, every day.',
      reason: '"На портале – круглосуточно (за исключением технических перерывов…)"; technical breaks cannot be scheduled in advance.',
      source: '002 R13 п.8 абз.2',
    },
  ],
};
