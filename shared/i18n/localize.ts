import type { LocalizedText } from '../regulations/types';
import { messages, type Messages } from './languages';

export type WhyKey = keyof Messages['why'];
export type Param = string | number | LocalizedText;

/**
 * A catalogue message in both languages, for code outside React (the workflow engine explains itself with these).
 * Parameters may themselves be localized texts (a step's action, a role's name) and are resolved per language.
 */
export function localizeWhy(key: WhyKey, params: Readonly<Record<string, Param>> = {}): LocalizedText {
  return localized((m) => m.why[key], params);
}

/**
 * Any catalogue message in both languages with its `{{name}}` parameters filled (a parameter left out stays as written;
 * a localized parameter is taken in each language) — for code outside React: the store, sync, the central service.
 */
export function localized(pick: (m: Messages) => string, params: Readonly<Record<string, Param>> = {}): LocalizedText {
  return { ru: interpolate(pick(messages.ru), params, 'ru'), kk: interpolate(pick(messages.kk), params, 'kk') };
}

/** A text from another section of the catalogue (role names, stage names, action names) in both languages. */
export function bilingual(pick: (m: Messages) => string): LocalizedText {
  return { ru: pick(messages.ru), kk: pick(messages.kk) };
}

/** Join localized texts per language. */
export function joinLocalized(items: readonly LocalizedText[], separator = ', '): LocalizedText {
  return { ru: items.map((i) => i.ru).join(separator), kk: items.map((i) => i.kk).join(separator) };
}

function interpolate(template: string, params: Readonly<Record<string, Param>>, lang: 'ru' | 'kk'): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}
