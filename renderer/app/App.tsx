import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import CssBaseline from '@mui/material/CssBaseline';
import Link from '@mui/material/Link';
import { ThemeProvider } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { buildTheme, loadMuiLocales, type MuiLocales } from '../theme/theme';
import { rememberLanguage } from '../i18n/setup';
import { useLang } from '../i18n/useLang';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionGate } from '../session/SessionGate';
import { afterPaintWhenIdle, markStartup } from './startupMarks';
import type { Lang, Role } from '../../shared/regulations/types';
import type { CaseStore } from '../../shared/store';
import type { UserRow } from '../../shared/store/database';
import type * as SignedInWorkstationModule from './SignedInWorkstation';

/**
 * The workstation (desks, data grid, charts, pickers) is its own chunk: the sign-in screen needs none of it, so it
 * appears sooner on a cold start, and the chunk is loaded in the background once the sign-in screen is painted, while
 * the user types the password.
 */
let workstationChunk: Promise<typeof SignedInWorkstationModule> | undefined;
/** The chunk once loaded: the desks render from it at once (no suspended first render, see Desks). */
let workstationModule: typeof SignedInWorkstationModule | undefined;
const loadWorkstation = () => {
  workstationChunk ??= import('./SignedInWorkstation').then(
    (module) => {
      workstationModule = module;
      markStartup('workstation-chunk-loaded');
      return module;
    },
    (error: unknown) => {
      workstationChunk = undefined; // not kept: a retry imports it again
      throw error;
    },
  );
  return workstationChunk;
};
const preloadWorkstation = () => void loadWorkstation().then((module) => module.warmDeskCalendar(), () => undefined);
/** At sign-in, before the desks render: their first worklist page, so the grid's first render has its rows. */
const prepareDesks = (store: CaseStore, user: UserRow, role: Role) => loadWorkstation().then((module) => module.prefetchFirstDesk(store, role, user.id));

/**
 * The platform bridge (Electron's menu and window title, or their browser fallbacks) validates its IPC payloads with the
 * zod schemas of shared/ipc: loaded after the first screen rather than in the entry chunk. Its two uses here are
 * effects that may happen a moment later.
 */
const loadPlatform = () => import('../platform/bridge').then((module) => module.platform);

/**
 * The desks, from their chunk. Not React.lazy + Suspense: a lazy component suspends on its first render even when its
 * chunk is already loaded (preloaded while the user typed the password), and React then holds the reveal back for a
 * few hundred milliseconds (its fallback throttling) — that wait came right after every sign-in. Should the chunk fail
 * to load (a damaged installation), the user is told so and may retry (the session stays signed in).
 */
function Desks({ lang, onLanguage, header }: { lang: Lang; onLanguage: (lang: Lang) => void; header: ReactNode }) {
  const { t } = useLang();
  const [module, setModule] = useState(workstationModule);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module || failed) return;
    let current = true;
    loadWorkstation().then(
      (loaded) => current && setModule(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [module, failed]);
  if (module) return <module.SignedInWorkstation lang={lang} onLanguage={onLanguage} />;
  if (!failed) return <LinearProgress aria-label={t('app.loading')} />;
  return (
    <>
      {header}
      <Box component="main" id="main" tabIndex={-1} sx={{ outline: 'none' }}>
        <Alert severity="error" role="alert" sx={{ m: 3 }} data-testid="desks-load-failed" action={<Button onClick={() => setFailed(false)} data-testid="desks-retry">{t('app.retry')}</Button>}>
          {t('app.loadFailed')}
        </Alert>
      </Box>
    </>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const { t, lang } = useLang();
  const [muiLocales, setMuiLocales] = useState<MuiLocales>();
  useEffect(
    () =>
      afterPaintWhenIdle(() => {
        void loadMuiLocales()
          .then(setMuiLocales)
          .catch(() => undefined); // English component defaults until a retry; every text of ours is still translated
      }),
    [],
  );
  const theme = useMemo(() => buildTheme(lang, muiLocales), [lang, muiLocales]);
  const [switching, setSwitching] = useState(false);

  // The document language, the window title and the native menu follow the UI language.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    return afterPaintWhenIdle(() => {
      void loadPlatform()
        .then((platform) => platform.setLanguage(lang))
        .catch(() => undefined);
    });
  }, [lang, t]);

  const changeLanguage = useCallback(
    (next: Lang) => {
      setSwitching(true);
      rememberLanguage(next);
      void i18n.changeLanguage(next).finally(() => setSwitching(false));
    },
    [i18n],
  );

  // The native menu (Electron) can switch the language too.
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let current = true;
    const cancel = afterPaintWhenIdle(() => {
      void loadPlatform().then((platform) => {
        if (!current) return;
        unsubscribe = platform.onMenuCommand((command) => {
          if (command.command === 'set-language') changeLanguage(command.language);
        });
      }, () => undefined);
    });
    return () => {
      current = false;
      cancel();
      unsubscribe?.();
    };
  }, [changeLanguage]);

  // The app bar of the screens before the desks (start, sign-in, lock, a desks' load failure); the desks have their own.
  const header = (
    <AppBar position="sticky" elevation={1} component="header">
      <Toolbar sx={{ gap: 2 }}>
        <Box component="img" src="./emblem.svg" alt="" sx={{ width: 32, height: 32 }} />
        <Typography variant="h6" component="h1" sx={{ flexGrow: 1, fontWeight: 500 }} noWrap>
          {t('app.title')}
        </Typography>
        <LanguageSwitch value={lang} onChange={changeLanguage} />
      </Toolbar>
    </AppBar>
  );

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Link
        href="#main"
        className="no-print"
        onClick={(event) => {
          // The hash carries the route, so the skip link moves focus itself instead of navigating.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
        sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}>
        {t('app.skipToContent')}
      </Link>
      <Box aria-busy={switching}>
        <SessionGate
          onSignInShown={preloadWorkstation}
          prepareDesks={prepareDesks}
          header={header}
        >
          <Desks lang={lang} onLanguage={changeLanguage} header={header} />
        </SessionGate>
      </Box>
    </ThemeProvider>
  );
}
