import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, nearestRankPercentile, parseCsv, summarize, toCsv } from '../../../shared/reports';

const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіӘҒҚҢӨҰҮҺІ';
const tricky = fc.string({ unit: fc.constantFrom(...`${CYRILLIC};,"\n\r \tabcXYZ019'`.split('')), maxLength: 30 });

describe('CSV for spreadsheets', () => {
  it('starts with the BOM, separates with ";", ends records with CRLF, quotes what needs it', () => {
    const text = toCsv([
      ['Услуга', 'Поступило'],
      ['Қызмет; "арнайы"', 2.5],
      [' с пробелом', null],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('Услуга;Поступило\r\n"Қызмет; ""арнайы""";2,5\r\n" с пробелом";\r\n');
    expect(toCsv([[1.25]], { decimalComma: false, bom: false, delimiter: ',' })).toBe('1.25\r\n');
  });

  it('round trip: any text with separators, quotes, line breaks and Kazakh letters reads back the same', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('refuses a separator that cannot work and an unclosed quote', () => {
    expect(() => toCsv([['a']], { delimiter: '"' })).toThrow(RangeError);
    expect(() => parseCsv('"abc')).toThrow(SyntaxError);
  });
});

describe('durations: mean and the nearest-rank 90th percentile', () => {
  it('p90 is sorted[ceil(0.9 n) − 1], a value some case had', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const p90 = nearestRankPercentile(values, 0.9)!;
        expect(p90).toBe(sorted[Math.ceil(0.9 * sorted.length) - 1]);
        // At least 90 % are ≤ p90, and fewer than 90 % are < p90.
        expect(values.filter((v) => v <= p90).length / values.length).toBeGreaterThanOrEqual(0.9);
        expect(values.filter((v) => v < p90).length / values.length).toBeLessThan(0.9);
        const s = summarize(values);
        expect(s.n).toBe(values.length);
        expect(s.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      }),
    );
  });

  it('no cases: no mean, no percentile; p outside (0, 1] is refused', () => {
    expect(summarize([])).toEqual({ n: 0 });
    expect(nearestRankPercentile([], 0.9)).toBeUndefined();
    expect(() => nearestRankPercentile([1], 0)).toThrow(RangeError);
  });
});
