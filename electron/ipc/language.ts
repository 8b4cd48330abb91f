/** IpcChannel.setLanguage — the renderer switched the UI language; main rebuilds the menu and the title. */
import { IpcChannel, type UiLanguage } from '../../shared/ipc/contract';
import { handleTrusted, type IpcContext } from './trusted-handler';

export type LanguageDeps = {
  applyLanguage: (language: UiLanguage) => void;
};

export function registerLanguageHandlers(context: IpcContext, deps: LanguageDeps): void {
  handleTrusted(context, IpcChannel.setLanguage, async (language) => {
    deps.applyLanguage(language);
    return undefined;
  });
}
