import type { LocalizedText, ServiceVersion } from '../types';
import { almatyAkimat2014_2_236, cityEmploymentDepartment, providerHours } from './act';
import { commissionQuorumInterpretation } from './commission-sitting';

/**
 * Seed 002, regulation 11: «Оформление документов на оказание специальных социальных услуг в медико-социальных
 * учреждениях (организациях)». The district office collects the documents and the social worker's conclusion on the
 * need; the city Управление's commission decides; 17 working days in all (the step terms of п.7 add up to it).
 */

const districtSpecialist: LocalizedText = {
  ru: 'специалист районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің маманы',
};
const districtHead: LocalizedText = {
  ru: 'руководитель районного отдела услугодателя',
  kk: 'көрсетілетін қызметті берушінің аудандық бөлімінің басшысы',
};
const socialWorker: LocalizedText = {
  ru: 'социальный работник по оценке и определению потребности в специальных социальных услугах',
  kk: 'арнаулы әлеуметтік қызметтерге қажеттілікті бағалау және айқындау жөніндегі әлеуметтік қызметкер',
};
const registry: LocalizedText = {
  ru: 'специалист канцелярии услугодателя',
  kk: 'көрсетілетін қызметті берушінің кеңсе маманы',
};
const deputyHead: LocalizedText = {
  ru: 'заместитель руководителя услугодателя',
  kk: 'көрсетілетін қызметті беруші басшысының орынбасары',
};
const divisionHead: LocalizedText = {
  ru: 'руководитель отдела услугодателя, курирующего вопросы оказания специальных социальных услуг',
  kk: 'көрсетілетін қызметті берушінің арнаулы әлеуметтік қызметтер көрсету мәселелеріне жетекшілік ететін бөлімінің басшысы',
};
const responsibleExecutor: LocalizedText = {
  ru: 'ответственный исполнитель услугодателя',
  kk: 'көрсетілетін қызметті берушінің жауапты орындаушысы',
};
const commissionUnit: LocalizedText = {
  ru: 'комиссия по направлению граждан в медико-социальные учреждения',
  kk: 'азаматтарды медициналық-әлеуметтік мекемелерге жіберу жөніндегі комиссия',
};

const sameDay = { value: 0, unit: 'working_days' } as const; // «в день поступления / получения»: by the end of that working day
const oneDay = { value: 1, unit: 'working_days' } as const;

const needConclusion: LocalizedText = {
  ru: 'Заключение о потребности в специальных социальных услугах',
  kk: 'Арнаулы әлеуметтік қызметтерге қажеттілік туралы қорытынды',
};
const commissionDecision: LocalizedText = {
  ru: 'Решение комиссии об оказании либо об отказе в оказании специальных социальных услуг в медико-социальных учреждениях',
  kk: 'Комиссияның медициналық-әлеуметтік мекемелерде арнаулы әлеуметтік қызметтер көрсету не көрсетуден бас тарту туралы шешімі',
};
const grantNotification: LocalizedText = {
  ru: 'Уведомление об оформлении документов с указанием срока оказания специальных социальных услуг в медико-социальных учреждениях (организациях)',
  kk: 'Медициналық-әлеуметтік мекемелерде (ұйымдарда) арнаулы әлеуметтік қызметтер көрсету мерзімі көрсетілген құжаттарды ресімдеу туралы хабарлама',
};
const refusalLetter: LocalizedText = {
  ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
  kk: 'Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап',
};

