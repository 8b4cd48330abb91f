import type { Category, LocalizedText, ServiceVersion } from '../types';
import { almatyQuarantineList } from './act';

const workplaceCertificate: LocalizedText = { ru: 'Справка с места работы', kk: 'Жұмыс орнынан анықтама' };
const infoalmatyRegistration: LocalizedText = {
  ru: 'Регистрация в специальной базе данных посредством портала infoalmaty.kz',
  kk: 'infoalmaty.kz порталы арқылы арнаулы дерекқорда тіркелу',
};

/**
 * Seed 000: the 19 categories exactly as the list names them, each with its documents. Where the list joins several
 * documents with «и» / «а также» they are separate entries; «или» / «либо» joins alternatives of one document.
 */
export const quarantineCategories: readonly Category[] = [
  {
    id: 'border-service-transfer',
    ru: 'Военнослужащие ПС КНБ РК при переводе в/из г. Алматы в другие регионы РК',
    kk: 'Алматы қаласынан ҚР басқа өңірлеріне немесе басқа өңірлерден Алматы қаласына ауыстырылатын ҚР ҰҚК Шекара қызметінің әскери қызметшілері',
    documents: [{ ru: 'Предписание с прежнего места службы', kk: 'Бұрынғы қызмет орнынан берілген нұсқама' }],
    source: '000 кат.1',
  },
  {
    id: 'border-service-contractors',
    ru: 'Работники и транспорт подрядных организаций, осуществляющих поставки продуктов, материалов из/в г. Алматы для ПС КНБ РК, а также осуществляющие ремонт и строительство объектов ПС КНБ РК',
    kk: 'ҚР ҰҚК Шекара қызметі үшін Алматы қаласынан/қаласына азық-түлік, материалдар жеткізуді жүзеге асыратын, сондай-ақ ҚР ҰҚК Шекара қызметінің объектілерін жөндеуді және салуды жүзеге асыратын мердігер ұйымдардың қызметкерлері мен көліктері',
    documents: [
      {
        ru: 'Договоры с подразделениями ПС КНБ РК по спискам сотрудников, утверждённым руководителем подрядной организации',
        kk: 'Мердігер ұйымның басшысы бекіткен қызметкерлер тізімдері бойынша ҚР ҰҚК Шекара қызметінің бөлімшелерімен жасалған шарттар',
      },
    ],
    source: '000 кат.2',
  },
  {
    id: 'defence-appointment',
    ru: 'Военнослужащие МО РК при назначении на должности в связи с проведением организационно-штатных изменений',
    kk: 'Ұйымдастыру-штаттық өзгерістер жүргізілуіне байланысты лауазымдарға тағайындалған кездегі ҚР Қорғаныс министрлігінің әскери қызметшілері',
    documents: [
      {
        ru: 'Предписание, подписанное первым руководителем госоргана, в который назначается военнослужащий',
        kk: 'Әскери қызметші тағайындалатын мемлекеттік органның бірінші басшысы қол қойған нұсқама',
      },
    ],
    source: '000 кат.3',
  },
  {
    id: 'defence-command-staff',
    ru: 'Военнослужащие МО РК управлений командующих',
    kk: 'ҚР Қорғаныс министрлігі қолбасшылар басқармаларының әскери қызметшілері',
    documents: [{ ru: 'Служебное удостоверение', kk: 'Қызметтік куәлік' }, workplaceCertificate],
    source: '000 кат.4',
  },
  {
    id: 'summons-procedural-actions',
    ru: 'Лица и их транспорт, имеющие повестки правоохранительных и специальных органов для проведения процессуальных действий в рамках уголовного или административного производства',
    kk: 'Қылмыстық немесе әкімшілік іс жүргізу шеңберінде процестік әрекеттер жүргізу үшін құқық қорғау және арнаулы органдардың шақыру қағаздары бар адамдар және олардың көліктері',
    documents: [{ ru: 'Повестка, подписанная должностным лицом', kk: 'Лауазымды адам қол қойған шақыру қағазы' }],
    source: '000 кат.5',
  },
  {
    id: 'minors-and-close-relatives',
    ru: 'Несовершеннолетние, находящиеся в г. Алматы или в других регионах без попечителей, а также близкие родственники, следующие в том числе на транспорте за несовершеннолетними, находящимися в г. Алматы или в других регионах',
    kk: 'Алматы қаласында немесе басқа өңірлерде қамқоршысыз жүрген кәмелетке толмағандар, сондай-ақ Алматы қаласында немесе басқа өңірлерде жүрген кәмелетке толмағандарды алып кету үшін, оның ішінде көлікпен баратын жақын туыстары',
    documents: [
      { ru: 'Свидетельство о рождении несовершеннолетнего', kk: 'Кәмелетке толмағанның туу туралы куәлігі' },
      {
        ru: 'Документ, удостоверяющий личность близкого родственника и подтверждающий его родство с несовершеннолетним',
        kk: 'Жақын туыстың жеке басын куәландыратын және оның кәмелетке толмағанмен туыстығын растайтын құжат',
      },
    ],
    source: '000 кат.6',
  },
  {
    id: 'funeral-close-relative',
    ru: 'Лица и их транспорт, следующие для участия в похоронах близкого родственника на личном автотранспорте',
    kk: 'Жақын туысының жерлеу рәсіміне қатысу үшін жеке автокөлікпен бара жатқан адамдар және олардың көліктері',
    documents: [
      { ru: 'Свидетельство или справка о смерти', kk: 'Қайтыс болу туралы куәлік немесе анықтама' },
      {
        ru: 'Документ, удостоверяющий личность и подтверждающий родство с умершим',
        kk: 'Жеке басын куәландыратын және қайтыс болған адаммен туыстығын растайтын құжат',
      },
    ],
    source: '000 кат.7',
  },
  {
    id: 'visit-seriously-ill-relative',
    ru: 'Лица, следующие к близким родственникам, находящимся в медицинских организациях в тяжёлом состоянии',
    kk: 'Медициналық ұйымдарда ауыр жағдайда жатқан жақын туыстарына бара жатқан адамдар',
    documents: [
      {
        ru: 'Документ, подтверждающий родство с лицом, которое находится в медицинской организации',
        kk: 'Медициналық ұйымда жатқан адаммен туыстығын растайтын құжат',
      },
      {
        ru: 'Документ, подтверждающий нахождение его в тяжёлом состоянии в медицинском учреждении',
        kk: 'Оның медициналық мекемеде ауыр жағдайда жатқанын растайтын құжат',
      },
    ],
    source: '000 кат.8',
  },
  {
    id: 'military-reorganisation',
    ru: 'Военнослужащие при проведении организационно-штатных мероприятий',
    kk: 'Ұйымдастыру-штаттық іс-шаралар жүргізу кезіндегі әскери қызметшілер',
    documents: [{ ru: 'Предписания к новому месту службы', kk: 'Жаңа қызмет орнына нұсқамалар' }],
    source: '000 кат.9',
  },
  {
    id: 'military-medical-workers',
    ru: 'Работники военно-медицинских служб',
    kk: 'Әскери-медициналық қызметтердің қызметкерлері',
    documents: [{ ru: 'Справка с места работы или служебное удостоверение', kk: 'Жұмыс орнынан анықтама немесе қызметтік куәлік' }],
    source: '000 кат.10',
  },
  {
    id: 'medical-workers-leave-recall',
    ru: 'Работники медицинских организаций при убытии в связи с отпуском или отзыве на работу по производственной необходимости/перевод на дистанционный режим работы',
    kk: 'Еңбек демалысына байланысты кеткен немесе өндірістік қажеттілік бойынша жұмысқа кері шақырылған/қашықтан жұмыс режиміне ауыстырылған кездегі медициналық ұйымдардың қызметкерлері',
    documents: [
      {
        ru: 'Приказ об отпуске или отзыве на работу или справка о переводе на дистанционную работу',
        kk: 'Еңбек демалысы немесе жұмысқа кері шақыру туралы бұйрық немесе қашықтан жұмысқа ауыстыру туралы анықтама',
      },
    ],
    source: '000 кат.11',
  },
  {
    id: 'biomaterial-sampling',
    ru: 'Лица, участвующие в заборе биологического материала (кровь, анализы и другое) за пределами границ г. Алматы',
    kk: 'Алматы қаласының шекарасынан тыс жерлерде биологиялық материал (қан, талдаулар және басқалар) алуға қатысатын адамдар',
    documents: [
      {
        ru: 'Документы, подтверждающие участие лиц в заборе биологического материала за пределами границ г. Алматы, заверенные первым руководителем организации',
        kk: 'Адамдардың Алматы қаласының шекарасынан тыс жерлерде биологиялық материал алуға қатысуын растайтын, ұйымның бірінші басшысы куәландырған құжаттар',
      },
    ],
    source: '000 кат.12',
  },
  {
    id: 'patient-transport',
    ru: 'Работники медицинских организаций при транспортировке больного',
    kk: 'Науқасты тасымалдау кезіндегі медициналық ұйымдардың қызметкерлері',
    documents: [
      { ru: 'Документы, подтверждающие необходимость транспортировки пациента', kk: 'Пациентті тасымалдау қажеттігін растайтын құжаттар' },
    ],
    source: '000 кат.13',
  },
  {
    id: 'permitted-production-workers',
    ru: 'Работники разрешённых видов производства, у которых производственный объект расположен в других регионах',
    kk: 'Өндірістік объектісі басқа өңірлерде орналасқан, рұқсат етілген өндіріс түрлерінің қызметкерлері',
    documents: [workplaceCertificate, infoalmatyRegistration],
    source: '000 кат.14',
  },
  {
    id: 'shift-workers',
    ru: 'Работники, которые осуществляют свою деятельность вахтовым методом',
    kk: 'Қызметін вахталық әдіспен жүзеге асыратын қызметкерлер',
    documents: [workplaceCertificate],
    source: '000 кат.15',
  },
  {
    id: 'beekeepers',
    ru: 'Пасечники (пчеловоды)',
    kk: 'Омарташылар (бал арасын өсірушілер)',
    documents: [{ ru: 'Документы, подтверждающие их деятельность', kk: 'Олардың қызметін растайтын құжаттар' }],
    source: '000 кат.16',
  },
  {
    id: 'construction-organisations',
    ru: 'Строительно-монтажные и дорожно-строительные организации',
    kk: 'Құрылыс-монтаж және жол-құрылыс ұйымдары',
    documents: [workplaceCertificate, { ru: 'Договор подряда', kk: 'Мердігерлік шарт' }],
    source: '000 кат.17',
  },
  {
    id: 'permitted-organisations-staff',
    ru: 'Руководители и работники организаций, деятельность которых разрешена в г. Алматы',
    kk: 'Алматы қаласында қызметіне рұқсат етілген ұйымдардың басшылары мен қызметкерлері',
    documents: [workplaceCertificate, infoalmatyRegistration],
    source: '000 кат.18',
  },
  {
    id: 'humanitarian-cargo',
    ru: 'Лица и транспорт, перевозящие и сопровождающие гуманитарный груз',
    kk: 'Гуманитарлық жүкті тасымалдайтын және алып жүретін адамдар мен көліктер',
    documents: [
      {
        ru: 'Письмо Министерства иностранных дел либо справка из Оперативного штаба г. Алматы',
        kk: 'Сыртқы істер министрлігінің хаты не Алматы қаласы Жедел штабының анықтамасы',
      },
    ],
    source: '000 кат.19',
  },
];

