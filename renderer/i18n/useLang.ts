import { useTranslation } from 'react-i18next';
import { isLang, LOCALE_TAGS } from '../../shared/i18n/languages';
import type { Lang, LocalizedText, Term } from '../../shared/regulations/types';

/** The current UI language and the formatters that follow it (dates, numbers, terms, regulation texts). */
export function useLang() {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'ru';
  const numberFormat = new Intl.NumberFormat(LOCALE_TAGS[lang]);
  return {
    t,
    lang,
    /** A regulation text in the UI language. */
    text: (value: LocalizedText) => value[lang],
    /** An ISO date 'YYYY-MM-DD' as the locale writes it. */
    // Both languages write dates as ДД.ММ.ГГГГ in official documents; Chromium's kk-KZ data gives ISO order instead.
    date: (iso: string) => formatIsoDate(iso),
    number: (value: number) => numberFormat.format(value),
    term: (term: Term) => t(`termUnit.${term.unit}`, { count: term.value }),
  };
}

/** 'YYYY-MM-DD' → 'ДД.ММ.ГГГГ' (the form used in Kazakhstan's official documents in both languages). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
