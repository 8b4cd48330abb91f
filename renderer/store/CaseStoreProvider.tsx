import { createContext, useContext, type ReactNode } from 'react';
import type { CaseStore } from '../../shared/store';

/**
 * The opened case store of this window, for the hooks of renderer/store. The session opens the database once at start
 * and binds the store at sign-in (renderer/session/openOfficeDatabase.ts), then wraps the desks in this provider;
 * nothing in the renderer touches tables itself.
 */
const CaseStoreContext = createContext<CaseStore | undefined>(undefined);

export function CaseStoreProvider({ store, children }: { readonly store: CaseStore; readonly children: ReactNode }) {
  return <CaseStoreContext.Provider value={store}>{children}</CaseStoreContext.Provider>;
}

/** The store of this window; throws outside a CaseStoreProvider (a wiring error, not a user-facing one). */
export function useCaseStore(): CaseStore {
  const store = useContext(CaseStoreContext);
  if (!store) throw new Error('useCaseStore() outside <CaseStoreProvider>');
  return store;
}
