import type { LocalizedText, ServiceVersion } from '../types';
import {
  commonInterpretations,
  districtOfficer,
  districtOfficerUnit,
  inspector,
  inspectorUnit,
  migrationPoliceUnits,
  mvd2014_103,
  refusalLetterName,
  regionalOfficer,
  standardNote,
} from './act';

/** 004 R3 п.10 пп.3. */
const ministryOfficerUnit: LocalizedText = {
  ru: 'сотрудник ДМП МВД',
  kk: 'ІІМ Көші-қон полициясы департаментінің қызметкері',
};

/** 004 R3 п.4: the stamp bears the signature of "должностного лица услугодателя"; via the portal, its "уполномоченного лица" signs with ЭЦП. */
const authorisedOfficialUnit: LocalizedText = {
  ru: 'уполномоченное должностное лицо услугодателя',
  kk: 'көрсетілетін қызметті берушінің уәкілетті лауазымды адамы',
};

/** 004 R3: «Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан». */
export const foreignerRegistration2014: ServiceVersion = {
  id: 'foreigner-registration',
  version: 'mvd-2014-103',
  act: mvd2014_103,
  ordinal: 3,
  name: {
    ru: 'Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан',
    // 003 3-қосымша 1.: the Kazakh name of this regulation of order No 103.
    kk: 'Қазақстан Республикасында уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу',
  },
  provider: migrationPoliceUnits,
  // 004 R3 п.4 абз.2: an application through the portal gets the registration insert in the "личный кабинет".
  channels: ['office', 'portal'],
  form: {
    ru: 'электронная (частично автоматизированная), бумажная',
    kk: 'электрондық (ішінара автоматтандырылған), қағаз түрінде',
  },
  roles: [
    inspector('004 R3 п.7'),
    districtOfficer('004 R3 п.10 пп.1'),
    regionalOfficer('004 R3 п.10 пп.2'),
    { role: 'specialist', unit: ministryOfficerUnit, source: '004 R3 п.10 пп.3' },
    { role: 'head', unit: authorisedOfficialUnit, source: '004 R3 п.4' },
  ],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: inspectorUnit,
      action: {
        ru: 'Принять и проверить пакет документов заявителя, зарегистрировать заявление в журнале',
        kk: 'Өтініш берушінің құжаттар топтамасын қабылдау және тексеру, өтінішті журналда тіркеу',
      },
      output: { ru: 'запись в журнале регистрации', kk: 'тіркеу журналындағы жазба' },
      channels: ['office'],
      source: '004 R3 п.7; прил.1 табл.1 действие 1',
    },
    {
      id: 'accept-portal-request',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Принять электронный запрос услугополучателя, поступивший через портал',
        kk: 'Портал арқылы келіп түскен көрсетілетін қызметті алушының электрондық сұрау салуын қабылдау',
      },
      channels: ['portal'],
      source: '004 R3 п.3; п.4 абз.2',
    },
    {
      id: 'check-special-records',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Заполнить журналы, проверить услугополучателя по специальным учётам',
        kk: 'Журналдарды толтыру, көрсетілетін қызметті алушыны арнайы есептер бойынша тексеру',
      },
      source: '004 R3 прил.1 табл.1 действие 2',
    },
    {
      id: 'enter-berkut',
      stage: 'review',
      kind: 'prepare',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Внести сведения о регистрации в ЕИС «Беркут»',
        kk: 'Тіркеу туралы мәліметтерді «Беркут» бірыңғай ақпараттық жүйесіне енгізу',
      },
      output: { ru: 'запись в ЕИС «Беркут»', kk: '«Беркут» бірыңғай ақпараттық жүйесіндегі жазба' },
      source: '004 R3 прил.1 табл.1 стр.4 (действие 2)',
    },
    {
      // 004 R3 п.4: the result is the stamp and signature of the provider's official in the migration card
      // (via the portal: the insert certified with the authorised person's ЭЦП).
      id: 'stamp-registration',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: authorisedOfficialUnit,
      action: {
        ru: 'Проставить в миграционной карточке печать о регистрации и подпись (при обращении через портал — удостоверить вкладыш ЭЦП)',
        kk: 'Көші-қон карточкасына тіркеу туралы мөр басып, қол қою (портал арқылы жүгінгенде — қосымша парақты ЭЦҚ-мен куәландыру)',
      },
      output: {
        ru: 'печать о регистрации в миграционной карточке или вкладыш к паспорту о регистрации',
        kk: 'көші-қон карточкасындағы тіркеу туралы мөр немесе тіркелгені туралы паспортқа қосымша парақ',
      },
      source: '004 R3 п.4; прил.1 табл.1 стр.4',
    },
    {
      id: 'return-migration-card',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: inspectorUnit,
      action: {
        ru: 'Вернуть услугополучателю миграционную карточку с печатью о регистрации',
        kk: 'Көрсетілетін қызметті алушыға тіркеу туралы мөр басылған көші-қон карточкасын қайтару',
      },
      channels: ['office'],
      source: '004 R3 п.4; прил.1 табл.1 стр.4',
    },
    {
      id: 'send-insert-to-cabinet',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Направить вкладыш к паспорту о регистрации в «личный кабинет» услугополучателя на портале',
        kk: 'Тіркелгені туралы паспортқа қосымша парақты порталдағы көрсетілетін қызметті алушының «жеке кабинетіне» жіберу',
      },
      channels: ['portal'],
      source: '004 R3 п.4 абз.2',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'registration-stamp',
      kind: 'registration_mark',
      name: {
        ru: 'Печать о регистрации в миграционной карточке, заверенная подписью должностного лица услугодателя',
        kk: 'Көші-қон карточкасындағы көрсетілетін қызметті берушінің лауазымды адамының қолымен куәландырылған тіркеу туралы мөр',
      },
      on: 'grant',
      source: '004 R3 п.4',
    },
    {
      id: 'registration-insert',
      kind: 'registration_mark',
      name: {
        ru: 'Вкладыш к паспорту о регистрации иностранца или лица без гражданства (электронный документ при обращении через портал)',
        kk: 'Шетелдіктің немесе азаматтығы жоқ адамның тіркелгені туралы паспортқа қосымша парақ (портал арқылы жүгінгенде — электрондық құжат)',
      },
      on: 'grant',
      source: '004 R3 п.4 абз.2',
    },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalLetterName, on: 'refusal', source: '004 R3 п.4 → Стандарт' },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представлен неполный пакет документов, предусмотренный Стандартом',
        kk: 'Стандартта көзделген құжаттар топтамасы толық ұсынылмаған',
      },
      source: '004 R3 прил.1 табл.1 действие 1',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством и Стандартом',
        kk: 'Көрсетілетін қызметті алушының заңнамада және Стандартта белгіленген талаптарға сәйкес келмеуі',
      },
      source: '004 R3 п.4 → Стандарт',
    },
  ],
  documents: {
    editable: true,
    note: standardNote,
    items: [
      {
        id: 'application',
        name: {
          ru: 'Заявление о регистрации в произвольной форме',
          kk: 'Еркін нысандағы тіркеу туралы өтініш',
        },
        form: 'original',
        required: true,
        source: '004 R3 прил.2',
      },
      {
        id: 'passport',
        name: {
          ru: 'Паспорт иностранца или документ лица без гражданства',
          kk: 'Шетелдіктің паспорты немесе азаматтығы жоқ адамның құжаты',
        },
        form: 'original_for_check',
        required: true,
        source: '004 R3 п.4 → Стандарт п.9',
      },
      {
        id: 'migration-card',
        name: { ru: 'Миграционная карточка', kk: 'Көші-қон карточкасы' },
        form: 'original',
        required: true,
        source: '004 R3 п.4',
      },
      {
        id: 'portal-request',
        name: {
          ru: 'Электронный запрос, удостоверенный ЭЦП',
          kk: 'ЭЦҚ-мен куәландырылған электрондық сұрау салу',
        },
        form: 'electronic',
        required: false,
        condition: { ru: 'при обращении через портал', kk: 'портал арқылы жүгінген кезде' },
        source: '004 R3 п.4 абз.2',
      },
    ],
    source: '004 R3 п.8; прил.2 → Стандарт п.9',
  },
  terms: [{ value: 1, unit: 'working_days', kind: 'total', source: '004 R3 п.9; прил.1 табл.1 стр.5' }],
  officeHours: [],
  fee: { free: true, source: '004 R3 п.9 → Стандарт' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['foreigner', 'stateless'],
  interpretations: [
    ...commonInterpretations,
    {
      topic: 'total term',
      choice: '1 working day for both channels; not an on-the-spot service',
      reason:
        'п.9 refers to п.4 of the Standard (not in the seed); appendix 1 gives "в течение одного рабочего дня" for each ' +
        'of the two actions, both ending in the registration stamp, so one working day is the whole term; it is in days, ' +
        'not minutes, so `onTheSpot` is false.',
      source: '004 R3 п.9; прил.1 табл.1 стр.5',
    },
    {
      topic: 'who performs which action',
      choice:
        'the district migration-police unit performs all steps; the ДВД directorate and the ДМП МВД are listed as roles only',
      reason:
        'The table names "ГОРОВД, ДМП" jointly for both actions and gives them no separate work; registration takes one ' +
        'working day at the place of stay (п.6), so it is done where it was lodged.',
      source: '004 R3 п.6, п.10; прил.1 табл.1 стр.2',
    },
    {
      topic: 'decision step',
      choice: 'the stamp and signature in the migration card (or the ЭЦП on the insert) is the decision, by the "head" role',
      reason:
        'п.4 makes the official\'s stamp and signature the result itself; the workstation gives the signing authority ' +
        'the head role, which the office may grant to an authorised inspector.',
      source: '004 R3 п.4',
    },
    {
      topic: 'portal channel',
      choice: 'own intake step (accept the electronic request) and own issue step (insert sent to the личный кабинет)',
      reason:
        'п.3 declares the service partly electronic and п.4 абз.2 describes the portal result, but the table only ' +
        'describes lodging at the office.',
      source: '004 R3 п.3, п.4 абз.2',
    },
    {
      topic: 'refusal',
      choice: 'a motivated refusal letter and one generic merits ground',
      reason:
        'Unlike R1 and R2, п.4 of this regulation mentions no refusal at all; a public service can still be refused only ' +
        'by a motivated written answer, and the grounds are in the Standard.',
      source: '004 R3 п.4',
    },
    {
      topic: 'documents',
      choice: 'editable working copy: free-form application, passport, migration card; the electronic request via the portal',
      reason: 'The regulation names only the "заявление о регистрации в произвольной форме" (appendix 2) and the migration card (п.4).',
      source: '004 R3 п.4; прил.2',
    },
    {
      topic: 'representative',
      choice: 'allowed',
      reason:
        'The regulation is silent; registration of a temporarily staying foreigner is commonly lodged by the receiving ' +
        'party on the foreigner\'s behalf.',
      source: '004 R3 прил.2',
    },
    {
      topic: 'successor version',
      choice: 'no later version modelled',
      reason:
        'Order No 500 (seed 003) re-approved this regulation as its 2-қосымша, but that regulation was deleted ("алып ' +
        'тасталды") by order No 275 of 31.03.2020 and its text is not in the seed.',
      source: '003 1-т. 2); 2-қосымша',
    },
  ],
};
