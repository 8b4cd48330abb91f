import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStore, type CaseRow, type CaseStore } from '../../shared/store';
import { primeWorklist, useWorklist } from '../../renderer/store/useWorklist';
import { CaseStoreProvider } from '../../renderer/store/CaseStoreProvider';
import { registerCase, useTestDatabases } from '../shared/store/fixtures';

// The desks' first worklist page read at sign-in, before the desks render (renderer/store/useWorklist.ts): the first
// render then has the rows; the live query takes over; equal results keep the same array (no re-render of the rows).
const db = useTestDatabases();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const PAGE = { limit: 50, offset: 0 };
const PRIMED_PAGE = { limit: 50 }; // the desks prime without an offset; the grid reads with offset 0

/** Renders useWorklist('inReview') and records every render's rows and count. */
function renderWorklist(store: CaseStore) {
  const renders: { rows: CaseRow[] | undefined; count: number | undefined }[] = [];
  function Probe() {
    renders.push(useWorklist('inReview', [], PAGE));
    return null;
  }
  render(
    <CaseStoreProvider store={store}>
      <Probe />
    </CaseStoreProvider>,
  );
  return renders;
}

async function officeWithCases(n: number) {
  const opened = await db();
  for (let i = 0; i < n; i++) expect((await registerCase(opened, undefined, `2026-03-02T0${4 + i}:00:00.000Z`)).result.ok).toBe(true);
  const store = startStore(opened);
  const expected = await store.readWorklist('inReview', [], PAGE);
  expect(expected).toHaveLength(n);
  return { store, expected };
}

describe('a primed worklist page', () => {
  it('is there at the first render, and the live query keeps the same array while the rows are the same', async () => {
    const { store, expected } = await officeWithCases(3);
    await primeWorklist(store, 'inReview', [], PRIMED_PAGE);
    const renders = renderWorklist(store);
    expect(renders[0]?.rows?.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    // The list's size is not primed: it follows.
    expect(renders[0]?.count).toBeUndefined();
    await waitFor(() => expect(renders.at(-1)?.count).toBe(3));
    expect(new Set(renders.map((r) => r.rows)).size).toBe(1);
  });

  it('is not needed: without it the first render has no rows, then the live rows', async () => {
    const { store, expected } = await officeWithCases(2);
    const renders = renderWorklist(store);
    expect(renders[0]?.rows).toBeUndefined();
    await waitFor(() => expect(renders.at(-1)?.rows?.map((r) => r.id)).toEqual(expected.map((r) => r.id)));
  });

  it('gives way to the live query when the rows change', async () => {
    const { store } = await officeWithCases(1);
    await primeWorklist(store, 'inReview', [], PAGE);
    const renders = renderWorklist(store);
    expect(renders[0]?.rows).toHaveLength(1);
    await act(async () => {
      expect((await registerCase(store.db, undefined, '2026-03-03T04:00:00.000Z')).result.ok).toBe(true);
    });
    await waitFor(() => expect(renders.at(-1)?.rows).toHaveLength(2));
  });

  it('is not used by a render more than a few seconds later (it would show stale rows for a moment)', async () => {
    const { store } = await officeWithCases(1);
    await primeWorklist(store, 'inReview', [], PAGE);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 60_000);
    const renders = renderWorklist(store);
    expect(renders[0]?.rows).toBeUndefined();
  });
});
