import type { Facts, LocalizedText, RuleOutcome, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, providerHours } from './act';
import { commissionQuorumInterpretation } from './commission-sitting';

/**
 * 002 R17: «Выдача, переоформление и продление разрешения иностранному работнику на трудоустройство и работодателям
 * на привлечение иностранной рабочей силы…». The city department decides; its district offices register and check
 * the package, its labour-migration department carries it to the decision and issues the permit (п.6, п.7).
 *
 * Six sub-processes, each with its own term (п.10): the employer's permit is issued, re-issued or extended
 * (п.7 пп.1–3), the foreign worker's permit is issued or extended (п.7 пп.4) or re-issued (п.7 пп.5). Only the
 * first issue of an employer's permit goes before the commission (п.7 пп.1).
 */

const EMPLOYER = ['employer-issue', 'employer-reissue', 'employer-extension'] as const;
const WORKER = ['worker-issue', 'worker-reissue', 'worker-extension'] as const;
/** Every variant that starts at a district office (all but the worker's re-issue, п.7 пп.5). */
const VIA_DISTRICT = ['employer-issue', 'employer-reissue', 'employer-extension', 'worker-issue', 'worker-extension'] as const;
/** District variants with 3-day notices and hand-over and a 2-day submission to the head (п.7 пп.2–4). */
const SHORT_TRACK = ['employer-reissue', 'employer-extension', 'worker-issue', 'worker-extension'] as const;
/** Variants whose 20 days for the guarantee documents are inside the total term (п.10: 15/5 + 3 + 20 + 3). */
const GUARANTEE_IN_TERM = ['employer-issue', 'employer-reissue', 'worker-issue', 'worker-extension'] as const;
/** Variants whose permit is handed over after the guarantee documents (all but the employer's extension). */
const PERMIT_AFTER_GUARANTEE = [...GUARANTEE_IN_TERM, 'worker-reissue'] as const;

const districtRegistry: LocalizedText = {
  ru: 'сотрудник канцелярии районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімі кеңсесінің қызметкері',
};
const districtEmployee: LocalizedText = {
  ru: 'сотрудник районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің қызметкері',
};
const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті беруші аудандық бөлімінің басшысы',
};
const registry: LocalizedText = {
  ru: 'сотрудник канцелярии услугодателя',
  kk: 'көрсетілетін қызметті беруші кеңсесінің қызметкері',
};
const migrationEmployee: LocalizedText = {
  ru: 'сотрудник отдела трудовой миграции услугодателя',
  kk: 'көрсетілетін қызметті берушінің еңбек көші-қоны бөлімінің қызметкері',
};
const migrationHead: LocalizedText = {
  ru: 'руководитель отдела трудовой миграции услугодателя',
  kk: 'көрсетілетін қызметті берушінің еңбек көші-қоны бөлімінің басшысы',
};
const deputyHead: LocalizedText = {
  ru: 'заместитель руководителя услугодателя',
  kk: 'көрсетілетін қызметті беруші басшысының орынбасары',
};
const head: LocalizedText = { ru: 'руководитель услугодателя', kk: 'көрсетілетін қызметті берушінің басшысы' };
const commission: LocalizedText = {
  ru: 'комиссия по выдаче разрешений на привлечение иностранной рабочей силы',
  kk: 'шетелдік жұмыс күшін тартуға рұқсаттар беру жөніндегі комиссия',
};

const lateExtension: LocalizedText = {
  ru: 'Заявление о продлении разрешения подается не позднее чем за двадцать рабочих дней до окончания срока его действия',
  kk: 'Рұқсатты ұзарту туралы өтініш оның қолданылу мерзімі аяқталғанға дейін кемінде жиырма жұмыс күні бұрын беріледі',
};

const workingCopyNote: LocalizedText = {
  ru: 'Регламент отсылает к пункту 9 Стандарта (постановление Правительства РК от 11 марта 2014 года № 217) и Правилам (постановление Правительства РК от 13 января 2012 года № 45). Перечень — рабочая копия офиса, администратор может его изменить.',
  kk: 'Регламент Стандарттың 9-тармағына (Қазақстан Республикасы Үкіметінің 2014 жылғы 11 наурыздағы № 217 қаулысы) және Қағидаларға (Қазақстан Республикасы Үкіметінің 2012 жылғы 13 қаңтардағы № 45 қаулысы) сілтеме жасайды. Тізбе — кеңсенің жұмыс көшірмесі, әкімші оны өзгерте алады.',
};

