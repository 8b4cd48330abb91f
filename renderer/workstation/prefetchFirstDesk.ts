import { countWorkingDays, isoDateOf, kazakhstanCalendar, localDateOf, partsOf } from '../../shared/calendar';
import type { Role } from '../../shared/regulations/types';
import type { CaseStore } from '../../shared/store';
import { primeWorklist } from '../store/useWorklist';
import { NAV_BY_ROLE, WORKLIST_VIEWS } from './desksByRole';
import { parseRoute } from './useHashRoute';
import { argsOf, FIRST_PAGE_SIZE } from './WorklistPage';

/**
 * Reads the page of the worklist the desks open on right after sign-in (the role's first desk, when the URL names no
 * other) before the desks render, so their first render has the rows (primeWorklist) — one render of the grid with its
 * rows instead of an empty grid, a read, and a second render. A failure is dropped: the desk's live query reads again
 * and reports it.
 */
export async function prefetchFirstDesk(store: CaseStore, role: Role, userId: string, now: Date = new Date()): Promise<void> {
  if (parseRoute(window.location.hash).page !== 'home') return;
  const first = NAV_BY_ROLE[role][0];
  if (first?.kind !== 'worklist') return;
  const name = WORKLIST_VIEWS[first.view];
  await primeWorklist(store, name, argsOf(name, userId, localDateOf(now.toISOString())), { limit: FIRST_PAGE_SIZE }).catch(() => undefined);
}

/**
 * Builds the working-day tables the desks' deadline chips count with (last year, this year and next; each is built
 * once per window, a few tens of milliseconds) while the user types the password, instead of inside the desks' first
 * render.
 */
export function warmDeskCalendar(now: Date = new Date()): void {
  const { year } = partsOf(localDateOf(now.toISOString()));
  countWorkingDays(kazakhstanCalendar, isoDateOf(year - 1, 1, 1), isoDateOf(year + 1, 12, 31));
}
