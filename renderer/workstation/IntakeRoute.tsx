import { useCallback } from 'react';
import type { CaseEvent } from '../../shared/workflow';
import type { ActionInput } from '../../shared/store';
import type { ServiceVersion } from '../../shared/regulations/types';
import { IntakeDesk, type IntakeOutcome } from '../desks/intake/IntakeDesk';
import { useSession } from '../session/SessionContext';

/** The intake desk bound to the store: the number is taken from this device's block in the same transaction. */
export function IntakeRoute({ today, onOpen }: { today: string; onOpen: (caseId: string) => void }) {
  const session = useSession();
  const submit = async (service: ServiceVersion, makeEvent: (number: string) => CaseEvent): Promise<IntakeOutcome> => {
    // The store stamps the actor and time and takes the number itself (inside the transaction that writes the case).
    const { actor: _actor, at: _at, ...rest } = makeEvent('') as CaseEvent & { number?: string };
    const { number: _number, ...payload } = rest as Record<string, unknown>;
    const input = { ...payload, id: crypto.randomUUID(), regulation: { serviceId: service.id, version: service.version } } as unknown as ActionInput;
    const caseId = crypto.randomUUID();
    const result = await session.store.perform(caseId, input, session.actor);
    if (!result.ok) return { ok: false, reason: result.reason };
    const number = 'number' in result.entry.payload ? result.entry.payload.number : '';
    onOpen(caseId);
    return { ok: true, number, ...(result.case?.totalDue ? { due: result.case.totalDue } : {}) };
  };
  const findApplicant = useCallback(async (iin: string) => {
    const row = await session.store.findApplicantByIin(iin);
    return row ? { fullName: row.fullName, ...(row.phone ? { phone: row.phone } : {}), ...(row.address ? { address: row.address } : {}) } : undefined;
  }, [session.store]);
  return <IntakeDesk actor={session.actor} submit={submit} today={today} findApplicant={findApplicant} />;
}
