import type { LocalizedText, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, conHours, conWorker, providerHours } from './act';

/**
 * 002 R15: «Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной
 * помощи». At the district office the certificate is given on the spot (не более 15 минут); through ЦОН in 3
 * working days, the day of intake not counted (п.9 пп.1).
 */

const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің басшысы',
};
const responsibleSpecialist: LocalizedText = {
  ru: 'ответственный специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің жауапты маманы',
};
const conWorkerUnit: LocalizedText = { ru: 'работник ЦОНа', kk: 'ХҚКО қызметкері' };

export const tsaRecipientCertificate: ServiceVersion = {
  id: 'tsa-recipient-certificate',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 15,
  name: {
    ru: 'Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи',
    kk: 'Өтініш берушінің (отбасының) атаулы әлеуметтік көмек алушыларға тиесілігін растайтын анықтама беру',
  },
  provider: cityEmploymentDepartment,
  channels: ['office', 'con'],
  form: { ru: 'Бумажная', kk: 'Қағаз түрінде' },
  roles: [
    { role: 'head', unit: districtHead, source: '002 R15 п.6 пп.1' },
    { role: 'responsible_specialist', unit: responsibleSpecialist, source: '002 R15 п.6 пп.2' },
    conWorker('002 R15 п.5 пп.1, п.11'),
  ],
  steps: [
    {
      id: 'con-accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Принять заявление и документы (подлинник и копию для сверки), вернуть подлинник, выдать расписку о приеме',
        kk: 'Өтініш пен құжаттарды (салыстыру үшін түпнұсқасы мен көшірмесін) қабылдау, түпнұсқаны қайтару, қабылдағаны туралы қолхат беру',
      },
      output: { ru: 'Расписка о приеме документов', kk: 'Құжаттарды қабылдағаны туралы қолхат' },
      channels: ['con'],
      source: '002 R15 п.5 пп.1, п.11',
    },
    {
      id: 'con-obtain-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Получить письменное согласие на использование сведений, составляющих охраняемую законом тайну',
        kk: 'Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісім алу',
      },
      channels: ['con'],
      source: '002 R15 п.11 абз.4',
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
      source: '002 R15 п.7',
    },
    {
      id: 'register-application',
      stage: 'intake',
      kind: 'accept',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Принять заявление (от услугополучателя — сверив подлинник и вернув его) и зарегистрировать в ЕСЭДО',
        kk: 'Өтінішті қабылдау (көрсетілетін қызметті алушыдан — түпнұсқаны салыстырып, қайтарып) және ЭҚАБЖ-да тіркеу',
      },
      source: '002 R15 п.5 пп.1, п.7',
    },
    {
      id: 'obtain-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Получить письменное согласие на использование сведений, составляющих охраняемую законом тайну',
        kk: 'Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісім алу',
      },
      channels: ['office'],
      source: '002 R15 п.11 абз.4',
    },
    {
      id: 'check-tsa-data',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Проверить сведения об оказании (отсутствии оказания) адресной социальной помощи в текущем квартале',
        kk: 'Ағымдағы тоқсанда атаулы әлеуметтік көмек көрсетілгені (көрсетілмегені) туралы мәліметтерді тексеру',
      },
      source: '002 R15 п.5 пп.2, п.7',
    },
    {
      id: 'prepare-certificate',
      stage: 'review',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Подготовить справку о принадлежности (либо отсутствии принадлежности) к получателям адресной социальной помощи',
        kk: 'Атаулы әлеуметтік көмек алушыларға тиесілігі (не тиесілі еместігі) туралы анықтаманы дайындау',
      },
      output: { ru: 'Проект справки', kk: 'Анықтаманың жобасы' },
      source: '002 R15 п.7',
    },
    {
      id: 'sign-certificate',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: { ru: 'Подписать справку', kk: 'Анықтамаға қол қою' },
      output: { ru: 'Подписанная справка', kk: 'Қол қойылған анықтама' },
      source: '002 R15 п.7',
    },
    {
      id: 'issue-certificate',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: { ru: 'Выдать справку услугополучателю', kk: 'Анықтаманы көрсетілетін қызметті алушыға беру' },
      output: { ru: 'Справка', kk: 'Анықтама' },
      channels: ['office'],
      source: '002 R15 п.5 пп.3, п.7',
    },
    {
      id: 'send-to-con',
      stage: 'issue',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: { ru: 'Направить справку в ЦОН', kk: 'Анықтаманы ХҚКО-ға жолдау' },
      channels: ['con'],
      source: '002 R15 п.5 пп.3, п.7',
    },
    {
      id: 'con-issue-certificate',
      stage: 'issue',
      kind: 'issue',
      actor: 'con_worker',
      unit: conWorkerUnit,
      action: {
        ru: 'Выдать справку по расписке в указанный в ней срок при предъявлении документа, удостоверяющего личность',
        kk: 'Жеке басын куәландыратын құжатты көрсеткен кезде анықтаманы қолхат негізінде онда көрсетілген мерзімде беру',
      },
      output: { ru: 'Справка', kk: 'Анықтама' },
      channels: ['con'],
      source: '002 R15 п.12',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'tsa-certificate',
      kind: 'certificate',
      name: {
        ru: 'Справка, подтверждающая принадлежность (либо отсутствие принадлежности) к получателям адресной социальной помощи в текущем квартале',
        kk: 'Ағымдағы тоқсанда атаулы әлеуметтік көмек алушыларға тиесілігін (не тиесілі еместігін) растайтын анықтама',
      },
      on: 'grant',
      source: '002 R15 п.3',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: {
        ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
        kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
      },
      on: 'refusal',
      source: '002 R15 п.3',
    },
    {
      id: 'intake-refusal-receipt',
      kind: 'intake_refusal_receipt',
      name: { ru: 'Расписка об отказе в приеме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
      on: 'intake_refusal',
      source: '002 R15 п.11 абз.5',
    },
    {
      id: 'con-receipt',
      kind: 'receipt',
      name: {
        ru: 'Расписка о приеме документов (номер и дата приема заявления, вид услуги, документы, дата выдачи, Ф.И.О. работника ЦОНа)',
        kk: 'Құжаттарды қабылдағаны туралы қолхат (өтініштің нөмірі мен қабылданған күні, қызмет түрі, құжаттар, берілетін күні, ХҚКО қызметкерінің аты-жөні)',
      },
      on: 'intake',
      source: '002 R15 п.11 абз.3',
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
      source: '002 R15 п.11 абз.5',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством / Стандартом',
        kk: 'Көрсетілетін қызметті алушының заңнамада / Стандартта белгіленген талаптарға сәйкес келмеуі',
      },
      source: '002 R15 п.3',
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
        source: '002 R15 п.4 (Стандарт п.9), п.11 абз.3 пп.1',
      },
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '002 R15 п.4 (Стандарт п.9), п.7 абз.2, п.11 абз.3',
      },
    ],
    source: '002 R15 п.4',
  },
  terms: [
    { value: 15, unit: 'minutes', kind: 'on_the_spot', channel: 'office', source: '002 R15 п.9 пп.1' },
    {
      value: 3,
      unit: 'working_days',
      kind: 'total',
      channel: 'con',
      note: {
        ru: 'День приема документов в ЦОНе не входит в срок оказания государственной услуги',
        kk: 'ХҚКО-да құжаттарды қабылдау күні мемлекеттік қызмет көрсету мерзіміне кірмейді',
      },
      source: '002 R15 п.9 пп.1 абз.2',
    },
    { value: 15, unit: 'minutes', kind: 'wait', source: '002 R15 п.9 пп.2' },
    { value: 15, unit: 'minutes', kind: 'service', source: '002 R15 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R15 п.8'), conHours('002 R15 п.11')],
  fee: { free: true, source: '002 R15 (Стандарт, постановление Правительства РК № 217)' },
  consentRequired: true,
  onTheSpot: true,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    {
      topic: 'Unnumbered point 5',
      choice: 'The list "Процедуры (действия), входящие в состав процесса…" is cited as п.5.',
      reason: 'The extraction lost the number; it sits between п.4 and п.6 like п.5 of every other regulation of the act.',
      source: '002 R15 п.5',
    },
    {
      topic: 'On the spot at the office, 3 working days through ЦОН',
      choice: 'onTheSpot is true; the office term is 15 minutes on the spot, the ЦОН term 3 working days not counting the day of intake.',
      reason: 'п.9 пп.1 gives "не более 15 минут" for the provider and "3 (три) рабочих дня (день приема документов в ЦОНе не входит…)" for ЦОН.',
      source: '002 R15 п.9 пп.1',
    },
    {
      topic: 'Who accepts at the district office',
      choice: 'At the office the responsible specialist accepts and registers the application; the head only signs.',
      reason: 'п.6 names only the head and the responsible specialist; п.7 gives registration, check, preparation and issue to the responsible specialist.',
      source: '002 R15 п.6, п.7',
    },
    {
      topic: 'Hand-over from ЦОН to the district office',
      choice: 'A transfer step ЦОН → district office is modelled.',
      reason: 'п.7 says the specialist registers the application received "либо через ЦОН" and returns the result "в ЦОН" but does not describe the courier step; ЦОН has to send the package for the specialist to receive it.',
      source: '002 R15 п.7',
    },
    {
      topic: 'Consent at the office too',
      choice: 'Written consent is obtained at both the district office and ЦОН.',
      reason: '"Районный отдел услугодателя, ЦОН получает письменное согласие" — the sentence stands in the ЦОН section but names both.',
      source: '002 R15 п.11 абз.4',
    },
    {
      topic: 'No refusal on the merits in the text',
      choice: 'A generic merits ground and a motivated refusal letter are kept; the absence of assistance in the current quarter is not a refusal but a certificate of non-belonging.',
      reason: 'п.3 makes the certificate state either belonging or non-belonging; the act names no ground for refusal, so the generic ground covers, e.g., an applicant outside the district.',
      source: '002 R15 п.3',
    },
    {
      topic: 'Intake refusal only at ЦОН',
      choice: 'The refusal to accept an incomplete package is modelled as one intake ground for both channels.',
      reason: 'The text gives it to the ЦОН worker; at the office an incomplete package cannot be checked on the spot either, and the same ground and receipt serve.',
      source: '002 R15 п.11 абз.5',
    },
    {
      topic: 'Home visits by ЦОН',
      choice: 'No separate step; a ЦОН intake may happen at the applicant\'s home.',
      reason: 'п.13: for persons unable to come for health reasons the ЦОН worker accepts the documents at their place of residence; the steps are the same.',
      source: '002 R15 п.13',
    },
    {
      topic: 'Documents, fee, representatives, applicants',
      choice: 'Application and identity document (original for check), editable; free; representatives allowed; citizens, foreigners and stateless persons permanently residing.',
      reason: 'The regulation refers to п.9 of the Standard and mentions a single original for check; the ЦОН receipt names the representative (п.11 пп.6); targeted social assistance covers permanently residing foreigners and stateless persons.',
      source: '002 R15 п.4, п.7, п.11',
    },
  ],
};
