import { useLiveQuery } from 'dexie-react-hooks';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { toIsoDate } from '../../../shared/calendar';
import { useLang } from '../../i18n/useLang';
import { useSession } from '../../session/SessionContext';

/**
 * The head's count in the app bar, on every screen: open cases overdue or due today (the dashboard's first two
 * buckets). Live; a click opens the dashboard. An icon with the number keeps the app bar's room for the user's name;
 * the full sentence is its accessible name and tooltip.
 */
export function DeadlineBadge({ today, onOpen }: { today: string; onOpen: () => void }) {
  const { t } = useLang();
  const { store } = useSession();
  const count = useLiveQuery(() => store.reports.countNeedingAttention(toIsoDate(today)), [store, today]);
  if (count === undefined) return null;
  const label = t('reports.dashboard.badge', { count });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" onClick={onOpen} aria-label={label} data-testid="deadline-badge" data-count={count}>
        <Badge badgeContent={count} color="error" max={999}>
          <EventBusyIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
