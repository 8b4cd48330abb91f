import { useTranslation } from 'react-i18next';
import { almatyUtcOffsetAt } from '../../shared/calendar';
import { isLang, LOCALE_TAGS } from '../../shared/i18n/languages';
import type { Lang, LocalizedText, Term } from '../../shared/regulations/types';

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** One number format per language, made on first use (building one costs more than a render of most components). */
function numberFormatOf(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[lang]);
    numberFormats.set(lang, format);
  }
  return format;
}

/** The current UI language and the formatters that follow it (dates, numbers, terms, regulation texts). */
export function useLang() {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'ru';
  return {
    t,
    lang,
    /** A regulation text in the UI language. */
    text: (value: LocalizedText) => value[lang],
    /** An ISO date 'YYYY-MM-DD' as the locale writes it. */
    // Both languages write dates as ДД.ММ.ГГГГ in official documents; Chromium's kk-KZ data gives ISO order instead.
    date: (iso: string) => formatIsoDate(iso),
    number: (value: number) => numberFormatOf(lang).format(value),
    /** An instant as the office's local (Almaty) date and time, 'ДД.ММ.ГГГГ ЧЧ:ММ', whatever the machine's zone. */
    dateTime: (instant: string) => formatInstant(instant),
    term: (term: Term) => t(`termUnit.${term.unit}`, { count: term.value }),
  };
}

/** 'YYYY-MM-DD' → 'ДД.ММ.ГГГГ' (the form used in Kazakhstan's official documents in both languages). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** 'ДД.ММ.ГГГГ ЧЧ:ММ' in Almaty time (UTC+6 before 1 March 2024, UTC+5 since). */
export function formatInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const local = new Date(ms + almatyUtcOffsetAt(ms) * 60_000).toISOString();
  return `${formatIsoDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
