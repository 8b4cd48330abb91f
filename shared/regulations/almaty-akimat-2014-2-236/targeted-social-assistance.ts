import type { LocalizedText, RoleAssignment, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, conHours, conWorker, providerHours } from './act';
import { commissionQuorumInterpretation } from './commission-sitting';

/**
 * Seed 002, regulation 7: «Назначение государственной адресной социальной помощи».
 * The only regulation of the act (besides R6) with an участковая комиссия that inspects the family's material
 * situation: акт обследования, заключение (приложение 3), and a protocol when the applicant refuses the inspection.
 */

const districtSpecialist: LocalizedText = {
  ru: 'специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің маманы',
};
const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің басшысы',
};
const responsibleSpecialist: LocalizedText = {
  ru: 'ответственный специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің жауапты маманы',
};
const districtCommission: LocalizedText = { ru: 'участковая комиссия', kk: 'учаскелік комиссия' };
/** 002 R7 прил.3: who signs for the receipt of the commission's conclusion, in the form's own words. */
const conclusionReceiver: LocalizedText = {
  ru: 'работник, аким поселка, аула (села), аульного сельского округа или уполномоченный орган, принявший документы',
  kk: 'құжаттарды қабылдаған қызметкер, кент, ауыл (село), ауылдық округ әкімі немесе уәкілетті орган',
};
const con: LocalizedText = { ru: 'работник ЦОНа', kk: 'ХҚКО қызметкері' };

const conclusion: LocalizedText = {
  ru: 'Заключение участковой комиссии о нуждаемости в предоставлении государственной услуги или об отказе в оказании государственной услуги (приложение 3 к регламенту)',
  kk: 'Учаскелік комиссияның мемлекеттік көрсетілетін қызметті ұсынуға мұқтаждық туралы немесе мемлекеттік қызметті көрсетуден бас тарту туралы қорытындысы (регламентке 3-қосымша)',
};
const inspectionAct: LocalizedText = {
  ru: 'Акт обследования материального положения лица (семьи), обратившегося за назначением адресной социальной помощи',
  kk: 'Атаулы әлеуметтік көмек тағайындау үшін жүгінген адамның (отбасының) материалдық жағдайын тексеру актісі',
};
const refusalProtocol: LocalizedText = {
  ru: 'Протокол об отказе услугополучателя (совершеннолетнего дееспособного члена семьи) в проведении обследования, подписанный всеми членами участковой комиссии',
  kk: 'Көрсетілетін қызметті алушының (отбасының кәмелетке толған әрекетке қабілетті мүшесінің) тексеру жүргізуден бас тартқаны туралы учаскелік комиссияның барлық мүшелері қол қойған хаттама',
};
const grantNotification: LocalizedText = {
  ru: 'Уведомление о назначении государственной адресной социальной помощи',
  kk: 'Мемлекеттік атаулы әлеуметтік көмек тағайындау туралы хабарлама',
};
const refusalNotification: LocalizedText = {
  ru: 'Мотивированный ответ (уведомление) об отказе в назначении государственной адресной социальной помощи с указанием причины',
  kk: 'Мемлекеттік атаулы әлеуметтік көмек тағайындаудан бас тарту туралы себебі көрсетілген дәлелді жауап (хабарлама)',
};

const roles: readonly RoleAssignment[] = [
  { role: 'specialist', unit: districtSpecialist, source: '002 R7 п.6 пп.1' },
  { role: 'head', unit: districtHead, source: '002 R7 п.6 пп.2' },
  { role: 'responsible_specialist', unit: responsibleSpecialist, source: '002 R7 п.6 пп.3' },
  {
    role: 'commission_chair',
    unit: { ru: 'председатель участковой комиссии', kk: 'учаскелік комиссияның төрағасы' },
    source: '002 R7 п.6 пп.4, п.7 пп.4, прил.3',
  },
  {
    role: 'commission_member',
    unit: { ru: 'члены участковой комиссии', kk: 'учаскелік комиссияның мүшелері' },
    source: '002 R7 п.6 пп.4, п.7 пп.4, прил.3',
  },
  { role: 'specialist', unit: conclusionReceiver, source: '002 R7 прил.3' },
  conWorker('002 R7 п.5 пп.1, п.11'),
];

