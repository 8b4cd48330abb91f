// renderer/sync — the desktop's sync status in the app bar, the sync page (conflicts, offline files), enrolment.
export { SyncIndicator } from './SyncIndicator';
export { SyncPage } from './SyncPage';
export { SyncSettings } from './SyncSettings';
export { syncClientFor, useSyncStatus } from './useSync';
