import type { Act, Interpretation, LocalizedText, RoleAssignment } from '../types';

/**
 * Seed 004: приказ Министра внутренних дел РК от 21 февраля 2014 года № 103 — three regulations of migration-police
 * services. Its Russian text is the source of `ru`; `kk` follows the Kazakh wording of seed 003 (the successor act of
 * the same ministry) wherever 003 uses the same term, e.g. the services' Kazakh names in 003 3-қосымша 1.
 */
export const mvd2014_103: Act = {
  id: 'mvd-2014-103',
  seed: '004_a9334b93b94232c7.txt',
  number: '103',
  date: '2014-02-21',
  issuer: { ru: 'Министр внутренних дел Республики Казахстан', kk: 'Қазақстан Республикасының Ішкі істер министрі' },
  title: {
    ru:
      'Об утверждении регламентов государственных услуг «Выдача пропуска на въезд в пограничную зону иностранцам и ' +
      'лицам без гражданства», «Оформление приглашений на въезд в Республику Казахстан по частным делам и с целью ' +
      'воссоединения семьи» и «Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан»',
    kk:
      '«Шетелдіктердің және азаматтығы жоқ адамдардың шекаралық аймаққа кіруіне рұқсаттама беру», «Қазақстан ' +
      'Республикасына жеке істері бойынша және отбасын біріктіру мақсатында келуге шақыруларды ресімдеу» және ' +
      '«Қазақстан Республикасында уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу» мемлекеттік ' +
      'қызмет регламенттерін бекіту туралы',
  },
  // 004 п.5: enacted ten calendar days after the first official publication. 004 itself does not give that date;
  // 003 3-қосымша 1. does: "Казахстанская правда" of 18.06.2014 No 118 (27739). Days 19–28 June elapse → in force
  // from 29.06.2014. It lapsed when order No 500 of 30.05.2015 (seed 003) came into force — ten calendar days after
  // ITS first publication, a date no seed gives; 003 was registered on 02.07.2015, so it cannot have come into force
  // before 13.07.2015. `to` (the last day in force, inclusive) is the day before that earliest possible date.
  effective: {
    from: '2014-06-29',
    to: '2015-07-12',
    note: {
      ru:
        'Введён в действие по истечении десяти календарных дней со дня первого официального опубликования ' +
        '(«Казахстанская правда» от 18.06.2014 № 118). Утратил силу приказом Министра внутренних дел РК от 30.05.2015 ' +
        '№ 500; дата его введения в действие в тексте не указана — принята самая ранняя возможная (13.07.2015). ' +
        'Регламенты дополнены пунктом 13 и приложением 3 приказом от 19.06.2014 № 359.',
      kk:
        'Алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізілді ' +
        '(«Казахстанская правда», 18.06.2014, № 118). ҚР Ішкі істер министрінің 30.05.2015 № 500 бұйрығымен күші ' +
        'жойылды; оның қолданысқа енгізілген күні мәтінде көрсетілмеген — ең ерте ықтимал күн (13.07.2015) алынды. ' +
        'Регламенттер 19.06.2014 № 359 бұйрықпен 13-тармақпен және 3-қосымшамен толықтырылды.',
    },
  },
  registration: { number: '9275', date: '2014-03-27' },
  source: '004 преамбула, п.5; 003 3-қосымша 1.',
};

/** The provider named in п.2 of each of the three regulations. */
export const migrationPoliceUnits: LocalizedText = {
  ru: 'Территориальные подразделения миграционной полиции органов внутренних дел Республики Казахстан',
  kk: 'Қазақстан Республикасы ішкі істер органдарының аумақтық көші-қон полициясы бөлімшелері',
};

export const paperForm: LocalizedText = { ru: 'бумажная', kk: 'қағаз түрінде' };

/** п.7 of each regulation: documents are accepted at "windows" naming the inspector of the migration police. */
export const inspectorUnit: LocalizedText = {
  ru: 'инспектор миграционной полиции',
  kk: 'көші-қон полициясы инспекторы',
};

/** п.10 пп.1 of each regulation (kk as in 003 15-т. 1)). */
export const districtOfficerUnit: LocalizedText = {
  ru:
    'сотрудник подразделения миграционной полиции городского, районного, районного в городе, поселкового отдела, ' +
    'отделения, группы органов внутренних дел',
  kk:
    'қалалық, аудандық, қаладағы аудандық, кенттік ішкі істер органдары бөлімінің, бөлімшесінің, тобының көші-қон ' +
    'полициясы бөлінісінің қызметкері',
};

