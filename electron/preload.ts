/**
 * The preload exposes ONE object, `window.electronApi`, implementing `ElectronApi` from shared/ipc/contract.ts.
 * Each method is one `ipcRenderer.invoke` on its channel; `ipcRenderer` itself never reaches the page.
 * It runs sandboxed (only `electron`'s renderer modules are available); it uses only the contract's channel names,
 * so the bundle stays small (the contract's zod schemas are tree-shaken away; main does the validating).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IpcChannel,
  MainEventChannel,
  type ElectronApi,
  type IpcRequest,
  type IpcResponse,
  type MenuCommand,
} from '../shared/ipc/contract';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

const api = {
  getAppInfo: () => invoke(IpcChannel.getAppInfo, undefined),
  savePdf: (request) => invoke(IpcChannel.savePdf, request),
  saveFile: (request) => invoke(IpcChannel.saveFile, request),
  openFile: (request) => invoke(IpcChannel.openFile, request),
  setLanguage: (language) => invoke(IpcChannel.setLanguage, language),
  openExternal: (url) => invoke(IpcChannel.openExternal, url),
  onMenuCommand: (listener) => {
    // Only main can send on this channel (renderers cannot message each other), and main sends a MenuCommand.
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(MainEventChannel.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(MainEventChannel.menuCommand, forward);
    };
  },
} satisfies ElectronApi;

contextBridge.exposeInMainWorld('electronApi', api);
