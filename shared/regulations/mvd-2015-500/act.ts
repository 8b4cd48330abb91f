import type { Act, Interpretation, LocalizedText, RoleAssignment } from '../types';

/**
 * Seed 003: Қазақстан Республикасы Ішкі істер министрінің 2015 жылғы 30 мамырдағы № 500 бұйрығы (Kazakh text).
 * Its Kazakh wording is the source of `kk`; `ru` is a translation that reuses the wording of seed 004 (order No 103,
 * which this order repealed) wherever the meaning is the same.
 *
 * What the order holds (003 1-т., 1–3-қосымшалар):
 * - 1-қосымша: the border-zone pass regulation — in force, modelled (border-zone-pass.ts);
 * - 2-қосымша: the registration of temporarily staying foreigners — deleted ("алып тасталды") by order No 275 of
 *   31.03.2020; its text is not in the seed, so it is not modelled;
 * - 3-қосымша: the list of repealed orders (order No 103 of 21.02.2014 and its amendment No 359 of 19.06.2014).
 * The invitation regulation of order No 103 has no successor here.
 */
export const mvd2015_500: Act = {
  id: 'mvd-2015-500',
  seed: '003_774c98bae8e8a63b.txt',
  number: '500',
  date: '2015-05-30',
  issuer: { ru: 'Министр внутренних дел Республики Казахстан', kk: 'Қазақстан Республикасының Ішкі істер министрі' },
  title: {
    ru:
      'Об утверждении регламентов государственных услуг «Выдача пропуска на въезд в пограничную зону иностранцам и ' +
      'лицам без гражданства» и «Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан»',
    kk:
      '«Шетел азаматтарына және азаматтығы жоқ адамдарға шекаралық аймаққа келуге рұқсаттаманы беру» және «Қазақстан ' +
      'Республикасына уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу» мемлекеттік көрсетілетін ' +
      'қызметтер регламенттерін бекіту туралы',
  },
  // 003 5-т.: enacted ten calendar days after first official publication — a date the seed does not give. It was
  // registered on 02.07.2015 (No 11537), so the earliest possible day in force is 13.07.2015. It lapsed by order
  // No 597 of 25.08.2020, again ten calendar days after that order's publication (date not given): the earliest
  // possible first day out of force is 05.09.2020, so `to` (last day in force, inclusive) is 04.09.2020.
  effective: {
    from: '2015-07-13',
    to: '2020-09-04',
    note: {
      ru:
        'Вводится в действие по истечении десяти календарных дней со дня первого официального опубликования; дата ' +
        'опубликования в тексте не указана — принята самая ранняя возможная после регистрации 02.07.2015. Утратил силу ' +
        'приказом Министра внутренних дел РК от 25.08.2020 № 597 (дата введения его в действие в тексте не указана). ' +
        'Регламент «Регистрация иностранцев и лиц без гражданства…» исключён приказом от 31.03.2020 № 275.',
      kk:
        'Алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі; жариялау күні ' +
        'мәтінде көрсетілмеген — 02.07.2015 тіркелгеннен кейінгі ең ерте ықтимал күн алынды. ҚР Ішкі істер министрінің ' +
        '25.08.2020 № 597 бұйрығымен күші жойылды (оның қолданысқа енгізілген күні мәтінде көрсетілмеген). «Қазақстан ' +
        'Республикасына уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу» регламенті 31.03.2020 № 275 ' +
        'бұйрықпен алып тасталды.',
    },
  },
  registration: { number: '11537', date: '2015-07-02' },
  source: '003 преамбула, 1-т., 5-т., 2-қосымша',
};

/** 003 R1 2-т.: the provider. */
export const migrationPoliceUnits: LocalizedText = {
  ru: 'Территориальные подразделения миграционной полиции органов внутренних дел Республики Казахстан',
  kk: 'Қазақстан Республикасы ішкі істер органдарының аумақтық көші-қон полициясы бөлімшелері',
};

/** 003 R1 7-т.: documents are accepted at "windows" naming the inspector of the migration police. */
export const inspectorUnit: LocalizedText = {
  ru: 'инспектор миграционной полиции',
  kk: 'көші-қон полициясы инспекторы',
};

/** 003 R1 15-т. 1). */
export const districtOfficerUnit: LocalizedText = {
  ru:
    'сотрудник подразделения миграционной полиции городского, районного, районного в городе, поселкового отдела, ' +
    'отделения, группы органов внутренних дел',
  kk:
    'қалалық, аудандық, қаладағы аудандық, кенттік ішкі істер органдары бөлімінің, бөлімшесінің, тобының көші-қон ' +
    'полициясы бөлінісінің қызметкері',
};

/** 003 R1 15-т. 2). */
export const regionalOfficerUnit: LocalizedText = {
  ru: 'сотрудник управления миграционной полиции ДВД области, городов Алматы и Астаны',
  kk: 'облыстың, Алматы және Астана қалаларының ІІД Көші-қон полициясы басқармасының қызметкері',
};

/** 003 R1 4-т.: the pass is sealed and signed by this head. */
export const migrationPoliceHeadUnit: LocalizedText = {
  ru: 'начальник подразделения миграционной полиции Департамента внутренних дел',
  kk: 'Ішкі істер департаменті көші-қон полициясы бөлінісінің бастығы',
};

/** 003 R1 10-т., 11-т.: "Ұлттық қауіпсіздік комитет департаменті (ҰҚКД)" (the seed misspells "қәуіпсіздік"). */
export const nationalSecurityUnit: LocalizedText = {
  ru: 'Департамент Комитета национальной безопасности (ДКНБ)',
  kk: 'Ұлттық қауіпсіздік комитетінің департаменті (ҰҚКД)',
};

export const inspector = (source: string): RoleAssignment => ({ role: 'specialist', unit: inspectorUnit, source });
export const districtOfficer = (source: string): RoleAssignment => ({ role: 'specialist', unit: districtOfficerUnit, source });
export const regionalOfficer = (source: string): RoleAssignment => ({ role: 'specialist', unit: regionalOfficerUnit, source });
export const migrationPoliceHead = (source: string): RoleAssignment => ({ role: 'head', unit: migrationPoliceHeadUnit, source });

/** Choices about the act as a whole, repeated in each of its services. */
export const actInterpretations: readonly Interpretation[] = [
  {
    topic: 'effective period',
    choice: 'in force 13.07.2015 – 04.09.2020 (inclusive), both ends the earliest possible dates',
    reason:
      '5-т. enacts the order ten calendar days after first publication and the repeal by order No 597 of 25.08.2020 ' +
      'likewise; neither publication date is in the seed, so the registration date (02.07.2015) and the date of ' +
      'order No 597 are taken as the earliest possible publication dates.',
    source: '003 преамбула, 5-т.',
  },
  {
    topic: 'regulations of the act',
    choice: 'only 1-қосымша (border-zone pass) is modelled',
    reason:
      '2-қосымша (registration of temporarily staying foreigners) was deleted ("алып тасталды") by order No 275 of ' +
      '31.03.2020 and only that note remains in the seed; the invitation service of order No 103 was not re-approved.',
    source: '003 1-т. 2); 2-қосымша',
  },
];
