import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigitOf, parseBin } from '../../../shared/identity';

const today = '2026-03-02';
const withCheck = (first11: string) => first11 + String(checkDigitOf(first11));

describe('parseBin, public example numbers', () => {
  // Halyk Bank and its branches (valery1707/kaz-person-id tests, from the bank's published requisites).
  it.each([
    ['940140000385', 1994, 1, 'resident_legal_entity', 'head'],
    ['950341000052', 1995, 3, 'resident_legal_entity', 'branch'],
    ['961141000023', 1996, 11, 'resident_legal_entity', 'branch'],
    ['070941024691', 2007, 9, 'resident_legal_entity', 'branch'],
  ])('%s → registered %i-%i, %s, %s', (bin, year, month, entityType, division) => {
    expect(parseBin(bin, today)).toEqual({ ok: true, bin, registered: { year, month }, entityType, division });
  });

  it('reads the entity type and division digits', () => {
    expect(parseBin(withCheck('15055200001'), today)).toMatchObject({
      ok: true,
      registered: { year: 2015, month: 5 },
      entityType: 'non_resident_legal_entity',
      division: 'representative_office',
    });
    expect(parseBin(withCheck('20116300001'), today)).toMatchObject({
      ok: true,
      entityType: 'joint_entrepreneurship',
      division: 'peasant_farm',
    });
  });
});

describe('parseBin, each error code', () => {
  it.each([
    ['94014000038', 'format'],
    ['9401400003851', 'format'],
    ['94014000038x', 'format'],
    [withCheck('94004000038'), 'date'], // month 00
    [withCheck('94134000038'), 'date'], // month 13
    [withCheck('26044000001'), 'future_date'], // April 2026, today is March 2026
    [withCheck('94013000038'), 'entity_type'], // 5th digit 3
    [withCheck('94017000038'), 'entity_type'], // 5th digit 7
    [withCheck('94014400038'), 'division'], // 6th digit 4
    ['940140000386', 'checksum'],
  ])('%s → %s', (bin, code) => {
    const result = parseBin(bin, today);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message.kk.length).toBeGreaterThan(0);
  });

  it('a BIN registered this month is accepted', () => {
    expect(parseBin(withCheck('26034000001'), today)).toMatchObject({ ok: true, registered: { year: 2026, month: 3 } });
  });
});

describe('parseBin, properties', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const structured = fc
    .record({
      yy: fc.integer({ min: 0, max: 99 }),
      mm: fc.integer({ min: 0, max: 13 }),
      type: fc.integer({ min: 3, max: 7 }),
      division: fc.integer({ min: 0, max: 5 }),
      serial: digits(5),
    })
    .map(({ yy, mm, type, division, serial }) => `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${type}${division}${serial}`);

  it('11 digits + the computed check digit is accepted iff month, type and division are valid', () => {
    fc.assert(
      fc.property(structured, (d) => {
        const check = checkDigitOf(d);
        fc.pre(check !== undefined);
        const yy = Number(d.slice(0, 2));
        const mm = Number(d.slice(2, 4));
        const future = yy === 26 && mm > 3;
        const valid = mm >= 1 && mm <= 12 && !future && '456'.includes(d.charAt(4)) && '0123'.includes(d.charAt(5));
        expect(parseBin(d + String(check), today).ok).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
