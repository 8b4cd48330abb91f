import type { Act } from '../types';

/**
 * Seed 001: решение XXXI-й сессии маслихата города Алматы V-го созыва от 10 сентября 2014 года № 260 «Об утверждении
 * правил регулирования миграционных процессов на территории города Алматы».
 */
export const almatyMaslikhat2014_260: Act = {
  id: 'almaty-maslikhat-2014-260',
  seed: '001_b4d0f20cf2d0f7df.txt',
  number: '260',
  date: '2014-09-10',
  issuer: { ru: 'Маслихат города Алматы', kk: 'Алматы қаласының мәслихаты' },
  title: {
    ru: 'Об утверждении правил регулирования миграционных процессов на территории города Алматы',
    kk: 'Алматы қаласының аумағында көші-қон процестерін реттеу қағидаларын бекіту туралы',
  },
  // 001 преамбула, п.5 of the decision: in force from state registration (16.10.2014), enacted ten calendar days after
  // the first official publication. The publication date is not in the seed, so `from` is registration + 10 calendar
  // days, the earliest possible enactment. It lapsed by the decision of 15.09.2017 No 152, enacted ten calendar days
  // after its own first publication (date not in the seed): `to` is 15.09.2017 + 10 days, again the earliest.
  effective: {
    from: '2014-10-26',
    to: '2017-09-25',
    note: {
      ru: 'Утратило силу решением маслихата города Алматы от 15 сентября 2017 года № 152',
      kk: 'Алматы қаласы мәслихатының 2017 жылғы 15 қыркүйектегі № 152 шешімімен күші жойылған',
    },
  },
  registration: { number: '1092', date: '2014-10-16' },
  source: '001 преамбула, п.5',
};
