import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRow, Page, WorklistArgs, WorklistName } from '../../shared/store';
import { useCaseStore } from './CaseStoreProvider';

/**
 * A page of a desk's worklist and the list's size, live: any window committing an action that touches the list's
 * index range re-runs the query, so desks update without reloads. `undefined` while the first read runs.
 */
export function useWorklist<N extends WorklistName>(name: N, args: WorklistArgs<N>, page: Page = {}): { readonly rows: CaseRow[] | undefined; readonly count: number | undefined } {
  const store = useCaseStore();
  // One serialisable key stands for the query, so callers may pass fresh array/object literals on every render.
  const key = JSON.stringify([name, args, page.limit ?? null, page.offset ?? null]);
  const rows = useLiveQuery(() => {
    const [n, a, limit, offset] = JSON.parse(key) as [N, WorklistArgs<N>, number | null, number | null];
    return store.readWorklist(n, a, { ...(limit === null ? {} : { limit }), ...(offset === null ? {} : { offset }) });
  }, [store, key]);
  const countKey = JSON.stringify([name, args]);
  const count = useLiveQuery(() => {
    const [n, a] = JSON.parse(countKey) as [N, WorklistArgs<N>];
    return store.countWorklist(n, a);
  }, [store, countKey]);
  return { rows, count };
}