/** п.10 пп.2 of each regulation (kk as in 003 15-т. 2)). */
export const regionalOfficerUnit: LocalizedText = {
  ru: 'сотрудник управления миграционной полиции ДВД области, городов Алматы и Астаны',
  kk: 'облыстың, Алматы және Астана қалаларының ІІД Көші-қон полициясы басқармасының қызметкері',
};

/** п.4 of R1 and R2: the result is sealed and signed by this head (kk as in 003 4-т.). */
export const migrationPoliceHeadUnit: LocalizedText = {
  ru: 'начальник подразделения миграционной полиции Департамента внутренних дел',
  kk: 'Ішкі істер департаменті көші-қон полициясы бөлінісінің бастығы',
};

export const inspector = (source: string): RoleAssignment => ({ role: 'specialist', unit: inspectorUnit, source });
export const districtOfficer = (source: string): RoleAssignment => ({ role: 'specialist', unit: districtOfficerUnit, source });
export const regionalOfficer = (source: string): RoleAssignment => ({ role: 'specialist', unit: regionalOfficerUnit, source });
export const migrationPoliceHead = (source: string): RoleAssignment => ({ role: 'head', unit: migrationPoliceHeadUnit, source });

/** The motivated refusal п.4 of R1 and R2 name ("мотивированный ответ об отказе в оказании государственной услуги"). */
export const refusalLetterName: LocalizedText = {
  ru: 'Мотивированный ответ об отказе в оказании государственной услуги',
  kk: 'Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап',
};

/** Where the act only refers to the Standard (постановление Правительства РК от 19.02.2014 № 113). */
export const standardNote: LocalizedText = {
  ru:
    'Регламент не перечисляет документы, а отсылает к Стандарту государственной услуги (постановление Правительства ' +
    'Республики Казахстан от 19 февраля 2014 года № 113). Перечень ниже — рабочая копия офиса перечня Стандарта; ' +
    'администратор может его исправить.',
  kk:
    'Регламентте құжаттар тізбесі келтірілмеген, мемлекеттік көрсетілетін қызмет стандартына (Қазақстан ' +
    'Республикасы Үкіметінің 2014 жылғы 19 ақпандағы № 113 қаулысы) сілтеме жасалады. Төмендегі тізбе — Стандарт ' +
    'тізбесінің кеңседегі жұмыс көшірмесі; әкімші оны түзете алады.',
};

/** Choices the three regulations of the act share (each service lists them with its own). */
export const commonInterpretations: readonly Interpretation[] = [
  {
    topic: 'effective period',
    choice: 'in force 29.06.2014 – 12.07.2015 (inclusive)',
    reason:
      'п.5 enacts the order ten calendar days after first publication; 003 3-қосымша 1. dates that publication 18.06.2014. ' +
      'It lapsed when order No 500 came into force; its publication date is not in any seed, so the earliest possible ' +
      'date (registration 02.07.2015 + ten days elapsed = 13.07.2015) is taken.',
    source: '004 п.5; 003 3-қосымша 1.',
  },
  {
    topic: 'wait and service time on the spot',
    choice: 'no `wait` / `service` minute terms',
    reason: 'п.9 only refers to п.4 of the Standard, whose text is not in the seed; the regulation gives no minutes.',
    source: '004 R1–R3 п.9',
  },
  {
    topic: 'fee',
    choice: 'free of charge',
    reason: 'The regulation says nothing about payment; the Standard (ПП РК № 113) provides these services free of charge.',
    source: '004 R1–R3 п.9 → Стандарт',
  },
  {
    topic: 'office hours',
    choice: 'none in the data; the office configures its schedule',
    reason: 'п.6 only says reception is by queue without appointment or accelerated service; the schedule is in the Standard.',
    source: '004 R1–R3 п.6',
  },
  {
    topic: 'consent to use protected information',
    choice: 'not required',
    reason: 'Unlike the social-service regulations, these regulations do not mention written consent.',
    source: '004 R1–R3 п.4–13',
  },
  {
    topic: 'appendices 2 and 3',
    choice: 'steps are taken from п.4, п.7, п.10 and the table of appendix 1 only',
    reason:
      'Appendix 2 (scheme) only names the applicant\'s first action; appendix 3 (справочник бизнес-процессов, added by ' +
      'order No 359 of 19.06.2014 together with п.13) has only its heading in the seed.',
    source: '004 R1–R3 прил.2, прил.3, п.13',
  },
  {
    topic: 'refusal to accept an incomplete package',
    choice: 'an intake ground "incomplete package", without a receipt document',
    reason:
      'The first action of the table is "приём и проверка" of the documents, so an incomplete package is not accepted; ' +
      'the act names no receipt of refusal, so none is issued as a result document.',
    source: '004 R1–R3 прил.1 табл.1 действие 1',
  },
];
