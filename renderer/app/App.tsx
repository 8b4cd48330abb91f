import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import CssBaseline from '@mui/material/CssBaseline';
import Link from '@mui/material/Link';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
import { useTranslation } from 'react-i18next';
import { buildTheme } from '../theme/theme';
import { rememberLanguage } from '../i18n/setup';
import { useLang } from '../i18n/useLang';
import { pickerLocaleText } from '../i18n/pickerLocale';
import { platform } from '../platform/bridge';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionGate } from '../session/SessionGate';
import type { Lang } from '../../shared/regulations/types';

/**
 * The workstation (desks, data grid, charts, pickers) is its own chunk: the sign-in screen needs none of it, so it
 * appears sooner on a cold start, and the chunk is fetched in the background while the user types the password.
 */
const loadWorkstation = () => import('../workstation/Workstation');
const Workstation = lazy(() => loadWorkstation().then((module) => ({ default: module.Workstation })));

export function App() {
  const { i18n } = useTranslation();
  const { t, lang } = useLang();
  const theme = useMemo(() => buildTheme(lang), [lang]);
  // One provider for every date picker: dayjs's ru / kk locale (month and day names, ДД.ММ.ГГГГ) and our texts.
  const pickerTexts = useMemo(() => pickerLocaleText(t, lang), [t, lang]);
  const [switching, setSwitching] = useState(false);

  // The document language, the window title and the native menu follow the UI language.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    void platform.setLanguage(lang).catch(() => undefined);
  }, [lang, t]);

  const changeLanguage = useCallback(
    (next: Lang) => {
      setSwitching(true);
      rememberLanguage(next);
      void i18n.changeLanguage(next).finally(() => setSwitching(false));
    },
    [i18n],
  );

  useEffect(() => {
    void loadWorkstation().catch(() => undefined); // a failure shows when the workstation is needed (Suspense retries)
  }, []);

  // The native menu (Electron) can switch the language too.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command.command === 'set-language') changeLanguage(command.language);
      }),
    [changeLanguage],
  );

  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={lang} localeText={pickerTexts}>
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
              <Workstation lang={lang} onLanguage={changeLanguage} />
            </Suspense>
          </SessionGate>
        </Box>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
