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

/** 004 R2: «Оформление приглашений на въезд в Республику Казахстан по частным делам и с целью воссоединения семьи». */
export const privateInvitation2014: ServiceVersion = {
  id: 'private-invitation',
  version: 'mvd-2014-103',
  act: mvd2014_103,
  ordinal: 2,
  name: {
    ru: 'Оформление приглашений на въезд в Республику Казахстан по частным делам и с целью воссоединения семьи',
    // 003 3-қосымша 1.: the Kazakh name of this regulation of order No 103.
    kk: 'Қазақстан Республикасына жеке істері бойынша және отбасын біріктіру мақсатында келуге шақыруларды ресімдеу',
  },
  provider: migrationPoliceUnits,
  // 004 R2 п.6–7: lodged at the migration-police unit's "windows"; no ЦОН or portal in this regulation.
  channels: ['office'],
  form: paperForm,
  roles: [
    inspector('004 R2 п.7'),
    districtOfficer('004 R2 п.10 пп.1'),
    regionalOfficer('004 R2 п.10 пп.2'),
    migrationPoliceHead('004 R2 п.4'),
  ],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: inspectorUnit,
      action: {
        ru: 'Принять заявление-анкету и документы приглашающей стороны, проверить их',
        kk: 'Шақырушы тараптың өтініш-сауалнамасын және құжаттарын қабылдау, оларды тексеру',
      },
      source: '004 R2 п.7; прил.1 табл.1 действие 1; прил.2',
    },
    {
      // 004 R2 прил.1 действие 2: the table names "ГОРРОВД, КМП" jointly; the check is given to the ДВД's
      // migration-police directorate, the second СФЕ of п.10.
      id: 'check-special-records',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: regionalOfficerUnit,
      action: {
        ru: 'Проверить приглашающую сторону и приглашаемое лицо по специальным учётам',
        kk: 'Шақырушы тарапты және шақырылатын адамды арнайы есептер бойынша тексеру',
      },
      source: '004 R2 п.10 пп.2; прил.1 табл.1 действие 2',
    },
    {
      // 004 R2 п.4: the invitation is sealed and signed by the head of the ДВД's migration-police unit.
      id: 'sign-invitation',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: migrationPoliceHeadUnit,
      action: {
        ru: 'Подписать приглашение и скрепить его печатью либо подписать мотивированный ответ об отказе',
        kk: 'Шақыруға қол қойып, оны мөрмен бекіту не бас тарту туралы дәлелді жауапқа қол қою',
      },
      output: {
        ru: 'приглашение установленного образца или мотивированный ответ об отказе',
        kk: 'белгіленген үлгідегі шақыру немесе бас тарту туралы дәлелді жауап',
      },
      source: '004 R2 п.4',
    },
    {
      id: 'issue-invitation',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtOfficerUnit,
      action: {
        ru: 'Выдать услугополучателю приглашение или мотивированный отказ в выдаче приглашения',
        kk: 'Көрсетілетін қызметті алушыға шақыруды немесе шақыруды беруден дәлелді бас тартуды беру',
      },
      source: '004 R2 прил.1 табл.1 стр.4',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'invitation',
      kind: 'invitation',
      name: { ru: 'Приглашение установленного образца', kk: 'Белгіленген үлгідегі шақыру' },
      on: 'grant',
      source: '004 R2 п.4',
    },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalLetterName, on: 'refusal', source: '004 R2 п.4' },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представлен неполный пакет документов, предусмотренный Стандартом',
        kk: 'Стандартта көзделген құжаттар топтамасы толық ұсынылмаған',
      },
      source: '004 R2 прил.1 табл.1 действие 1',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством и пунктом 10 Стандарта',
        kk: 'Көрсетілетін қызметті алушының заңнамада және Стандарттың 10-тармағында белгіленген талаптарға сәйкес келмеуі',
      },
      source: '004 R2 п.4 → Стандарт п.10',
    },
  ],
  documents: {
    editable: true,
    note: standardNote,
    items: [
      {
        id: 'application-form',
        name: {
          ru: 'Заявление-анкета по форме согласно приложению 2 к Стандарту',
          kk: 'Стандартқа 2-қосымшаға сәйкес нысан бойынша өтініш-сауалнама',
        },
        form: 'original',
        required: true,
        source: '004 R2 прил.2',
      },
      {
        id: 'inviter-identity-document',
        name: {
          ru: 'Документ, удостоверяющий личность приглашающего лица',
          kk: 'Шақырушы адамның жеке басын куәландыратын құжат',
        },
        form: 'original_for_check',
        required: false,
        condition: { ru: 'если приглашает физическое лицо', kk: 'жеке тұлға шақырған жағдайда' },
        source: '004 R2 п.4 → Стандарт п.9',
      },
      {
        id: 'inviter-petition',
        name: {
          ru: 'Ходатайство приглашающей организации за подписью руководителя',
          kk: 'Шақырушы ұйымның басшысы қол қойған өтінішхаты',
        },
        form: 'original',
        required: false,
        condition: { ru: 'если приглашает юридическое лицо', kk: 'заңды тұлға шақырған жағдайда' },
        source: '004 R2 п.4 → Стандарт п.9',
      },
      {
        id: 'invitee-passport-copy',
        name: {
          ru: 'Копия паспорта приглашаемого иностранца или документа лица без гражданства',
          kk: 'Шақырылатын шетелдіктің паспортының немесе азаматтығы жоқ адам құжатының көшірмесі',
        },
        form: 'copy',
        required: true,
        source: '004 R2 п.4 → Стандарт п.9',
      },
      {
        id: 'kinship-documents',
        name: {
          ru: 'Документы, подтверждающие родственные отношения с приглашаемым лицом',
          kk: 'Шақырылатын адаммен туыстық қатынасты растайтын құжаттар',
        },
        form: 'copy',
        required: false,
        condition: { ru: 'при приглашении с целью воссоединения семьи', kk: 'отбасын біріктіру мақсатында шақырған кезде' },
        source: '004 R2 п.4 → Стандарт п.9',
      },
    ],
    source: '004 R2 п.8; прил.2 → Стандарт п.9',
  },
  terms: [{ value: 5, unit: 'working_days', kind: 'total', source: '004 R2 п.9; прил.1 табл.1 стр.5' }],
  officeHours: [],
  fee: { free: true, source: '004 R2 п.9 → Стандарт' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  // The inviting side lodges: a citizen, a foreigner or stateless person residing in Kazakhstan, or an organisation.
  applicantKinds: ['citizen', 'foreigner', 'stateless', 'legal_entity'],
  interpretations: [
    ...commonInterpretations,
    {
      topic: 'total term',
      choice: '5 working days from lodging to the result; no per-step terms',
      reason:
        'п.9 refers to п.4 of the Standard (not in the seed); appendix 1 gives "в течение пяти рабочего дня" (sic) for ' +
        'each of the two actions, both ending in the invitation or the refusal, so five days are read as the whole term.',
      source: '004 R2 п.9; прил.1 табл.1 стр.5',
    },
    {
      topic: 'who performs which action',
      choice:
        'acceptance by the inspector at the window, the special-records check by the ДВД migration-police directorate, ' +
        'the signature by the head of the ДВД migration-police unit, issue by the district unit',
      reason:
        'The table names "ГОРРОВД, КМП" jointly and the scheme "ГОРОВД, ДМП" (abbreviations differ); п.10 names the ' +
        'district unit and the ДВД directorate as the two СФЕ and п.4 names the head who signs and seals the invitation.',
      source: '004 R2 п.4, п.10; прил.1 табл.1 стр.2; прил.2',
    },
    {
      topic: 'decision step',
      choice: 'a separate decision step "sign-invitation" performed by the head',
      reason: 'The table has no decision action, but п.4 requires the head\'s seal and signature on the invitation.',
      source: '004 R2 п.4',
    },
    {
      topic: 'refusal grounds on the merits',
      choice: 'one generic ground: the applicant does not meet the requirements of the law / п.10 of the Standard',
      reason: 'п.4 refers to п.10 of the Standard for the cases of refusal and lists none itself.',
      source: '004 R2 п.4',
    },
    {
      topic: 'documents',
      choice:
        'editable working copy: application-questionnaire (прил.2 of the Standard), the inviter\'s identity document or ' +
        'petition, a copy of the invitee\'s passport, kinship documents for family reunification',
      reason: 'The regulation itself only names the "Заявление-Анкета по форме согласно приложению 2 к Стандарту".',
      source: '004 R2 прил.2',
    },
    {
      topic: 'applicants and representative',
      choice: 'citizens, foreigners and stateless persons residing in Kazakhstan, and organisations; representative allowed',
      reason:
        'The regulation does not say who the услугополучатель is; invitations are lodged by the inviting side, which for ' +
        'family reunification may also be a foreigner with a residence permit; an organisation always acts through an ' +
        'authorised employee.',
      source: '004 R2 п.1, п.6',
    },
    {
      topic: 'successor version',
      choice: 'no later version: order No 500 (seed 003) does not re-approve this regulation',
      reason: '003 approves only the border-zone pass and the registration regulations and repeals order No 103 as a whole.',
      source: '003 1-т., 3-қосымша 1.',
    },
  ],
};
