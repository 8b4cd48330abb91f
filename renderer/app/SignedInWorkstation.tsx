import { useMemo } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
import type { Lang } from '../../shared/regulations/types';
import { pickerLocaleText } from '../i18n/pickerLocale';
import { useLang } from '../i18n/useLang';
import { Workstation } from '../workstation/Workstation';

// What the sign-in awaits before it shows the desks (App.tsx): in this chunk, with the desks it prepares.
export { prefetchFirstDesk, warmDeskCalendar } from '../workstation/prefetchFirstDesk';

/**
 * The signed-in part of the app, loaded as its own chunk (the sign-in screen needs none of it): the desks, and the one
 * provider of every date picker — dayjs's ru / kk locale (month and day names, ДД.ММ.ГГГГ) and our texts.
 */
export function SignedInWorkstation({ lang, onLanguage }: { lang: Lang; onLanguage: (lang: Lang) => void }) {
  const { t } = useLang();
  const pickerTexts = useMemo(() => pickerLocaleText(t, lang), [t, lang]);
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={lang} localeText={pickerTexts}>
      <Workstation lang={lang} onLanguage={onLanguage} />
    </LocalizationProvider>
  );
}
