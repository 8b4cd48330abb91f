import { useLiveQuery } from 'dexie-react-hooks';
import type { CachedCase, CaseView } from '../../shared/store';
import { useCaseStore } from './CaseStoreProvider';

/** A case's row and journal, live (the case page). `undefined` while loading; `row` undefined if there is no such case. */
export function useCase(caseId: string): CaseView | undefined {
  const store = useCaseStore();
  return useLiveQuery(() => store.readCase(caseId), [store, caseId]);
}

/** The case's replayed state (for `allowedActions`), live; `null` when the case does not exist. */
export function useCaseState(caseId: string): CachedCase | null | undefined {
  const store = useCaseStore();
  return useLiveQuery(async () => (await store.loadCaseState(caseId)) ?? null, [store, caseId]);
}
