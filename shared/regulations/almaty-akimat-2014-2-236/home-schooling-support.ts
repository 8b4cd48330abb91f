import type { LocalizedText, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, conHours, conWorker, providerHours } from './act';

/**
 * 002 R16: «Назначение материального обеспечения детям-инвалидам, обучающимся на дому». City department through its
 * district offices, ЦОН and the portal (п.1); 10 working days on every channel (п.9 пп.1). The district specialist
 * files the request in ИС МИО and signs it with ЭЦП (п.7 пп.2–8).
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
const conWorkerUnit: LocalizedText = { ru: 'работник ЦОНа', kk: 'ХҚКО қызметкері' };

export const homeSchoolingSupport: ServiceVersion = {
  id: 'home-schooling-support',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 16,
  name: {
    ru: 'Назначение материального обеспечения детям-инвалидам, обучающимся на дому',
    kk: 'Үйде оқитын мүгедек балаларға материалдық қамсыздандыруды тағайындау',
  },
  provider: cityEmploymentDepartment,
  channels: ['office', 'con', 'portal'],
  form: { ru: 'Электронная и (или) бумажная', kk: 'Электрондық және (немесе) қағаз түрінде' },
  roles: [
    { role: 'operator', unit: districtSpecialist, source: '002 R16 п.6 пп.1' },
    { role: 'head', unit: districtHead, source: '002 R16 п.6 пп.2' },
    { role: 'responsible_specialist', unit: responsibleSpecialist, source: '002 R16 п.6 пп.3' },
    conWorker('002 R16 п.5 пп.1, п.11'),
  ],
  steps: [
    {
      id: 'con-accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Принять заявление и документы, выдать расписку о приеме документов',
        kk: 'Өтініш пен құжаттарды қабылдау, құжаттарды қабылдағаны туралы қолхат беру',
      },
      output: { ru: 'Расписка о приеме документов', kk: 'Құжаттарды қабылдағаны туралы қолхат' },
      channels: ['con'],
      source: '002 R16 п.5 пп.1, п.11',
    },
    {
      id: 'con-transfer-to-office',
      stage: 'intake',
      kind: 'transfer',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Передать заявление и документы в районный отдел услугодателя',
        kk: 'Өтініш пен құжаттарды көрсетілетін қызметті берушінің аудандық бөліміне беру',
      },
      channels: ['con'],
      source: '002 R16 п.5 пп.1, пп.4',
    },
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Принять заявление и оригиналы документов, проверить их подлинность, выдать отрывной талон',
        kk: 'Өтініш пен құжаттардың түпнұсқаларын қабылдау, олардың түпнұсқалығын тексеру, үзбелі талон беру',
      },
      output: { ru: 'Отрывной талон заявления', kk: 'Өтініштің үзбелі талоны' },
      channels: ['office'],
      source: '002 R16 п.7 пп.1, п.9',
    },
    {
      // 002 R16 п.7 пп.2–8: authorisation in ИС МИО, filling in the request form with scans, signing it with the
      // specialist's ЭЦП; the system refuses on failed authorisation or ЭЦП check.
      id: 'register-in-is-mio',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Заполнить в ИС МИО форму запроса, прикрепить сканированные документы и подписать запрос ЭЦП',
        kk: 'ЖАО АЖ-да сұрау салу нысанын толтыру, сканерленген құжаттарды тіркеу және сұрау салуға ЭЦҚ-мен қол қою',
      },
      channels: ['office', 'con'],
      source: '002 R16 п.7 пп.2–8',
    },
    {
      id: 'receive-portal-request',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Принять в ИС МИО электронный запрос, подписанный ЭЦП услугополучателя и поступивший через РШЭП',
        kk: 'Көрсетілетін қызметті алушының ЭЦҚ-мен қол қойылған және ЭҮӨШ арқылы келіп түскен электрондық сұрау салуды ЖАО АЖ-да қабылдау',
      },
      channels: ['portal'],
      source: '002 R16 п.13 пп.9',
    },
    {
      id: 'review-documents',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Рассмотреть заявление и проверить представленные документы',
        kk: 'Өтінішті қарау және ұсынылған құжаттарды тексеру',
      },
      source: '002 R16 п.5 пп.2, п.7 пп.9',
    },
    {
      id: 'prepare-result',
      stage: 'review',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Сформировать уведомление о назначении материального обеспечения либо мотивированный ответ об отказе',
        kk: 'Материалдық қамсыздандыруды тағайындау туралы хабарламаны не бас тарту туралы дәлелді жауапты қалыптастыру',
      },
      output: { ru: 'Проект результата', kk: 'Нәтиженің жобасы' },
      source: '002 R16 п.5 пп.3, п.7 пп.10',
    },
    {
      // 002 R16 п.6 пп.2 lists the district head but п.7 gives him no action; the head approves the decision and
      // the electronic document is then signed with the specialist's ЭЦП (п.7 пп.10).
      id: 'approve-decision',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Утвердить решение о назначении (отказе в назначении) материального обеспечения',
        kk: 'Материалдық қамсыздандыруды тағайындау (тағайындаудан бас тарту) туралы шешімді бекіту',
      },
      source: '002 R16 п.6 пп.2, п.7 пп.10',
    },
    {
      id: 'issue-result',
      stage: 'issue',
      kind: 'issue',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Выдать результат нарочно или отправить на электронную почту услугополучателя',
        kk: 'Нәтижені қолма-қол беру немесе көрсетілетін қызметті алушының электрондық поштасына жіберу',
      },
      output: { ru: 'Уведомление', kk: 'Хабарлама' },
      channels: ['office'],
      source: '002 R16 п.5 пп.4, п.7 пп.11',
    },
    {
      id: 'send-to-con',
      stage: 'issue',
      kind: 'transfer',
      actor: 'operator',
      unit: districtSpecialist,
      action: { ru: 'Направить результат в ЦОН', kk: 'Нәтижені ХҚКО-ға жолдау' },
      channels: ['con'],
      source: '002 R16 п.5 пп.4',
    },
    {
      id: 'con-issue-result',
      stage: 'issue',
      kind: 'issue',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Выдать результат по расписке в указанный в ней срок при предъявлении документа, удостоверяющего личность',
        kk: 'Жеке басын куәландыратын құжатты көрсеткен кезде нәтижені қолхат негізінде онда көрсетілген мерзімде беру',
      },
      output: { ru: 'Уведомление', kk: 'Хабарлама' },
      channels: ['con'],
      source: '002 R16 п.12',
    },
    {
      id: 'send-to-personal-cabinet',
      stage: 'issue',
      kind: 'issue',
      actor: 'operator',
      unit: districtSpecialist,
      action: {
        ru: 'Передать результат, удостоверенный ЭЦП специалиста, в «личный кабинет» услугополучателя на портале',
        kk: 'Маманның ЭЦҚ-мен куәландырылған нәтижесін порталдағы көрсетілетін қызметті алушының «жеке кабинетіне» беру',
      },
      channels: ['portal'],
      source: '002 R16 п.13 пп.10',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'assignment-notification',
      kind: 'notification',
      name: {
        ru: 'Уведомление о назначении материального обеспечения детям-инвалидам, обучающимся на дому',
        kk: 'Үйде оқитын мүгедек балаларға материалдық қамсыздандыруды тағайындау туралы хабарлама',
      },
      on: 'grant',
      source: '002 R16 п.3, п.7 пп.10–11, п.13 пп.10',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: {
        ru: 'Мотивированный ответ об отказе в предоставлении государственной услуги',
        kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
      },
      on: 'refusal',
      source: '002 R16 п.7 пп.10–11, п.13 пп.10',
    },
    {
      id: 'intake-refusal-receipt',
      kind: 'intake_refusal_receipt',
      name: { ru: 'Расписка об отказе в приеме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
      on: 'intake_refusal',
      source: '002 R16 п.11 абз.4',
    },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Отрывной талон заявления с указанием даты регистрации и даты получения услуги, фамилии и инициалов лица, принявшего документы',
        kk: 'Тіркелген күні мен қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері көрсетілген өтініштің үзбелі талоны',
      },
      on: 'intake',
      source: '002 R16 п.9',
    },
    {
      id: 'con-receipt',
      kind: 'receipt',
      name: {
        ru: 'Расписка о приеме документов (номер и дата приема заявления, вид услуги, документы, дата выдачи, Ф.И.О. работника ЦОНа)',
        kk: 'Құжаттарды қабылдағаны туралы қолхат (өтініштің нөмірі мен қабылданған күні, қызмет түрі, құжаттар, берілетін күні, ХҚКО қызметкерінің аты-жөні)',
      },
      on: 'intake',
      source: '002 R16 п.11 абз.3',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представлен неполный пакет документов согласно перечню пункта 9 Стандарта (выдается расписка об отказе в приеме документов)',
        kk: 'Стандарттың 9-тармағындағы тізбеге сәйкес құжаттар топтамасы толық ұсынылмаған (құжаттарды қабылдаудан бас тарту туралы қолхат беріледі)',
      },
      source: '002 R16 п.11 абз.4',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством / Стандартом',
        kk: 'Көрсетілетін қызметті алушының заңнамада / Стандартта белгіленген талаптарға сәйкес келмеуі',
      },
      source: '002 R16 п.7 пп.10',
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
        source: '002 R16 п.4 (Стандарт п.9), п.7 пп.1',
      },
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность заявителя', kk: 'Өтініш берушінің жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'birth-certificate',
        name: { ru: 'Свидетельство о рождении ребенка', kk: 'Баланың туу туралы куәлігі' },
        form: 'original_for_check',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Сведения о регистрации по постоянному месту жительства',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгені туралы мәліметтер',
        },
        form: 'state_system',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'pmpc-conclusion',
        name: {
          ru: 'Заключение психолого-медико-педагогической консультации',
          kk: 'Психологиялық-медициналық-педагогикалық консультацияның қорытындысы',
        },
        form: 'original_for_check',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'disability-certificate',
        name: { ru: 'Справка об инвалидности', kk: 'Мүгедектігі туралы анықтама' },
        form: 'original_for_check',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'home-schooling-certificate',
        name: {
          ru: 'Справка из учебного заведения, подтверждающая факт обучения ребенка-инвалида на дому',
          kk: 'Мүгедек баланың үйде оқитынын растайтын оқу орнының анықтамасы',
        },
        form: 'original',
        required: true,
        source: '002 R16 п.4 (Стандарт п.9)',
      },
      {
        id: 'portal-request',
        name: {
          ru: 'Запрос в форме электронного документа, удостоверенный ЭЦП услугополучателя',
          kk: 'Көрсетілетін қызметті алушының ЭЦҚ-мен куәландырылған электрондық құжат нысанындағы сұрау салу',
        },
        form: 'electronic',
        required: false,
        condition: { ru: 'При обращении через портал', kk: 'Портал арқылы жүгінгенде' },
        source: '002 R16 п.13 абз.1',
      },
    ],
    source: '002 R16 п.4, п.13',
  },
  terms: [
    { value: 10, unit: 'working_days', kind: 'total', source: '002 R16 п.9 пп.1' },
    { value: 30, unit: 'minutes', kind: 'wait', source: '002 R16 п.9 пп.2' },
    { value: 30, unit: 'minutes', kind: 'service', source: '002 R16 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R16 п.8'), conHours('002 R16 п.11')],
  fee: { free: true, source: '002 R16 (Стандарт, постановление Правительства РК № 217)' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    {
      topic: 'Decision by the district head',
      choice: 'A decision step "approve-decision" by the district head precedes the issue of the result.',
      reason: 'п.6 пп.2 lists the head among the participants but п.7 gives him no action; a decision to assign a payment is the provider\'s decision and is approved by the head before the specialist signs the electronic document with ЭЦП (п.7 пп.10).',
      source: '002 R16 п.6, п.7 пп.10',
    },
    {
      topic: 'Specialist or responsible specialist',
      choice: 'The district specialist accepts, files in ИС МИО and issues; the responsible specialist reviews and prepares the result.',
      reason: 'п.5 пп.2–3 give review and preparation to the "ответственный специалист", while п.7 пп.9–10 name the "специалист районного отдела"; п.5 is the list of procedures and decides who is responsible.',
      source: '002 R16 п.5, п.7',
    },
    {
      topic: 'Name of the result',
      choice: 'The result is the notice of assignment of material support (п.3).',
      reason: 'п.7 пп.10–11 and п.13 пп.10 call it "уведомление об оформлении документов для материального обеспечения", and п.13 abz.2 even "уведомление о приеме электронного заявления и назначения даты регистрации"; п.3 defines the result of the service.',
      source: '002 R16 п.3, п.7 пп.10, п.13',
    },
    {
      topic: 'ЦОН hand-over',
      choice: 'Transfer steps ЦОН → district office and district office → ЦОН are modelled; the district specialist files the ЦОН package in ИС МИО.',
      reason: 'п.5 пп.1 and пп.4 name ЦОН for intake and issue, but п.7 describes only the office path.',
      source: '002 R16 п.5, п.7',
    },
    {
      topic: 'No grounds for refusal on the merits',
      choice: 'A generic merits ground is used.',
      reason: 'The act mentions a "мотивированный ответ об отказе" (п.7 пп.10) but names no ground.',
      source: '002 R16 п.7 пп.10',
    },
    {
      topic: 'Intake refusal at the office',
      choice: 'The refusal to accept an incomplete package is one intake ground for all paper channels.',
      reason: 'The text gives it to the ЦОН worker (п.11); the office checks the same list of п.9 of the Standard at intake (п.7 пп.1).',
      source: '002 R16 п.11 абз.4, п.7 пп.1',
    },
    {
      topic: 'No consent step',
      choice: 'consentRequired is false.',
      reason: 'Unlike R15 and R17, this regulation does not mention written consent to use protected information.',
      source: '002 R16',
    },
    {
      topic: 'Documents, fee, representatives, applicants, portal hours',
      choice: 'Document list from п.9 of the Standard (editable); free; representatives allowed; citizens, foreigners and stateless persons permanently residing; portal hours not modelled.',
      reason: 'The regulation refers to the Standard; the ЦОН receipt names the applicant\'s representative (п.11 пп.6); disability benefits cover permanently residing foreigners and stateless persons; portal hours are not stated.',
      source: '002 R16 п.4, п.11',
    },
  ],
};
