import type { ServiceVersion } from '../types';
import {
  commonInterpretations,
  districtOfficer,
  districtOfficerUnit,
  inspector,
  inspectorUnit,
  migrationPoliceHead,
  migrationPoliceHeadUnit,
  migrationPoliceUnits,
  mvd2014_103,
  paperForm,
  refusalLetterName,
  regionalOfficer,
  regionalOfficerUnit,
  standardNote,
} from './act';

/** 004 R1: «Выдача пропуска на въезд в пограничную зону иностранцам и лицам без гражданства». */
export const borderZonePass2014: ServiceVersion = {
  id: 'border-zone-pass',
  version: 'mvd-2014-103',
  act: mvd2014_103,
  ordinal: 1,
  name: {
    ru: 'Выдача пропуска на въезд в пограничную зону иностранцам и лицам без гражданства',
    // 003 3-қосымша 1.: the Kazakh name of this regulation of order No 103.
    kk: 'Шетелдіктердің және азаматтығы жоқ адамдардың шекаралық аймаққа кіруіне рұқсаттама беру',
  },
  provider: migrationPoliceUnits,
  // 004 R1 п.6–7: lodged at the migration-police unit's "windows"; no ЦОН or portal in this regulation.
  channels: ['office'],
  form: paperForm,
  roles: [
    inspector('004 R1 п.7'),
    districtOfficer('004 R1 п.10 пп.1'),
    regionalOfficer('004 R1 п.10 пп.2'),
    migrationPoliceHead('004 R1 п.4'),
  ],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: inspectorUnit,
      action: {
        ru: 'Принять заявление (ходатайство) и документы услугополучателя, проверить их',
        kk: 'Көрсетілетін қызметті алушының өтінішін (өтінішхатын) және құжаттарын қабылдау, оларды тексеру',
      },
      source: '004 R1 п.7; прил.1 табл.1 действие 1; прил.2',
    },
    {
      // 004 R1 прил.1 действие 2: the table names "ГОРРОВД, ДМП" jointly; the check is given to the ДВД's
      // migration-police directorate, the second СФЕ of п.10.
      id: 'check-special-records',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: regionalOfficerUnit,
      action: {
        ru: 'Проверить услугополучателя по специальным учётам',
        kk: 'Көрсетілетін қызметті алушыны арнайы есептер бойынша тексеру',
      },
      source: '004 R1 п.10 пп.2; прил.1 табл.1 действие 2',
    },
    {
      // 004 R1 п.4: the pass is sealed and signed by the head of the ДВД's migration-police unit.
      id: 'sign-pass',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: migrationPoliceHeadUnit,
      action: {
        ru: 'Подписать пропуск и скрепить его печатью либо подписать мотивированный ответ об отказе',
        kk: 'Рұқсаттамаға қол қойып, оны мөрмен бекіту не бас тарту туралы дәлелді жауапқа қол қою',
      },
      output: {
        ru: 'пропуск на въезд в пограничную зону или мотивированный ответ об отказе',
        kk: 'шекаралық аймаққа кіруге рұқсаттама немесе бас тарту туралы дәлелді жауап',
      },
      source: '004 R1 п.4',
    },
    {
      id: 'issue-pass',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Выдать услугополучателю пропуск в пограничную зону или мотивированный отказ в выдаче пропуска',
        kk: 'Көрсетілетін қызметті алушыға шекаралық аймаққа кіруге рұқсаттаманы немесе рұқсаттаманы беруден дәлелді бас тартуды беру',
      },
      source: '004 R1 прил.1 табл.1 стр.4',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'border-zone-pass',
      kind: 'pass',
      name: { ru: 'Пропуск на въезд в пограничную зону', kk: 'Шекаралық аймаққа кіруге рұқсаттама' },
      on: 'grant',
      source: '004 R1 п.4',
    },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalLetterName, on: 'refusal', source: '004 R1 п.4' },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представлен неполный пакет документов, предусмотренный Стандартом',
        kk: 'Стандартта көзделген құжаттар топтамасы толық ұсынылмаған',
      },
      source: '004 R1 прил.1 табл.1 действие 1',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством и пунктом 10 Стандарта',
        kk: 'Көрсетілетін қызметті алушының заңнамада және Стандарттың 10-тармағында белгіленген талаптарға сәйкес келмеуі',
      },
      source: '004 R1 п.4 → Стандарт п.10',
    },
  ],
  documents: {
    editable: true,
    note: standardNote,
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
        source: '004 R1 прил.2',
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
        source: '004 R1 прил.2',
      },
      {
        id: 'passport',
        name: {
          ru: 'Паспорт иностранца или документ лица без гражданства',
          kk: 'Шетелдіктің паспорты немесе азаматтығы жоқ адамның құжаты',
        },
        form: 'original_for_check',
        required: true,
        source: '004 R1 п.4 → Стандарт п.9',
      },
      {
        id: 'passport-copy',
        name: {
          ru: 'Копия паспорта иностранца или документа лица без гражданства',
          kk: 'Шетелдіктің паспортының немесе азаматтығы жоқ адам құжатының көшірмесі',
        },
        form: 'copy',
        required: true,
        source: '004 R1 п.4 → Стандарт п.9',
      },
    ],
    source: '004 R1 п.8; прил.2 → Стандарт п.9',
  },
  terms: [{ value: 7, unit: 'working_days', kind: 'total', source: '004 R1 п.9; прил.1 табл.1 стр.5' }],
  officeHours: [],
  fee: { free: true, source: '004 R1 п.9 → Стандарт' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['foreigner', 'stateless'],
  interpretations: [
    ...commonInterpretations,
    {
      topic: 'total term',
      choice: '7 working days from lodging to the result; no per-step terms',
      reason:
        'п.9 refers to п.4 of the Standard (not in the seed); appendix 1 gives "Семь рабочих дней" for each of the two ' +
        'actions, whose completion form is in both cases the pass or the refusal, so the seven days are read as the ' +
        'whole term, not 7 + 7.',
      source: '004 R1 п.9; прил.1 табл.1 стр.5',
    },
    {
      topic: 'who performs which action',
      choice:
        'acceptance by the inspector at the window, the special-records check by the ДВД migration-police directorate, ' +
        'the signature by the head of the ДВД migration-police unit, issue by the district unit',
      reason:
        'The table names "ГОРРОВД, ДМП" jointly for both actions; п.10 names the district unit and the ДВД directorate ' +
        'as the two СФЕ and п.4 names the head who signs and seals the pass.',
      source: '004 R1 п.4, п.7, п.10; прил.1 табл.1 стр.2',
    },
    {
      topic: 'decision step',
      choice: 'a separate decision step "sign-pass" performed by the head',
      reason: 'The table has no decision action, but п.4 requires the head\'s seal and signature on the pass.',
      source: '004 R1 п.4',
    },
    {
      topic: 'refusal grounds on the merits',
      choice: 'one generic ground: the applicant does not meet the requirements of the law / п.10 of the Standard',
      reason: 'п.4 refers to п.10 of the Standard for the cases of refusal and lists none itself.',
      source: '004 R1 п.4',
    },
    {
      topic: 'documents',
      choice: 'editable working copy: application or petition, passport, passport copy',
      reason:
        'The regulation lists no documents; appendix 2 names an "заявление или ходатайство" per "приложению 1 и 3 к ' +
        'Стандарту" (appendix 1 of the Standard is the pass form itself, so the reference is garbled).',
      source: '004 R1 п.8; прил.2',
    },
    {
      topic: 'representative',
      choice: 'allowed',
      reason: 'Appendix 2 lets a petition (ходатайство) be lodged, i.e. a receiving organisation applies for the foreigner.',
      source: '004 R1 прил.2',
    },
  ],
};
