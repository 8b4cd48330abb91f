import type { Plan } from './reportJournals';

/**
 * The known-answers office: April 2026 (22 working days, no holiday — checked below), prosthetic aid (10 working days),
 * private invitation (5), home schooling (10, three channels). Every figure of the statistics is written out by hand.
 */
export const KNOWN_ANSWERS_PLANS: readonly Plan[] = [
  // P1: reg Wed 01.04; assign, check 03.04, prepare 06.04, sign 08.04, deliver 10.04 → 7 wd, due 15.04: on time.
  { name: 'P1', serviceId: 'prosthetic-aid', registered: '2026-04-01', then: ['2026-04-01', '2026-04-03', '2026-04-06', '2026-04-08', '2026-04-10'] },
  // P2: reg Thu 02.04; … deliver Mon 20.04 → 12 wd, due 16.04: late.
  { name: 'P2', serviceId: 'prosthetic-aid', registered: '2026-04-02', then: ['2026-04-02', '2026-04-06', '2026-04-09', '2026-04-14', '2026-04-20'] },
  // P3: reg 30.03 (before the period), refused on the merits, refusal letter handed over 07.04.
  { name: 'P3', serviceId: 'prosthetic-aid', registered: '2026-03-30', grant: false, ground: 'not-eligible', then: ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-07'] },
  // P4: reg 06.04, withdrawn 08.04.
  { name: 'P4', serviceId: 'prosthetic-aid', registered: '2026-04-06', then: ['2026-04-06'], withdrawOn: '2026-04-08' },
  // P5: reg 27.04, still in review.
  { name: 'P5', serviceId: 'prosthetic-aid', registered: '2026-04-27', then: ['2026-04-27'] },
  // P6: reg 20.03, issued 05.05 (after the period): in progress at its end.
  { name: 'P6', serviceId: 'prosthetic-aid', registered: '2026-03-20', then: ['2026-03-20', '2026-03-23', '2026-04-28', '2026-04-29', '2026-05-05'] },
  // P7: entirely before the period.
  { name: 'P7', serviceId: 'prosthetic-aid', registered: '2026-03-02', then: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-10'] },
  // I1: invitation reg Mon 13.04, checked 14.04, signed 14.04, handed over 15.04 → 2 wd, due 20.04: on time.
  { name: 'I1', serviceId: 'private-invitation', registered: '2026-04-13', then: ['2026-04-14', '2026-04-14', '2026-04-15'] },
  // H1: home schooling through a ЦОН, reg 14.04, open.
  { name: 'H1', serviceId: 'home-schooling-support', channel: 'con', registered: '2026-04-14' },
  // H2: home schooling from the portal, refused at intake 21.04.
  { name: 'H2', serviceId: 'home-schooling-support', channel: 'portal', registered: '2026-04-21', refuseAtIntake: true },
  // P8: reg 28.04, refused on the merits, letter handed over 30.04.
  { name: 'P8', serviceId: 'prosthetic-aid', registered: '2026-04-28', grant: false, then: ['2026-04-28', '2026-04-28', '2026-04-29', '2026-04-29', '2026-04-30'] },
  // After the period entirely.
  { name: 'P9', serviceId: 'prosthetic-aid', registered: '2026-05-04', then: ['2026-05-04'] },
  // Open in November (the e2e's "today" is 18.11.2026): the current month's journals and the dashboard have a case.
  { name: 'P10', serviceId: 'prosthetic-aid', registered: '2026-11-16', then: ['2026-11-16'] },
];
