import ruCore from './ru.json';
import kkCore from './kk.json';
import reportsRu from './areas/reports.ru.json';
import reportsKk from './areas/reports.kk.json';
import syncRu from './areas/sync.ru.json';
import syncKk from './areas/sync.kk.json';
import commissionRu from './areas/commission.ru.json';
import commissionKk from './areas/commission.kk.json';
import syncServerRu from './areas/syncServer.ru.json';
import syncServerKk from './areas/syncServer.kk.json';
import type { Lang } from '../regulations/types';

/** Russian is the default UI language; Kazakh carries exactly the same keys (tests/shared/i18n checks it). */
export const DEFAULT_LANG: Lang = 'ru';
export const LANGS: readonly Lang[] = ['ru', 'kk'];

/**
 * The catalogue is the core file (ru.json / kk.json) plus one file pair per area in ./areas, each holding its own
 * top-level sections, so areas are edited independently. The Russian side is the source of the key types: a key
 * missing there does not compile; tests/shared/i18n checks that Kazakh carries the same keys.
 */
const ru = { ...ruCore, ...reportsRu, ...syncRu, ...commissionRu, ...syncServerRu };
const kk = { ...kkCore, ...reportsKk, ...syncKk, ...commissionKk, ...syncServerKk };
export type Messages = typeof ru;
export const messages: Readonly<Record<Lang, Messages>> = { ru, kk: kk as Messages };

/** BCP 47 tags for Intl formatting of dates and numbers. */
export const LOCALE_TAGS: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: 'kk-KZ' };

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'kk';
}
