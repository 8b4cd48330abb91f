import type { Act, LocalizedText, OfficeHours, RoleAssignment } from '../types';

/** Seed 002: постановление акимата города Алматы от 11 апреля 2014 года № 2/236. */
export const almatyAkimat2014_2_236: Act = {
  id: 'almaty-akimat-2014-2-236',
  seed: '002_ee61eef28d79a88d.txt',
  number: '2/236',
  date: '2014-04-11',
  issuer: { ru: 'Акимат города Алматы', kk: 'Алматы қаласының әкімдігі' },
  title: {
    ru: 'Об утверждении регламентов государственных услуг в сфере социальной защиты, предоставляемых в городе Алматы',
    kk: 'Алматы қаласында көрсетілетін әлеуметтік қорғау саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы',
  },
  // 002 п.5 of the resolution: in force from state registration, enacted ten calendar days after first official
  // publication. The registration date (06.05.2014) is known; the publication date is not in the seed, so `from`
  // is the registration date + 10 calendar days as the earliest possible enactment (see interpretations in README).
  // It lapsed by resolution of 09.09.2015 No 3/539 (10 calendar days after publication); `to` is that date + 10.
  effective: {
    from: '2014-05-16',
    to: '2015-09-19',
    note: {
      ru: 'Утратило силу постановлением акимата города Алматы от 09.09.2015 № 3/539',
      kk: 'Алматы қаласы әкімдігінің 09.09.2015 № 3/539 қаулысымен күші жойылған',
    },
  },
  registration: { number: '1039', date: '2014-05-06' },
  source: '002 преамбула, п.5',
};

/** The provider named in п.1 of most regulations of the act. */
export const districtEmploymentOffices: LocalizedText = {
  ru: 'Районные отделы Управления занятости и социальных программ города Алматы',
  kk: 'Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасының аудандық бөлімдері',
};

export const cityEmploymentDepartment: LocalizedText = {
  ru: 'Управление занятости и социальных программ города Алматы',
  kk: 'Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
};

/** Roles that nearly every regulation of the act names in its п.6 ("специалист услугодателя", "руководитель услугодателя"). */
export const providerSpecialist = (source: string): RoleAssignment => ({
  role: 'specialist',
  unit: { ru: 'специалист услугодателя', kk: 'көрсетілетін қызметті берушінің маманы' },
  source,
});
export const providerHead = (source: string): RoleAssignment => ({
  role: 'head',
  unit: { ru: 'руководитель услугодателя', kk: 'көрсетілетін қызметті берушінің басшысы' },
  source,
});
export const conWorker = (source: string): RoleAssignment => ({
  role: 'con_worker',
  unit: { ru: 'работник ЦОНа', kk: 'ХҚКО қызметкері' },
  source,
});

/**
 * The two schedules the act repeats: the provider Mon–Fri 9:00–18:00 with lunch 13:00–14:00, and ЦОН Mon–Sat
 * 9:00–20:00 without lunch (e.g. 002 R1 п.8 and п.11). A regulation whose text differs must not use these.
 */
export const providerHours = (source: string): OfficeHours => ({
  channel: 'office',
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  lunch: { from: '13:00', to: '14:00' },
  source,
});
export const conHours = (source: string): OfficeHours => ({
  channel: 'con',
  days: [1, 2, 3, 4, 5, 6],
  open: '09:00',
  close: '20:00',
  source,
});
