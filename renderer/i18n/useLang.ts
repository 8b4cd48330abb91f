import { useTranslation } from 'react-i18next';
import { isLang, LOCALE_TAGS } from '../../shared/i18n/languages';
import type { Lang, LocalizedText, Term } from '../../shared/regulations/types';

/** The current UI language and the formatters that follow it (dates, numbers, terms, regulation texts). */
export function useLang() {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'ru';
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return {
    t,
    lang,
    /** A regulation text in the UI language. */
    text: (value: LocalizedText) => value[lang],
    /** An ISO date 'YYYY-MM-DD' as the locale writes it. */
    date: (iso: string) => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : ''),
    term: (term: Term) => t(`termUnit.${term.unit}`, { count: term.value }),
  };
}
