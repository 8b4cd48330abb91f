import type { LocalizedText, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, districtEmploymentOffices, providerHead, providerSpecialist, providerHours } from './act';

/**
 * 002 R14: «Выдача направлений лицам на участие в активных формах содействия занятости». District offices at the
 * applicant's place of residence (п.1); at the office the referral is given on the spot in 30 minutes, on the portal
 * in 1 working day (п.9 пп.1).
 */

const specialist: LocalizedText = { ru: 'специалист услугодателя', kk: 'көрсетілетін қызметті берушінің маманы' };
const head: LocalizedText = { ru: 'руководитель услугодателя', kk: 'көрсетілетін қызметті берушінің басшысы' };

export const activeEmploymentReferral: ServiceVersion = {
  id: 'active-employment-referral',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 14,
  name: {
    ru: 'Выдача направлений лицам на участие в активных формах содействия занятости',
    kk: 'Адамдарға жұмыспен қамтуға жәрдемдесудің белсенді нысандарына қатысуға жолдама беру',
  },
  provider: districtEmploymentOffices,
  channels: ['office', 'portal'],
  form: {
    ru: 'Электронная (частично автоматизированная) и (или) бумажная',
    kk: 'Электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде',
  },
  roles: [providerSpecialist('002 R14 п.6 пп.1'), providerHead('002 R14 п.6 пп.2')],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: specialist,
      action: { ru: 'Принять документы услугополучателя', kk: 'Көрсетілетін қызметті алушының құжаттарын қабылдау' },
      channels: ['office'],
      source: '002 R14 п.5 пп.1',
    },
    {
      id: 'receive-portal-request',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: specialist,
      action: {
        ru: 'Принять электронный запрос, зарегистрированный на портале',
        kk: 'Порталда тіркелген электрондық сұрау салуды қабылдау',
      },
      channels: ['portal'],
      source: '002 R14 п.11 пп.13',
    },
    {
      id: 'request-state-systems',
      stage: 'review',
      kind: 'request',
      actor: 'specialist',
      unit: specialist,
      action: {
        ru: 'Направить запрос в государственные информационные системы посредством портала',
        kk: 'Портал арқылы мемлекеттік ақпараттық жүйелерге сұрау салу жолдау',
      },
      source: '002 R14 п.5 пп.2, п.7 пп.1',
    },
    {
      id: 'verify-with-original',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: specialist,
      action: {
        ru: 'Получить сведения в виде электронного документа, сверить с подлинником и вернуть подлинник услугополучателю',
        kk: 'Мәліметтерді электрондық құжат түрінде алу, түпнұсқамен салыстыру және түпнұсқаны көрсетілетін қызметті алушыға қайтару',
      },
      channels: ['office'],
      source: '002 R14 п.7 пп.2',
    },
    {
      // 002 R14 п.7 пп.3: the referral is written only once registration as unemployed is confirmed
      // (п.11 пп.14 for the portal: the provider checks it in the automated information system).
      id: 'prepare-referral',
      stage: 'review',
      kind: 'prepare',
      actor: 'specialist',
      unit: specialist,
      action: {
        ru: 'Проверить регистрацию услугополучателя в качестве безработного и выписать направление на участие в активных мерах содействия занятости',
        kk: 'Көрсетілетін қызметті алушының жұмыссыз ретінде тіркелгенін тексеру және жұмыспен қамтуға жәрдемдесудің белсенді шараларына қатысуға жолдама жазу',
      },
      output: { ru: 'Проект направления', kk: 'Жолдаманың жобасы' },
      source: '002 R14 п.5 пп.3, п.7 пп.3, п.11 пп.14',
    },
    {
      id: 'sign-referral',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: head,
      action: { ru: 'Подписать направление', kk: 'Жолдамаға қол қою' },
      output: { ru: 'Подписанное направление', kk: 'Қол қойылған жолдама' },
      source: '002 R14 п.7 пп.4',
    },
    {
      id: 'issue-referral',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: specialist,
      action: { ru: 'Выдать готовое направление услугополучателю', kk: 'Дайын жолдаманы көрсетілетін қызметті алушыға беру' },
      output: { ru: 'Направление', kk: 'Жолдама' },
      channels: ['office'],
      source: '002 R14 п.5 пп.4, п.7 пп.5',
    },
    {
      id: 'send-to-personal-cabinet',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: specialist,
      action: {
        ru: 'Направить результат (электронный документ, удостоверенный ЭЦП уполномоченного лица) в «личный кабинет» на портале',
        kk: 'Нәтижені (уәкілетті адамның ЭЦҚ-мен куәландырылған электрондық құжатты) порталдағы «жеке кабинетке» жолдау',
      },
      channels: ['portal'],
      source: '002 R14 п.11 пп.16',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'employment-referral',
      kind: 'referral',
      name: { ru: 'Направление для трудоустройства', kk: 'Жұмысқа орналасуға жолдама' },
      on: 'grant',
      source: '002 R14 п.3 пп.1',
    },
    {
      id: 'public-works-referral',
      kind: 'referral',
      name: { ru: 'Направление на общественные работы', kk: 'Қоғамдық жұмыстарға жолдама' },
      on: 'grant',
      source: '002 R14 п.3 пп.2',
    },
    {
      id: 'training-referral',
      kind: 'referral',
      name: {
        ru: 'Направление на профессиональную подготовку, переподготовку и повышение квалификации',
        kk: 'Кәсіптік даярлауға, қайта даярлауға және біліктілікті арттыруға жолдама',
      },
      on: 'grant',
      source: '002 R14 п.3 пп.3',
    },
    {
      id: 'social-jobs-referral',
      kind: 'referral',
      name: {
        ru: 'Направление для трудоустройства на социальные рабочие места',
        kk: 'Әлеуметтік жұмыс орындарына жұмысқа орналасуға жолдама',
      },
      on: 'grant',
      source: '002 R14 п.3 пп.4',
    },
    {
      id: 'youth-practice-referral',
      kind: 'referral',
      name: { ru: 'Направление на молодежную практику', kk: 'Жастар практикасына жолдама' },
      on: 'grant',
      source: '002 R14 п.3 пп.5',
    },
    {
      id: 'vocational-guidance-referral',
      kind: 'referral',
      name: {
        ru: 'Направление на бесплатные услуги по профессиональной ориентации',
        kk: 'Кәсіптік бағдар беру жөніндегі тегін қызметтерге жолдама',
      },
      on: 'grant',
      source: '002 R14 п.3 пп.6',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: {
        ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
        kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
      },
      on: 'refusal',
      source: '002 R14 п.11 пп.15',
    },
  ],
  refusalGrounds: [
    {
      id: 'not-registered-unemployed',
      at: 'merits',
      text: {
        ru: 'Не подтверждены сведения о регистрации услугополучателя в качестве безработного',
        kk: 'Көрсетілетін қызметті алушының жұмыссыз ретінде тіркелгені туралы мәліметтер расталмаған',
      },
      source: '002 R14 п.7 пп.3, п.11 пп.14–15',
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
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '002 R14 п.4 (Стандарт п.9), п.7 пп.2',
      },
      {
        id: 'unemployed-registration',
        name: {
          ru: 'Сведения о регистрации в качестве безработного',
          kk: 'Жұмыссыз ретінде тіркелгені туралы мәліметтер',
        },
        form: 'state_system',
        required: true,
        source: '002 R14 п.7 пп.1–3, п.11 пп.14',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Сведения о регистрации по постоянному месту жительства',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгені туралы мәліметтер',
        },
        form: 'state_system',
        required: true,
        source: '002 R14 п.4 (Стандарт п.9), п.5 пп.2',
      },
      {
        id: 'portal-application',
        name: {
          ru: 'Заявление в форме электронного документа, удостоверенного ЭЦП услугополучателя',
          kk: 'Көрсетілетін қызметті алушының ЭЦҚ-мен куәландырылған электрондық құжат нысанындағы өтініш',
        },
        form: 'electronic',
        required: false,
        condition: { ru: 'При обращении через портал', kk: 'Портал арқылы жүгінгенде' },
        source: '002 R14 п.11 абз.2 пп.1',
      },
    ],
    source: '002 R14 п.4, п.11',
  },
  terms: [
    { value: 30, unit: 'minutes', kind: 'on_the_spot', channel: 'office', source: '002 R14 п.9 пп.1' },
    { value: 1, unit: 'working_days', kind: 'total', channel: 'portal', source: '002 R14 п.9 пп.1 абз.2' },
    { value: 30, unit: 'minutes', kind: 'wait', channel: 'office', source: '002 R14 п.9 пп.2' },
    { value: 30, unit: 'minutes', kind: 'service', channel: 'office', source: '002 R14 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R14 п.8')],
  fee: { free: true, source: '002 R14 п.9 абз. последний' },
  consentRequired: false,
  onTheSpot: true,
  representativeAllowed: false,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    {
      topic: 'On the spot at the office, one working day on the portal',
      choice: 'onTheSpot is true; the office term is 30 minutes on the spot, the portal term 1 working day.',
      reason: 'п.9 пп.1 gives "30 минут" from lodging at the office and "1 (один) рабочий день" on the portal.',
      source: '002 R14 п.9 пп.1',
    },
    {
      topic: 'Six kinds of result',
      choice: 'Each kind of direction of п.3 is a separate referral result; the desk issues the one that fits the person. "Оказание бесплатных услуг лицам в профессиональной ориентации" is issued as a referral to free vocational guidance.',
      reason: 'п.3 lists six components of the result; the sixth is worded as a service, but the result of the regulation is a "направление" in every case.',
      source: '002 R14 п.3',
    },
    {
      topic: 'Refusal ground and refusal letter',
      choice: 'The only merits ground is unconfirmed registration as unemployed; a motivated refusal letter is the refusal result at the office too.',
      reason: 'п.7 пп.3 makes the referral conditional on confirmed registration as unemployed; п.11 пп.15 describes the refusal message only for the portal.',
      source: '002 R14 п.7 пп.3, п.11 пп.14–15',
    },
    {
      topic: 'No intake refusal, no receipt, no consent step',
      choice: 'No intake-refusal ground, no receipt and no consent step.',
      reason: 'The regulation mentions none of them: the service is given on the spot, and the state-system request (п.7 пп.1) has no consent clause in this regulation.',
      source: '002 R14 п.7',
    },
    {
      topic: '"услугодателя в качестве безработного"',
      choice: 'Read as registration of the service recipient (услугополучателя) as unemployed.',
      reason: 'A provider cannot be registered as unemployed; п.11 пп.14 speaks of the service recipient.',
      source: '002 R14 п.7 пп.3',
    },
    {
      topic: 'Portal payment steps',
      choice: 'Ignored: the service is free and no payment step is modelled.',
      reason: 'п.11 пп.6–8 (payment on ПШЭП) contradict п.9 "Государственная услуга оказывается бесплатно"; the payment steps are a copy of a paid service\'s template.',
      source: '002 R14 п.9, п.11 пп.6–8',
    },
    {
      topic: 'Roles',
      choice: 'The specialist of the provider accepts, checks, prepares and issues; the head signs the referral.',
      reason: 'п.6 names only these two units; п.7 gives all actions but signing to the specialist.',
      source: '002 R14 п.6, п.7',
    },
    {
      topic: 'Documents, representatives, applicants, portal hours',
      choice: 'Document list from п.9 of the Standard (editable); no representative; citizens, foreigners and stateless persons permanently residing in Kazakhstan; portal hours not modelled.',
      reason: 'The regulation refers to the Standard and is silent on representatives and portal hours; persons registered as unemployed include permanently residing foreigners and stateless persons.',
      source: '002 R14 п.4, п.8',
    },
  ],
};