const receivingWorker: LocalizedText = { ru: 'сотрудник, принимающий документы', kk: 'құжаттарды қабылдайтын қызметкер' };
const checkingWorker: LocalizedText = { ru: 'сотрудник, проверяющий документы', kk: 'құжаттарды тексеретін қызметкер' };
const headquartersOfficer: LocalizedText = {
  ru: 'уполномоченное лицо Оперативного штаба',
  kk: 'Жедел штабтың уәкілетті адамы',
};

/**
 * Seed 000 as a service: a permit to leave / enter the Almaty quarantine zone for the persons of the list. The list
 * says who and with which documents, nothing else; the procedure, terms and provider are interpretations.
 */
export const quarantinePermit: ServiceVersion = {
  id: 'quarantine-permit',
  version: 'almaty-quarantine-list',
  act: almatyQuarantineList,
  ordinal: 1,
  name: {
    ru: 'Разрешение на выезд/въезд из/в карантинной зоны города Алматы',
    kk: 'Алматы қаласының карантиндік аймағынан шығуға/аймағына кіруге рұқсат',
  },
  provider: {
    ru: 'Оперативный штаб по обеспечению режима чрезвычайного положения при акимате города Алматы',
    kk: 'Алматы қаласы әкімдігі жанындағы төтенше жағдай режимін қамтамасыз ету жөніндегі жедел штаб',
  },
  channels: ['office'],
  form: { ru: 'Бумажная', kk: 'Қағаз түрінде' },
  roles: [
    { role: 'operator', unit: receivingWorker, source: '000 (не указано)' },
    { role: 'specialist', unit: checkingWorker, source: '000 (не указано)' },
    { role: 'head', unit: headquartersOfficer, source: '000 (не указано)' },
  ],
  steps: [
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: receivingWorker,
      action: {
        ru: 'Установить категорию по списку, принять документ, удостоверяющий личность, и проверить наличие всех документов этой категории',
        kk: 'Тізім бойынша санатты анықтау, жеке басын куәландыратын құжатты қабылдау және осы санаттың барлық құжаттарының бар-жоғын тексеру',
      },
      source: '000 кат.1–19',
    },
    {
      id: 'check-category-documents',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: checkingWorker,
      action: {
        ru: 'Проверить, что документы подтверждают принадлежность лица к категории (подписи, реквизиты, совпадение лица)',
        kk: 'Құжаттардың адамның санатқа жататынын растайтынын тексеру (қолдар, деректемелер, адамның сәйкестігі)',
      },
      source: '000 кат.1–19',
    },
    {
      id: 'decide-permit',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: headquartersOfficer,
      action: {
        ru: 'Разрешить выезд/въезд или отказать',
        kk: 'Шығуға/кіруге рұқсат беру немесе бас тарту',
      },
      source: '000 (не указано)',
    },
    {
      id: 'issue-permit',
      stage: 'issue',
      kind: 'issue',
      actor: 'operator',
      unit: receivingWorker,
      action: {
        ru: 'Выдать разрешение на выезд/въезд заявителю',
        kk: 'Өтініш берушіге шығуға/кіруге рұқсатты беру',
      },
      output: {
        ru: 'Разрешение на выезд/въезд из/в карантинной зоны г. Алматы',
        kk: 'Алматы қ. карантиндік аймағынан шығуға/аймағына кіруге рұқсат',
      },
      source: '000 (не указано)',
    },
  ],
  commissions: [],
  results: [
    {
      id: 'quarantine-permit',
      kind: 'permit',
      name: {
        ru: 'Разрешение на выезд/въезд из/в карантинной зоны г. Алматы',
        kk: 'Алматы қ. карантиндік аймағынан шығуға/аймағына кіруге рұқсат',
      },
      on: 'grant',
      source: '000 заголовок',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: { ru: 'Мотивированный отказ в выдаче разрешения', kk: 'Рұқсат беруден дәлелді бас тарту' },
      on: 'refusal',
      source: '000 (не указано)',
    },
    {
      id: 'intake-refusal-receipt',
      kind: 'intake_refusal_receipt',
      name: { ru: 'Расписка об отказе в приеме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
      on: 'intake_refusal',
      source: '000 (не указано)',
    },
  ],
  refusalGrounds: [
    {
      id: 'category-documents-missing',
      at: 'intake',
      text: {
        ru: 'Непредставление документа, удостоверяющего личность, или документов, подтверждающих категорию по списку',
        kk: 'Жеке басын куәландыратын құжатты немесе тізім бойынша санатты растайтын құжаттарды ұсынбау',
      },
      source: '000 кат.1–19',
    },
    {
      id: 'not-in-list',
      at: 'merits',
      text: {
        ru: 'Лицо не относится ни к одной из категорий списка или представленные документы не подтверждают принадлежность к категории',
        kk: 'Адам тізімнің бірде-бір санатына жатпайды немесе ұсынылған құжаттар санатқа жататынын растамайды',
      },
      source: '000 кат.1–19',
    },
  ],
  documents: {
    editable: false,
    note: {
      ru: 'Документы каждой категории перечислены в списке категорий; здесь — документ, который нужен при любой категории.',
      kk: 'Әр санаттың құжаттары санаттар тізімінде көрсетілген; мұнда — кез келген санат үшін қажет құжат.',
    },
    items: [
      {
        id: 'identity-document',
        name: { ru: 'Документ, удостоверяющий личность', kk: 'Жеке басын куәландыратын құжат' },
        form: 'original_for_check',
        required: true,
        source: '000 кат.6, кат.7',
      },
    ],
    source: '000 кат.1–19',
  },
  terms: [
    {
      kind: 'total',
      value: 30,
      unit: 'minutes',
      note: { ru: 'Разрешение выдаётся в день обращения, на месте', kk: 'Рұқсат жүгінген күні, сол жерде беріледі' },
      source: '000 (срок не указан)',
    },
    {
      kind: 'wait',
      value: 15,
      unit: 'minutes',
      note: { ru: 'Ожидание в очереди', kk: 'Кезекте күту' },
      source: '000 (срок не указан)',
    },
  ],
  officeHours: [{ channel: 'office', days: [1, 2, 3, 4, 5, 6, 7], open: '09:00', close: '18:00', source: '000 (график не указан)' }],
  fee: { free: true, source: '000 (плата не указана)' },
  consentRequired: false,
  onTheSpot: true,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless', 'legal_entity'],
  categories: quarantineCategories,
  interpretations: [
    {
      topic: 'act number and date',
      choice: "Number '—', date 2020-05-06, issuer: the Operational headquarters for the state of emergency at the Almaty akimat.",
      reason: 'The seed is the bare list. The same 19 categories were published on 6 May 2020 as the annex to a protocol of that headquarters; the protocol date itself is unknown, so the publication date is the best documented guess.',
      source: '000 заголовок',
    },
    {
      topic: 'effective period',
      choice: 'From 2020-05-06, no end date.',
      reason: 'The list is valid for the quarantine of Almaty; its end is not in the seed.',
      source: '000 заголовок',
    },
    {
      topic: 'provider and units',
      choice: 'The Operational headquarters is the provider; the office acts as its window: an operator accepts, a specialist checks, an authorised officer of the headquarters decides.',
      reason: 'The list says nothing about who issues permits; category 19 itself refers to a certificate of the Operational headquarters, the body that set the list.',
      source: '000 кат.19',
    },
    {
      topic: 'procedure',
      choice: 'intake (category + documents present) → review (documents prove the category) → decision → issue of the permit.',
      reason: 'The list only pairs categories with documents; the minimal procedure checks exactly that pairing.',
      source: '000 кат.1–19',
    },
    {
      topic: 'terms',
      choice: 'On the spot: total 30 minutes, queue 15 minutes; onTheSpot = true.',
      reason: 'The list gives no term; the check is a comparison of documents with a list, and categories 7 and 8 (funerals, relatives in grave condition) cannot wait days.',
      source: '000 кат.7, кат.8',
    },
    {
      topic: 'office hours',
      choice: 'Every day 09:00–18:00, no lunch break.',
      reason: 'The list gives no schedule; under the state of emergency the headquarters worked daily and urgent categories (funerals, grave illness) arise on any day.',
      source: '000 кат.7, кат.8',
    },
    {
      topic: 'documents',
      choice: 'Each category keeps its documents exactly as listed, split on «и»/«а также»; «или»/«либо» alternatives stay one document. An identity document is required for every category.',
      reason: 'The permit is personal; the list itself asks for an identity document in categories 6 and 7, and a checkpoint cannot match any other document to a person without one.',
      source: '000 кат.1–19',
    },
    {
      topic: 'category 2 contracts',
      choice: '«Договоры … по спискам сотрудников, утверждённым руководителем …» is one document.',
      reason: 'The list joins the contracts and the staff lists with «по», not «и»; the approved list is part of the contract package.',
      source: '000 кат.2',
    },
    {
      topic: 'refusal',
      choice: 'Intake refusal for missing documents (with a receipt); merits refusal when the person is outside the list or the documents do not prove the category; a motivated refusal letter.',
      reason: 'The list names no refusal grounds; these are the only two ways an application can fail against a closed list.',
      source: '000 кат.1–19',
    },
    {
      topic: 'PCR test',
      choice: 'Not modelled as a document.',
      reason: 'Press reports of the protocol make the permission conditional on a negative PCR test within seven days, but the seed does not contain that condition.',
      source: '000 заголовок',
    },
    {
      topic: 'applicants and representatives',
      choice: 'Citizens, foreigners, stateless persons and organisations (categories 2, 17, 18) may apply; an organisation or relative may apply for its people (categories 2, 6).',
      reason: 'The categories include organisations and relatives acting for minors; the list does not restrict citizenship.',
      source: '000 кат.2, кат.6, кат.17, кат.18',
    },
    {
      topic: 'fee and consent',
      choice: 'Free; no written consent to use protected information.',
      reason: 'The list sets no fee and no consent requirement.',
      source: '000 (не указано)',
    },
  ],
};
