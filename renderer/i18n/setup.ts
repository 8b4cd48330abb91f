import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, messages } from '../../shared/i18n/languages';
import type { Lang } from '../../shared/regulations/types';

const STORAGE_KEY = 'ui.language';

/** The language chosen last time on this workstation (kept in this profile's storage). */
export function rememberedLanguage(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this session.
  }
}

export function setupI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { ru: { translation: messages.ru }, kk: { translation: messages.kk } },
      lng: rememberedLanguage(),
      fallbackLng: DEFAULT_LANG,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}
