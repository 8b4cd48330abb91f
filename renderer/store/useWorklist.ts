import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRow, CaseStore, Page, WorklistArgs, WorklistName } from '../../shared/store';
import { useCaseStore } from './CaseStoreProvider';

type Primed = { readonly at: number; readonly value: unknown };

/** How long a primed read may stand in for the live query's first result (it is for the render that follows at once). */
const PRIMED_FOR_MS = 5_000;
const primedReads = new WeakMap<CaseStore, Map<string, Primed>>();

/** The query's key; no offset is offset 0, as the store reads it (a primed first page matches either way). */
const pageKey = (name: WorklistName, args: readonly unknown[], page: Page) => JSON.stringify([name, args, page.limit ?? null, page.offset ?? 0]);

/**
 * Reads a worklist page ahead of the desk that shows it (at sign-in, before the desks render): that desk's first render
 * then has its rows at once instead of rendering an empty grid and then the rows. The live query still runs and takes
 * over; a primed read is used only by a render within a few seconds. (Not the list's size: counting a long list takes
 * longer than reading its first page, and the count follows a moment later.)
 */
export async function primeWorklist<N extends WorklistName>(store: CaseStore, name: N, args: WorklistArgs<N>, page: Page = {}): Promise<void> {
  const rows = await store.readWorklist(name, args, page);
  const primed = primedReads.get(store) ?? new Map<string, Primed>();
  primedReads.set(store, primed);
  primed.set(pageKey(name, args, page), { at: Date.now(), value: rows });
}

function primedRead<T>(store: CaseStore, key: string): T | undefined {
  const hit = primedReads.get(store)?.get(key);
  return hit && Date.now() - hit.at <= PRIMED_FOR_MS ? (hit.value as T) : undefined;
}

/**
 * A page of a desk's worklist and the list's size, live: any window committing an action that touches the list's
 * index range re-runs the query, so desks update without reloads. `undefined` while the first read runs (unless the
 * read was primed, see primeWorklist).
 */
export function useWorklist<N extends WorklistName>(name: N, args: WorklistArgs<N>, page: Page = {}): { readonly rows: CaseRow[] | undefined; readonly count: number | undefined } {
  const store = useCaseStore();
  // One serialisable key stands for the query, so callers may pass fresh array/object literals on every render.
  const key = pageKey(name, args, page);
  const rows = useLiveQuery(
    () => {
      const [n, a, limit, offset] = JSON.parse(key) as [N, WorklistArgs<N>, number | null, number];
      return store.readWorklist(n, a, { ...(limit === null ? {} : { limit }), offset });
    },
    [store, key],
    primedRead<CaseRow[]>(store, key),
  );
  const sizeKey = JSON.stringify([name, args]);
  const count = useLiveQuery(() => {
    const [n, a] = JSON.parse(sizeKey) as [N, WorklistArgs<N>];
    return store.countWorklist(n, a);
  }, [store, sizeKey]);
  return { rows: useSameRowsWhileEqual(rows), count };
}

/**
 * The previous page's array while a new read returns the same rows (the live query's first result after a primed read,
 * a re-run after a change elsewhere in the index range): the grid then does not render its rows again for nothing.
 */
function useSameRowsWhileEqual(rows: CaseRow[] | undefined): CaseRow[] | undefined {
  const [kept, setKept] = useState(rows);
  if (rows === kept) return kept;
  if (rows !== undefined && kept !== undefined && rows.length === kept.length && JSON.stringify(rows) === JSON.stringify(kept)) return kept;
  setKept(rows); // different rows: keep these from now on (React renders again at once with them)
  return rows;
}