export const foreignWorkerPermit: ServiceVersion = {
  id: 'foreign-worker-permit',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 17,
  name: {
    ru: 'Выдача, переоформление и продление разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы',
    kk: 'Шетелдік қызметкерге жұмысқа орналасуға және жұмыс берушілерге тиісті әкімшілік-аумақтық бірліктің аумағында еңбек қызметін жүзеге асыру үшін шетелдік жұмыс күшін тартуға рұқсат беру, қайта ресімдеу және ұзарту',
  },
  provider: cityEmploymentDepartment,
  channels: ['office', 'portal'],
  form: {
    ru: 'Электронная (автоматизированная) и (или) бумажная',
    kk: 'Электрондық (автоматтандырылған) және (немесе) қағаз түрінде',
  },
  roles: [
    { role: 'operator', unit: districtRegistry, source: '002 R17 п.6 пп.1' },
    { role: 'specialist', unit: districtEmployee, source: '002 R17 п.6 пп.2' },
    { role: 'head', unit: districtHead, source: '002 R17 п.6 пп.3' },
    { role: 'operator', unit: registry, source: '002 R17 п.6 пп.4' },
    { role: 'responsible_specialist', unit: migrationEmployee, source: '002 R17 п.6 пп.5' },
    { role: 'head', unit: migrationHead, source: '002 R17 п.6 пп.6' },
    { role: 'head', unit: deputyHead, source: '002 R17 п.6 пп.7' },
    { role: 'head', unit: head, source: '002 R17 п.6 пп.8' },
    {
      role: 'commission_chair',
      unit: { ru: 'председатель комиссии по выдаче разрешений', kk: 'рұқсаттар беру жөніндегі комиссияның төрағасы' },
      source: '002 R17 п.7 пп.1',
    },
    {
      role: 'commission_member',
      unit: { ru: 'члены комиссии по выдаче разрешений', kk: 'рұқсаттар беру жөніндегі комиссияның мүшелері' },
      source: '002 R17 п.7 пп.1',
    },
  ],
  variants: [
    {
      id: 'employer-issue',
      name: {
        ru: 'Выдача разрешения на привлечение иностранной рабочей силы',
        kk: 'Шетелдік жұмыс күшін тартуға рұқсат беру',
      },
      applicant: { ru: 'Работодатель', kk: 'Жұмыс беруші' },
      source: '002 R17 п.5 пп.1, п.7 пп.1, п.10',
    },
    {
      id: 'employer-reissue',
      name: {
        ru: 'Переоформление разрешения на привлечение иностранной рабочей силы',
        kk: 'Шетелдік жұмыс күшін тартуға рұқсатты қайта ресімдеу',
      },
      applicant: { ru: 'Работодатель', kk: 'Жұмыс беруші' },
      source: '002 R17 п.5 пп.1, п.7 пп.2, п.10',
    },
    {
      id: 'employer-extension',
      name: {
        ru: 'Продление срока разрешения на привлечение иностранной рабочей силы',
        kk: 'Шетелдік жұмыс күшін тартуға рұқсаттың мерзімін ұзарту',
      },
      applicant: { ru: 'Работодатель', kk: 'Жұмыс беруші' },
      source: '002 R17 п.5 пп.1, п.7 пп.3, п.10',
    },
    {
      id: 'worker-issue',
      name: {
        ru: 'Выдача разрешения иностранному работнику на трудоустройство',
        kk: 'Шетелдік қызметкерге жұмысқа орналасуға рұқсат беру',
      },
      applicant: { ru: 'Иностранный работник', kk: 'Шетелдік қызметкер' },
      source: '002 R17 п.5 пп.2, п.7 пп.4, п.10',
    },
    {
      id: 'worker-reissue',
      name: {
        ru: 'Переоформление разрешения на трудоустройство',
        kk: 'Жұмысқа орналасуға рұқсатты қайта ресімдеу',
      },
      applicant: { ru: 'Иностранный работник', kk: 'Шетелдік қызметкер' },
      source: '002 R17 п.7 пп.5, п.10',
    },
    {
      id: 'worker-extension',
      name: {
        ru: 'Продление срока разрешения на трудоустройство',
        kk: 'Жұмысқа орналасуға рұқсаттың мерзімін ұзарту',
      },
      applicant: { ru: 'Иностранный работник', kk: 'Шетелдік қызметкер' },
      source: '002 R17 п.5 пп.2, п.7 пп.4, п.10',
    },
  ],
  steps: [
    // ── intake ──────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'register-application',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtRegistry,
      action: {
        ru: 'Принять заявление (приложение 1 или 5 к Стандарту) и документы, зарегистрировать в ЕСЭДО, выдать отрывной талон и передать руководителю районного отдела',
        kk: 'Өтінішті (Стандартқа 1 немесе 5-қосымша) және құжаттарды қабылдау, ЭҚАБЖ-да тіркеу, үзбелі талон беру және аудандық бөлім басшысына беру',
      },
      output: { ru: 'Отрывной талон', kk: 'Үзбелі талон' },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4 абз.1, п.10',
    },
    {
      id: 'register-application-city',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: registry,
      action: {
        ru: 'Принять заявление (приложение 5 к Стандарту) и документы на переоформление, зарегистрировать в ЕСЭДО, выдать отрывной талон и передать руководителю услугодателя',
        kk: 'Қайта ресімдеуге өтінішті (Стандартқа 5-қосымша) және құжаттарды қабылдау, ЭҚАБЖ-да тіркеу, үзбелі талон беру және көрсетілетін қызметті берушінің басшысына беру',
      },
      output: { ru: 'Отрывной талон', kk: 'Үзбелі талон' },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5 абз.1, п.10',
    },
    {
      // 002 R17 п.4 абз.2: consent is taken from the employer only ("услугополучателя (работодателя)").
      id: 'obtain-consent',
      stage: 'intake',
      kind: 'consent',
      actor: 'operator',
      unit: districtRegistry,
      action: {
        ru: 'Получить письменное согласие работодателя на использование сведений, составляющих охраняемую законом тайну',
        kk: 'Жұмыс берушіден заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға жазбаша келісім алу',
      },
      variants: EMPLOYER,
      source: '002 R17 п.4 абз.2',
    },
    {
      id: 'receive-portal-request',
      stage: 'intake',
      kind: 'accept',
      actor: 'operator',
      unit: districtRegistry,
      action: {
        ru: 'Принять запрос, поданный через портал и подписанный ЭЦП услугополучателя, и отметить его регистрацию',
        kk: 'Портал арқылы берілген және көрсетілетін қызметті алушының ЭЦҚ-мен қол қойылған сұрау салуды қабылдау және оның тіркелгенін белгілеу',
      },
      channels: ['portal'],
      source: '002 R17 п.8',
    },
    // ── review: district office (all but the worker's re-issue) ─────────────────────────────────────────────────
    {
      id: 'assign-district-employee',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Резолюцией отписать заявление сотруднику районного отдела',
        kk: 'Бұрыштамамен өтінішті аудандық бөлімнің қызметкеріне жолдау',
      },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4',
    },
    {
      id: 'check-documents',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: districtEmployee,
      action: {
        ru: 'Проверить документы на соответствие п.9 Стандарта и требованиям Правил (постановление Правительства РК от 13.01.2012 № 45)',
        kk: 'Құжаттарды Стандарттың 9-тармағына және Қағидалардың (ҚР Үкіметінің 13.01.2012 № 45 қаулысы) талаптарына сәйкестігіне тексеру',
      },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4',
    },
    {
      id: 'prepare-compliance-information',
      stage: 'review',
      kind: 'prepare',
      actor: 'specialist',
      unit: districtEmployee,
      action: {
        ru: 'Подготовить информацию о соответствии документов п.9 Стандарта и Правилам и представить руководителю районного отдела',
        kk: 'Құжаттардың Стандарттың 9-тармағына және Қағидаларға сәйкестігі туралы ақпарат дайындау және аудандық бөлім басшысына ұсыну',
      },
      output: { ru: 'Информация о соответствии документов', kk: 'Құжаттардың сәйкестігі туралы ақпарат' },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4',
    },
    {
      id: 'sign-compliance-information',
      stage: 'review',
      kind: 'check',
      actor: 'head',
      unit: districtHead,
      action: { ru: 'Подписать информацию к пакету документов', kk: 'Құжаттар топтамасына ақпаратқа қол қою' },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4',
    },
    {
      // 002 R17 п.7 пп.1: the notice and the hand-over below both run "в течение пяти рабочих дней после
      // регистрации" — in parallel, not one after the other.
      id: 'send-notice-employer-issue',
      stage: 'review',
      kind: 'register_outgoing',
      actor: 'specialist',
      unit: districtEmployee,
      action: {
        ru: 'Направить услугополучателю извещение о времени и месте рассмотрения заявления',
        kk: 'Көрсетілетін қызметті алушыға өтінішті қарау уақыты мен орны туралы хабарландыру жолдау',
      },
      term: { value: 5, unit: 'working_days' },
      output: { ru: 'Извещение о времени и месте рассмотрения заявления', kk: 'Өтінішті қарау уақыты мен орны туралы хабарландыру' },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1',
    },
    {
      id: 'send-notice',
      stage: 'review',
      kind: 'register_outgoing',
      actor: 'specialist',
      unit: districtEmployee,
      action: { ru: 'Направить услугополучателю извещение', kk: 'Көрсетілетін қызметті алушыға хабарландыру жолдау' },
      term: { value: 3, unit: 'working_days' },
      output: { ru: 'Извещение', kk: 'Хабарландыру' },
      variants: SHORT_TRACK,
      source: '002 R17 п.7 пп.2–4',
    },
    {
      id: 'transfer-to-migration-employer-issue',
      stage: 'review',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtEmployee,
      action: {
        ru: 'Направить заявление вместе с информацией в отдел трудовой миграции услугодателя',
        kk: 'Өтінішті ақпаратпен бірге көрсетілетін қызметті берушінің еңбек көші-қоны бөліміне жолдау',
      },
      term: { value: 5, unit: 'working_days' },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1',
    },
    {
      id: 'transfer-to-migration',
      stage: 'review',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtEmployee,
      action: {
        ru: 'Направить заявление вместе с информацией в отдел трудовой миграции услугодателя',
        kk: 'Өтінішті ақпаратпен бірге көрсетілетін қызметті берушінің еңбек көші-қоны бөліміне жолдау',
      },
      term: { value: 3, unit: 'working_days' },
      variants: SHORT_TRACK,
      source: '002 R17 п.7 пп.2–4',
    },
    {
      id: 'receive-package',
      stage: 'review',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Принять от районного отдела пакет документов с заявлением и информацией районного отдела',
        kk: 'Аудандық бөлімнен өтініші және аудандық бөлімнің ақпараты бар құжаттар топтамасын қабылдау',
      },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4',
    },
    {
      id: 'submit-to-head',
      stage: 'review',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Внести на рассмотрение руководителя услугодателя заявление и документы',
        kk: 'Өтініш пен құжаттарды көрсетілетін қызметті берушінің басшысының қарауына енгізу',
      },
      term: { value: 2, unit: 'working_days' },
      variants: SHORT_TRACK,
      source: '002 R17 п.7 пп.2–4',
    },
    // ── review: the worker's re-issue goes straight to the city department (п.7 пп.5) ───────────────────────────
    {
      id: 'assign-migration-head',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: head,
      action: {
        ru: 'Резолюцией отписать заявление руководителю отдела трудовой миграции',
        kk: 'Бұрыштамамен өтінішті еңбек көші-қоны бөлімінің басшысына жолдау',
      },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5',
    },
    {
      id: 'assign-migration-employee',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: migrationHead,
      action: {
        ru: 'Резолюцией отписать заявление сотруднику отдела трудовой миграции',
        kk: 'Бұрыштамамен өтінішті еңбек көші-қоны бөлімінің қызметкеріне жолдау',
      },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5',
    },
    {
      id: 'check-documents-reissue',
      stage: 'review',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Проверить документы на соответствие требованиям Правил',
        kk: 'Құжаттарды Қағидалардың талаптарына сәйкестігіне тексеру',
      },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5',
    },
    {
      id: 'submit-to-head-reissue',
      stage: 'review',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Внести на рассмотрение руководителя услугодателя заявление и документы на переоформление разрешения',
        kk: 'Рұқсатты қайта ресімдеуге өтініш пен құжаттарды көрсетілетін қызметті берушінің басшысының қарауына енгізу',
      },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5',
    },
    // ── commission: only the first issue of an employer's permit (п.7 пп.1) ─────────────────────────────────────
    {
      id: 'submit-to-commission',
      stage: 'commission',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Внести заявление на рассмотрение комиссии по выдаче разрешений на привлечение иностранной рабочей силы',
        kk: 'Өтінішті шетелдік жұмыс күшін тартуға рұқсаттар беру жөніндегі комиссияның қарауына енгізу',
      },
      term: { value: 10, unit: 'working_days' },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1',
    },
    {
      // 002 R17 п.7 пп.1: "не менее, чем за три рабочих дня до даты заседания" is a minimum notice before the
      // sitting, not a duration, so it is not a step term.
      id: 'publish-sitting-notice',
      stage: 'commission',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Разместить на интернет-ресурсе информацию о дате, времени и месте заседания комиссии не менее чем за три рабочих дня',
        kk: 'Комиссия отырысының күні, уақыты мен орны туралы ақпаратты интернет-ресурста кемінде үш жұмыс күні бұрын орналастыру',
      },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1',
    },
    {
      id: 'commission-sitting',
      stage: 'commission',
      kind: 'commission_sitting',
      actor: 'commission_chair',
      unit: commission,
      action: {
        ru: 'Рассмотреть заявление на заседании (1 раз в неделю) и вынести решение рекомендательного характера о выдаче или невыдаче разрешения',
        kk: 'Өтінішті отырыста (аптасына 1 рет) қарау және рұқсат беру немесе бермеу туралы ұсынымдық сипаттағы шешім шығару',
      },
      output: {
        ru: 'Решение комиссии рекомендательного характера',
        kk: 'Комиссияның ұсынымдық сипаттағы шешімі',
      },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1',
    },
    // ── decision ────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'decide-on-commission',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: head,
      action: {
        ru: 'На основании решения комиссии принять решение о выдаче или невыдаче разрешения на привлечение иностранной рабочей силы',
        kk: 'Комиссияның шешімі негізінде шетелдік жұмыс күшін тартуға рұқсат беру немесе бермеу туралы шешім қабылдау',
      },
      output: { ru: 'Решение услугодателя', kk: 'Көрсетілетін қызметті берушінің шешімі' },
      variants: ['employer-issue'],
      source: '002 R17 п.7 пп.1, п.10 пп.1',
    },
    {
      id: 'decide',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: head,
      action: {
        ru: 'Принять решение о переоформлении, продлении или выдаче разрешения либо об отказе',
        kk: 'Рұқсатты қайта ресімдеу, ұзарту немесе беру не бас тарту туралы шешім қабылдау',
      },
      output: { ru: 'Решение руководителя услугодателя', kk: 'Көрсетілетін қызметті беруші басшысының шешімі' },
      variants: SHORT_TRACK,
      source: '002 R17 п.7 пп.2–4, п.10',
    },
    {
      id: 'decide-reissue',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: head,
      action: {
        ru: 'Принять решение о переоформлении разрешения на трудоустройство',
        kk: 'Жұмысқа орналасуға рұқсатты қайта ресімдеу туралы шешім қабылдау',
      },
      term: { value: 3, unit: 'working_days' },
      output: { ru: 'Решение руководителя услугодателя', kk: 'Көрсетілетін қызметті беруші басшысының шешімі' },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5, п.10 пп.3',
    },
    // ── issue ───────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'notify-decision',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Письменно уведомить услугополучателя о принятом решении',
        kk: 'Көрсетілетін қызметті алушыға қабылданған шешім туралы жазбаша хабарлау',
      },
      term: { value: 3, unit: 'working_days' },
      output: { ru: 'Уведомление о принятом решении', kk: 'Қабылданған шешім туралы хабарлама' },
      variants: VIA_DISTRICT,
      source: '002 R17 п.7 пп.1–4, п.10',
    },
    {
      id: 'notify-decision-reissue',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Письменно уведомить услугополучателя о принятом решении',
        kk: 'Көрсетілетін қызметті алушыға қабылданған шешім туралы жазбаша хабарлау',
      },
      output: { ru: 'Уведомление о принятом решении', kk: 'Қабылданған шешім туралы хабарлама' },
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5',
    },
    {
      // 002 R17 п.10: the 20 days are part of the total (15 + 3 + 20 + 3 = 41; 5 + 3 + 20 + 3 = 31), so the
      // clock keeps running while the applicant gathers the guarantee documents.
      id: 'await-guarantee-documents',
      stage: 'issue',
      kind: 'applicant_wait',
      actor: 'operator',
      unit: registry,
      action: {
        ru: 'Принять от услугополучателя копии документов, гарантирующих выезд иностранной рабочей силы (договор с банком и документ о внесении гарантийных взносов)',
        kk: 'Көрсетілетін қызметті алушыдан шетелдік жұмыс күшінің шығуына кепілдік беретін құжаттардың көшірмелерін (банкпен шарт және кепілдік жарналарды енгізгені туралы құжат) қабылдау',
      },
      term: { value: 20, unit: 'working_days' },
      variants: GUARANTEE_IN_TERM,
      source: '002 R17 п.5, п.7 пп.1, пп.2, пп.4, п.10',
    },
    {
      // 002 R17 п.7 пп.5 gives the worker 20 days for the guarantee documents, while п.10 caps the re-issue at
      // 3 working days: both hold only if the wait stands outside the term.
      id: 'await-guarantee-documents-reissue',
      stage: 'issue',
      kind: 'applicant_wait',
      actor: 'operator',
      unit: registry,
      action: {
        ru: 'Принять от иностранного работника копии документов, гарантирующих его выезд (договор с банком и документ о внесении гарантийных взносов)',
        kk: 'Шетелдік қызметкерден оның шығуына кепілдік беретін құжаттардың көшірмелерін (банкпен шарт және кепілдік жарналарды енгізгені туралы құжат) қабылдау',
      },
      term: { value: 20, unit: 'working_days' },
      pausesClock: true,
      variants: ['worker-reissue'],
      source: '002 R17 п.7 пп.5, п.10 пп.3',
    },
    {
      id: 'check-guarantee-documents',
      stage: 'issue',
      kind: 'check',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Проверить документы, гарантирующие выезд иностранной рабочей силы, на соответствие требованиям Правил',
        kk: 'Шетелдік жұмыс күшінің шығуына кепілдік беретін құжаттарды Қағидалардың талаптарына сәйкестігіне тексеру',
      },
      variants: PERMIT_AFTER_GUARANTEE,
      source: '002 R17 п.7 пп.1, пп.2, пп.4, пп.5',
    },
    {
      id: 'issue-permit',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Выдать разрешение в бумажном виде под роспись или направить через ИС «Государственная база данных «Е-лицензирование»»',
        kk: 'Рұқсатты қағаз түрінде қолын қойғызып беру немесе «Мемлекеттік деректер қоры «Е-лицензиялау»» ақпараттық жүйесі арқылы жолдау',
      },
      term: { value: 3, unit: 'working_days' },
      output: { ru: 'Разрешение', kk: 'Рұқсат' },
      variants: PERMIT_AFTER_GUARANTEE,
      source: '002 R17 п.7 пп.1, пп.2, пп.4, пп.5, п.10',
    },
    {
      // 002 R17 п.5 пп.1 (продление), п.10: the extended permit is handed over "при обращении услугополучателя";
      // the 8 days (5 + 3) end with the notification, so the clock stops while the employer has not come.
      id: 'await-employer-request',
      stage: 'issue',
      kind: 'applicant_wait',
      actor: 'operator',
      unit: registry,
      action: {
        ru: 'Ожидать обращения работодателя за получением разрешения',
        kk: 'Жұмыс берушінің рұқсатты алу үшін жүгінуін күту',
      },
      pausesClock: true,
      variants: ['employer-extension'],
      source: '002 R17 п.5 пп.1, п.7 пп.3, п.10 пп.1',
    },
    {
      id: 'issue-extended-permit',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Выдать разрешение работодателю в бумажном виде под роспись или направить через ИС «Государственная база данных «Е-лицензирование»»',
        kk: 'Рұқсатты жұмыс берушіге қағаз түрінде қолын қойғызып беру немесе «Мемлекеттік деректер қоры «Е-лицензиялау»» ақпараттық жүйесі арқылы жолдау',
      },
      term: { value: 3, unit: 'working_days' },
      output: { ru: 'Разрешение', kk: 'Рұқсат' },
      variants: ['employer-extension'],
      source: '002 R17 п.7 пп.3',
    },
    {
      id: 'send-to-personal-cabinet',
      stage: 'issue',
      kind: 'issue',
      actor: 'responsible_specialist',
      unit: migrationEmployee,
      action: {
        ru: 'Направить результат в форме электронного документа в «личный кабинет» услугополучателя на портале',
        kk: 'Нәтижені электрондық құжат нысанында порталдағы көрсетілетін қызметті алушының «жеке кабинетіне» жолдау',
      },
      channels: ['portal'],
      source: '002 R17 п.3 пп.2, п.8',
    },
  ],
  commissions: [
    {
      id: 'foreign-labour-commission',
      name: {
        ru: 'Комиссия по выдаче разрешений на привлечение иностранной рабочей силы в город Алматы',
        kk: 'Алматы қаласына шетелдік жұмыс күшін тартуға рұқсаттар беру жөніндегі комиссия',
      },
      output: {
        ru: 'Решение рекомендательного характера о выдаче или невыдаче разрешения',
        kk: 'Рұқсат беру немесе бермеу туралы ұсынымдық сипаттағы шешім',
      },
      // 002 R17 п.7 пп.1: "на основании решения комиссии … услугодатель принимает решение".
      signedConclusionRequired: true,
      source: '002 R17 п.7 пп.1',
    },
  ],
  results: [
    {
      id: 'employer-permit',
      kind: 'permit',
      name: {
        ru: 'Разрешение работодателю на привлечение иностранной рабочей силы (выданное, переоформленное или продленное)',
        kk: 'Жұмыс берушіге шетелдік жұмыс күшін тартуға рұқсат (берілген, қайта ресімделген немесе ұзартылған)',
      },
      on: 'grant',
      source: '002 R17 п.3',
    },
    {
      id: 'worker-permit',
      kind: 'permit',
      name: {
        ru: 'Разрешение иностранному работнику на трудоустройство (выданное, переоформленное или продленное)',
        kk: 'Шетелдік қызметкерге жұмысқа орналасуға рұқсат (берілген, қайта ресімделген немесе ұзартылған)',
      },
      on: 'grant',
      source: '002 R17 п.3',
    },
    {
      id: 'decision-notification',
      kind: 'notification',
      name: {
        ru: 'Уведомление о принятом решении о выдаче, переоформлении или продлении разрешения',
        kk: 'Рұқсатты беру, қайта ресімдеу немесе ұзарту туралы қабылданған шешім туралы хабарлама',
      },
      on: 'grant',
      source: '002 R17 п.5, п.7, п.10',
    },
    {
      id: 'refusal-letter',
      kind: 'refusal_letter',
      name: {
        ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
        kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
      },
      on: 'refusal',
      source: '002 R17 п.3',
    },
    {
      id: 'documents-returned',
      kind: 'intake_refusal_receipt',
      name: {
        ru: 'Возврат документов с указанием не представленных и (или) не заполненных по установленной форме документов',
        kk: 'Ұсынылмаған және (немесе) белгіленген нысан бойынша толтырылмаған құжаттарды көрсете отырып құжаттарды қайтару',
      },
      on: 'intake_refusal',
      source: '002 R17 п.5, п.7 пп.1–5',
    },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Отрывной талон (дата регистрации заявления, количество приложенных документов, дата получения услуги, фамилия и инициалы принявшего документы)',
        kk: 'Үзбелі талон (өтініштің тіркелген күні, қоса берілген құжаттардың саны, қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері)',
      },
      on: 'intake',
      source: '002 R17 п.10',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Документы, предусмотренные п.9 Стандарта и Правилами, представлены в неполном объеме и (или) не заполнены по установленной форме: руководитель районного отдела в течение пяти рабочих дней отказывает, документы возвращаются с указанием недостающих',
        kk: 'Стандарттың 9-тармағында және Қағидаларда көзделген құжаттар толық көлемде ұсынылмаған және (немесе) белгіленген нысан бойынша толтырылмаған: аудандық бөлім басшысы бес жұмыс күні ішінде бас тартады, құжаттар жетіспейтіндері көрсетіле отырып қайтарылады',
      },
      source: '002 R17 п.5, п.7 пп.1–4',
    },
    {
      id: 'incomplete-package-worker-reissue',
      at: 'intake',
      text: {
        ru: 'Переоформление разрешения на трудоустройство: документы, предусмотренные Правилами, представлены в неполном объеме и (или) не заполнены по установленной форме — отказ в течение трех рабочих дней с указанием недостающих документов',
        kk: 'Жұмысқа орналасуға рұқсатты қайта ресімдеу: Қағидаларда көзделген құжаттар толық көлемде ұсынылмаған және (немесе) белгіленген нысан бойынша толтырылмаған — жетіспейтін құжаттар көрсетіле отырып үш жұмыс күні ішінде бас тарту',
      },
      source: '002 R17 п.7 пп.5',
    },
    {
      id: 'commission-recommends-refusal',
      at: 'merits',
      text: {
        ru: 'Решение комиссии рекомендательного характера о невыдаче разрешения на привлечение иностранной рабочей силы',
        kk: 'Комиссияның шетелдік жұмыс күшін тартуға рұқсат бермеу туралы ұсынымдық сипаттағы шешімі',
      },
      source: '002 R17 п.7 пп.1',
    },
    {
      id: 'guarantee-not-provided',
      at: 'merits',
      text: {
        ru: 'Копии документов, гарантирующих выезд иностранной рабочей силы, не представлены в течение 20 рабочих дней после уведомления либо не соответствуют требованиям Правил',
        kk: 'Шетелдік жұмыс күшінің шығуына кепілдік беретін құжаттардың көшірмелері хабарламадан кейін 20 жұмыс күні ішінде ұсынылмаған не Қағидалардың талаптарына сәйкес келмейді',
      },
      source: '002 R17 п.7 пп.1, пп.2, пп.4, пп.5',
    },
    {
      id: 'legal-grounds',
      at: 'merits',
      text: {
        ru: 'Случаи и основания, установленные законами Республики Казахстан и Правилами и условиями выдачи разрешений',
        kk: 'Қазақстан Республикасының заңдарында және рұқсаттар беру қағидалары мен шарттарында белгіленген жағдайлар мен негіздер',
      },
      source: '002 R17 п.3',
    },
  ],
  documents: {
    editable: true,
    note: workingCopyNote,
    items: [
      {
        id: 'employer-application',
        name: { ru: 'Заявление работодателя по форме приложения 1 к Стандарту', kk: 'Стандартқа 1-қосымшаға сәйкес нысан бойынша жұмыс берушінің өтініші' },
        form: 'original',
        required: true,
        variants: EMPLOYER,
        source: '002 R17 п.4, п.7 пп.1–3, п.8 пп.1',
      },
      {
        id: 'foreign-workers-info',
        name: {
          ru: 'Сведения о привлекаемых иностранных работниках по форме приложения 2 к Стандарту',
          kk: 'Стандартқа 2-қосымшаға сәйкес нысан бойынша тартылатын шетелдік қызметкерлер туралы мәліметтер',
        },
        form: 'original',
        required: true,
        variants: EMPLOYER,
        source: '002 R17 п.8 пп.1',
      },
      {
        id: 'local-content-info',
        name: {
          ru: 'Информация о местном содержании в кадрах по форме приложения 3 к Стандарту',
          kk: 'Стандартқа 3-қосымшаға сәйкес нысан бойынша кадрлардағы жергілікті қамту туралы ақпарат',
        },
        form: 'original',
        required: true,
        variants: EMPLOYER,
        source: '002 R17 п.8 пп.1',
      },
      {
        id: 'special-conditions',
        name: {
          ru: 'Согласование особых условий выдачи разрешений по форме приложения 4 к Стандарту',
          kk: 'Стандартқа 4-қосымшаға сәйкес нысан бойынша рұқсаттар берудің ерекше шарттарын келісу',
        },
        form: 'original',
        required: false,
        condition: {
          ru: 'Когда к разрешению применяются особые условия',
          kk: 'Рұқсатқа ерекше шарттар қолданылған кезде',
        },
        variants: EMPLOYER,
        source: '002 R17 п.8 пп.1',
      },
      {
        id: 'employer-registration',
        name: {
          ru: 'Сведения о государственной регистрации работодателя (юридического лица, индивидуального предпринимателя)',
          kk: 'Жұмыс берушінің (заңды тұлғаның, дара кәсіпкердің) мемлекеттік тіркелуі туралы мәліметтер',
        },
        form: 'state_system',
        required: true,
        variants: EMPLOYER,
        source: '002 R17 п.4 (Стандарт п.9)',
      },
      {
        id: 'worker-application',
        name: {
          ru: 'Заявление иностранного работника по форме приложения 5 к Стандарту',
          kk: 'Стандартқа 5-қосымшаға сәйкес нысан бойынша шетелдік қызметкердің өтініші',
        },
        form: 'original',
        required: true,
        variants: WORKER,
        source: '002 R17 п.4, п.7 пп.4–5, п.8 пп.2',
      },
      {
        id: 'worker-info',
        name: {
          ru: 'Сведения об иностранном работнике по форме приложения 2 к Стандарту',
          kk: 'Стандартқа 2-қосымшаға сәйкес нысан бойынша шетелдік қызметкер туралы мәліметтер',
        },
        form: 'original',
        required: true,
        variants: WORKER,
        source: '002 R17 п.8 пп.2',
      },
      {
        id: 'worker-passport',
        name: {
          ru: 'Копия документа, удостоверяющего личность иностранного работника',
          kk: 'Шетелдік қызметкердің жеке басын куәландыратын құжаттың көшірмесі',
        },
        form: 'copy',
        required: true,
        variants: WORKER,
        source: '002 R17 п.4 (Стандарт п.9)',
      },
      {
        id: 'education-documents',
        name: {
          ru: 'Копии документов об образовании и квалификации иностранного работника с нотариально засвидетельствованным переводом на казахский или русский язык',
          kk: 'Шетелдік қызметкердің білімі мен біліктілігі туралы құжаттардың қазақ немесе орыс тіліне нотариат куәландырған аудармасы бар көшірмелері',
        },
        form: 'notarized_copy',
        required: true,
        variants: ['employer-issue', 'worker-issue'],
        source: '002 R17 п.4 (Стандарт п.9)',
      },
      {
        id: 'work-experience',
        name: {
          ru: 'Копии документов, подтверждающих трудовой стаж иностранного работника',
          kk: 'Шетелдік қызметкердің еңбек өтілін растайтын құжаттардың көшірмелері',
        },
        form: 'notarized_copy',
        required: false,
        condition: {
          ru: 'Когда стаж требуется Правилами для должности (профессии)',
          kk: 'Лауазым (кәсіп) үшін еңбек өтілі Қағидаларда талап етілгенде',
        },
        variants: ['employer-issue', 'worker-issue'],
        source: '002 R17 п.4 (Стандарт п.9)',
      },
      {
        id: 'reissue-grounds',
        name: {
          ru: 'Документы, подтверждающие основание переоформления, и ранее выданное разрешение',
          kk: 'Қайта ресімдеу негізін растайтын құжаттар және бұрын берілген рұқсат',
        },
        form: 'original_for_check',
        required: true,
        variants: ['employer-reissue', 'worker-reissue'],
        source: '002 R17 п.4 (Стандарт п.9), п.7 пп.2, пп.5',
      },
      {
        id: 'employer-bank-contract',
        name: {
          ru: 'Копия договора между банком и работодателем (гарантия выезда иностранной рабочей силы)',
          kk: 'Банк пен жұмыс беруші арасындағы шарттың көшірмесі (шетелдік жұмыс күшінің шығуына кепілдік)',
        },
        form: 'copy',
        required: true,
        condition: {
          ru: 'В течение 20 рабочих дней после получения уведомления о выдаче разрешения',
          kk: 'Рұқсат беру туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде',
        },
        variants: ['employer-issue', 'employer-reissue'],
        source: '002 R17 п.5 пп.1, п.7 пп.1–2, п.10 пп.1',
      },
      {
        id: 'employer-guarantee-payment',
        name: {
          ru: 'Копия документа, подтверждающего внесение гарантийных взносов на банковский счет работодателя',
          kk: 'Жұмыс берушінің банктік шотына кепілдік жарналардың енгізілгенін растайтын құжаттың көшірмесі',
        },
        form: 'copy',
        required: true,
        condition: {
          ru: 'В течение 20 рабочих дней после получения уведомления о выдаче разрешения',
          kk: 'Рұқсат беру туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде',
        },
        variants: ['employer-issue', 'employer-reissue'],
        source: '002 R17 п.5 пп.1, п.7 пп.1–2, п.10 пп.1',
      },
      {
        id: 'worker-bank-contract',
        name: {
          ru: 'Копия договора между банком и иностранным работником (гарантия выезда)',
          kk: 'Банк пен шетелдік қызметкер арасындағы шарттың көшірмесі (шығуына кепілдік)',
        },
        form: 'copy',
        required: true,
        condition: {
          ru: 'В течение 20 рабочих дней после получения уведомления о принятом решении',
          kk: 'Қабылданған шешім туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде',
        },
        variants: WORKER,
        source: '002 R17 п.7 пп.4–5',
      },
      {
        id: 'worker-guarantee-payment',
        name: {
          ru: 'Копия документа, подтверждающего внесение гарантийных взносов на банковский счет иностранного работника',
          kk: 'Шетелдік қызметкердің банктік шотына кепілдік жарналардың енгізілгенін растайтын құжаттың көшірмесі',
        },
        form: 'copy',
        required: true,
        condition: {
          ru: 'В течение 20 рабочих дней после получения уведомления о принятом решении',
          kk: 'Қабылданған шешім туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде',
        },
        variants: WORKER,
        source: '002 R17 п.7 пп.4–5',
      },
    ],
    source: '002 R17 п.4, п.8',
  },
  terms: [
    { value: 41, unit: 'working_days', kind: 'total', variant: 'employer-issue', source: '002 R17 п.10' },
    { value: 31, unit: 'working_days', kind: 'total', variant: 'employer-reissue', source: '002 R17 п.10' },
    {
      value: 8,
      unit: 'working_days',
      kind: 'total',
      variant: 'employer-extension',
      note: {
        ru: 'Срок до уведомления о решении (5 + 3 рабочих дня); разрешение выдается при обращении работодателя',
        kk: 'Шешім туралы хабарламаға дейінгі мерзім (5 + 3 жұмыс күні); рұқсат жұмыс беруші жүгінгенде беріледі',
      },
      source: '002 R17 п.10',
    },
    { value: 31, unit: 'working_days', kind: 'total', variant: 'worker-issue', source: '002 R17 п.10' },
    { value: 31, unit: 'working_days', kind: 'total', variant: 'worker-extension', source: '002 R17 п.10' },
    {
      value: 3,
      unit: 'working_days',
      kind: 'total',
      variant: 'worker-reissue',
      note: {
        ru: 'Представление документов, гарантирующих выезд (п.7 пп.5), в этот срок не входит',
        kk: 'Шығуға кепілдік беретін құжаттарды ұсыну (7-тармақтың 5) тармақшасы) бұл мерзімге кірмейді',
      },
      source: '002 R17 п.10, п.7 пп.5',
    },
    { value: 20, unit: 'minutes', kind: 'wait', source: '002 R17 п.10' },
    { value: 20, unit: 'minutes', kind: 'service', source: '002 R17 п.10' },
  ],
  officeHours: [
    providerHours('002 R17 п.9 пп.1'),
    { channel: 'portal', days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00', source: '002 R17 п.9 пп.2' },
  ],
  fee: { free: true, source: '002 R17 (Стандарт, постановление Правительства РК № 217)' },
  consentRequired: true,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['legal_entity', 'citizen', 'foreigner', 'stateless'],
  facts: [{ id: 'extensionLodgedInTime', type: 'boolean', label: lateExtension }],
  rules: [
    {
      id: 'extension-lodged-in-time',
      name: lateExtension,
      source: '002 R17 п.7 пп.3',
      // Only an explicit "no" blocks intake: the question is asked for an employer's extension only.
      check: (facts: Facts): RuleOutcome =>
        facts['extensionLodgedInTime'] === false
          ? { ok: false, reason: lateExtension, source: '002 R17 п.7 пп.3' }
          : { ok: true },
    },
  ],
  interpretations: [
    commissionQuorumInterpretation('002 R17 п.7 пп.1'),
    {
      topic: 'Six variants',
      choice: 'employer-issue, employer-reissue, employer-extension, worker-issue, worker-extension, worker-reissue; each has its own total term.',
      reason: 'п.7 describes five procedures (the worker\'s issue and extension share one, п.7 пп.4) and п.10 gives a term for each; the worker\'s issue and extension are kept apart because the applicant states which one he asks for.',
      source: '002 R17 п.5, п.7, п.10',
    },
    {
      topic: 'Where the 41 / 31 / 8 / 3 days come from',
      choice: 'Step terms on the critical path add up to the totals: 5 (district) + 10 (to the commission) = 15 to the decision, + 3 (notice) + 20 (guarantee documents) + 3 (permit) = 41; 3 + 2 = 5 to the decision, + 3 + 20 + 3 = 31; extension 5 + 3 = 8; worker re-issue 3.',
      reason: 'п.10 gives the decision milestones (15 and 5 days) from lodging; they match the durations of п.7, which are stored as step terms instead of duplicating the milestones.',
      source: '002 R17 п.7, п.10',
    },
    {
      topic: 'Guarantee documents inside the term',
      choice: 'The 20 working days for the guarantee documents run inside the total term (no clock pause) for the employer\'s issue and re-issue and the worker\'s issue and extension.',
      reason: 'Only with the 20 days included do the totals of п.10 (41, 31) add up.',
      source: '002 R17 п.10',
    },
    {
      topic: 'Worker re-issue: 3 days vs 20-day guarantee wait',
      choice: 'The 3-day total covers lodging to the decision; the 20-day wait for the guarantee documents pauses the clock.',
      reason: 'п.10 пп.3 caps the re-issue at 3 working days but п.7 пп.5 (copied from пп.4) lets the worker bring guarantee documents within 20 days; both can hold only if the wait is outside the 3 days.',
      source: '002 R17 п.7 пп.5, п.10',
    },
    {
      topic: 'Employer extension: handover on request',
      choice: 'The 8 days end with the notification; the clock pauses until the employer comes for the permit, which is then issued within 3 working days.',
      reason: 'п.5 and п.10 say the permit is issued "при обращении услугополучателя к услугодателю"; п.7 пп.3 gives 3 days from that request. 5 + 3 = 8 matches п.10 only without the handover.',
      source: '002 R17 п.5 пп.1, п.7 пп.3, п.10',
    },
    {
      topic: 'Extension decision labelled "о выдаче разрешения"',
      choice: 'Read as the decision on the extension (5 working days).',
      reason: 'п.10 пп.1 under "продление разрешения" says "принимает решение о выдаче разрешения"; the heading and п.7 пп.3 show it is the extension.',
      source: '002 R17 п.10 пп.1',
    },
    {
      topic: 'Parallel 5-day (3-day) deadlines',
      choice: 'The notice to the applicant and the hand-over to the labour-migration department run in parallel; only the hand-over is on the critical path.',
      reason: 'Both are "в течение пяти (трех) рабочих дней после регистрации" in п.7 пп.1–4.',
      source: '002 R17 п.7 пп.1–4',
    },
    {
      topic: 'Commission sittings',
      choice: 'The commission has no term of its own; the notice of the sitting (≥ 3 working days before) is a step without term; the decision needs the commission\'s recommendation.',
      reason: 'The commission sits once a week within the 10 days of п.7 пп.1; the minimum notice is a lead time, not a duration; the provider decides "на основании решения комиссии".',
      source: '002 R17 п.7 пп.1',
    },
    {
      topic: 'Refusal of an incomplete package',
      choice: 'Treated as an intake refusal: the documents are returned with the list of missing ones (within 5 working days by the district head; within 3 for the worker\'s re-issue).',
      reason: 'п.5 and п.7 describe the return of documents "в случае представления в неполном объеме"; no receipt of refusal is named, the return letter is that receipt. "возвращает документы работодателю" in п.7 пп.4 is read as returning them to the applicant (the worker).',
      source: '002 R17 п.5, п.7 пп.1–5',
    },
    {
      topic: 'Refusal on the merits',
      choice: 'Three grounds: the commission\'s negative recommendation, guarantee documents not provided or not compliant, and the grounds of the laws and the Rules (ПП РК № 45).',
      reason: 'п.3 refers to "случаях и по основаниям, установленным законами"; п.7 issues the permit only "при соответствии документов требованиям Правил".',
      source: '002 R17 п.3, п.7',
    },
    {
      topic: 'Roles of two offices',
      choice: 'District registry and city registry → operator; district employee → specialist; labour-migration employee → responsible specialist (he carries the case to the decision and issues the permit); district head, labour-migration head, deputy head and head of the provider → head.',
      reason: 'п.6 lists eight units in two offices; the deputy head has no action in п.7 and is kept as a head who may sign in the head\'s stead.',
      source: '002 R17 п.6, п.7',
    },
    {
      topic: 'Consent only from employers',
      choice: 'The consent step applies to the employer variants; consentRequired is true for the service.',
      reason: 'п.4 abz.2: "письменное согласие услугополучателя (работодателя)".',
      source: '002 R17 п.4',
    },
    {
      topic: 'Guarantee documents of the worker',
      choice: 'For the worker variants the guarantee is the contract between the bank and the worker and the deposit on the worker\'s account.',
      reason: 'п.7 пп.4–5 say so; п.10 пп.2 repeats the employer\'s wording ("между банком и работодателем") by copy.',
      source: '002 R17 п.7 пп.4–5, п.10 пп.2',
    },
    {
      topic: 'Extension lodged 20 working days before expiry',
      choice: 'An intake rule with a yes/no question blocks an employer\'s extension lodged later than 20 working days before the permit expires.',
      reason: 'п.7 пп.3 registers the extension application "не позднее, чем за двадцать рабочих дней до окончания срока действия разрешения".',
      source: '002 R17 п.7 пп.3',
    },
    {
      topic: 'Terms per channel',
      choice: 'The totals carry no channel.',
      reason: 'п.10 gives the employer\'s terms for the provider and the portal alike; the worker\'s terms name only the provider although п.8 пп.2 also takes the worker\'s requests through the portal.',
      source: '002 R17 п.8, п.10',
    },
    {
      topic: 'Documents, fee, representatives, applicants',
      choice: 'Editable list after п.9 of the Standard and the Rules, with the forms named in п.8 and the guarantee documents of п.7; free; representatives with a power of attorney; employers (legal entities, individual entrepreneurs) and foreign workers (foreigners, stateless persons).',
      reason: 'The regulation refers to the Standard and the Rules; п.11 hands the documents over on an identity document "и доверенности"; the fee is not mentioned in the regulation.',
      source: '002 R17 п.4, п.8, п.11',
    },
  ],
};
