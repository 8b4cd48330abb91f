import { describe, expect, it } from 'vitest';
import { createBlock, LOCAL_BLOCKS } from '../../../shared/numbering';
import { CaseDatabase, allEntries, declarableBlocks, ingestPulled, nextCaseNumber, retireNumberingBlock, saveNumberingBlock, verify } from '../../../shared/store';
import { setupOffice } from '../../../shared/store/accounts';
import { DEVICE, OFFICE, useTestDatabases, registerCase } from './fixtures';

/**
 * Issue (CI): a desk pulled another device's case whose number its own block would offer next, and intake was refused
 * with "такая запись уже есть". A desk now never offers a number its store holds.
 */
const db = useTestDatabases();

/** Another device of the office that (wrongly) holds the same block 42 and registers `count` cases: their journal. */
async function casesOfAnotherDevice(count: number) {
  const other = await db();
  for (let i = 0; i < count; i++) {
    const { result } = await registerCase(other);
    expect(result.ok).toBe(true);
  }
  return allEntries(other);
}

const numberOf = (result: Awaited<ReturnType<typeof registerCase>>['result']) => (result.ok && 'number' in result.entry.payload ? result.entry.payload.number : undefined);

describe('case numbers never collide with numbers the desk already holds', () => {
  it('a pulled case holding the number the block would offer next: intake still registers, with the next free number', async () => {
    const d = await db();
    const pulled = await casesOfAnotherDevice(1);
    expect(await ingestPulled(d, pulled)).toMatchObject({ added: 1, problems: [] });
    expect((await d.cases.toArray()).map((c) => c.number)).toEqual(['ALM-AU-2026-B0042-00001']);

    const { caseId, result } = await registerCase(d);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(numberOf(result)).toBe('ALM-AU-2026-B0042-00002');
    expect((await d.cases.get(caseId))?.number).toBe('ALM-AU-2026-B0042-00002');
    // The passed-over number is consumed: the block goes on after the number it gave.
    expect((await d.numberingBlocks.toArray())[0]?.next).toBe(3);
    expect((await verify(d)).ok).toBe(true);
  });

  it('numbers pulled after this window took one (its cached block) are passed over too, not refused as duplicates', async () => {
    const d = await db();
    const first = await registerCase(d);
    expect(numberOf(first.result)).toBe('ALM-AU-2026-B0042-00001');
    // The other device's 00001…00003 arrive; 00001 is this desk's own number for another case (reported, left alone).
    const report = await ingestPulled(d, await casesOfAnotherDevice(3));
    expect(report.added).toBe(2);
    const second = await registerCase(d);
    expect(second.result, JSON.stringify(second.result)).toMatchObject({ ok: true });
    expect(numberOf(second.result)).toBe('ALM-AU-2026-B0042-00004');
    const third = await registerCase(d);
    expect(numberOf(third.result)).toBe('ALM-AU-2026-B0042-00005');
  });

  it('a block whose remaining numbers are all held gives way to the device’s next block', async () => {
    const d = await db();
    await d.numberingBlocks.clear();
    await saveNumberingBlock(d, createBlock({ office: OFFICE, year: 2026, block: 42, first: 1, last: 2 }), DEVICE);
    await saveNumberingBlock(d, createBlock({ office: OFFICE, year: 2026, block: 43 }), DEVICE);
    expect(await ingestPulled(d, await casesOfAnotherDevice(2))).toMatchObject({ added: 2, problems: [] });
    const taken = await nextCaseNumber(d, OFFICE, DEVICE, '2026-03-02');
    expect(taken).toMatchObject({ ok: true, number: 'ALM-AU-2026-B0043-00001' });
    const { result } = await registerCase(d);
    expect(numberOf(result)).toBe('ALM-AU-2026-B0043-00001');
  });

  it('with only held numbers left and no other block, the refusal is the exhausted-block message, not a storage error', async () => {
    const d = await db();
    await d.numberingBlocks.clear();
    await saveNumberingBlock(d, createBlock({ office: OFFICE, year: 2026, block: 42, first: 1, last: 1 }), DEVICE);
    await ingestPulled(d, await casesOfAnotherDevice(1));
    const { result } = await registerCase(d);
    expect(result).toMatchObject({ ok: false, code: 'numbering' });
    if (!result.ok) expect(result.reason.kk).toContain('блогы таусылды');
  });

  it('a retired block offers no number again; the blocks a device declares are its own, of its office', async () => {
    const d = await db();
    await saveNumberingBlock(d, createBlock({ office: OFFICE, year: 2027, block: 9001 }), DEVICE);
    await saveNumberingBlock(d, createBlock({ office: OFFICE, year: 2026, block: 7 }), 'another-device');
    await saveNumberingBlock(d, createBlock({ office: 'ALM-ES', year: 2026, block: 5 }), DEVICE);
    expect((await declarableBlocks(d, OFFICE, DEVICE)).map((b) => [b.year, b.block])).toEqual([
      [2026, 42],
      [2027, 9001],
    ]);
    expect(await retireNumberingBlock(d, OFFICE, 2026, 42)).toMatchObject({ block: 42, next: 100_000, last: 99_999 });
    expect(await retireNumberingBlock(d, OFFICE, 2026, 4242)).toBeUndefined();
    expect(await nextCaseNumber(d, OFFICE, DEVICE, '2026-03-02')).toMatchObject({ ok: false, error: { code: 'exhausted' } });
  });
});

describe('first start', () => {
  const setup = (block: number) => ({
    office: { id: OFFICE, name: { ru: 'Отдел', kk: 'Бөлім' } },
    admin: { fullName: 'Администратор', login: 'admin', password: 'Qwerty-2026!' },
    deviceId: DEVICE,
    block,
    year: 2026,
  });

  it('takes the hand-picked block only from the range the centre never issues', async () => {
    const d = new CaseDatabase({ name: `test-${crypto.randomUUID()}` });
    db.track(d);
    await d.open();
    const low = await setupOffice(d, setup(1));
    expect(low).toMatchObject({ ok: false });
    if (!low.ok) {
      expect(low.reason.ru).toContain(`от ${LOCAL_BLOCKS.first} до ${LOCAL_BLOCKS.last}`);
      expect(low.reason.kk).toContain(`${LOCAL_BLOCKS.first} мен ${LOCAL_BLOCKS.last}`);
    }
    expect(await d.offices.count()).toBe(0);
    expect(await setupOffice(d, setup(9001))).toMatchObject({ ok: true });
    expect(await d.numberingBlocks.toArray()).toEqual([expect.objectContaining({ office: OFFICE, year: 2026, block: 9001, next: 1, deviceId: DEVICE })]);
  });
});
