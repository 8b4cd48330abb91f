import type { DayTransfer } from './types';

/**
 * Day-transfers (перенос дней отдыха), decided year by year: by resolution of the Government until 2023, by
 * order of the Minister of Labour and Social Protection from 2024 (Labour Code Art. 85 п.3). Each was confirmed
 * from a press report of the act (the act's own text on adilet.zan.kz was not available to check); the act's
 * number is given where the report named it.
 *
 * Completeness: 2013, 2014, 2016, 2025 and 2026 were searched year by year. 2015: no transfer found (the 2015
 * egov calendar lists only the law's carry-overs). 2017–2024: the transfers listed were found, others may be
 * missing. 2026: the Ministry's production calendar (published 05.12.2025) contains only the law's carry-overs,
 * no transfer; if one is decreed later, the administrator adds it (createCalendar({ ..., transfers: [...] })).
 */
export const kazakhstanTransfers: readonly DayTransfer[] = [
  // 2013
  {
    workingDay: '2013-10-12',
    dayOff: '2013-10-14',
    act: 'Постановление Правительства РК (октябрь 2013), Курбан айт',
    source: 'azh.kz/en/news/view/2356 (Interfax-KZ, 14.10.2013)',
  },
  {
    workingDay: '2013-12-28',
    dayOff: '2014-01-03',
    act: 'Постановление Правительства РК (декабрь 2013)',
    source: 'mgorod.kz (07.12.2013, КазТАГ, primeminister.kz)',
  },
  // 2014 — Sundays 4 and 11 May were worked (5-day week): rest 1–3 and 7–10 May.
  {
    workingDay: '2014-05-04',
    dayOff: '2014-05-02',
    act: 'Постановление Правительства РК (апрель 2014)',
    source: 'profinance.kz (18.04.2014); mgorod.kz (Tengrinews, primeminister.kz)',
  },
  {
    workingDay: '2014-05-11',
    dayOff: '2014-05-08',
    act: 'Постановление Правительства РК (апрель 2014)',
    source: 'profinance.kz (18.04.2014); mgorod.kz (Tengrinews, primeminister.kz)',
  },
  // 2015 — none found.
  // 2016
  {
    workingDay: '2016-03-05',
    dayOff: '2016-03-07',
    act: 'Постановление Правительства РК (февраль 2016)',
    source: 'ng.kz storyid=21143 (Tengrinews, 15.02.2016)',
  },
  // 2017
  {
    workingDay: '2017-07-01',
    dayOff: '2017-07-07',
    act: 'Постановление Правительства РК (2017), День столицы',
    source: 'tengrinews.kz/news/321080',
  },
  // 2018
  {
    workingDay: '2018-04-28',
    dayOff: '2018-04-30',
    act: 'Постановление Правительства РК (2018)',
    source: 'kyzylorda-news.kz (ҚазАқпарат, 2018)',
  },
  {
    workingDay: '2018-05-05',
    dayOff: '2018-05-08',
    act: 'Постановление Правительства РК (2018)',
    source: 'kyzylorda-news.kz (ҚазАқпарат, 2018)',
  },
  {
    workingDay: '2018-08-25',
    dayOff: '2018-08-31',
    act: 'Постановление Правительства РК (2018)',
    source: 'mgorod.kz (27.07.2018)',
  },
  // 2020
  {
    workingDay: '2020-01-05',
    dayOff: '2020-01-03',
    act: 'Постановление Правительства РК (2019)',
    source: 'kazlenta.kz/14284',
  },
  // 2021
  {
    workingDay: '2021-07-03',
    dayOff: '2021-07-05',
    act: 'Постановление Правительства РК (2021), День столицы',
    source: 'kt.kz (2021); КазТАГ (проект, 15.10.2020)',
  },
  // 2022
  {
    workingDay: '2022-03-05',
    dayOff: '2022-03-07',
    act: 'Постановление Правительства РК (2021)',
    source: 'newtimes.kz/obshchestvo/146582; vkurse.kz/p/1006293',
  },
  {
    workingDay: '2022-10-22',
    dayOff: '2022-10-24',
    act: 'Постановление Правительства РК (октябрь 2022), День Республики',
    source: 'ortcom.kz/ru/novosti/1665217461; nur.kz/politics/kazakhstan/1991748',
  },
  // 2023
  {
    workingDay: '2023-07-01',
    dayOff: '2023-07-07',
    act: 'Постановление Правительства РК (апрель 2023), День столицы',
    source: 'forbes.kz/news/newsid_300087 (28.04.2023)',
  },
  // 2024
  {
    workingDay: '2024-05-04',
    dayOff: '2024-05-08',
    act: 'Приказ Министра труда и социальной защиты населения РК (апрель 2024)',
    source: 'alataunews.kz; smartnews.kz/ru/news/18380',
  },
  // 2025 — the only transfer of 2025 (Ministry of Labour: "другие переносы в 2025 году не планируются").
  // Sunday 5 January was worked for Friday 3 January.
  {
    workingDay: '2025-01-05',
    dayOff: '2025-01-03',
    act: 'Приказ Министра труда и социальной защиты населения РК (21.11.2024)',
    source: 'kz.kursiv.media/2024-12-23; smartnews.kz/ru/news/18380',
  },
  // 2026 — none (see above).
];
