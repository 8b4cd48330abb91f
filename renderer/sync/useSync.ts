import { useEffect, useSyncExternalStore } from 'react';
import type { CaseDatabase, CaseStore } from '../../shared/store';
import { SyncClient, type SyncStatus } from '../../shared/sync';

/** One sync client per opened database (the window's store), shared by the app bar, the sync page and the settings. */
const clients = new WeakMap<CaseDatabase, SyncClient>();

export function syncClientFor(store: CaseStore): SyncClient {
  let client = clients.get(store.db);
  if (!client) {
    client = new SyncClient({ db: store.db });
    clients.set(store.db, client);
  }
  return client;
}

/** The client's status as React state (it is an external store: subscribe / getStatus). */
export function useSyncStatus(client: SyncClient): SyncStatus {
  return useSyncExternalStore(client.subscribe, client.getStatus, client.getStatus);
}

/**
 * Background sync while a user is signed in: started when the workstation mounts, stopped when it unmounts (sign-out,
 * lock). The counts are refreshed whenever the outbox or the conflicts change (`changes`, from a live query).
 */
export function useBackgroundSync(client: SyncClient, changes: unknown): void {
  useEffect(() => {
    client.start();
    return () => client.stop();
  }, [client]);
  useEffect(() => {
    void client.refresh();
  }, [client, changes]);
}
