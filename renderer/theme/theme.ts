import { createTheme, type Theme } from '@mui/material/styles';
import type { Localization } from '@mui/material/locale';
import type { Lang } from '../../shared/regulations/types';

const FONT_STACK = '"Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif';

/** MUI's own component texts in ru and kk. Loaded after the first screen: the module builds number formatters on load. */
export type MuiLocales = Readonly<Record<Lang, Localization>>;
export const loadMuiLocales = (): Promise<MuiLocales> => import('@mui/material/locale').then((m) => ({ ru: m.ruRU, kk: m.kkKZ }));

/**
 * One theme per UI language: MUI's own component texts (pagination, autocomplete, alerts…) follow the language too,
 * once `locales` are loaded (the sign-in screen uses none of them).
 */
export function buildTheme(lang: Lang, locales?: MuiLocales): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: '#00628b' }, // the blue of the state emblem, darkened for contrast (WCAG AA on white)
        secondary: { main: '#9a6b00' },
        // MUI's default warning orange is 3.1:1 on white; this one passes WCAG AA (4.6:1) for button text.
        warning: { main: '#b45309', contrastText: '#ffffff' },
        background: { default: '#f4f6f8' },
      },
      typography: { fontFamily: FONT_STACK, fontSize: 14 },
      shape: { borderRadius: 6 },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        MuiCssBaseline: {
          styleOverrides: {
            // Visible focus for keyboard users on every control.
            ':focus-visible': { outline: '3px solid #f0b400', outlineOffset: '2px' },
          },
        },
      },
    },
    locales?.[lang] ?? {},
  );
}
