/** IpcChannel.openExternal — an http/https link opened in the OS browser, never inside the app. */
import { IpcChannel } from '../../shared/ipc/contract';
import { isSafeExternalUrl } from '../security';
import { handleTrusted, IpcRequestRejected, type IpcContext } from './trusted-handler';

export type ExternalLinkDeps = {
  /** `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
};

export function registerExternalLinkHandlers(context: IpcContext, deps: ExternalLinkDeps): void {
  handleTrusted(context, IpcChannel.openExternal, async (url) => {
    // The contract's pattern is a first filter; the URL parser decides (credentials, odd hosts, other schemes).
    if (!isSafeExternalUrl(url)) {
      const message = `IPC "${IpcChannel.openExternal}" refused: only http and https links open externally`;
      context.log(message);
      throw new IpcRequestRejected(message);
    }
    await deps.openExternal(url);
    return undefined;
  });
}
