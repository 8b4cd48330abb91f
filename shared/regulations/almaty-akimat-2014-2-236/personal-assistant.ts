import type { LocalizedText, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, providerHours } from './act';

/**
 * Seed 002, regulation 8: «Оформление документов на инвалидов для предоставления им услуги индивидуального помощника
 * для инвалидов первой группы, имеющих затруднение в передвижении и специалиста жестового языка для инвалидов по
 * слуху». Paper only, through the district office, 10 working days, no commission.
 */

const districtSpecialist: LocalizedText = {
  ru: 'специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің маманы',
};
const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің басшысы',
};
const responsibleExecutor: LocalizedText = {
  ru: 'ответственный исполнитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің жауапты орындаушысы',
};

const grantNotification: LocalizedText = {
  ru: 'Уведомление об оформлении документов с указанием сроков предоставления инвалидам услуги индивидуального помощника для инвалидов первой группы, имеющих затруднение в передвижении, и специалиста жестового языка для инвалидов по слуху',
  kk: 'Бірінші топтағы қозғалуы қиын мүгедектерге жеке көмекшінің және есту қабілеті бойынша мүгедектерге ымдау тілі маманының қызметтерін ұсыну мерзімдері көрсетілген құжаттарды ресімдеу туралы хабарлама',
};
const refusalLetter: LocalizedText = {
  ru: 'Мотивированный ответ об отказе в предоставлении государственной услуги',
  kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
};

