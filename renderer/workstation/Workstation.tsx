import { type FormEvent, useCallback, useEffect, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import InputBase from '@mui/material/InputBase';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { localDateOf } from '../../shared/calendar';
import type { Lang } from '../../shared/regulations/types';
import { CatalogueBrowser } from '../catalogue/CatalogueBrowser';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { AdminPage } from './AdminPage';
import { CaseRoute } from './CaseRoute';
import { NAV_BY_ROLE, type NavItem } from './desksByRole';
import { IntakeRoute } from './IntakeRoute';
import { JournalsPage } from './JournalsPage';
import { SearchPage } from './SearchPage';
import { useHashRoute, type Route } from './useHashRoute';
import { WorklistPage } from './WorklistPage';
import { DeadlineBadge } from '../desks/reports/DeadlineBadge';
import { DeadlinesDashboardPage } from '../desks/reports/DeadlinesDashboardPage';
import { StatisticsPage } from '../desks/reports/StatisticsPage';
import { SyncIndicator, SyncPage } from '../sync';
import { markStartup, useAfterStartupPoint } from '../app/startupMarks';

const DRAWER_WIDTH = 248;
const ELLIPSIS = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
// The " · " between the parts of the signed-in line (as session.signedInAs writes it), drawn so it is never cut.
const SEPARATED = { '&::before': { content: '"\\00a0·\\00a0"' } } as const;

function routeOf(item: NavItem): Route {
  switch (item.kind) {
    case 'intake':
      return { page: 'intake' };
    case 'worklist':
      return { page: 'worklist', name: item.view };
    case 'catalogue':
      return { page: 'catalogue' };
    case 'admin':
      return { page: 'admin' };
    case 'journals':
      return { page: 'journals' };
    case 'dashboard':
      return { page: 'dashboard' };
    case 'reports':
      return { page: 'reports' };
  }
}

/** The signed-in workstation: app bar (office, user and role, quick search, language, lock), the role's desks. */
export function Workstation({ lang, onLanguage }: { lang: Lang; onLanguage: (lang: Lang) => void }) {
  const { t, text } = useLang();
  const session = useSession();
  const [route, go] = useHashRoute();
  useEffect(() => markStartup('workstation-rendered'), []);
  // The app bar's counters (deadlines, sync) query the store too: after the first worklist rows are on screen.
  const countersShown = useAfterStartupPoint('worklist-rows-painted', 1500);
  const [query, setQuery] = useState('');
  const today = localDateOf(new Date().toISOString());
  const nav: readonly NavItem[] = NAV_BY_ROLE[session.role];
  const current = route.page === 'home' ? (nav[0] ? routeOf(nav[0]) : { page: 'catalogue' as const }) : route;
  // Stable: the worklist grid is memoised and must not render its rows again when the app bar's counters appear.
  const open = useCallback((caseId: string) => go({ page: 'case', caseId }), [go]);
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) go({ page: 'search', query: query.trim() });
  };
  const label = (item: NavItem) => (item.kind === 'worklist' ? t(`worklist.${item.view}`) : item.kind === 'dashboard' || item.kind === 'reports' ? t(`reports.nav.${item.kind}`) : t(`nav.${item.kind}`));
  const isCurrent = (item: NavItem) => JSON.stringify(routeOf(item)) === JSON.stringify(current);
  const officeLine = t('session.office', { name: text(session.office.name) });
  const roleName = t(`role.${session.role}`);
  const signedIn = `${officeLine} · ${t('session.signedInAs', { name: session.user.fullName, role: roleName })}`;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={1} component="header" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Box component="img" src="./emblem.svg" alt="" sx={{ width: 32, height: 32 }} />
          <Box sx={{ flex: '1 1 0', minWidth: 0 }}>
            <Typography variant="subtitle1" component="h1" noWrap sx={{ fontWeight: 500, lineHeight: 1.2 }}>
              {t('app.title')}
            </Typography>
            {/* Only the office's name shrinks to make room; the user's name and the role are cut with an ellipsis only
                beyond 35% / 55% of the block. The full text is the block's accessible name and its tooltip (hover and
                keyboard focus). */}
            <Tooltip title={signedIn} describeChild>
              <Box role="group" aria-label={signedIn} tabIndex={0} data-testid="session-user" sx={{ display: 'flex', minWidth: 0, typography: 'caption', borderRadius: 0.5, '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 1 } }}>
                <Box component="span" sx={{ ...ELLIPSIS, flex: '0 1 auto', minWidth: 0 }}>
                  {officeLine}
                </Box>
                <Box component="span" sx={{ ...ELLIPSIS, flex: '0 0 auto', maxWidth: '35%', ...SEPARATED }}>
                  {session.user.fullName}
                </Box>
                <Box component="span" sx={{ ...ELLIPSIS, flex: '0 0 auto', maxWidth: '55%', ...SEPARATED }}>
                  {roleName}
                </Box>
              </Box>
            </Tooltip>
          </Box>
          {countersShown && nav.some((item) => item.kind === 'dashboard') && <DeadlineBadge today={today} onOpen={() => go({ page: 'dashboard' })} />}
          {countersShown && <SyncIndicator onOpen={() => go({ page: 'sync' })} />}
          <Box component="form" role="search" onSubmit={search} sx={{ bgcolor: 'rgba(255,255,255,0.15)', borderRadius: 1, px: 1.5, width: 300 }}>
            <InputBase placeholder={t('worklist.search')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ color: 'inherit', width: '100%' }} inputProps={{ 'aria-label': t('worklist.search'), 'data-testid': 'quick-search' }} />
          </Box>
          <LanguageSwitch value={lang} onChange={onLanguage} />
          <Button color="inherit" onClick={session.lock}>
            {t('session.lock')}
          </Button>
          <Button color="inherit" onClick={session.logout} data-testid="logout">
            {t('session.logout')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" component="nav" aria-label={t('worklist.title')} sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }} className="no-print">
        <Toolbar />
        <List>
          {nav.map((item) => (
            <ListItem key={label(item)} disablePadding>
              <ListItemButton selected={isCurrent(item)} aria-current={isCurrent(item) ? 'page' : undefined} onClick={() => go(routeOf(item))} data-nav={item.kind === 'worklist' ? item.view : item.kind}>
                <ListItemText primary={label(item)} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 2, outline: 'none', minWidth: 0 }}>
        <Toolbar />
        {current.page === 'intake' && <IntakeRoute today={today} onOpen={open} />}
        {current.page === 'worklist' && current.name in { to_register: 1, to_assign: 1, mine: 1, in_review: 1, at_commission: 1, awaiting_decision: 1, ready_to_issue: 1, due_soon: 1, overdue: 1 } && (
          <WorklistPage view={current.name as never} today={today} onOpen={open} />
        )}
        {current.page === 'case' && <CaseRoute caseId={current.caseId} today={today} onBack={() => window.history.back()} />}
        {current.page === 'search' && <SearchPage query={current.query} today={today} onOpen={open} />}
        {current.page === 'catalogue' && <CatalogueBrowser />}
        {current.page === 'admin' && <AdminPage />}
        {current.page === 'journals' && <JournalsPage today={today} onOpen={open} />}
        {current.page === 'dashboard' && <DeadlinesDashboardPage today={today} onOpen={open} />}
        {current.page === 'reports' && <StatisticsPage today={today} />}
        {current.page === 'sync' && <SyncPage />}
      </Box>
    </Box>
  );
}
