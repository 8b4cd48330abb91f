import type { LocalizedText, ServiceVersion } from '../types';
import { almatyMaslikhat2014_260 } from './act';
import { residenceFacts, residenceRules } from './residence-rules';

/** 001 п.12, п.13, п.15, п.16, п.18: the one worker the act names. */
const responsibleWorker: LocalizedText = {
  ru: 'ответственный сотрудник уполномоченного органа',
  kk: 'уәкілетті органның жауапты қызметкері',
};
/** 001 п.20 names the territorial subdivision that takes the decision; its head is not named (interpretation). */
const subdivisionHead: LocalizedText = {
  ru: 'руководитель территориального подразделения уполномоченного органа',
  kk: 'уәкілетті органның аумақтық бөлімшесінің басшысы',
};

const INTERNAL = 'internal-migrant';
const FOREIGNER = 'foreigner';

/**
 * Seed 001: the Almaty rules of regulating migration processes, as the registration service they govern. The act
 * states rules, not a procedure; the procedure below is the minimal one an office needs (intake → review → decision →
 * issue), each choice written down in `interpretations`.
 */
export const residenceRegistration: ServiceVersion = {
  id: 'residence-registration',
  version: 'almaty-maslikhat-2014-260',
  act: almatyMaslikhat2014_260,
  ordinal: 1,
  name: { ru: 'Регистрация по месту жительства', kk: 'Тұрғылықты жері бойынша тіркеу' },
  provider: {
    ru: 'Уполномоченный орган по вопросам миграции населения (территориальные подразделения миграционной полиции Департамента внутренних дел города Алматы)',
    kk: 'Халықтың көші-қоны мәселелері жөніндегі уәкілетті орган (Алматы қаласы Ішкі істер департаменті көші-қон полициясының аумақтық бөлімшелері)',
  },
  channels: ['office'],
  form: {
    ru: 'Электронная (частично автоматизированная): сведения вносятся в АИС «Население» и АИС «РИГВП»',
    kk: 'Электрондық (ішінара автоматтандырылған): мәліметтер «Халық» ААЖ-ға және «РИГВП» ААЖ-ға енгізіледі',
  },
  roles: [
    { role: 'operator', unit: responsibleWorker, source: '001 п.15' },
    { role: 'responsible_specialist', unit: responsibleWorker, source: '001 п.12, п.16' },
    { role: 'head', unit: subdivisionHead, source: '001 п.20' },
  ],
  variants: [
    {
      id: INTERNAL,
      name: {
        ru: 'Регистрация граждан Республики Казахстан (внутренних мигрантов) по месту жительства или временного проживания',
        kk: 'Қазақстан Республикасы азаматтарын (ішкі көшіп-қонушыларды) тұрғылықты немесе уақытша тұратын жері бойынша тіркеу',
      },
      applicant: { ru: 'Гражданин Республики Казахстан', kk: 'Қазақстан Республикасының азаматы' },
      source: '001 п.3–10, п.12',
    },
    {
      id: FOREIGNER,
      name: {
        ru: 'Регистрация иностранных граждан, временно пребывающих в городе Алматы',
        kk: 'Алматы қаласында уақытша болатын шетел азаматтарын тіркеу',
      },
      applicant: { ru: 'Иностранный гражданин или лицо без гражданства', kk: 'Шетел азаматы немесе азаматтығы жоқ адам' },
      source: '001 п.11, п.15, п.16, п.21',
    },
  ],
  steps: [
    {
      id: 'accept-application',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: responsibleWorker,
      action: {
        ru: 'Принять заявление и документ, удостоверяющий личность; у внутреннего мигранта — документы о праве на жилище; заполнить сведения для проверки Правил',
        kk: 'Өтінішті және жеке басын куәландыратын құжатты қабылдау; ішкі көшіп-қонушыдан — тұрғын үйге құқық туралы құжаттарды; Қағидаларды тексеру үшін мәліметтерді толтыру',
      },
      source: '001 п.7, п.10, п.15',
    },
    {
      id: 'owner-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'operator',
      unit: responsibleWorker,
      action: {
        ru: 'Получить письменное согласие собственника (нанимателя) жилища на регистрацию',
        kk: 'Тұрғын үй меншік иесінің (жалдаушысының) тіркеуге жазбаша келісімін алу',
      },
      output: { ru: 'Письменное согласие собственника (нанимателя) жилища', kk: 'Тұрғын үй меншік иесінің (жалдаушысының) жазбаша келісімі' },
      variants: [INTERNAL],
      source: '001 п.7',
    },
    {
      id: 'check-area-norm',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Проверить в АИС «Население» норму не менее 15 м² полезной площади на человека (кроме случаев пунктов 8 и 9 Правил)',
        kk: '«Халық» ААЖ-да бір адамға кемінде 15 м² пайдалы алаң нормасын тексеру (Қағидалардың 8 және 9-тармақтарындағы жағдайлардан басқа)',
      },
      variants: [INTERNAL],
      source: '001 п.6, п.8, п.9, п.12',
    },
    {
      id: 'identify-foreigner',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Отсканировать документ, удостоверяющий личность иностранца, для автоматической идентификации в БД «Население»',
        kk: 'Шетелдіктің «Халық» ДҚ-да автоматты түрде сәйкестендірілуі үшін оның жеке басын куәландыратын құжатын сканерлеу',
      },
      variants: [FOREIGNER],
      source: '001 п.16',
    },
    {
      // 001 п.17: automatic; the act gives it no term and no pause, so the clock runs (see interpretations).
      id: 'check-wanted-persons',
      stage: 'review',
      kind: 'request',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Проверить на криминальные ограничения по Республиканскому интегрированному банку данных розыска лиц (автоматически)',
        kk: 'Адамдарды іздестірудің республикалық интеграцияланған деректер банкі бойынша қылмыстық шектеулерге тексеру (автоматты түрде)',
      },
      source: '001 п.17',
    },
    {
      id: 'decide-registration',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: subdivisionHead,
      action: {
        ru: 'Принять решение о регистрации по месту жительства или об отказе в ней',
        kk: 'Тұрғылықты жері бойынша тіркеу туралы немесе одан бас тарту туралы шешім қабылдау',
      },
      output: { ru: 'Решение о регистрации', kk: 'Тіркеу туралы шешім' },
      variants: [INTERNAL],
      source: '001 п.20',
    },
    {
      // 001 п.16: for foreigners the act gives the decision to the responsible worker himself.
      id: 'decide-foreigner-registration',
      stage: 'decision',
      kind: 'sign',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Принять решение о регистрации иностранного гражданина в АИС «РИГВП»',
        kk: '«РИГВП» ААЖ-да шетел азаматын тіркеу туралы шешім қабылдау',
      },
      output: { ru: 'Решение о регистрации', kk: 'Тіркеу туралы шешім' },
      variants: [FOREIGNER],
      source: '001 п.16',
    },
    {
      id: 'enter-registration',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Внести сведения о регистрации в АИС «Население» и сообщить заявителю',
        kk: 'Тіркеу туралы мәліметтерді «Халық» ААЖ-ға енгізу және өтініш берушіге хабарлау',
      },
      output: { ru: 'Сведения о регистрации в АИС «Население»', kk: '«Халық» ААЖ-дағы тіркеу туралы мәліметтер' },
      variants: [INTERNAL],
      source: '001 п.3',
    },
    {
      id: 'issue-registration-certificate',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Выдать иностранному гражданину свидетельство о регистрации',
        kk: 'Шетел азаматына тіркеу туралы куәлік беру',
      },
      output: { ru: 'Свидетельство о регистрации', kk: 'Тіркеу туралы куәлік' },
      variants: [FOREIGNER],
      source: '001 п.16',
    },
    {
      id: 'inform-district-inspectors',
      stage: 'issue',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: responsibleWorker,
      action: {
        ru: 'Передать сведения о регистрации иностранца участковым инспекторам полиции районных отделений',
        kk: 'Шетелдікті тіркеу туралы мәліметтерді аудандық бөлімшелердің учаскелік полиция инспекторларына беру',
      },
      variants: [FOREIGNER],
      source: '001 п.18',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'residence-registration-record',
      kind: 'registration_mark',
      name: {
        ru: 'Регистрация по месту жительства (сведения о регистрации в АИС «Население»)',
        kk: 'Тұрғылықты жері бойынша тіркеу («Халық» ААЖ-дағы тіркеу туралы мәліметтер)',
      },
      on: 'grant',
      source: '001 п.3',
    },
    {
      id: 'foreigner-registration-certificate',
      kind: 'certificate',
      name: { ru: 'Свидетельство о регистрации иностранного гражданина', kk: 'Шетел азаматын тіркеу туралы куәлік' },
      on: 'grant',
      source: '001 п.16',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: { ru: 'Мотивированный отказ в регистрации', kk: 'Тіркеуден дәлелді бас тарту' },
      on: 'refusal',
      source: '001 п.6, п.7 (форма отказа в акте не установлена)',
    },
    {
      id: 'intake-refusal-receipt',
      kind: 'intake_refusal_receipt',
      name: { ru: 'Расписка об отказе в приеме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
      on: 'intake_refusal',
      source: '001 п.7 (форма расписки в акте не установлена)',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Непредставление документа, удостоверяющего личность, а для внутреннего мигранта — документов о праве на жилище или письменного согласия собственника (нанимателя) жилища',
        kk: 'Жеке басын куәландыратын құжатты, ал ішкі көшіп-қонушы үшін — тұрғын үйге құқық туралы құжаттарды немесе тұрғын үй меншік иесінің (жалдаушысының) жазбаша келісімін ұсынбау',
      },
      source: '001 п.7, п.15',
    },
    {
      id: 'premises-not-listed',
      at: 'merits',
      text: {
        ru: 'Помещение не относится к помещениям, в которых осуществляется регистрация внутренних мигрантов',
        kk: 'Үй-жай ішкі көшіп-қонушыларды тіркеу жүзеге асырылатын үй-жайларға жатпайды',
      },
      source: '001 п.5',
    },
    {
      id: 'area-norm-not-met',
      at: 'merits',
      text: {
        ru: 'Несоблюдение нормы не менее 15 м² полезной площади на одного человека в жилище из государственного жилищного фонда или арендованном местным исполнительным органом',
        kk: 'Мемлекеттік тұрғын үй қорындағы немесе жергілікті атқарушы орган жалға алған тұрғын үйде бір адамға кемінде 15 м² пайдалы алаң нормасының сақталмауы',
      },
      source: '001 п.6, п.12',
    },
    {
      id: 'requirements-not-met',
      at: 'merits',
      text: {
        ru: 'Несоответствие услугополучателя требованиям, установленным законодательством и настоящими Правилами',
        kk: 'Көрсетілетін қызметті алушының заңнамада және осы Қағидаларда белгіленген талаптарға сәйкес келмеуі',
      },
      source: '001 п.20',
    },
  ],
  documents: {
    editable: true,
    note: {
      ru: 'Правила перечисляют документы не полностью и отсылают к Правилам регистрации внутренних мигрантов (постановление Правительства РК от 1 декабря 2011 года № 1427); список ниже — рабочая копия отдела, администратор может её изменить.',
      kk: 'Қағидалар құжаттарды толық атамайды және Ішкі көшіп-қонушыларды тіркеу қағидаларына (ҚР Үкіметінің 2011 жылғы 1 желтоқсандағы № 1427 қаулысы) сілтеме жасайды; төмендегі тізім — бөлімнің жұмыс көшірмесі, әкімші оны өзгерте алады.',
    },
    items: [
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '001 п.15, п.16',
      },
      {
        id: 'housing-right-document',
        name: {
          ru: 'Документ, подтверждающий право собственности на жилище, право пользования им (договор найма (аренды), поднайма) или иное право на вселение',
          kk: 'Тұрғын үйге меншік құқығын, оны пайдалану құқығын (жалдау (жалға алу), қосалқы жалдау шарты) немесе қоныстанудың өзге құқығын растайтын құжат',
        },
        form: 'original_for_check',
        required: false,
        condition: { ru: 'Для внутреннего мигранта', kk: 'Ішкі көшіп-қонушы үшін' },
        variants: [INTERNAL],
        source: '001 п.7',
      },
      {
        id: 'owner-consent',
        name: { ru: 'Письменное согласие собственника (нанимателя) жилища', kk: 'Тұрғын үй меншік иесінің (жалдаушысының) жазбаша келісімі' },
        form: 'original',
        required: false,
        condition: {
          ru: 'Когда регистрируемый не является собственником жилища',
          kk: 'Тіркелетін адам тұрғын үйдің меншік иесі болмаған жағдайда',
        },
        variants: [INTERNAL],
        source: '001 п.7',
      },
      {
        id: 'birth-certificate',
        name: { ru: 'Свидетельство о рождении ребёнка', kk: 'Баланың туу туралы куәлігі' },
        form: 'original_for_check',
        required: false,
        condition: {
          ru: 'При регистрации несовершеннолетнего; документы подают родители или законные представители',
          kk: 'Кәмелетке толмаған тіркелген кезде; құжаттарды ата-анасы немесе заңды өкілдері береді',
        },
        source: '001 п.10',
      },
      {
        id: 'kinship-document',
        name: {
          ru: 'Документ, подтверждающий родство с собственником (нанимателем) или принадлежность к его семье',
          kk: 'Меншік иесімен (жалдаушымен) туыстықты немесе оның отбасына жататынын растайтын құжат',
        },
        form: 'original_for_check',
        required: false,
        condition: {
          ru: 'Когда регистрация в государственном жилище испрашивается независимо от размера площади (п.9)',
          kk: 'Мемлекеттік тұрғын үйде тіркеу алаң мөлшеріне қарамастан сұралған кезде (9-тармақ)',
        },
        variants: [INTERNAL],
        source: '001 п.9',
      },
      {
        id: 'release-certificate',
        name: {
          ru: 'Справка об освобождении из мест лишения свободы',
          kk: 'Бас бостандығынан айыру орындарынан босатылғаны туралы анықтама',
        },
        form: 'original_for_check',
        required: false,
        condition: {
          ru: 'Для бывших жителей города, освободившихся по отбытии наказания (п.8)',
          kk: 'Жазасын өтеп босатылған қаланың бұрынғы тұрғындары үшін (8-тармақ)',
        },
        variants: [INTERNAL],
        source: '001 п.8',
      },
      {
        id: 'border-crossing-proof',
        name: {
          ru: 'Миграционная карточка или отметка в паспорте о дате пересечения Государственной границы',
          kk: 'Мемлекеттік шекарадан өткен күні туралы көші-қон карточкасы немесе паспорттағы белгі',
        },
        form: 'original_for_check',
        required: false,
        condition: { ru: 'Для иностранца', kk: 'Шетелдік үшін' },
        variants: [FOREIGNER],
        source: '001 п.11',
      },
    ],
    source: '001 п.5, п.7, п.10, п.15',
  },
  terms: [
    {
      kind: 'total',
      value: 1,
      unit: 'working_days',
      variant: INTERNAL,
      note: {
        ru: 'Правила срок не устанавливают; принят один рабочий день',
        kk: 'Қағидалар мерзімді белгілемейді; бір жұмыс күні қабылданды',
      },
      source: '001 п.3, п.12 (срок не указан)',
    },
    {
      // 001 п.15: "в день его обращения" — 0 working days = due on the working day of lodging itself.
      kind: 'total',
      value: 0,
      unit: 'working_days',
      variant: FOREIGNER,
      note: { ru: 'В день обращения', kk: 'Жүгінген күні' },
      source: '001 п.15',
    },
  ],
  officeHours: [
    { channel: 'office', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' }, source: '001 (график не указан)' },
  ],
  fee: { free: true, source: '001 (плата не установлена)' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  facts: residenceFacts,
  rules: residenceRules,
  interpretations: [
    {
      topic: 'procedure',
      choice: 'Minimal procedure: intake (accept + owner consent) → review (AIS checks) → decision → issue (registration record / certificate).',
      reason: 'The act states rules of registration, not a procedure; the steps use the operations the act itself names (п.3, п.12, п.15–18).',
      source: '001 п.1, п.3, п.12, п.15–18',
    },
    {
      topic: 'provider',
      choice: 'The provider is the "уполномоченный орган по вопросам миграции населения", i.e. the migration police units of the Almaty Department of Internal Affairs.',
      reason: 'п.2 пп.3 defines only an "authorised body"; the act was agreed with the head of the migration police administration of the Almaty DIA, which registered citizens and foreigners in 2014.',
      source: '001 п.2 пп.3, согласование',
    },
    {
      topic: 'variants',
      choice: 'Two variants: internal-migrant (citizens, АИС «Население») and foreigner (foreigners and stateless persons, АИС «РИГВП»).',
      reason: 'The act runs the two registrations through different systems, terms and results (п.3 vs п.15–16).',
      source: '001 п.3, п.15, п.16',
    },
    {
      topic: 'channels',
      choice: 'Only the office channel.',
      reason: 'The act names neither ЦОН nor the portal; reception through ЦОН/portal under the Government standard No 132 is outside this act.',
      source: '001 (каналы не указаны)',
    },
    {
      topic: 'term for citizens',
      choice: '1 working day (total) for the internal-migrant variant.',
      reason: 'The act gives no term; registration is an entry in АИС «Население» with an automatic area check (п.3, п.12) and the act elsewhere works "в день обращения" (п.13, п.15), so one working day leaves room for the head\'s decision without being looser than the act\'s own pace.',
      source: '001 п.3, п.12, п.13',
    },
    {
      topic: 'term for foreigners',
      choice: 'Total term 0 working days = due on the working day of lodging; onTheSpot stays false because the act gives no minutes.',
      reason: 'п.15: registration "в день его обращения"; with terms counted from the next working day after lodging, 0 working days is exactly the day of lodging.',
      source: '001 п.15',
    },
    {
      topic: 'decision maker',
      choice: 'Internal migrants: the head of the territorial subdivision decides; foreigners: the responsible worker decides.',
      reason: 'п.16 gives the foreigner decision to the responsible worker; for citizens the act is silent and п.20 ties the decision to the territorial subdivision that issued it, so its head signs.',
      source: '001 п.16, п.20',
    },
    {
      topic: 'consent',
      choice: 'consentRequired = false; the owner\'s (tenant\'s) written consent to registration is an intake step (kind consent) of the internal-migrant variant and a document.',
      reason: 'п.7 requires the owner\'s consent to the registration, not consent to use information protected by law, which the act does not mention.',
      source: '001 п.7',
    },
    {
      topic: 'documents',
      choice: 'Editable working list: identity document (п.15–16), housing right and owner consent (п.7), birth certificate for minors (п.10), kinship proof (п.9), release certificate (п.8), proof of the border-crossing date (п.11).',
      reason: 'The act names documents only in passing and refers to the Rules of registration of internal migrants No 1427 for the procedure (п.5); the documents for п.8–п.11 are what an office needs to verify those facts.',
      source: '001 п.5, п.7–11, п.15',
    },
    {
      topic: 'refusal grounds',
      choice: 'Intake refusal for a missing identity document / housing-right document / owner consent; merits refusals for premises not listed in п.5, the 15 m² norm, and a generic non-compliance ground.',
      reason: 'The act names no refusal grounds; these are the requirements it states as conditions of registration (п.5–7), plus the generic ground for everything else (п.20 speaks of registration contrary to law).',
      source: '001 п.5, п.6, п.7, п.20',
    },
    {
      topic: 'results on refusal',
      choice: 'A motivated refusal letter and a receipt of refusal to accept documents.',
      reason: 'The act is silent; an office must give the applicant something in writing when it does not register.',
      source: '001 (не указано)',
    },
    {
      topic: 'area measure',
      choice: 'The 15 m² norm is checked against useful area (полезная площадь) divided by all persons registered in the dwelling including those being registered; a share exactly 15 m² passes.',
      reason: 'п.6 says "полезной площади", п.12 says "общей площади" and п.8–9 say "жилой площади" for the same check; п.6 sets the norm so its measure wins. "не менее пятнадцати" includes 15.',
      source: '001 п.6, п.8, п.9, п.12',
    },
    {
      topic: 'area norm scope',
      choice: 'The norm applies only to citizens\' registrations in state housing or housing rented by the akimat; private housing and foreigners always pass.',
      reason: 'п.6 limits the norm to those two kinds of housing; п.12 checks it in АИС «Население», which holds citizens, while foreigners are registered in АИС «РИГВП» by passport (п.15).',
      source: '001 п.6, п.12, п.15',
    },
    {
      topic: 'owner\'s family in state housing',
      choice: 'Close relatives and family members count relative to the owner or, in state housing, the tenant (наниматель).',
      reason: 'п.9 speaks of the "собственник", but in the state fund the owner is the state; the exception only has meaning for the tenant\'s family, which is how an office applies it.',
      source: '001 п.9',
    },
    {
      topic: 'released prisoners',
      choice: 'Exempt from the norm only if a former resident of the city, registering with those they lived with before conviction, with relatives (any degree), or on housing provided in the established order.',
      reason: 'п.8 lists exactly these three places and speaks of "бывших жителей города"; "к родственникам" is not limited to close relatives.',
      source: '001 п.8',
    },
    {
      topic: 'temporary stay of 3 months',
      choice: 'Temporary registration passes only for a stay over 3 months; exactly 3 months fails with a reason saying registration is not required.',
      reason: 'п.4: "сроком свыше 3-х месяцев" obliges registration only above three months.',
      source: '001 п.4',
    },
    {
      topic: 'stateless persons',
      choice: 'Stateless persons go through the foreigner variant: the 5-day rule and the passport/visa exemptions apply, the citizenship exemptions do not.',
      reason: 'The act speaks only of foreign citizens; the migration law treats stateless persons like foreigners for registration, and п.21 пп.1–4 name citizens of particular states.',
      source: '001 п.11, п.21',
    },
    {
      topic: 'five calendar days',
      choice: 'The day of crossing is not counted: crossing on day D, the last day to register is D+5.',
      reason: 'п.11: "в течение пяти календарных дней после пересечения".',
      source: '001 п.11',
    },
    {
      topic: 'late foreigner',
      choice: 'The rule reports the missed term (not ok); whether the office registers after recording the violation is outside this act.',
      reason: 'п.11 sets the term but no consequence; administrative liability belongs to other law.',
      source: '001 п.11',
    },
    {
      topic: 'exemptions',
      choice: 'An exempt foreigner fails the exemption rule with "registration not required" and passes the 5-day rule; "до N суток" means an intended stay not exceeding N days; states of annexes 6–7 are one option because the text does not list them; Belarusians only with purpose «на работу».',
      reason: 'п.21 releases these persons from registration, so the desk must say so instead of registering; the annexes are not reproduced in the act; the Belarus purpose is quoted as the text gives it.',
      source: '001 п.21 пп.1–5',
    },
    {
      topic: 'wanted-persons check',
      choice: 'Automatic review step without clock pause and without its own refusal ground.',
      reason: 'п.17 orders the check but says nothing about its consequences or time.',
      source: '001 п.17',
    },
    {
      topic: 'out of scope',
      choice: 'Deregistration on the owner\'s application (п.13), daily data to district akimats (п.14), extension/shortening of foreigners\' stay (п.19) and annulment (п.20) are not steps of this service.',
      reason: 'They are separate procedures or automatic exchanges, not the registration an applicant asks for.',
      source: '001 п.13, п.14, п.19, п.20',
    },
    {
      topic: 'minors',
      choice: 'A minor is registered on general grounds; the rule requires that a parent or legal representative lodges the documents.',
      reason: 'п.10.',
      source: '001 п.10',
    },
    {
      topic: 'fee and office hours',
      choice: 'Free of charge; office Mon–Fri 09:00–18:00 with lunch 13:00–14:00.',
      reason: 'The act sets no fee and no schedule; registration at the place of residence was free and these are the usual hours of internal-affairs units.',
      source: '001 (не указано)',
    },
    {
      topic: 'act dates',
      choice: 'Effective from 2014-10-26 (registration 16.10.2014 + 10 days) to 2017-09-25 (15.09.2017 + 10 days).',
      reason: 'Both decisions take effect ten calendar days after first publication, whose dates the seed does not give; the earliest possible dates are used.',
      source: '001 преамбула, п.5',
    },
  ],
};
