import { localDateOf } from '../../shared/calendar';
import type { Role } from '../../shared/regulations/types';
import type { CaseStore } from '../../shared/store';
import { NAV_BY_ROLE, WORKLIST_VIEWS } from './desksByRole';
import { parseRoute } from './useHashRoute';
import { argsOf, FIRST_PAGE_SIZE } from './WorklistPage';

/**
 * Reads the page of the worklist the desks open on right after sign-in (the role's first desk, when the URL names no
 * other), so IndexedDB fetches it while React renders the shell and the grid — their first render takes longer than the
 * read. The grid's live query then finds the index's pages in the database's cache. Only a warm-up: its result and any
 * failure are dropped (the live query reads and reports them itself).
 */
export function prefetchFirstDesk(store: CaseStore, role: Role, userId: string, now: Date = new Date()): void {
  if (parseRoute(window.location.hash).page !== 'home') return;
  const first = NAV_BY_ROLE[role][0];
  if (first?.kind !== 'worklist') return;
  const name = WORKLIST_VIEWS[first.view];
  const args = argsOf(name, userId, localDateOf(now.toISOString()));
  void Promise.all([store.readWorklist(name, args, { limit: FIRST_PAGE_SIZE }), store.countWorklist(name, args)]).catch(() => undefined);
}
