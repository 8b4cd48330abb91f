/**
 * The ONLY way the renderer reaches the platform (files, PDF, app info, language of the menu, external links).
 *
 * Inside Electron every call goes to `window.electronApi` (electron/preload.ts). In a plain browser — the Chromium
 * app window `npm start` opens when Electron's binary is missing, or Playwright against `vite preview` — the same
 * calls fall back to web APIs: downloads, <input type=file>, the browser's print dialog. The renderer never needs
 * to know which one it got, except where `isElectron()` changes what a screen should say.
 */
import {
  MAX_FILE_BYTES,
  type AppInfo,
  type ElectronApi,
  type FileFilter,
  type OpenFileRequest,
  type OpenFileResult,
  type SavePdfRequest,
  type SaveFileRequest,
  type SaveResult,
} from '../../shared/ipc/contract';

/** True inside the Electron window (the preload exposed its API). */
export function isElectron(): boolean {
  return typeof window !== 'undefined' && window.electronApi !== undefined;
}

/** The data folder's value in a browser; screens show a translated text when `runtime` is 'browser'. */
export const BROWSER_DATA_FOLDER = 'IndexedDB of this browser profile';

function acceptAttribute(filters: readonly FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions).filter((ext) => ext !== '*');
  return extensions.map((ext) => `.${ext}`).join(',');
}

/** Hands a Blob to the browser as a download named `fileName`. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Prints an HTML document through a hidden iframe; the browser's print dialog offers "Save as PDF". */
function printHtml(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    // Same origin so this page may call print() on it; no allow-scripts: a template never runs code.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        // print() blocks until the dialog closes in Chromium; removal after it is safe.
        view?.focus();
        view?.print();
        setTimeout(() => frame.remove(), 1_000);
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}

function pickFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    const accept = acceptAttribute(request.filters);
    if (accept !== '') input.accept = accept;
    input.style.display = 'none';
    const done = (): void => input.remove();
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        done();
        if (file === undefined) {
          resolve(null);
          return;
        }
        const limit = request.maxBytes ?? MAX_FILE_BYTES;
        if (file.size > limit) {
          reject(new Error(`"${file.name}" is ${file.size} bytes; files up to ${limit} bytes can be opened`));
          return;
        }
        file
          .arrayBuffer()
          .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
          .catch(reject);
      },
      { once: true },
    );
    // Chromium fires `cancel` when the dialog is dismissed.
    input.addEventListener(
      'cancel',
      () => {
        done();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The plain-browser implementation of the same API. */
export const browserPlatform: ElectronApi = {
  async getAppInfo(): Promise<AppInfo> {
    return {
      version: __APP_VERSION__,
      dataFolder: BROWSER_DATA_FOLDER,
      platform: 'browser',
      isPackaged: false,
      runtime: 'browser',
    };
  },

  async savePdf(request: SavePdfRequest): Promise<SaveResult> {
    const fileName = /\.pdf$/i.test(request.suggestedName) ? request.suggestedName : `${request.suggestedName}.pdf`;
    if (request.source.kind === 'current-view') window.print();
    else await printHtml(request.source.html);
    return { status: 'handed-to-browser', fileName };
  },

  async saveFile(request: SaveFileRequest): Promise<SaveResult> {
    const { content } = request;
    const blob =
      content.kind === 'text'
        ? new Blob([content.text], { type: 'text/plain;charset=utf-8' })
        : new Blob([content.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
    download(blob, request.suggestedName);
    return { status: 'handed-to-browser', fileName: request.suggestedName };
  },

  openFile: pickFile,

  // No native menu in a browser: nothing to rebuild.
  async setLanguage(): Promise<void> {},

  async openExternal(url: string): Promise<void> {
    if (!isHttpUrl(url)) throw new Error('only http and https links open externally');
    window.open(url, '_blank', 'noopener,noreferrer');
  },

  onMenuCommand: () => () => {},
};

function current(): ElectronApi {
  return window.electronApi ?? browserPlatform;
}

/** What the renderer calls. Chooses Electron or the browser fallback on every call. */
export const platform: ElectronApi = {
  getAppInfo: () => current().getAppInfo(),
  savePdf: (request) => current().savePdf(request),
  saveFile: (request) => current().saveFile(request),
  openFile: (request) => current().openFile(request),
  setLanguage: (language) => current().setLanguage(language),
  openExternal: (url) => current().openExternal(url),
  onMenuCommand: (listener) => current().onMenuCommand(listener),
};
