import { useLiveQuery } from 'dexie-react-hooks';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import CloudQueueOutlined from '@mui/icons-material/CloudQueueOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { syncClientFor, useBackgroundSync, useSyncStatus } from './useSync';

/**
 * The app bar's sync status (issue #6): online / offline, actions waiting to be sent, the last successful sync, and
 * conflicts or rejections — the button opens the sync page; the round button syncs now.
 */
export function SyncIndicator({ onOpen }: { readonly onOpen: () => void }) {
  const { t, dateTime } = useLang();
  const { store } = useSession();
  const client = syncClientFor(store);
  const counts = useLiveQuery(() => Promise.all([store.replication.countOutbox(), store.replication.countOpenConflicts()]), [store]);
  useBackgroundSync(client, counts?.join('/'));
  const status = useSyncStatus(client);
  const waiting = counts?.[0] ?? status.waiting;
  const conflicts = counts?.[1] ?? status.conflicts;

  const state = !status.enrolled ? t('sync.status.notEnrolled') : status.syncing ? t('sync.status.syncing') : status.online === true ? t('sync.status.online') : status.online === false ? t('sync.status.offline') : t('sync.status.unknown');
  const parts = [
    state,
    t('sync.status.waiting', { count: waiting }),
    status.lastSuccess ? t('sync.status.lastSync', { time: dateTime(status.lastSuccess) }) : t('sync.status.never'),
    ...(conflicts > 0 ? [t('sync.status.conflicts', { count: conflicts })] : []),
  ];
  const summary = parts.join(' · ');
  const Icon = !status.enrolled || status.online === false ? CloudOffOutlined : status.online === true ? CloudDoneOutlined : CloudQueueOutlined;

  return (
    <Box role="status" aria-label={t('sync.status.label')} data-testid="sync-indicator" data-online={String(status.online ?? 'unknown')} data-waiting={waiting} data-conflicts={conflicts} data-last-success={status.lastSuccess ?? ''} sx={{ display: 'flex', alignItems: 'center' }}>
      <Tooltip title={summary}>
        <Button color="inherit" onClick={onOpen} aria-label={summary} data-testid="sync-open" startIcon={<Icon />} sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}>
          <Badge color={conflicts > 0 ? 'error' : 'secondary'} badgeContent={conflicts > 0 ? conflicts : waiting} max={999} invisible={waiting === 0 && conflicts === 0} sx={{ '& .MuiBadge-badge': { right: -10 } }}>
            {state}
          </Badge>
        </Button>
      </Tooltip>
      {status.enrolled && (
        <Tooltip title={t('sync.status.syncNow')}>
          <span>
            <IconButton color="inherit" onClick={() => void client.syncNow()} disabled={status.syncing} aria-label={t('sync.status.syncNow')} data-testid="sync-now">
              <SyncIcon />
            </IconButton>
          </span>
        </Tooltip>
      )}
    </Box>
  );
}