export const specialSocialServicesInstitution: ServiceVersion = {
  id: 'special-social-services-institution',
  version: 'almaty-2014-2-236',
  act: almatyAkimat2014_2_236,
  ordinal: 11,
  name: {
    ru: 'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)',
    kk: 'Медициналық-әлеуметтік мекемелерде (ұйымдарда) арнаулы әлеуметтік қызметтер көрсетуге құжаттарды ресімдеу',
  },
  // 002 R11 п.1: rendered by the city Управление; applications and results go through the district office of the
  // applicant's permanent residence.
  provider: cityEmploymentDepartment,
  channels: ['office'],
  form: { ru: 'бумажная', kk: 'қағаз түрінде' },
  roles: [
    { role: 'specialist', unit: districtSpecialist, source: '002 R11 п.6 пп.1' },
    { role: 'head', unit: districtHead, source: '002 R11 п.6 пп.2' },
    { role: 'specialist', unit: socialWorker, source: '002 R11 п.6 пп.3' },
    { role: 'operator', unit: registry, source: '002 R11 п.6 пп.4' },
    { role: 'head', unit: deputyHead, source: '002 R11 п.6 пп.5' },
    { role: 'head', unit: divisionHead, source: '002 R11 п.6 пп.6' },
    { role: 'responsible_specialist', unit: responsibleExecutor, source: '002 R11 п.6 пп.7' },
    {
      role: 'commission_chair',
      unit: {
        ru: 'председатель комиссии услугодателя по направлению граждан в медико-социальное учреждение',
        kk: 'көрсетілетін қызметті берушінің азаматтарды медициналық-әлеуметтік мекемеге жіберу жөніндегі комиссиясының төрағасы',
      },
      source: '002 R11 п.6 пп.8',
    },
    {
      role: 'commission_member',
      unit: {
        ru: 'члены комиссии услугодателя по направлению граждан в медико-социальное учреждение',
        kk: 'көрсетілетін қызметті берушінің азаматтарды медициналық-әлеуметтік мекемеге жіберу жөніндегі комиссиясының мүшелері',
      },
      source: '002 R11 п.6 пп.8',
    },
  ],
  steps: [
    // — intake (district office) —
    {
      id: 'register-application',
      stage: 'intake',
      kind: 'accept',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Принять заявление по форме приложения 1 или 2 к Стандарту, зарегистрировать в журнале входящей корреспонденции, выдать талон и передать руководителю районного отдела',
        kk: 'Стандартқа 1 немесе 2-қосымшадағы нысан бойынша өтінішті қабылдау, кіріс хат-хабарларды тіркеу журналында тіркеу, талон беру және аудандық бөлім басшысына беру',
      },
      term: sameDay,
      output: {
        ru: 'Талон с указанием даты регистрации и получения государственной услуги',
        kk: 'Тіркелген және мемлекеттік қызметті алу күні көрсетілген талон',
      },
      source: '002 R11 п.7 пп.1–2, п.10',
    },
    // — review (district office, then the city Управление) —
    {
      id: 'assign-district-specialist',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: districtHead,
      action: {
        ru: 'Отписать заявление специалисту районного отдела',
        kk: 'Өтінішті аудандық бөлімнің маманына бұрыштама қойып жіберу',
      },
      term: sameDay,
      source: '002 R11 п.7 пп.3',
    },
    {
      id: 'transfer-to-social-worker',
      stage: 'review',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Передать документы социальному работнику по оценке и определению потребности в специальных социальных услугах',
        kk: 'Құжаттарды арнаулы әлеуметтік қызметтерге қажеттілікті бағалау және айқындау жөніндегі әлеуметтік қызметкерге беру',
      },
      term: sameDay,
      source: '002 R11 п.7 пп.4',
    },
    {
      id: 'assess-need',
      stage: 'review',
      kind: 'check',
      actor: 'specialist',
      unit: socialWorker,
      action: {
        ru: 'Вынести заключение о потребности в специальных социальных услугах и передать специалисту районного отдела',
        kk: 'Арнаулы әлеуметтік қызметтерге қажеттілік туралы қорытынды шығару және аудандық бөлімнің маманына беру',
      },
      // 002 R11 п.7 пп.5: «в течение десяти рабочих дней со дня поступления заявления» — counted from lodging.
      term: { value: 10, unit: 'working_days' },
      output: needConclusion,
      source: '002 R11 п.7 пп.5',
    },
    {
      id: 'send-to-department',
      stage: 'review',
      kind: 'transfer',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Направить услугодателю принятые документы и заключение о потребности с сопроводительным письмом',
        kk: 'Қабылданған құжаттар мен қажеттілік туралы қорытындыны ілеспе хатпен көрсетілетін қызметті берушіге жіберу',
      },
      term: oneDay,
      output: { ru: 'Сопроводительное письмо', kk: 'Ілеспе хат' },
      source: '002 R11 п.7 пп.6',
    },
    {
      id: 'register-at-department',
      stage: 'review',
      kind: 'transfer',
      actor: 'operator',
      unit: registry,
      action: {
        ru: 'Зарегистрировать сопроводительное письмо и документы в журнале входящей корреспонденции и передать заместителю руководителя услугодателя',
        kk: 'Ілеспе хат пен құжаттарды кіріс хат-хабарларды тіркеу журналында тіркеу және көрсетілетін қызметті беруші басшысының орынбасарына беру',
      },
      term: sameDay,
      source: '002 R11 п.7 пп.7',
    },
    {
      id: 'assign-division',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: deputyHead,
      action: {
        ru: 'Отписать документы руководителю отдела, курирующего вопросы оказания специальных социальных услуг',
        kk: 'Құжаттарды арнаулы әлеуметтік қызметтер көрсету мәселелеріне жетекшілік ететін бөлімнің басшысына бұрыштама қойып жіберу',
      },
      term: oneDay,
      source: '002 R11 п.7 пп.8',
    },
    {
      id: 'assign-responsible-executor',
      stage: 'review',
      kind: 'assign',
      actor: 'head',
      unit: divisionHead,
      action: {
        ru: 'Отписать документы ответственному исполнителю услугодателя',
        kk: 'Құжаттарды көрсетілетін қызметті берушінің жауапты орындаушысына бұрыштама қойып жіберу',
      },
      term: sameDay,
      source: '002 R11 п.7 пп.9',
    },
    {
      id: 'send-to-commission',
      stage: 'review',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Направить пакет документов на комиссию по направлению граждан в медико-социальное учреждение',
        kk: 'Құжаттар топтамасын азаматтарды медициналық-әлеуметтік мекемеге жіберу жөніндегі комиссияға жіберу',
      },
      term: oneDay,
      source: '002 R11 п.7 пп.10',
    },
    // — commission —
    {
      id: 'commission-decision',
      stage: 'commission',
      kind: 'commission_sitting',
      actor: 'commission_chair',
      unit: commissionUnit,
      action: {
        ru: 'Рассмотреть пакет документов и принять решение об оказании либо об отказе в оказании специальных социальных услуг в медико-социальном учреждении',
        kk: 'Құжаттар топтамасын қарап, медициналық-әлеуметтік мекемеде арнаулы әлеуметтік қызметтер көрсету не көрсетуден бас тарту туралы шешім қабылдау',
      },
      term: oneDay,
      output: commissionDecision,
      source: '002 R11 п.7 пп.11',
    },
    // — decision (the city Управление) —
    {
      id: 'prepare-notification',
      stage: 'decision',
      kind: 'prepare',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Подготовить уведомление районному отделу о решении комиссии и передать на подпись заместителю руководителя услугодателя',
        kk: 'Аудандық бөлімге комиссия шешімі туралы хабарлама дайындау және көрсетілетін қызметті беруші басшысының орынбасарына қол қоюға беру',
      },
      term: oneDay,
      output: {
        ru: 'Проект уведомления районному отделу услугодателя о решении комиссии',
        kk: 'Көрсетілетін қызметті берушінің аудандық бөліміне комиссия шешімі туралы хабарламаның жобасы',
      },
      source: '002 R11 п.7 пп.12',
    },
    {
      id: 'sign-notification',
      stage: 'decision',
      kind: 'sign',
      actor: 'head',
      unit: deputyHead,
      action: {
        ru: 'Подписать уведомление районному отделу о решении комиссии',
        kk: 'Аудандық бөлімге комиссия шешімі туралы хабарламаға қол қою',
      },
      term: oneDay,
      output: {
        ru: 'Уведомление районному отделу услугодателя о решении комиссии',
        kk: 'Көрсетілетін қызметті берушінің аудандық бөліміне комиссия шешімі туралы хабарлама',
      },
      source: '002 R11 п.7 пп.13',
    },
    // — issue —
    {
      id: 'return-to-district-office',
      stage: 'issue',
      kind: 'transfer',
      actor: 'responsible_specialist',
      unit: responsibleExecutor,
      action: {
        ru: 'Передать документы в районный отдел услугодателя в день подписания уведомления',
        kk: 'Хабарламаға қол қойылған күні құжаттарды көрсетілетін қызметті берушінің аудандық бөліміне беру',
      },
      term: sameDay,
      source: '002 R11 п.7 пп.13',
    },
    {
      id: 'notify-applicant',
      stage: 'issue',
      kind: 'issue',
      actor: 'specialist',
      unit: districtSpecialist,
      action: {
        ru: 'Направить услугополучателю уведомление об оформлении документов с указанием срока оказания специальных социальных услуг либо мотивированный ответ об отказе',
        kk: 'Көрсетілетін қызметті алушыға арнаулы әлеуметтік қызметтер көрсету мерзімі көрсетілген құжаттарды ресімдеу туралы хабарламаны не бас тарту туралы дәлелді жауапты жіберу',
      },
      term: oneDay,
      source: '002 R11 п.7 пп.14',
    },
  ],
  commissions: [
    {
      id: 'institution-referral-commission',
      name: {
        ru: 'Комиссия по направлению граждан в медико-социальные учреждения',
        kk: 'Азаматтарды медициналық-әлеуметтік мекемелерге жіберу жөніндегі комиссия',
      },
      composition: {
        ru: 'комиссия услугодателя (Управления занятости и социальных программ города Алматы)',
        kk: 'көрсетілетін қызметті берушінің (Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасының) комиссиясы',
      },
      // 002 R11 п.7 пп.11: «в течение одного рабочего дня принимает решение»
      term: oneDay,
      output: commissionDecision,
      signedConclusionRequired: false,
      inspection: false,
      source: '002 R11 п.6 пп.8, п.7 пп.10–11',
    },
  ],
  results: [
    { id: 'grant-notification', kind: 'notification', name: grantNotification, on: 'grant', source: '002 R11 п.3, п.7 пп.14' },
    { id: 'refusal-letter', kind: 'refusal_letter', name: refusalLetter, on: 'refusal', source: '002 R11 п.3, п.7 пп.14' },
    {
      id: 'intake-coupon',
      kind: 'receipt',
      name: {
        ru: 'Талон с указанием даты регистрации и получения государственной услуги, фамилии и инициалов лица, принявшего документы',
        kk: 'Тіркелген және мемлекеттік қызметті алу күні, құжаттарды қабылдаған адамның тегі мен аты-жөнінің бас әріптері көрсетілген талон',
      },
      on: 'intake',
      source: '002 R11 п.10',
    },
  ],
  refusalGrounds: [
    {
      id: 'incomplete-package',
      at: 'intake',
      text: {
        ru: 'Представление неполного пакета документов, предусмотренных пунктом 9 Стандарта',
        kk: 'Стандарттың 9-тармағында көзделген құжаттар топтамасын толық ұсынбау',
      },
      source: '002 R11 п.4, п.10',
    },
    {
      id: 'no-need',
      at: 'merits',
      text: {
        ru: 'Заключение социального работника об отсутствии потребности в специальных социальных услугах',
        kk: 'Әлеуметтік қызметкердің арнаулы әлеуметтік қызметтерге қажеттіліктің жоқтығы туралы қорытындысы',
      },
      source: '002 R11 п.7 пп.5, пп.11',
    },
    {
      id: 'medical-contraindications',
      at: 'merits',
      text: {
        ru: 'Наличие у услугополучателя медицинских противопоказаний к получению специальных социальных услуг в медико-социальном учреждении',
        kk: 'Көрсетілетін қызметті алушыда медициналық-әлеуметтік мекемеде арнаулы әлеуметтік қызметтер алуға медициналық қарсы көрсетілімдердің болуы',
      },
      source: '002 R11 п.3',
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
        name: {
          ru: 'Заявление по форме согласно приложению 1 или 2 к Стандарту',
          kk: 'Стандартқа 1 немесе 2-қосымшаға сәйкес нысан бойынша өтініш',
        },
        form: 'original',
        required: true,
        source: '002 R11 п.7 пп.1',
      },
      {
        id: 'identity-document',
        name: {
          ru: 'Документ, удостоверяющий личность (для ребенка — свидетельство о рождении)',
          kk: 'Жеке басын куәландыратын құжат (бала үшін — туу туралы куәлік)',
        },
        form: 'original_for_check',
        required: true,
        source: '002 R11 п.4 (Стандарт п.9)',
      },
      {
        id: 'residence-registration',
        name: {
          ru: 'Документ, подтверждающий регистрацию по постоянному месту жительства',
          kk: 'Тұрақты тұрғылықты жері бойынша тіркелгенін растайтын құжат',
        },
        form: 'original_for_check',
        required: true,
        source: '002 R11 п.1, п.4 (Стандарт п.9)',
      },
      {
        id: 'medical-record',
        name: {
          ru: 'Медицинская карта (заключение) о состоянии здоровья и отсутствии медицинских противопоказаний',
          kk: 'Денсаулық жағдайы және медициналық қарсы көрсетілімдердің жоқтығы туралы медициналық карта (қорытынды)',
        },
        form: 'original',
        required: true,
        source: '002 R11 п.4 (Стандарт п.9)',
      },
      {
        id: 'disability-certificate',
        name: {
          ru: 'Справка об инвалидности (выписка из акта освидетельствования медико-социальной экспертизы)',
          kk: 'Мүгедектігі туралы анықтама (медициналық-әлеуметтік сараптама куәландыру актісінен үзінді)',
        },
        form: 'copy',
        required: false,
        condition: { ru: 'для инвалидов', kk: 'мүгедектер үшін' },
        source: '002 R11 п.4 (Стандарт п.9)',
      },
      {
        id: 'rehabilitation-programme',
        name: {
          ru: 'Выписка из индивидуальной программы реабилитации инвалида',
          kk: 'Мүгедекті оңалтудың жеке бағдарламасынан үзінді',
        },
        form: 'copy',
        required: false,
        condition: { ru: 'для инвалидов', kk: 'мүгедектер үшін' },
        source: '002 R11 п.4 (Стандарт п.9)',
      },
      {
        id: 'pmpk-conclusion',
        name: {
          ru: 'Заключение психолого-медико-педагогической консультации',
          kk: 'Психологиялық-медициналық-педагогикалық консультацияның қорытындысы',
        },
        form: 'copy',
        required: false,
        condition: {
          ru: 'для детей-инвалидов с психоневрологическими патологиями',
          kk: 'психоневрологиялық патологиялары бар мүгедек балалар үшін',
        },
        source: '002 R11 п.4 (Стандарт п.9)',
      },
      {
        id: 'war-veteran-certificate',
        name: {
          ru: 'Удостоверение участника (инвалида) Великой Отечественной войны или лица, приравненного к ним',
          kk: 'Ұлы Отан соғысы қатысушысының (мүгедегінің) немесе оларға теңестірілген адамның куәлігі',
        },
        form: 'original_for_check',
        required: false,
        condition: {
          ru: 'для участников и инвалидов Великой Отечественной войны и приравненных к ним лиц',
          kk: 'Ұлы Отан соғысының қатысушылары мен мүгедектері және оларға теңестірілген адамдар үшін',
        },
        source: '002 R11 п.4 (Стандарт п.9)',
      },
    ],
    source: '002 R11 п.4, п.7 пп.1',
  },
  terms: [
    // 002 R11 п.9 пп.1: «в течение 17 (семнадцать) рабочих дней» from lodging the package with the provider.
    { value: 17, unit: 'working_days', kind: 'total', source: '002 R11 п.9 пп.1' },
    {
      value: 30,
      unit: 'minutes',
      kind: 'wait',
      note: {
        ru: 'Зависит от очереди: 30 минут на обслуживание одного услугополучателя в очереди',
        kk: 'Кезекке байланысты: кезектегі бір көрсетілетін қызметті алушыға қызмет көрсетуге 30 минут',
      },
      source: '002 R11 п.9 пп.2',
    },
    { value: 30, unit: 'minutes', kind: 'service', source: '002 R11 п.9 пп.3' },
  ],
  officeHours: [providerHours('002 R11 п.8')],
  fee: { free: true, source: '002 R11 п.3' },
  consentRequired: false,
  onTheSpot: false,
  representativeAllowed: true,
  applicantKinds: ['citizen', 'foreigner', 'stateless'],
  interpretations: [
    commissionQuorumInterpretation('002 R11 п.6 пп.8, п.7 пп.10–11'),
    {
      topic: 'Roles',
      choice: "District specialist (registers, passes on, notifies) and the social worker on need → 'specialist'; the Управление's канцелярия → 'operator' (registration clerk); district head, deputy head of the Управление and head of its special-social-services division → 'head'; ответственный исполнитель → 'responsible_specialist'.",
      reason: 'п.6 names eight units; the workstation has fewer roles, so units with the same function share one role and keep their own name in `unit`.',
      source: '002 R11 п.6',
    },
    {
      topic: '«В день поступления»',
      choice: 'Same-day steps carry a term of 0 working days (due by the end of the working day they start).',
      reason: 'п.7 пп.2–4, 7, 9, 13 say «в день поступления / получения / подписания»; terms are numbers, and 0 working days keeps the sum of the step terms equal to the 17-day total.',
      source: '002 R11 п.7',
    },
    {
      topic: 'Term of the social worker',
      choice: 'The 10 working days of assess-need run from the day of lodging, not from the hand-over to the social worker.',
      reason: 'The act says «в течение десяти рабочих дней со дня поступления заявления»; the steps before it are same-day, so both readings coincide.',
      source: '002 R11 п.7 пп.5',
    },
    {
      topic: 'Sum of step terms',
      choice: 'Step terms (10 + 1 + 1 + 1 + 1 + 1 + 1 + 1 working days and same-day steps) add up to the 17-day total of п.9.',
      reason: 'The act gives a term for every step; their sum matches the total, confirming the reading.',
      source: '002 R11 п.7, п.9 пп.1',
    },
    {
      topic: 'Stages of the Управление\'s work',
      choice: 'Registration at the Управление, its assignments and the transfer to the commission are review steps; the notification to the district office and its signature by the deputy head are the decision; the return to the district office and the letter to the applicant are the issue.',
      reason: 'The commission decides on the merits (п.7 пп.11); the deputy head formalises that decision by signing (пп.13); the district office hands the result over (пп.14).',
      source: '002 R11 п.7 пп.7–14',
    },
    {
      topic: 'Signed conclusion',
      choice: 'signedConclusionRequired is false; the commission has no inspection.',
      reason: 'The act says only that the commission «принимает решение» within one working day; it requires no signatures of chair and members. The need is assessed by the social worker (пп.5), not by an inspection of the commission.',
      source: '002 R11 п.7 пп.5, пп.11',
    },
    {
      topic: 'Name of the commission',
      choice: '«Комиссия по направлению граждан в медико-социальные учреждения», a commission of the city Управление.',
      reason: 'п.6 пп.8 says «комиссия услугодателя … в медико-социальное учреждение», п.7 пп.10–11 use both singular and plural; it is one commission.',
      source: '002 R11 п.6 пп.8, п.7 пп.10–11',
    },
    {
      topic: 'Merits grounds',
      choice: 'Refusal on the social worker\'s conclusion of no need and on medical contraindications.',
      reason: 'п.3 refers to Standard п.10 without listing grounds; the regulation itself makes the decision depend on the conclusion on need (пп.5, 11); medical contraindications are the ground the Standard gives for admission to a medico-social institution.',
      source: '002 R11 п.3, п.7 пп.5, пп.11',
    },
    {
      topic: 'Refusal to accept an incomplete package',
      choice: 'The incomplete package is an intake refusal ground, without a receipt of refusal.',
      reason: 'The талон is given only «при подаче услугополучателем всех необходимых документов»; the act mentions no receipt of refusal.',
      source: '002 R11 п.10',
    },
    {
      topic: 'Social worker assistance',
      choice: 'Assistance of the provider\'s social worker to disabled persons of groups I and II and to elderly persons receiving special social services is not a separate step.',
      reason: 'п.11 describes help in preparing the documents before lodging, outside the procedure of п.7.',
      source: '002 R11 п.11',
    },
    {
      topic: 'Wait term',
      choice: 'Wait is 30 minutes per applicant ahead in the queue (note on the term).',
      reason: 'The act says the wait «зависит от количества человек в очереди – 30 минут на обслуживание одного услугополучателя».',
      source: '002 R11 п.9 пп.2',
    },
    {
      topic: 'Fee, applicants, representatives',
      choice: 'Free of charge; citizens, foreigners and stateless persons permanently residing in Kazakhstan; the application may be lodged by a legal representative (form of appendix 2).',
      reason: 'The regulation is silent on the fee and applicants; the Law on special social services covers permanent residents; п.7 пп.1 allows two application forms (the person or the legal representative).',
      source: '002 R11 п.7 пп.1',
    },
    {
      topic: 'Document list',
      choice: 'Working copy of Standard п.9: application (appendix 1 or 2), identity, residence, medical record; disability certificate, rehabilitation programme, ПМПК conclusion and veteran certificate where they apply; editable.',
      reason: 'The regulation refers to Standard п.9 and lists nothing itself.',
      source: '002 R11 п.4',
    },
    {
      topic: 'Appendices',
      choice: 'Steps come from п.5 and п.7 only.',
      reason: 'The graphic appendix (п.12) and the business-process handbook (прил.2) have no text in the seed.',
      source: '002 R11 п.12, п.13',
    },
  ],
};
