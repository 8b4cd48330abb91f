import type { Act } from '../types';

/**
 * Seed 000: «Список лиц, которым разрешается выезд/въезд из/в карантинной зоны Алматы» — 19 categories of persons,
 * each with the documents that confirm it. The seed carries no number, date or issuer. The list was published in the
 * press on 6 May 2020 as the annex to a protocol of the Operational headquarters for the state of emergency at the
 * Almaty akimat; number '—' and that date are the documented best guess (see the service's interpretations).
 */
export const almatyQuarantineList: Act = {
  id: 'almaty-quarantine-zone',
  seed: '000_74e2f137c60ca4e5.txt',
  number: '—',
  date: '2020-05-06',
  issuer: {
    ru: 'Оперативный штаб по обеспечению режима чрезвычайного положения при акимате города Алматы',
    kk: 'Алматы қаласы әкімдігі жанындағы төтенше жағдай режимін қамтамасыз ету жөніндегі жедел штаб',
  },
  title: {
    ru: 'Список лиц, которым разрешается выезд/въезд из/в карантинной зоны Алматы',
    kk: 'Алматының карантиндік аймағынан шығуға/аймағына кіруге рұқсат етілетін адамдардың тізімі',
  },
  effective: {
    from: '2020-05-06',
    note: {
      ru: 'Номер и дата в списке не указаны; дата принята по дню опубликования списка. Срок действия — на период карантина в городе Алматы.',
      kk: 'Тізімде нөмірі мен күні көрсетілмеген; күні тізім жарияланған күн бойынша алынды. Қолданылу мерзімі — Алматы қаласындағы карантин кезеңіне.',
    },
  },
  source: '000 заголовок',
};
