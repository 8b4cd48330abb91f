import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import { attendanceOf, compositionsFor, listCommissions, replayJournal, storeMessage, type ActionInput } from '../../shared/store';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { useCase } from '../store';
import { CasePage } from '../desks/case/CasePage';

/** The case page bound to the store: the journal read live, replayed with the version the case started under. */
export function CaseRoute({ caseId, today, onBack }: { caseId: string; today: string; onBack: () => void }) {
  const { t } = useLang();
  const session = useSession();
  const view = useCase(caseId);
  const users = useLiveQuery(() => session.store.officeDirectory.listUsers(session.office.id), [session.office.id]);
  const commissions = useLiveQuery(() => listCommissions(session.store.db, session.office.id), [session.office.id]);
  if (view === undefined) return null;
  const state = replayJournal(view.journal);
  if (!state) return <Alert severity="warning">{t('case.notFound')}</Alert>;
  const assignable = (users ?? []).filter((u) => u.active && u.roles.some((r) => r === 'specialist' || r === 'responsible_specialist')).map((u) => ({ id: u.id, fullName: u.fullName }));
  const onPerform = async (input: ActionInput) => {
    const result = await session.store.perform(caseId, input, session.actor);
    return result.ok ? { ok: true as const } : { ok: false as const, reason: result.reason };
  };
  // The office's commissions that sit as one of this service's commissions, with their members named (the sitting form).
  const compositions = compositionsFor(commissions ?? [], state.service).map((row) => ({ row, members: attendanceOf(row, users ?? []) }));
  // One office owns a case for writing (issue #6): another office's case is shown read-only, with the reason on every action.
  const owner = view.row?.ownerOfficeId;
  const readOnly = owner !== undefined && owner !== session.office.id ? storeMessage('otherOffice', { office: owner }) : undefined;
  return <CasePage state={state} journal={view.journal} actor={session.actor} users={assignable} today={today} officeName={session.office.name} onPerform={onPerform} onBack={onBack} compositions={compositions} readOnly={readOnly} />;
}
