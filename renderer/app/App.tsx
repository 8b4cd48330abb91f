import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
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
import { markStartup } from './startupMarks';
import type { Lang } from '../../shared/regulations/types';
import type * as SignedInWorkstationModule from './SignedInWorkstation';

/**
 * The workstation (desks, data grid, charts, pickers) is its own chunk: the sign-in screen needs none of it, so it
 * appears sooner on a cold start, and the chunk is loaded in the background once the sign-in screen is painted, while
 * the user types the password.
 */
let workstationChunk: Promise<typeof SignedInWorkstationModule> | undefined;
const loadWorkstation = () => {
  workstationChunk ??= import('./SignedInWorkstation').then(
    (module) => {
      markStartup('workstation-chunk-loaded');
      return module;
    },
    (error: unknown) => {
      workstationChunk = undefined; // Suspense retries when the workstation is needed
      throw error;
    },
  );
  return workstationChunk;
};
const preloadWorkstation = () => void loadWorkstation().catch(() => undefined);

/**
 * The platform bridge (Electron's menu and window title, or their browser fallbacks) validates its IPC payloads with the
 * zod schemas of shared/ipc: loaded after the first screen rather than in the entry chunk. Its two uses here are
 * effects that may happen a moment later.
 */
const loadPlatform = () => import('../platform/bridge').then((module) => module.platform);
const SignedInWorkstation = lazy(() => loadWorkstation().then((module) => ({ default: module.SignedInWorkstation })));

export function App() {
  const { i18n } = useTranslation();
  const { t, lang } = useLang();
  const [muiLocales, setMuiLocales] = useState<MuiLocales>();
  useEffect(() => {
    void loadMuiLocales()
      .then(setMuiLocales)
      .catch(() => undefined); // English component defaults until a retry; every text of ours is still translated
  }, []);
  const theme = useMemo(() => buildTheme(lang, muiLocales), [lang, muiLocales]);
  const [switching, setSwitching] = useState(false);

  // The document language, the window title and the native menu follow the UI language.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    void loadPlatform()
      .then((platform) => platform.setLanguage(lang))
      .catch(() => undefined);
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
    void loadPlatform().then((platform) => {
      if (!current) return;
      unsubscribe = platform.onMenuCommand((command) => {
        if (command.command === 'set-language') changeLanguage(command.language);
      });
    }, () => undefined);
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, [changeLanguage]);

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
          header={
            <AppBar position="sticky" elevation={1} component="header">
              <Toolbar sx={{ gap: 2 }}>
                <Box component="img" src="./emblem.svg" alt="" sx={{ width: 32, height: 32 }} />
                <Typography variant="h6" component="h1" sx={{ flexGrow: 1, fontWeight: 500 }} noWrap>
                  {t('app.title')}
                </Typography>
                <LanguageSwitch value={lang} onChange={changeLanguage} />
              </Toolbar>
            </AppBar>
          }
        >
          <Suspense fallback={<LinearProgress aria-label={t('app.loading')} />}>
            <SignedInWorkstation lang={lang} onLanguage={changeLanguage} />
          </Suspense>
        </SessionGate>
      </Box>
    </ThemeProvider>
  );
}