export const targetedSocialAssistance: ServiceVersion = {
  id: 'targeted-social-assistance',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 7,
  name: {
    ru: 'Назначение государственной адресной социальной помощи',
    kk: 'Мемлекеттік атаулы әлеуметтік көмек тағайындау',
  },
  // 002 R7 п.1: the service is rendered by the city Управление; documents go through its district offices or ЦОН.
  provider: cityEmploymentDepartment,
  channels: ['office', 'con'],
  form: { ru: 'бумажная', kk: 'қағаз түрінде' },
  roles,
  steps: [
    // — intake —
    {
      id: 'con-accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'con_worker',
      unit: con,
      action: {
        ru: 'Принять заявление и документы, выдать расписку о приеме (при неполном пакете — расписку об отказе в приеме)',
        kk: 'Өтініш пен құжаттарды қабылдау, қабылданғаны туралы қолхат беру (құжаттар топтамасы толық болмаса — қабылдаудан бас тарту туралы қолхат беру)',
      },
      output: {
        ru: 'Расписка о приеме документов',
        kk: 'Құжаттардың қабылданғаны туралы қолхат',
      },
      channels: ['con'],
      source: '002 R7 п.5 пп.1, п.11',
    },
    {
      id: 'con-obtain-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'con_worker',
      unit: con,
      action: {
        ru: 'Получить письменное согласие на использование сведений, составляющих охраняемую законом тайну',
        kk: 'Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісім алу',
      },
      channels: ['con'],
      source: '002 R7 п.11',
    },
    {
      id: 'con-transfer-to-district-office',
      stage: 'intake',
      kind: 'transfer',
      actor: 'con_worker',
      unit: con,
      action: {
        ru: 'Передать принятый пакет документов в районный отдел услугодателя',
        kk: 'Қабылданған құжаттар топтамасын көрсетілетін қызметті берушінің аудандық бөліміне беру',
      },
      channels: ['con'],
      source: '002 R7 п.5 пп.1, п.15',
    },
    {
      id: 'accept-documents',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Принять заявление, сверить копии документов с подлинниками, вернуть подлинники, зарегистрировать в журнале входящей корреспонденции',
        kk: 'Өтінішті қабылдау, құжаттардың көшірмелерін түпнұсқалармен салыстыру, түпнұсқаларды қайтару, кіріс хат-хабарларды тіркеу журналында тіркеу',
      },
      output: {
        ru: 'Отрывной талон заявления с датой регистрации и датой получения услуги',
        kk: 'Тіркелген күні және қызметті алу күні көрсетілген өтініштің үзбелі талоны',
      },
      source: '002 R7 п.7 пп.1, п.9',
    },
    {
      id: 'obtain-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Получить письменное согласие на использование сведений, составляющих охраняемую законом тайну',
        kk: 'Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісім алу',
      },
      channels: ['office'],
      source: '002 R7 п.11',
    },
    // — review —
    {
      id: 'assign-responsible-specialist',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Отписать заявление ответственному специалисту районного отдела',
        kk: 'Өтінішті аудандық бөлімнің жауапты маманына бұрыштама қойып жіберу',
      },
      source: '002 R7 п.7 пп.2',
    },
    {
      id: 'check-documents',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Рассмотреть заявление и проверить представленные документы',
        kk: 'Өтінішті қарау және ұсынылған құжаттарды тексеру',
      },
      source: '002 R7 п.5 пп.2',
    },
    {
      id: 'transfer-to-commission',
      stage: 'review',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Передать документы на рассмотрение в участковую комиссию',
        kk: 'Құжаттарды учаскелік комиссияның қарауына беру',
      },
      // 002 R7 п.7 пп.3: «в течение двух рабочих дней»
      term: { value: 2, unit: 'working_days' },
      source: '002 R7 п.7 пп.3',
    },
    // — commission (5 working days in all, see `commissions`) —
    {
      id: 'inspect-family',
      stage: 'commission',
      kind: 'inspect',
      actor: 'commission_member',
      unit: districtCommission,
      action: {
        ru: 'Обследовать материальное положение лица (семьи) в присутствии услугополучателя или совершеннолетнего дееспособного члена семьи, составить акт обследования и ознакомить с ним под роспись; отказ от обследования зафиксировать в протоколе, подписанном всеми членами комиссии. При повторном обращении в течение календарного года — только при изменении места жительства, состава или доходов семьи либо для уточнения сведений',
        kk: 'Көрсетілетін қызметті алушының немесе отбасының кәмелетке толған әрекетке қабілетті мүшесінің қатысуымен адамның (отбасының) материалдық жағдайын тексеру, тексеру актісін жасау және онымен қол қойғызып таныстыру; тексеруден бас тартуды комиссияның барлық мүшелері қол қойған хаттамада тіркеу. Күнтізбелік бір жыл ішінде қайта жүгінген кезде — тұрғылықты жері, отбасы құрамы немесе табыстары өзгерген не мәліметтерді нақтылау қажет болған жағдайда ғана',
      },
      output: inspectionAct,
      source: '002 R7 п.7 пп.4',
    },
    {
      id: 'request-missing-information',
      stage: 'commission',
      kind: 'request',
      actor: 'commission_member',
      unit: districtCommission,
      action: {
        ru: 'При необходимости направить запрос в соответствующие органы для получения недостающих сведений или проверки достоверности представленных документов',
        kk: 'Қажет болған жағдайда жетіспейтін мәліметтерді алу немесе ұсынылған құжаттардың дұрыстығын тексеру үшін тиісті органдарға сұрау салу',
      },
      // 002 R7 п.7 пп.4: the act does not stop the 5-day term while waiting, so no pausesClock (see interpretations).
      source: '002 R7 п.7 пп.4',
    },
    {
      id: 'commission-conclusion',
      stage: 'commission',
      kind: 'commission_sitting',
      actor: 'commission_chair',
      unit: districtCommission,
      action: {
        ru: 'Принять решение и оформить заключение о нуждаемости или об отказе; заключение подписывают председатель и члены комиссии; ознакомить услугополучателя с заключением под роспись',
        kk: 'Шешім қабылдау және мұқтаждық туралы немесе бас тарту туралы қорытынды ресімдеу; қорытындыға комиссия төрағасы мен мүшелері қол қояды; көрсетілетін қызметті алушыны қорытындымен қол қойғызып таныстыру',
      },
      output: conclusion,
      source: '002 R7 п.7 пп.4, прил.3',
    },
    {
      id: 'transfer-conclusion',
      stage: 'commission',
      kind: 'transfer',
      actor: 'commission_chair',
      unit: districtCommission,
      action: {
        ru: 'Передать заключение с документами в районный отдел услугодателя',
        kk: 'Қорытындыны құжаттармен бірге көрсетілетін қызметті берушінің аудандық бөліміне беру',
      },
      source: '002 R7 п.7 пп.4',
    },
    // — decision —
    {
      id: 'accept-conclusion',
      stage: 'decision',
      kind: 'transfer',
      actor: 'specialist',
      unit: conclusionReceiver,
      action: {
        ru: 'Принять заключение с прилагаемыми документами под подпись, указав количество документов и дату',
        kk: 'Қорытындыны қоса берілген құжаттармен бірге құжаттардың санын және күнін көрсетіп, қол қойып қабылдау',
      },
      source: '002 R7 прил.3',
    },
    {
      id: 'verify-income',
      stage: 'decision',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Занести данные услугополучателя в базу данных, сверить доходы семьи с базой ГЦВП и передать документы и заключение руководителю (с отметкой о выявленных несоответствиях)',
        kk: 'Көрсетілетін қызметті алушының деректерін дерекқорға енгізу, отбасы табыстарын Зейнетақы төлеу жөніндегі мемлекеттік орталықтың дерекқорымен салыстыру және құжаттар мен қорытындыны басшыға беру (анықталған сәйкессіздіктерді белгілей отырып)',
      },
      source: '002 R7 п.7 пп.5',
    },
    {
      id: 'decide',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Принять решение о назначении или об отказе в назначении адресной социальной помощи',
        kk: 'Атаулы әлеуметтік көмек тағайындау немесе тағайындаудан бас тарту туралы шешім қабылдау',
      },
      source: '002 R7 п.7 пп.5',
    },
    {
      id: 'prepare-decision-and-notification',
      stage: 'decision',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleSpecialist,
      action: {
        ru: 'Подготовить решение и письменное уведомление о назначении или об отказе с указанием причины',
        kk: 'Тағайындау немесе себебін көрсете отырып бас тарту туралы шешім мен жазбаша хабарламаны дайындау',
      },
      output: {
        ru: 'Проект решения и уведомления',
        kk: 'Шешім мен хабарламаның жобасы',
      },
      source: '002 R7 п.7 пп.5',
    },
    {
      id: 'sign-decision-and-notification',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Подписать решение и уведомление о назначении адресной социальной помощи или об отказе в ней',
        kk: 'Атаулы әлеуметтік көмек тағайындау немесе одан бас тарту туралы шешім мен хабарламаға қол қою',
      },
      output: {
        ru: 'Подписанные решение и уведомление',
        kk: 'Қол қойылған шешім мен хабарлама',
      },
      source: '002 R7 п.7 пп.5',
    },
    // — issue —
    {
      id: 'deliver-notification',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Вручить уведомление при личном посещении услугополучателем районного отдела либо направить почтовым сообщением',
        kk: 'Хабарламаны көрсетілетін қызметті алушы аудандық бөлімге жеке келген кезде тапсыру не пошта байланысы арқылы жіберу',
      },
      channels: ['office'],
      source: '002 R7 п.7 пп.5',
    },
    {
      id: 'transfer-result-to-con',
      stage: 'issue',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Передать результат оказания услуги работнику ЦОНа',
        kk: 'Қызмет көрсету нәтижесін ХҚКО қызметкеріне беру',
      },
      channels: ['con'],
      source: '002 R7 п.5 пп.5',
    },
    {
      id: 'con-issue-result',
      stage: 'issue',
      kind: 'issue',
      actor: 'con_worker',
      unit: con,
      action: {
        ru: 'Выдать результат по расписке в указанный в ней срок при предъявлении документа, удостоверяющего личность',
        kk: 'Нәтижені қолхат негізінде онда көрсетілген мерзімде жеке басын куәландыратын құжатты көрсеткен кезде беру',
      },
      channels: ['con'],
      source: '002 R7 п.12',
    },
  ],
  commissions: [
    {
      id: 'district-commission',
      name: { ru: 'Участковая комиссия', kk: 'Учаскелік комиссия' },
      composition: {
        ru: 'участковая комиссия (статья 5 Закона Республики Казахстан «О государственной адресной социальной помощи»): председатель и члены комиссии',
        kk: 'учаскелік комиссия («Мемлекеттік атаулы әлеуметтік көмек туралы» Қазақстан Республикасы Заңының 5-бабы): комиссия төрағасы мен мүшелері',
      },
      // 002 R7 п.7 пп.4: «участковая комиссия в течение пяти рабочих дней»
      term: { value: 5, unit: 'working_days' },
      output: conclusion,
      otherOutputs: [inspectionAct, refusalProtocol],
      // 002 R7 п.7 пп.4: the conclusion «подписывается председателем и членами участковой комиссии».
      signedConclusionRequired: true,
      inspection: true,
      source: '002 R7 п.6 пп.4, п.7 пп.4, прил.3',
    },
  ],
  results: [
    { id: 'grant-notification', kind: 'notification', name: grantNotification, on: 'grant', source: '002 R7 п.3, п.7 пп.5' },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalNotification, on: 'refusal', source: '002 R7 п.3, п.7 пп.5' },
    {
      id: 'intake-refusal-receipt',
      kind: 'intake_refusal_receipt',
      name: { ru: 'Расписка об отказе в приеме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
      on: 'intake_refusal',
      source: '002 R7 п.11',
    },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Отрывной талон заявления с указанием даты регистрации и даты получения государственной услуги, фамилии и инициалов лица, принявшего документы',
        kk: 'Тіркелген күні мен мемлекеттік қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері көрсетілген өтініштің үзбелі талоны',
      },
      on: 'intake',
      source: '002 R7 п.9',
    },
    {
      id: 'con-receipt',
      kind: 'receipt',
      name: {
        ru: 'Расписка ЦОНа о приеме документов (номер и дата приема, вид услуги, количество и название документов, дата и место выдачи, Ф.И.О. работника ЦОНа и услугополучателя)',
        kk: 'ХҚКО-ның құжаттарды қабылдағаны туралы қолхаты (қабылдау нөмірі мен күні, қызмет түрі, құжаттардың саны мен атауы, беру күні мен орны, ХҚКО қызметкерінің және көрсетілетін қызметті алушының Т.А.Ә.)',
      },
      on: 'intake',
      source: '002 R7 п.11',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представление неполного пакета документов согласно перечню, предусмотренному пунктом 9 Стандарта',
        kk: 'Стандарттың 9-тармағында көзделген тізбеге сәйкес құжаттар топтамасын толық ұсынбау',
      },
      source: '002 R7 п.11',
    },
    {
      id: 'no-need',
      at: 'merits',
      text: {
        ru: 'Заключение участковой комиссии об отсутствии необходимости предоставления государственной адресной социальной помощи',
        kk: 'Учаскелік комиссияның мемлекеттік атаулы әлеуметтік көмек ұсыну қажеттілігінің жоқтығы туралы қорытындысы',
      },
      source: '002 R7 п.7 пп.4, прил.3',
    },
    {
      id: 'income-above-poverty-line',
      at: 'merits',
      text: {
        ru: 'Среднедушевой доход лица (семьи) превышает черту бедности',
        kk: 'Адамның (отбасының) жан басына шаққандағы орташа табысы кедейлік шегінен асады',
      },
      source: '002 R7 п.3',
    },
    {
      id: 'income-mismatch',
      at: 'merits',
      text: {
        ru: 'Несоответствие доходов услугополучателя (семьи), указанных в заявлении, данным базы Государственного центра по выплате пенсий (недостоверные сведения)',
        kk: 'Өтініште көрсетілген көрсетілетін қызметті алушы (отбасы) табыстарының Зейнетақы төлеу жөніндегі мемлекеттік орталық дерекқорының деректеріне сәйкес келмеуі (дұрыс емес мәліметтер)',
      },
      source: '002 R7 п.7 пп.5',
    },
    {
      id: 'inspection-refused',
      at: 'merits',
      text: {
        ru: 'Отказ услугополучателя (совершеннолетнего дееспособного члена семьи) от проведения обследования, зафиксированный в протоколе участковой комиссии',
        kk: 'Көрсетілетін қызметті алушының (отбасының кәмелетке толған әрекетке қабілетті мүшесінің) учаскелік комиссия хаттамасында тіркелген тексеру жүргізуден бас тартуы',
      },
      source: '002 R7 п.7 пп.4',
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
        name: { ru: 'Заявление по установленной форме', kk: 'Белгіленген нысандағы өтініш' },
        form: 'original',
        required: true,
        source: '002 R7 п.4 (Стандарт п.9 пп.1)',
      },
      {
        id: 'family-composition',
        name: {
          ru: 'Сведения о составе семьи (бланк заполняется собственноручно)',
          kk: 'Отбасы құрамы туралы мәліметтер (бланкіні өз қолымен толтырады)',
        },
        form: 'original',
        required: true,
        source: '002 R7 п.11 (Стандарт п.9 пп.2)',
      },
      {
        id: 'income-statement',
        name: {
          ru: 'Сведения о полученных доходах членов семьи (бланк заполняется собственноручно)',
          kk: 'Отбасы мүшелерінің алған табыстары туралы мәліметтер (бланкіні өз қолымен толтырады)',
        },
        form: 'original',
        required: true,
        source: '002 R7 п.11 (Стандарт п.9 пп.3)',
      },
      {
        id: 'household-plot-statement',
        name: {
          ru: 'Сведения о наличии личного подсобного хозяйства (бланк заполняется собственноручно)',
          kk: 'Жеке қосалқы шаруашылықтың бар-жоғы туралы мәліметтер (бланкіні өз қолымен толтырады)',
        },
        form: 'original',
        required: true,
        source: '002 R7 п.11 (Стандарт п.9 пп.4)',
      },
      {
        id: 'income-documents',
        name: {
          ru: 'Документы, подтверждающие доходы членов семьи (в оригинале)',
          kk: 'Отбасы мүшелерінің табыстарын растайтын құжаттар (түпнұсқада)',
        },
        form: 'original',
        required: true,
        source: '002 R7 п.11 (Стандарт п.9 пп.5)',
      },
      {
        id: 'identity-document',
        name: {
          ru: 'Документ, удостоверяющий личность (подлинник и копия для сверки, подлинник возвращается)',
          kk: 'Жеке басын куәландыратын құжат (салыстыру үшін түпнұсқасы мен көшірмесі, түпнұсқасы қайтарылады)',
        },
        form: 'original_for_check',
        required: true,
        source: '002 R7 п.11 (Стандарт п.9 пп.6)',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Сведения о регистрации по постоянному месту жительства (из государственных информационных систем)',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгені туралы мәліметтер (мемлекеттік ақпараттық жүйелерден)',
        },
        form: 'state_system',
        required: true,
        source: '002 R7 п.11',
      },
    ],
    source: '002 R7 п.4, п.11',
  },
  terms: [
    // 002 R7 п.9 пп.1: «с момента сдачи пакета документов услугополучателем услугодателю, в ЦОН – 7 (семь) рабочих дней»
    { value: 7, unit: 'working_days', kind: 'total', source: '002 R7 п.9 пп.1' },
    {
      value: 15,
      unit: 'minutes',
      kind: 'wait',
      note: {
        ru: 'Зависит от очереди: не более 15 минут на обслуживание одного услугополучателя в очереди',
        kk: 'Кезекке байланысты: кезектегі бір көрсетілетін қызметті алушыға қызмет көрсетуге 15 минуттан аспайды',
      },
      source: '002 R7 п.9 пп.2',
    },
    { value: 15, unit: 'minutes', kind: 'service', source: '002 R7 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R7 п.8'), conHours('002 R7 п.11')],
  fee: { free: true, source: '002 R7 п.3' },
  consentRequired: true,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    commissionQuorumInterpretation('002 R7 п.7 пп.4, прил.3'),
    {
      topic: 'Unnumbered point 8',
      choice: 'The paragraph on office hours and the queue that follows п.7 is cited as п.8.',
      reason: 'The seed goes from п.7 straight to п.9; the paragraph in between is where every other regulation of the act has its п.8.',
      source: '002 R7 п.7–п.9',
    },
    {
      topic: 'Role of «специалист районного отдела услугодателя»',
      choice: "Mapped to 'specialist' (as in the other regulations of the act): it accepts, checks copies, registers and delivers; the case work is done by the «ответственный специалист» ('responsible_specialist').",
      reason: 'The act separates the registering specialist (п.6 пп.1) from the responsible specialist the head assigns (п.6 пп.3); the act names no separate window operator.',
      source: '002 R7 п.6, п.7 пп.1–3',
    },
    {
      topic: 'Post-commission check of incomes',
      choice: 'The entry into the database and the comparison of incomes with the ГЦВП base are a decision-stage check (verify-income), not a review step.',
      reason: 'The act places them after the commission\'s conclusion and right before the head decides; stages may not go back from commission to review.',
      source: '002 R7 п.7 пп.5',
    },
    {
      topic: 'Garbled sentence on income mismatches',
      choice: 'The specialist hands the head the documents and the conclusion and flags any mismatch between declared incomes and the ГЦВП base; a mismatch is treated as a merits ground (unreliable information).',
      reason: 'The sentence «…передает руководителю … и при выявлении несоответствий доходов…» breaks off; Standard п.10, to which п.3 refers, refuses on unreliable information.',
      source: '002 R7 п.3, п.7 пп.5',
    },
    {
      topic: 'Merits grounds',
      choice: 'Refusal on: the commission\'s conclusion of no need; per-capita income above the poverty line; declared incomes contradicting the ГЦВП base; refusal of the inspection recorded in the protocol.',
      reason: 'п.3 refers to Standard п.10 without listing the grounds; these are the grounds the regulation itself implies (п.7 пп.4–5) plus the income test of the Law on targeted social assistance the Standard repeats.',
      source: '002 R7 п.3, п.7 пп.4–5',
    },
    {
      topic: 'Refusal of the inspection',
      choice: 'The protocol is an extra commission output and a merits ground for refusal, not a separate step.',
      reason: 'The act only says the refusal «фиксируется в протоколе, который подписывают все члены участковой комиссии»; without the inspection the commission cannot state need, so an office refuses.',
      source: '002 R7 п.7 пп.4',
    },
    {
      topic: 'Repeat application within a calendar year',
      choice: 'The inspection step stays in the flow; on a repeat application within the year the commission may skip the visit unless residence, family or incomes changed or data need checking (written in the step action).',
      reason: 'The act makes the inspection conditional on repeat applications but gives no separate path.',
      source: '002 R7 п.7 пп.4',
    },
    {
      topic: 'Commission term and step terms',
      choice: 'The 5 working days are the commission\'s term (on the commission, not split between its steps); transfer to the commission has 2 working days; the other steps have no own term and must fit into the 7-day total.',
      reason: '2 + 5 already equals the 7-day total; the act gives no terms for intake, decision and delivery.',
      source: '002 R7 п.7 пп.3–4, п.9 пп.1',
    },
    {
      topic: 'Waiting for other agencies during the inspection',
      choice: 'The request step does not pause the clock.',
      reason: 'The act lets the commission send requests «при необходимости» but never stops the 5-day or 7-day term.',
      source: '002 R7 п.7 пп.4',
    },
    {
      topic: 'Receipt of the conclusion by «аким поселка, аула (села)…»',
      choice: "Kept as the unit of the decision-stage step accept-conclusion, mapped to 'specialist' (in Almaty: the worker of the district office).",
      reason: 'The form of the conclusion (прил.3) names the receiver in the generic wording of the Law; the regulation itself sends the conclusion to the district office.',
      source: '002 R7 п.7 пп.4, прил.3',
    },
    {
      topic: 'ЦОН transfers',
      choice: 'Added con-transfer-to-district-office (intake) and transfer-result-to-con (issue) for the ЦОН channel; the district office still registers the package (accept-documents applies to all channels).',
      reason: 'п.5 says the result goes «услугополучателю или работнику ЦОНа» and the applicant collects it at ЦОН (п.12), but the act describes no transfer and no term for it.',
      source: '002 R7 п.5 пп.1, пп.5, п.12, п.15',
    },
    {
      topic: 'Delivery of the result',
      choice: "The notification is delivered by the registering specialist ('specialist'), in person or by post.",
      reason: 'The act says delivery is «при личном посещении … либо посредством почтового сообщения» without naming who delivers.',
      source: '002 R7 п.7 пп.5',
    },
    {
      topic: 'Home intake by ЦОН',
      choice: 'Intake at the applicant\'s home by a ЦОН worker (п.13) is the same con-accept-documents step at another place.',
      reason: 'The act changes only the place of intake for applicants who cannot come for health reasons.',
      source: '002 R7 п.13',
    },
    {
      topic: 'Portal',
      choice: "'portal' is not a channel of this service.",
      reason: 'The portal is mentioned only for booking the ЦОН electronic queue; the form of the service is paper.',
      source: '002 R7 п.2, п.11',
    },
    {
      topic: 'Intake refusal at the district office',
      choice: 'The incomplete-package ground applies to both channels; the act names the receipt of refusal only for ЦОН.',
      reason: 'The office also accepts only the full package of Standard п.9 (п.4); the receipt form is the ЦОН one.',
      source: '002 R7 п.4, п.11',
    },
    {
      topic: 'Document list',
      choice: 'Working copy of Standard п.9 reconstructed from the regulation\'s hints: forms of пп.2–4 filled in by hand, пп.5 in the original, пп.6 original and copy for check; residence registration taken from state systems.',
      reason: 'The regulation refers to Standard п.9 and describes only how its sub-points are presented; the list is editable.',
      source: '002 R7 п.4, п.11',
    },
    {
      topic: 'Wait term',
      choice: 'Wait is 15 minutes per applicant ahead in the queue (note on the term).',
      reason: 'The act says the wait «зависит от количества человек в очереди, из расчета не более 15 минут на обслуживание одного услугополучателя».',
      source: '002 R7 п.9 пп.2',
    },
    {
      topic: 'Fee, applicants, representatives',
      choice: 'Free of charge; citizens, foreigners and stateless persons permanently residing in Kazakhstan; a representative may apply.',
      reason: 'The regulation is silent on the fee and on who may apply (the Standard: free; the Law on targeted social assistance covers permanent residents); п.11 mentions the applicant\'s representative on the ЦОН receipt.',
      source: '002 R7 п.3, п.11',
    },
    {
      topic: 'Appendices 1, 2 and 4',
      choice: 'Steps come from п.5 and п.7 only.',
      reason: 'The diagrams (прил.1–2) and the business-process handbook (прил.4) have no text in the seed.',
      source: '002 R7 п.10, п.15, п.16',
    },
  ],
};
