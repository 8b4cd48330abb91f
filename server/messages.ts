import { messages, type Messages } from '../shared/i18n/languages';
import type { LocalizedText } from '../shared/regulations/types';
import type { RejectionCode, RequestErrorCode } from '../shared/sync/protocol';

/**
 * The centre's reasons in both languages, from the catalogue area shared/i18n/areas/syncServer.*.json: the desktop
 * shows them to a person as they come (a rejected action, a refused enrolment).
 */
type Params = Readonly<Record<string, string | number | LocalizedText>>;

function fill(template: string, params: Params, lang: 'ru' | 'kk'): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

function localized(pick: (m: Messages) => string, params: Params): LocalizedText {
  return { ru: fill(pick(messages.ru), params, 'ru'), kk: fill(pick(messages.kk), params, 'kk') };
}

export function requestMessage(code: RequestErrorCode, params: Params = {}): LocalizedText {
  return localized((m) => m.syncServer.request[code], params);
}

export function rejectionMessage(code: RejectionCode, params: Params = {}): LocalizedText {
  return localized((m) => m.syncServer.rejection[code], params);
}

export function conflictMessage(params: { readonly seq: number; readonly case: string; readonly type: string; readonly office: string }): LocalizedText {
  return localized((m) => m.syncServer.conflict, { ...params, type: actionName(params.type) });
}

/** An action type as the catalogue names it ("Регистрация заявления"), the type itself when the catalogue has none. */
function actionName(type: string): LocalizedText {
  const name = (m: Messages) => (m.action as Readonly<Record<string, string>>)[type] ?? type;
  return { ru: name(messages.ru), kk: name(messages.kk) };
}
