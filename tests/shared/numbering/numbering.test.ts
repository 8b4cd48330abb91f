import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseNumber,
  type NumberingBlock,
  MAX_SEQUENCE,
  createBlock,
  formatCaseNumber,
  formatReceiptNumber,
  isExhausted,
  parseCaseNumber,
  parseReceiptNumber,
  remainingNumbers,
  takeNumber,
} from '../../../shared/numbering';

describe('case numbers', () => {
  it('formats office code, year, device block and sequence', () => {
    expect(formatCaseNumber({ office: 'ALM-AU', year: 2026, block: 42, sequence: 17 })).toBe('ALM-AU-2026-B0042-00017');
  });

  it('parses back, accepting lower case and surrounding spaces', () => {
    expect(parseCaseNumber(' alm-au-2026-b0042-00017 ')).toEqual({
      ok: true,
      value: { office: 'ALM-AU', year: 2026, block: 42, sequence: 17 },
    });
  });

  it.each(['', 'ALM-AU-2026-0042-00017', 'ALM-AU-26-B0042-00017', 'ALM-AU-2026-B42-00017', 'ALM-AU-2026-B0000-00017', 'ALM-AU-2026-B0042-00000', '-2026-B0042-00017', 'АЛМ-2026-B0042-00017', 'ALM--AU-2026-B0042-00017'])(
    'rejects %j with a bilingual message',
    (input) => {
      const result = parseCaseNumber(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'format' } });
      if (!result.ok) expect(result.error.message.kk).toContain('пішімі');
    },
  );

  it('refuses to format parts out of range', () => {
    expect(() => formatCaseNumber({ office: 'alm', year: 2026, block: 1, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ office: 'ALM', year: 2026, block: 10_000, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ office: 'ALM', year: 2026, block: 1, sequence: 100_000 })).toThrow(RangeError);
  });
});

describe('blocks', () => {
  it('hands out numbers in order and returns the new block state without changing the old one', () => {
    const block = createBlock({ office: 'ALM-AU', year: 2026, block: 42, first: 17, last: 18 });
    const first = takeNumber(block, '2026-03-02');
    expect(first).toMatchObject({ ok: true, number: 'ALM-AU-2026-B0042-00017' });
    expect(block.next).toBe(17);
    if (!first.ok) throw new Error('unreachable');
    const second = takeNumber(first.block);
    expect(second).toMatchObject({ ok: true, number: 'ALM-AU-2026-B0042-00018' });
    if (!second.ok) throw new Error('unreachable');
    expect(isExhausted(second.block)).toBe(true);
    expect(remainingNumbers(second.block)).toBe(0);
    expect(takeNumber(second.block)).toMatchObject({ ok: false, error: { code: 'exhausted' } });
  });

  it('refuses a block of another year when today is given', () => {
    const block = createBlock({ office: 'ALM-AU', year: 2025, block: 1 });
    expect(takeNumber(block, '2026-01-01')).toMatchObject({ ok: false, error: { code: 'wrong_year' } });
  });

  it('validates a new block', () => {
    expect(createBlock({ office: 'ALM', year: 2026, block: 1 })).toEqual({ office: 'ALM', year: 2026, block: 1, next: 1, last: MAX_SEQUENCE });
    expect(() => createBlock({ office: 'ALM', year: 2026, block: 1, first: 5, last: 4 })).toThrow(RangeError);
    expect(() => createBlock({ office: 'ALM', year: 2026, block: 0 })).toThrow(RangeError);
  });
});

describe('receipt numbers', () => {
  const caseNumber: CaseNumber = { office: 'ALM-AU', year: 2026, block: 42, sequence: 17 };

  it('are the case number with the receipt’s ordinal', () => {
    expect(formatReceiptNumber(caseNumber, 1)).toBe('ALM-AU-2026-B0042-00017-R01');
    expect(parseReceiptNumber('ALM-AU-2026-B0042-00017-R01')).toEqual({ ok: true, value: { caseNumber, ordinal: 1 } });
    expect(parseReceiptNumber('ALM-AU-2026-B0042-00017-R00')).toMatchObject({ ok: false });
    expect(parseReceiptNumber('ALM-AU-2026-B0042-00017')).toMatchObject({ ok: false });
    expect(() => formatReceiptNumber(caseNumber, 100)).toThrow(RangeError);
  });
});

const office = fc
  .array(fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const caseNumberArb = fc.record({
  office,
  year: fc.integer({ min: 2000, max: 2100 }),
  block: fc.integer({ min: 1, max: 9999 }),
  sequence: fc.integer({ min: 1, max: MAX_SEQUENCE }),
});

function takeAll(block: NumberingBlock, limit: number): string[] {
  const numbers: string[] = [];
  let current = block;
  for (let i = 0; i < limit; i += 1) {
    const r = takeNumber(current);
    if (!r.ok) break;
    numbers.push(r.number);
    current = r.block;
  }
  return numbers;
}

describe('properties', () => {
  it('format/parse round-trips', () => {
    fc.assert(
      fc.property(caseNumberArb, (n) => {
        const text = formatCaseNumber(n);
        expect(parseCaseNumber(text)).toEqual({ ok: true, value: n });
        expect(formatCaseNumber((parseCaseNumber(text) as { value: CaseNumber }).value)).toBe(text);
      }),
    );
  });

  it('receipt numbers round-trip', () => {
    fc.assert(
      fc.property(caseNumberArb, fc.integer({ min: 1, max: 99 }), (n, ordinal) => {
        expect(parseReceiptNumber(formatReceiptNumber(n, ordinal))).toEqual({ ok: true, value: { caseNumber: n, ordinal } });
      }),
    );
  });

  it('numbers from distinct blocks never collide', () => {
    const blockKey = fc.record({ office: fc.constantFrom('ALM-AU', 'ALM-AU-2', 'ALM', 'AST-ES'), year: fc.constantFrom(2025, 2026), block: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(blockKey, { minLength: 2, maxLength: 8, selector: (k) => `${k.office}|${k.year}|${k.block}` }),
        fc.integer({ min: 1, max: 40 }),
        (keys, count) => {
          const all = keys.flatMap((k) => takeAll(createBlock({ ...k, last: count }), count));
          expect(new Set(all).size).toBe(all.length);
        },
      ),
    );
  });

  it('disjoint ranges of one block never collide either', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (split, size) => {
        const a = takeAll(createBlock({ office: 'ALM-AU', year: 2026, block: 7, first: 1, last: split }), 1000);
        const b = takeAll(createBlock({ office: 'ALM-AU', year: 2026, block: 7, first: split + 1, last: split + size }), 1000);
        expect(a.filter((x) => b.includes(x))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('within a block, formatted numbers sort in the order they were issued', () => {
    fc.assert(
      fc.property(caseNumberArb, fc.integer({ min: 1, max: 200 }), (n, count) => {
        const first = Math.min(n.sequence, MAX_SEQUENCE - count);
        const issued = takeAll(createBlock({ office: n.office, year: n.year, block: n.block, first, last: first + count }), count);
        expect([...issued].sort()).toEqual(issued);
      }),
    );
  });
});
