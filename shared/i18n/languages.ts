import ru from './ru.json';
import kk from './kk.json';
import type { Lang } from '../regulations/types';

/** Russian is the default UI language; Kazakh carries exactly the same keys (tests/shared/i18n checks it). */
export const DEFAULT_LANG: Lang = 'ru';
export const LANGS: readonly Lang[] = ['ru', 'kk'];

/** ru.json is the source of the key types: a key missing there does not compile. */
export type Messages = typeof ru;
export const messages: Readonly<Record<Lang, Messages>> = { ru, kk: kk as Messages };

/** BCP 47 tags for Intl formatting of dates and numbers. */
export const LOCALE_TAGS: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: 'kk-KZ' };

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'kk';
}