export const personalAssistant: ServiceVersion = {
  id: 'personal-assistant',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 8,
  name: {
    ru: 'Оформление документов на инвалидов для предоставления им услуги индивидуального помощника для инвалидов первой группы, имеющих затруднение в передвижении и специалиста жестового языка для инвалидов по слуху',
    kk: 'Бірінші топтағы қозғалуы қиын мүгедектерге жеке көмекшінің және есту қабілеті бойынша мүгедектерге ымдау тілі маманының қызметтерін ұсыну үшін мүгедектерге құжаттарды ресімдеу',
  },
  // 002 R8 п.1: rendered by the city Управление, applications and results only through its district office.
  provider: cityEmploymentDepartment,
  channels: ['office'],
  form: { ru: 'бумажная', kk: 'қағаз түрінде' },
  roles: [
    { role: 'specialist', unit: districtSpecialist, source: '002 R8 п.6 пп.1' },
    { role: 'head', unit: districtHead, source: '002 R8 п.6 пп.2' },
    { role: 'responsible_specialist', unit: responsibleExecutor, source: '002 R8 п.6 пп.3' },
    {
      role: 'specialist',
      unit: { ru: 'социальный работник услугодателя', kk: 'көрсетілетін қызметті берушінің әлеуметтік қызметкері' },
      source: '002 R8 п.10',
    },
  ],
  steps: [
    {
      id: 'register-application',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Принять заявление по форме приложения к Стандарту, зарегистрировать полученные документы, выдать талон и передать на рассмотрение руководителю районного отдела',
        kk: 'Стандартқа қосымшадағы нысан бойынша өтінішті қабылдау, алынған құжаттарды тіркеу, талон беру және аудандық бөлім басшысының қарауына беру',
      },
      output: {
        ru: 'Талон с указанием даты регистрации и получения государственной услуги',
        kk: 'Тіркелген және мемлекеттік қызметті алу күні көрсетілген талон',
      },
      source: '002 R8 п.7 пп.1–2, п.9',
    },
    {
      id: 'assign-executor',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Рассмотреть документы и отписать ответственному исполнителю районного отдела',
        kk: 'Құжаттарды қарап, аудандық бөлімнің жауапты орындаушысына бұрыштама қою',
      },
      source: '002 R8 п.7 пп.3',
    },
    {
      id: 'check-documents',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Проверить представленные документы на соответствие пункту 9 Стандарта',
        kk: 'Ұсынылған құжаттардың Стандарттың 9-тармағына сәйкестігін тексеру',
      },
      source: '002 R8 п.7 пп.4',
    },
    {
      id: 'prepare-result',
      stage: 'review',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Оформить уведомление об оформлении документов или подготовить мотивированный ответ об отказе и направить на подписание руководителю',
        kk: 'Құжаттарды ресімдеу туралы хабарламаны ресімдеу немесе бас тарту туралы дәлелді жауапты дайындау және басшының қол қоюына жіберу',
      },
      output: {
        ru: 'Проект уведомления или мотивированного ответа об отказе',
        kk: 'Хабарламаның немесе бас тарту туралы дәлелді жауаптың жобасы',
      },
      source: '002 R8 п.7 пп.4',
    },
    {
      id: 'sign-result',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Подписать уведомление или мотивированный ответ об отказе и направить ответственному исполнителю',
        kk: 'Хабарламаға немесе бас тарту туралы дәлелді жауапқа қол қойып, жауапты орындаушыға жіберу',
      },
      output: {
        ru: 'Подписанное уведомление или мотивированный ответ об отказе',
        kk: 'Қол қойылған хабарлама немесе бас тарту туралы дәлелді жауап',
      },
      source: '002 R8 п.7 пп.5',
    },
    {
      id: 'issue-result',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Выдать услугополучателю уведомление с указанием сроков предоставления услуг или мотивированный ответ об отказе',
        kk: 'Көрсетілетін қызметті алушыға қызметтерді ұсыну мерзімдері көрсетілген хабарламаны немесе бас тарту туралы дәлелді жауапты беру',
      },
      source: '002 R8 п.7 пп.6',
    },
  ],
  commissions: [],
  results: [
    { id: 'grant-notification', kind: 'notification', name: grantNotification, on: 'grant', source: '002 R8 п.3, п.7 пп.6' },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalLetter, on: 'refusal', source: '002 R8 п.3, п.7 пп.6' },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Талон с указанием даты регистрации и получения государственной услуги, фамилии и инициалов лица, принявшего документы',
        kk: 'Тіркелген және мемлекеттік қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері көрсетілген талон',
      },
      on: 'intake',
      source: '002 R8 п.9',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представление неполного пакета документов, предусмотренных пунктом 9 Стандарта',
        kk: 'Стандарттың 9-тармағында көзделген құжаттар топтамасын толық ұсынбау',
      },
      source: '002 R8 п.4, п.9',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством / Стандартом',
        kk: 'Көрсетілетін қызметті алушының заңнамада / Стандартта белгіленген талаптарға сәйкес келмеуі',
      },
      source: '002 R8 п.3, п.7 пп.4',
    },
  ],
  documents: {
    editable: true,
    note: {
      ru: 'Регламент ссылается на пункт 9 Стандарта (постановление Правительства РК от 11 марта 2014 года № 217) и не перечисляет документы сам; список — рабочая копия перечня Стандарта, администратор может его исправить.',
      kk: 'Регламент Стандарттың 9-тармағына (Қазақстан Республикасы Үкіметінің 2014 жылғы 11 наурыздағы № 217 қаулысы) сілтеме жасайды және құжаттарды өзі тізбелемейді; тізім — Стандарт тізбесінің жұмыс көшірмесі, әкімші оны түзете алады.',
    },
    items: [
      {
        id: 'application',
        name: { ru: 'Заявление по форме согласно приложению к Стандарту', kk: 'Стандартқа қосымшаға сәйкес нысан бойынша өтініш' },
        form: 'original',
        required: true,
        source: '002 R8 п.7 пп.1',
      },
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '002 R8 п.4 (Стандарт п.9)',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Документ, подтверждающий регистрацию по постоянному месту жительства',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгенін растайтын құжат',
        },
        form: 'original_for_check',
        required: true,
        source: '002 R8 п.4 (Стандарт п.9)',
      },
      {
        id: 'disability-certificate',
        name: {
          ru: 'Справка об инвалидности (выписка из акта освидетельствования медико-социальной экспертизы)',
          kk: 'Мүгедектігі туралы анықтама (медициналық-әлеуметтік сараптама куәландыру актісінен үзінді)',
        },
        form: 'copy',
        required: true,
        source: '002 R8 п.4 (Стандарт п.9)',
      },
      {
        id: 'rehabilitation-programme',
        name: {
          ru: 'Выписка из индивидуальной программы реабилитации инвалида',
          kk: 'Мүгедекті оңалтудың жеке бағдарламасынан үзінді',
        },
        form: 'copy',
        required: true,
        source: '002 R8 п.4 (Стандарт п.9)',
      },
    ],
    source: '002 R8 п.4',
  },
  terms: [
    // 002 R8 п.9 пп.1: «в течение 10 (десять) рабочих дней» from lodging the package with the provider.
    { value: 10, unit: 'working_days', kind: 'total', source: '002 R8 п.9 пп.1' },
    {
      value: 30,
      unit: 'minutes',
      kind: 'wait',
      note: {
        ru: 'Зависит от очереди: 30 минут на обслуживание одного услугополучателя в очереди',
        kk: 'Кезекке байланысты: кезектегі бір көрсетілетін қызметті алушыға қызмет көрсетуге 30 минут',
      },
      source: '002 R8 п.9 пп.2',
    },
    { value: 30, unit: 'minutes', kind: 'service', source: '002 R8 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R8 п.8')],
  fee: { free: true, source: '002 R8 п.4' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    {
      topic: 'Role of «специалист районного отдела услугодателя»',
      choice: "Mapped to 'specialist' (as in the other regulations of the act), which also does the intake; the «ответственный исполнитель» the head assigns is 'responsible_specialist'.",
      reason: 'The specialist only registers and passes the documents to the head (п.7 пп.2); checking, drafting and issuing are the responsible executor\'s.',
      source: '002 R8 п.6, п.7',
    },
    {
      topic: 'Merits grounds',
      choice: 'One generic ground: the applicant does not meet the requirements of the legislation / Standard.',
      reason: 'The act mentions a «мотивированный ответ об отказе» (п.3, п.7 пп.4–6) but names no ground and, unlike R7, does not refer to Standard п.10.',
      source: '002 R8 п.3, п.7 пп.4',
    },
    {
      topic: 'Refusal to accept an incomplete package',
      choice: 'The incomplete package is an intake refusal ground, without a receipt of refusal.',
      reason: 'The талон is given only «при подаче услугополучателем всех необходимых документов»; the act mentions no receipt of refusal.',
      source: '002 R8 п.9',
    },
    {
      topic: 'Step terms',
      choice: 'Only the 10-working-day total; no step has its own term.',
      reason: 'п.7 gives no term per step; прил.2 keeps only «(10 рабочих дней)» of the business-process handbook.',
      source: '002 R8 п.7, п.9 пп.1, прил.2',
    },
    {
      topic: 'Preparing the result',
      choice: 'Checking against Standard п.9 and drafting the notification / refusal are review steps; the head\'s signature is the decision.',
      reason: 'п.7 пп.4 combines the check and the draft; the head signs in пп.5.',
      source: '002 R8 п.7 пп.4–5',
    },
    {
      topic: 'Social worker',
      choice: "The «социальный работник услугодателя» is listed as a 'specialist' role, without its own step.",
      reason: 'п.10 says the social worker assists recipients of special social services in preparing documents, outside the provider\'s procedure of п.7.',
      source: '002 R8 п.10',
    },
    {
      topic: 'Wait term',
      choice: 'Wait is 30 minutes per applicant ahead in the queue (note on the term).',
      reason: 'The act says the wait «зависит от количества человек в очереди – 30 минут на обслуживание одного услугополучателя».',
      source: '002 R8 п.9 пп.2',
    },
    {
      topic: 'Fee, applicants, representatives',
      choice: 'Free of charge; citizens, foreigners and stateless persons permanently residing in Kazakhstan; a representative may apply.',
      reason: 'The regulation is silent; the Standard renders the service free of charge to the disabled person or a representative, and the Law on social protection of the disabled covers permanent residents.',
      source: '002 R8 п.4',
    },
    {
      topic: 'Document list',
      choice: 'Working copy of Standard п.9 (application, identity, residence, disability certificate, extract from the individual rehabilitation programme), editable.',
      reason: 'The regulation refers to Standard п.9 and lists nothing itself.',
      source: '002 R8 п.4, п.7 пп.4',
    },
    {
      topic: 'Appendices',
      choice: 'Steps come from п.5 and п.7 only.',
      reason: 'The block diagram (п.11, appendix without number) is not in the seed; прил.2 has no text but «(10 рабочих дней)».',
      source: '002 R8 п.11, п.12',
    },
  ],
};
