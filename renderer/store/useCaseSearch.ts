import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRow, SearchName } from '../../shared/store';
import { useCaseStore } from './CaseStoreProvider';

/** The desks' search box: by number, IIN or name prefix, live. Empty text gives an empty list. */
export function useCaseSearch(kind: Exclude<SearchName, 'byServiceAndPeriod'>, text: string, limit = 50): CaseRow[] | undefined {
  const store = useCaseStore();
  return useLiveQuery(() => (text.trim() === '' ? [] : store.searches[kind](text, { limit })), [store, kind, text, limit]);
}
