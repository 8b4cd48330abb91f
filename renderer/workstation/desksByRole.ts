import type { Role } from '../../shared/regulations/types';
import type { WorklistName } from '../../shared/store';

/** The desks' worklists: which index range each reads (shared/store/worklists.ts) and its label key. */
export const WORKLIST_VIEWS = {
  to_register: 'toRegister',
  to_assign: 'toAssign',
  mine: 'mine',
  in_review: 'inReview',
  at_commission: 'atCommission',
  awaiting_decision: 'awaitingDecision',
  ready_to_issue: 'readyToIssue',
  due_soon: 'dueSoon',
  overdue: 'overdue',
} as const satisfies Record<string, WorklistName>;
export type WorklistView = keyof typeof WORKLIST_VIEWS;

export type NavItem = { readonly kind: 'intake' } | { readonly kind: 'worklist'; readonly view: WorklistView } | { readonly kind: 'catalogue' } | { readonly kind: 'admin' } | { readonly kind: 'journals' } | { readonly kind: 'dashboard' } | { readonly kind: 'reports' };

/** What each role sees in the navigation, in the order of its working day. */
export const NAV_BY_ROLE = {
  operator: [{ kind: 'intake' }, { kind: 'worklist', view: 'to_register' }, { kind: 'worklist', view: 'ready_to_issue' }, { kind: 'worklist', view: 'due_soon' }, { kind: 'journals' }, { kind: 'catalogue' }],
  con_worker: [{ kind: 'intake' }, { kind: 'worklist', view: 'to_register' }, { kind: 'worklist', view: 'ready_to_issue' }, { kind: 'journals' }, { kind: 'catalogue' }],
  specialist: [{ kind: 'worklist', view: 'mine' }, { kind: 'worklist', view: 'in_review' }, { kind: 'worklist', view: 'to_register' }, { kind: 'worklist', view: 'ready_to_issue' }, { kind: 'worklist', view: 'due_soon' }, { kind: 'worklist', view: 'overdue' }, { kind: 'intake' }, { kind: 'journals' }, { kind: 'catalogue' }],
  responsible_specialist: [{ kind: 'worklist', view: 'mine' }, { kind: 'worklist', view: 'in_review' }, { kind: 'worklist', view: 'ready_to_issue' }, { kind: 'worklist', view: 'due_soon' }, { kind: 'worklist', view: 'overdue' }, { kind: 'dashboard' }, { kind: 'journals' }, { kind: 'catalogue' }],
  head: [{ kind: 'worklist', view: 'to_assign' }, { kind: 'worklist', view: 'awaiting_decision' }, { kind: 'worklist', view: 'due_soon' }, { kind: 'worklist', view: 'overdue' }, { kind: 'worklist', view: 'in_review' }, { kind: 'dashboard' }, { kind: 'reports' }, { kind: 'journals' }, { kind: 'catalogue' }],
  commission_chair: [{ kind: 'worklist', view: 'at_commission' }, { kind: 'worklist', view: 'awaiting_decision' }, { kind: 'journals' }, { kind: 'catalogue' }],
  commission_member: [{ kind: 'worklist', view: 'at_commission' }, { kind: 'worklist', view: 'awaiting_decision' }, { kind: 'journals' }, { kind: 'catalogue' }],
  admin: [{ kind: 'admin' }, { kind: 'worklist', view: 'overdue' }, { kind: 'reports' }, { kind: 'journals' }, { kind: 'catalogue' }],
} as const satisfies Record<Role, readonly NavItem[]>;
