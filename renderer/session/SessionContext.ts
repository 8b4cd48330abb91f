import { createContext, useContext } from 'react';
import type { Role } from '../../shared/regulations/types';
import type { CaseStore, OfficeRow, StoreActor, UserRow } from '../../shared/store';

/** Who works at this window now, in which role, at which office and on which device. */
export type Session = {
  readonly store: CaseStore;
  readonly office: OfficeRow;
  readonly deviceId: string;
  readonly user: UserRow;
  readonly role: Role;
  readonly actor: StoreActor;
  readonly lock: () => void;
  readonly logout: () => void;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in workstation');
  return session;
}

export function actorOf(user: UserRow, role: Role, office: OfficeRow, deviceId: string): StoreActor {
  return { userId: user.id, role, name: user.fullName, officeId: office.id, deviceId };
}
