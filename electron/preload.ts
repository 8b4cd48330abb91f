/**
 * The preload exposes ONE object, `window.electronApi`, implementing `ElectronApi` from shared/ipc/contract.ts.
 * Each method is one `ipcRenderer.invoke` on its channel; `ipcRenderer` itself never reaches the page.
 *
 * It runs sandboxed before every page load, so it imports the contract for types only: the channel names below are
 * string literals checked against `IpcChannel` / `MainEventChannel` by the compiler (a wrong name or a request of
 * the wrong shape does not compile), and the bundle stays free of zod. main does all validating.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  ElectronApi,
  IpcChannel,
  IpcRequest,
  IpcResponse,
  MainEventChannel,
  MenuCommand,
} from '../shared/ipc/contract';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

const menuCommandChannel: MainEventChannel = 'menu:command';

const api = {
  getAppInfo: () => invoke('app:get-info', undefined),
  savePdf: (request) => invoke('pdf:save', request),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  saveStreamOpen: (request) => invoke('file:save-stream:open', request),
  saveStreamWrite: (request) => invoke('file:save-stream:write', request),
  saveStreamClose: (request) => invoke('file:save-stream:close', request),
  saveStreamAbort: (request) => invoke('file:save-stream:abort', request),
  openStreamOpen: (request) => invoke('file:open-stream:open', request),
  openStreamRead: (request) => invoke('file:open-stream:read', request),
  openStreamClose: (request) => invoke('file:open-stream:close', request),
  setLanguage: (language) => invoke('ui:set-language', language),
  openExternal: (url) => invoke('shell:open-external', url),
  onMenuCommand: (listener) => {
    // Only main can send on this channel (renderers cannot message each other), and main sends a MenuCommand.
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
} satisfies ElectronApi;

contextBridge.exposeInMainWorld('electronApi', api);
