import type { ServiceVersion } from '../types';
import {
  actInterpretations,
  districtOfficer,
  districtOfficerUnit,
  inspector,
  inspectorUnit,
  migrationPoliceHead,
  migrationPoliceHeadUnit,
  migrationPoliceUnits,
  mvd2015_500,
  nationalSecurityUnit,
  regionalOfficer,
  regionalOfficerUnit,
} from './act';

/**
 * 003 R1 (1-қосымша): the second version of the border-zone pass. Unlike order No 103 it spells out the route of
 * the file: district unit → ДВД → ҰҚКД → ДВД → applicant, each leg with its own term (8–12-т., 1+1+2+2+1 = 7).
 */
export const borderZonePass2015: ServiceVersion = {
  id: 'border-zone-pass',
  version: 'mvd-2015-500',
  act: mvd2015_500,
  ordinal: 1,
  name: {
    ru: 'Выдача пропуска на въезд в пограничную зону иностранцам и лицам без гражданства',
    kk: 'Шетел азаматтарына және азаматтығы жоқ адамдарға шекаралық аймаққа келуге рұқсаттаманы беру',
  },
  provider: migrationPoliceUnits,
  // 003 R1 6–7-т.: lodged at the migration-police unit's "windows"; no ХҚКО or portal in this regulation.
  channels: ['office'],
  form: { ru: 'бумажная', kk: 'қағаз түрінде' },
  roles: [
    inspector('003 R1 7-т.'),
    districtOfficer('003 R1 15-т. 1)'),
    regionalOfficer('003 R1 15-т. 2)'),
    migrationPoliceHead('003 R1 4-т.'),
    { role: 'specialist', unit: nationalSecurityUnit, source: '003 R1 10-т., 11-т.' },
  ],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: inspectorUnit,
      action: {
        ru: 'Принять собранные документы, проверить их полноту, выдать талон на получение документов',
        kk: 'Жинақталған құжаттарды қабылдау, олардың толықтығын тексеру, құжаттарды алуға арналған талонды беру',
      },
      term: { value: 1, unit: 'working_days' },
      output: { ru: 'талон на получение документов', kk: 'құжаттарды алуға арналған талон' },
      source: '003 R1 7-т., 8-т.',
    },
    {
      // 003 R1 9-т.: the head of the district unit signs the request inside this step (it is not the decision).
      id: 'send-to-dvd',
      stage: 'review',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Сформировать запрос, представить его на подпись руководителю, доставить материалы на проверку в ДВД',
        kk: 'Сұрау салуды қалыптастыру, басшыға қол қоюға ұсыну, материалдарды тексеріске ІІД-ге жеткізу',
      },
      term: { value: 1, unit: 'working_days' },
      output: { ru: 'запрос в ДВД с материалами', kk: 'материалдармен бірге ІІД-ге сұрау салу' },
      source: '003 R1 9-т.',
    },
    {
      id: 'dvd-check',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: regionalOfficerUnit,
      action: {
        ru: 'Проверить материалы в ДВД, сформировать запрос, представить его на подпись руководителю, доставить запрос в ДКНБ',
        kk: 'Материалдарды ІІД-де тексеру, сұрау салуды қалыптастыру, басшыға қол қоюға ұсыну, сұрау салуды ҰҚКД-ге жеткізу',
      },
      term: { value: 2, unit: 'working_days' },
      output: { ru: 'запрос в ДКНБ', kk: 'ҰҚКД-ге сұрау салу' },
      source: '003 R1 10-т.',
    },
    {
      // 003 R1 11-т.: the ҰҚКД has 2 working days, counted inside the 7 — the clock does not stop for it.
      id: 'national-security-answer',
      stage: 'review',
      kind: 'request',
      actor: 'specialist',
      unit: nationalSecurityUnit,
      action: {
        ru: 'Зафиксировать ответ ДКНБ по результатам рассмотрения материалов',
        kk: 'Материалдарды қарау нәтижесі бойынша ҰҚКД жауабын тіркеу',
      },
      term: { value: 2, unit: 'working_days' },
      output: { ru: 'ответ ДКНБ в ДВД', kk: 'ҰҚКД-нің ІІД-ге жауабы' },
      source: '003 R1 11-т.',
    },
    {
      id: 'sign-pass',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: migrationPoliceHeadUnit,
      action: {
        ru: 'Подписать пропуск и скрепить его печатью либо подписать мотивированный отказ',
        kk: 'Рұқсаттамаға қол қойып, оны мөрмен бекіту не негізді бас тартуға қол қою',
      },
      output: {
        ru: 'пропуск на въезд в пограничную зону или мотивированный отказ',
        kk: 'шекаралық аймаққа кіруге рұқсаттама немесе дәлелді бас тарту',
      },
      source: '003 R1 4-т., 12-т.',
    },
    {
      // 003 R1 12-т.: one working day for the pass or the refusal — it covers the signature above and the hand-over.
      id: 'issue-pass',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Выдать пропуск или мотивированный отказ в оказании государственной услуги',
        kk: 'Рұқсаттаманы немесе мемлекеттік қызметті көрсетуден негізді бас тартуды беру',
      },
      term: { value: 1, unit: 'working_days' },
      source: '003 R1 12-т.',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'documents-talon',
      kind: 'receipt',
      name: { ru: 'Талон на получение документов', kk: 'Құжаттарды алуға арналған талон' },
      on: 'intake',
      source: '003 R1 8-т.',
    },
    {
      id: 'border-zone-pass',
      kind: 'pass',
      name: { ru: 'Пропуск на въезд в пограничную зону', kk: 'Шекаралық аймаққа кіруге рұқсаттама' },
      on: 'grant',
      source: '003 R1 4-т.',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: {
        ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
        kk: 'Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап',
      },
      on: 'refusal',
      source: '003 R1 4-т., 12-т.',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представлен неполный пакет документов, предусмотренный Стандартом',
        kk: 'Стандартта көзделген құжаттар топтамасы толық ұсынылмаған',
      },
      source: '003 R1 8-т.',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством и пунктом 10 Стандарта',
        kk: 'Көрсетілетін қызметті алушының заңнамада және Стандарттың 10-тармағында белгіленген талаптарға сәйкес келмеуі',
      },
      source: '003 R1 4-т. → Стандарт 10-т.',
    },
  ],
  documents: {
    editable: true,
    note: {
      ru:
        'Регламент не перечисляет документы, а отсылает к Стандарту государственной услуги (приказ Министра ' +
        'внутренних дел РК от 6 апреля 2015 года № 302). Перечень ниже — рабочая копия офиса перечня Стандарта; ' +
        'администратор может его исправить.',
      kk:
        'Регламентте құжаттар тізбесі келтірілмеген, мемлекеттік көрсетілетін қызмет стандартына (Қазақстан ' +
        'Республикасы Ішкі істер министрінің 2015 жылғы 6 сәуірдегі № 302 бұйрығы) сілтеме жасалады. Төмендегі тізбе — ' +
        'Стандарт тізбесінің кеңседегі жұмыс көшірмесі; әкімші оны түзете алады.',
    },
    items: [
      {
        id: 'application',
        name: {
          ru: 'Заявление иностранца или лица без гражданства по форме, установленной Стандартом',
          kk: 'Стандартта белгіленген нысан бойынша шетелдіктің немесе азаматтығы жоқ адамның өтініші',
        },
        form: 'original',
        required: false,
        condition: {
          ru: 'при личном обращении иностранца или лица без гражданства',
          kk: 'шетелдік немесе азаматтығы жоқ адам жеке өзі жүгінген кезде',
        },
        source: '003 R1 13-т. → Стандарт 9-т.',
      },
      {
        id: 'petition',
        name: {
          ru: 'Ходатайство принимающей организации по форме, установленной Стандартом',
          kk: 'Стандартта белгіленген нысан бойынша қабылдаушы ұйымның өтінішхаты',
        },
        form: 'original',
        required: false,
        condition: { ru: 'при обращении принимающей организации', kk: 'қабылдаушы ұйым жүгінген кезде' },
        source: '003 R1 13-т. → Стандарт 9-т.',
      },
      {
        id: 'passport',
        name: {
          ru: 'Паспорт иностранца или документ лица без гражданства',
          kk: 'Шетелдіктің паспорты немесе азаматтығы жоқ адамның құжаты',
        },
        form: 'original_for_check',
        required: true,
        source: '003 R1 13-т. → Стандарт 9-т.',
      },
      {
        id: 'passport-copy',
        name: {
          ru: 'Копия паспорта иностранца или документа лица без гражданства',
          kk: 'Шетелдіктің паспортының немесе азаматтығы жоқ адам құжатының көшірмесі',
        },
        form: 'copy',
        required: true,
        source: '003 R1 13-т. → Стандарт 9-т.',
      },
    ],
    source: '003 R1 13-т. → Стандарт 9-т.',
  },
  // 003 R1 8–12-т.: 1 + 1 + 2 + 2 + 1 working days; 14-т. refers to 4-т. of the Standard for the term itself.
  terms: [{ value: 7, unit: 'working_days', kind: 'total', source: '003 R1 8-т.–12-т.; 14-т.' }],
  officeHours: [],
  fee: { free: true, source: '003 R1 14-т. → Стандарт' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['foreigner', 'stateless'],
  interpretations: [
    ...actInterpretations,
    {
      topic: 'name',
      choice: 'kk = the heading of 1-қосымша ("Шетел азаматтарына … келуге рұқсаттаманы беру"); ru = the name in seed 004',
      reason:
        'The heading and the order\'s 1-т. use this name, while 1-т. of the regulation and its appendices call it ' +
        '"Шетелдіктердің және азаматтығы жоқ адамдардың шекаралық аймаққа кіруіне рұқсаттама беру" (the Standard\'s name); ' +
        'both mean the same service as order No 103\'s.',
      source: '003 1-т. 1); R1 1-т.; 1-қосымша',
    },
    {
      topic: 'total term',
      choice: '7 working days = the sum of the step terms of 8–12-т.',
      reason: '14-т. refers to 4-т. of the Standard (not in the seed); 8–12-т. give 1 + 1 + 2 + 2 + 1 working days.',
      source: '003 R1 8-т.–12-т., 14-т.',
    },
    {
      topic: 'national-security check',
      choice: 'a review step of kind "request", recorded by a specialist, 2 working days, without pausesClock',
      reason:
        '11-т. gives the ҰҚКД 2 working days that are part of the 7-day total, and nothing in the act lets the term ' +
        'stop while the answer is awaited.',
      source: '003 R1 10-т., 11-т.',
    },
    {
      topic: 'head\'s signatures on the requests',
      choice: 'kept inside the specialists\' steps of 9-т. and 10-т., not separate steps',
      reason:
        '9-т. and 10-т. each put "басшыға қол қоюға ұсыну" into a step with one term; a separate "sign" step would read ' +
        'as the decision, which is the head\'s signature on the pass (4-т.).',
      source: '003 R1 9-т., 10-т.',
    },
    {
      topic: 'decision and issue',
      choice: 'the ДВД head signs and seals the pass (decision, no own term); the district unit hands it over; 1 working day on the issue step',
      reason:
        '12-т. gives one working day for "рұқсаттаманы беру немесе … негізді бас тарту", which covers both; 4-т. names ' +
        'the head whose seal and signature the pass bears. The act does not say which unit hands the pass over; the ' +
        'unit where it was lodged does.',
      source: '003 R1 4-т., 12-т.',
    },
    {
      topic: 'intake receipt',
      choice: 'the talon of 8-т. is the intake receipt',
      reason: '"құжаттарды алуға арналған талонды беру" is given on accepting the documents.',
      source: '003 R1 8-т.',
    },
    {
      topic: 'refusal to accept an incomplete package',
      choice: 'an intake ground "incomplete package", without a receipt document',
      reason:
        '8-т. requires checking the completeness of the documents on acceptance, so an incomplete package is not ' +
        'accepted; the act names no receipt of refusal.',
      source: '003 R1 8-т.',
    },
    {
      topic: 'refusal grounds on the merits',
      choice: 'one generic ground (requirements of the law / 10-т. of the Standard); a negative ҰҚКД answer falls under it',
      reason: '4-т. refers to 10-т. of the Standard for the cases of refusal and lists none itself.',
      source: '003 R1 4-т.',
    },
    {
      topic: 'documents',
      choice: 'editable working copy of the Standard\'s list (order No 302 of 06.04.2015): application or petition, passport, copy',
      reason: 'The regulation lists no documents; 13-т. only says the list is published by the ministry.',
      source: '003 R1 4-т., 13-т.',
    },
    {
      topic: 'appendices 1–3',
      choice: 'steps are taken from 4-т., 7-т.–12-т. and 15-т.',
      reason: 'The table, the scheme and the справочник бизнес-процессов have only their headings in the seed.',
      source: '003 R1 16-т.–18-т.; 1–3-қосымшалар',
    },
    {
      topic: 'fee, office hours, wait times, consent',
      choice: 'free; no office hours in the data; no minute terms; no consent',
      reason: 'The regulation is silent on all four (the Standard governs them); same choice as the 2014 version.',
      source: '003 R1 6-т., 14-т.',
    },
    {
      topic: 'representative',
      choice: 'allowed',
      reason: 'As in the 2014 version a receiving organisation may lodge a petition for the foreigner; the act is silent.',
      source: '003 R1 6-т.',
    },
  ],
};
