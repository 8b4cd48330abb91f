/**
 * `window.electronApi` is set by electron/preload.ts inside Electron and absent in a plain browser. Only
 * renderer/platform/bridge.ts reads it; everything else uses `platform` from there.
 */
import type { ElectronApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    electronApi?: ElectronApi;
  }
}

export {};
