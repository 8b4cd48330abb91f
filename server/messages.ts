import { messages, type Messages } from '../shared/i18n/languages';
import { localized } from '../shared/i18n/localize';
import type { LocalizedText } from '../shared/regulations/types';
import type { RejectionCode, RequestErrorCode } from '../shared/sync/protocol';

/**
 * The centre's reasons in both languages, from the catalogue area shared/i18n/areas/syncServer.*.json: the desktop
 * shows them to a person as they come (a rejected action, a refused enrolment).
 */
type Params = Readonly<Record<string, string | number | LocalizedText>>;

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
