import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPEN_DAY, packFacts, unpackFacts, type ReportFacts } from '../../../shared/reports';
import { STAGES } from '../../../shared/regulations/types';

/** Facts as reportFactsOf makes them: issue figures on issued cases only, a ground on refusals only, open = OPEN_DAY. */
const facts: fc.Arbitrary<ReportFacts> = fc
  .record({
    id: fc.uuid(),
    officeId: fc.constantFrom('ALM-AU', 'ALM-CON', 'ALM-BO', 'ҚАЗ-1'),
    serviceId: fc.constantFrom('unemployed-registration', 'targeted-social-assistance', 'border-zone-pass'),
    channel: fc.option(fc.constantFrom('office', 'con', 'portal'), { nil: undefined }),
    status: fc.constantFrom('open', 'issued', 'refused', 'withdrawn', 'refusedAtIntake'),
    registeredDay: fc.integer({ min: 15_000, max: 25_000 }),
    after: fc.integer({ min: 0, max: 400 }),
    onTime: fc.boolean(),
    toIssue: fc.integer({ min: 0, max: 300 }),
    stages: fc.dictionary(fc.constantFrom(...STAGES), fc.integer({ min: 0, max: 100 })),
    groundId: fc.option(fc.constantFrom('not-eligible', 'documents-not-compliant', 'ложные сведения'), { nil: undefined }),
  })
  .map(({ after, onTime, toIssue, stages, groundId, channel, ...f }): ReportFacts => ({
    ...f,
    ...(channel === undefined ? {} : { channel }),
    closedDay: f.status === 'open' ? OPEN_DAY : f.registeredDay + after,
    ...(f.status === 'issued' ? { onTime, toIssue, stages } : {}),
    ...(f.status === 'refused' && groundId !== undefined ? { groundId } : {}),
  }));

describe('report facts packed in columns', () => {
  it('unpack(pack(facts)) gives the facts back, exactly', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 300 }), (list) => {
        expect(unpackFacts(packFacts(list))).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('survives the structured clone IndexedDB stores it with', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 50 }), (list) => {
        expect(unpackFacts(structuredClone(packFacts(list)))).toEqual(list);
      }),
    );
  });
});
