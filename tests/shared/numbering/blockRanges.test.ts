import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CENTRE_BLOCKS, LOCAL_BLOCKS, MAX_BLOCK, createBlock, isCentreBlock, isLocalBlock, suggestLocalBlock, takeFreeNumber } from '../../../shared/numbering';

describe('block ranges', () => {
  it('split 1…9999 into the centre’s blocks and the hand-picked ones, without overlap or gap', () => {
    for (let block = 1; block <= MAX_BLOCK; block++) expect(isCentreBlock(block) !== isLocalBlock(block), String(block)).toBe(true);
    expect([CENTRE_BLOCKS.last, LOCAL_BLOCKS.first]).toEqual([8999, 9000]);
    expect(isLocalBlock(0) || isLocalBlock(10_000) || isCentreBlock(0) || isLocalBlock(9000.5)).toBe(false);
  });

  it('proposes a first-start block inside the local range, the same for the same computer, spread over computers', () => {
    fc.assert(fc.property(fc.string(), (id) => isLocalBlock(suggestLocalBlock(id)) && suggestLocalBlock(id) === suggestLocalBlock(id)));
    const proposals = new Set(Array.from({ length: 200 }, (_v, i) => suggestLocalBlock(`device-${i}`)));
    // 200 draws from 1000 blocks give about 181 different ones by chance; a hash that clusters gives far fewer.
    expect(proposals.size).toBeGreaterThan(160);
  });
});

describe('takeFreeNumber', () => {
  it('passes over numbers held elsewhere, consuming them, and is exhausted when only those were left', () => {
    const block = createBlock({ office: 'ALM-AU', year: 2026, block: 9001, first: 1, last: 3 });
    const held = new Set(['ALM-AU-2026-B9001-00001', 'ALM-AU-2026-B9001-00002']);
    const taken = takeFreeNumber(block, '2026-03-02', held);
    expect(taken).toMatchObject({ ok: true, number: 'ALM-AU-2026-B9001-00003', block: { next: 4 } });
    expect(takeFreeNumber(block, '2026-03-02', new Set([...held, 'ALM-AU-2026-B9001-00003']))).toMatchObject({ ok: false, error: { code: 'exhausted' } });
    expect(takeFreeNumber(block, '2027-01-05', new Set())).toMatchObject({ ok: false, error: { code: 'wrong_year' } });
  });
});
