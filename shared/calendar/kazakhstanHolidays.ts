import type { Holiday, HolidayDate } from './types';

/**
 * Days off established by the Law of the Republic of Kazakhstan of 13.12.2001 № 267-II «О праздниках в Республике
 * Казахстан» (Art. 5: national and state holidays are non-working days) and by the Labour Code (first day of
 * Kurban ait and Orthodox Christmas are days off, Labour Code 2015 Art. 84 п.5; earlier Art. 96 of the 2007 Code).
 *
 * The data starts in 2013 (the oldest act the workstation replays is of 2014). `validFrom: 2013` therefore means
 * "in force at least since 2013", not the year the day was introduced. Changes inside the range are real:
 *  - 7 May (Defender of the Fatherland Day): law signed October 2012, a day off from 2013;
 *  - 1 December (First President's Day): 2012–2021, removed by the law of 2022;
 *  - 25 October (Republic Day): restored as a national holiday and day off from 2022;
 *  - Independence Day: 16–17 December until 2021, only 16 December from 2022.
 * Sources: adilet.zan.kz/rus/docs/Z010000267_; time.kz 07.05.2014; newtimes.kz/obshchestvo/157235;
 * nur.kz/politics/kazakhstan/1991748; mangystaumedia.kz (16.12.2023: "количество праздничных дней сократили").
 */
const LAW = 'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан», ст. 5';
const DATA_FROM = 2013;

const fixed = (
  id: string,
  month: number,
  day: number,
  name: Holiday['name'],
  extra: { religious?: boolean; validFrom?: number; validTo?: number; source?: string } = {},
): Holiday => ({
  id,
  kind: 'fixed',
  month,
  day,
  name,
  religious: extra.religious ?? false,
  validFrom: extra.validFrom ?? DATA_FROM,
  ...(extra.validTo === undefined ? {} : { validTo: extra.validTo }),
  source: extra.source ?? LAW,
});

/**
 * First day of Kurban ait by year, as announced by the Ministry of Labour together with ДУМК (Spiritual
 * Administration of Muslims of Kazakhstan). Confirmed from press reports of the announced date unless marked
 * provisional. 2024: ДУМК moved the day from 17 to 16 June (a Sunday) once the new moon was seen, so 17 June 2024
 * became a working day again (golos-naroda.kz, 07.06.2024). 2027–2030 are the astronomical projections
 * (Umm al-Qura) and must be confirmed when announced.
 */
export const kurbanAitDates: readonly HolidayDate[] = [
  { date: '2013-10-15', source: 'azh.kz/en/news/view/2356 (Interfax-KZ, 14.10.2013)' },
  { date: '2014-10-04', source: 'qazaqstan.tv/news/90678 (29.09.2014); yk-news.kz/node/10882' },
  { date: '2015-09-24', source: 'kapital.kz/gosudarstvo/36862; altyn-orda.kz (egov.kz calendar 2015)' },
  { date: '2016-09-12', source: 'ng.kz storyid=23385 (ДУМК); kapital.kz/gosudarstvo/52183' },
  { date: '2017-09-01', source: 'inbusiness.kz (Казинформ, 2017); 365info.kz/2017/09' },
  { date: '2018-08-21', source: 'mgorod.kz (27.07.2018)' },
  { date: '2019-08-11', source: 'kokshetau.online (calendar 2019)' },
  { date: '2020-07-31', provisional: true, source: 'astronomical date; not confirmed against an announcement' },
  { date: '2021-07-20', source: 'kt.kz (2021)' },
  { date: '2022-07-09', source: 'mangystaumedia.kz/ru/region/114690' },
  { date: '2023-06-28', source: 'khabar.kz; sn.kz (2023)' },
  { date: '2024-06-16', source: 'golos-naroda.kz (ДУМК, 07.06.2024: moved from 17 June, "выходной день отменен")' },
  { date: '2025-06-06', source: 'mgorod.kz (2025)' },
  { date: '2026-05-27', source: 'ДУМК calendar 2026 (zakon.kz 06.11.2025; kazpravda.kz 14.01.2026)' },
  { date: '2027-05-16', provisional: true, source: 'astronomical projection (Umm al-Qura), not yet announced' },
  { date: '2028-05-05', provisional: true, source: 'astronomical projection (Umm al-Qura), not yet announced' },
  { date: '2029-04-24', provisional: true, source: 'astronomical projection (Umm al-Qura), not yet announced' },
  { date: '2030-04-13', provisional: true, source: 'astronomical projection (Umm al-Qura), not yet announced' },
];

export const kazakhstanHolidays: readonly Holiday[] = [
  fixed('new-year-1', 1, 1, { ru: 'Новый год', kk: 'Жаңа жыл' }),
  fixed('new-year-2', 1, 2, { ru: 'Новый год', kk: 'Жаңа жыл' }),
  fixed(
    'orthodox-christmas',
    1,
    7,
    { ru: 'Православное Рождество', kk: 'Православиелік Рождество' },
    { religious: true, source: 'Трудовой кодекс РК 2015, ст. 84 п.5; ' + LAW },
  ),
  fixed('womens-day', 3, 8, { ru: 'Международный женский день', kk: 'Халықаралық әйелдер күні' }),
  fixed('nauryz-1', 3, 21, { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' }),
  fixed('nauryz-2', 3, 22, { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' }),
  fixed('nauryz-3', 3, 23, { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' }),
  fixed('unity-day', 5, 1, { ru: 'Праздник единства народа Казахстана', kk: 'Қазақстан халқының бірлігі мерекесі' }),
  fixed(
    'defender-day',
    5,
    7,
    { ru: 'День защитника Отечества', kk: 'Отан қорғаушы күні' },
    { validFrom: 2013, source: LAW + ' (дополнение, подписано в октябре 2012 года)' },
  ),
  fixed('victory-day', 5, 9, { ru: 'День Победы', kk: 'Жеңіс күні' }),
  fixed('capital-day', 7, 6, { ru: 'День столицы', kk: 'Астана күні' }),
  fixed('constitution-day', 8, 30, { ru: 'День Конституции Республики Казахстан', kk: 'Қазақстан Республикасының Конституциясы күні' }),
  fixed(
    'republic-day',
    10,
    25,
    { ru: 'День Республики', kk: 'Республика күні' },
    { validFrom: 2022, source: LAW + ' (в ред. 2022 года: национальный праздник)' },
  ),
  fixed(
    'first-president-day',
    12,
    1,
    { ru: 'День Первого Президента Республики Казахстан', kk: 'Қазақстан Республикасының Тұңғыш Президенті күні' },
    { validFrom: 2012, validTo: 2021, source: LAW + ' (исключён законом 2022 года)' },
  ),
  fixed('independence-day-1', 12, 16, { ru: 'День Независимости', kk: 'Тәуелсіздік күні' }),
  fixed(
    'independence-day-2',
    12,
    17,
    { ru: 'День Независимости', kk: 'Тәуелсіздік күні' },
    { validTo: 2021, source: LAW + ' (с 2022 года — только 16 декабря)' },
  ),
  {
    id: 'kurban-ait',
    kind: 'dated',
    dates: kurbanAitDates,
    name: { ru: 'Курбан айт (первый день)', kk: 'Құрбан айт (бірінші күні)' },
    religious: true,
    validFrom: DATA_FROM,
    source: 'Трудовой кодекс РК 2015, ст. 84 п.5 (ранее ТК 2007, ст. 96 п.4); ' + LAW,
  },
];
