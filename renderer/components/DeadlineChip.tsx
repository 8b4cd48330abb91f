import Chip from '@mui/material/Chip';
import { kazakhstanCalendar, remainingWorkingDays, toIsoDate } from '../../shared/calendar';
import { useLang } from '../i18n/useLang';

/** A deadline as the remaining working days: green with time left, amber today or tomorrow, red when overdue. */
export function DeadlineChip({ due, today, closed }: { due: string | undefined; today: string; closed?: boolean }) {
  const { t, date } = useLang();
  const dueDate = due && due !== '9999-12-31' ? toIsoDate(due.slice(0, 10)) : undefined;
  if (!dueDate) return <Chip size="small" variant="outlined" label={t('deadline.none')} />;
  if (closed) return <Chip size="small" variant="outlined" label={t('deadline.until', { date: date(dueDate) })} />;
  const left = remainingWorkingDays(kazakhstanCalendar, toIsoDate(today), dueDate);
  const label = left < 0 ? t('deadline.overdue', { count: -left }) : left === 0 ? t('deadline.today') : t('deadline.left', { count: left });
  const color = left < 0 ? 'error' : left <= 1 ? 'warning' : 'success';
  return <Chip size="small" color={color} label={label} title={t('deadline.until', { date: date(dueDate) })} data-remaining={left} />;
}
