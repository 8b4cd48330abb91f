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
  MAX_STREAM_CHUNK_BYTES,
  type AppInfo,
  type ElectronApi,
  type FileFilter,
  type FileFilters,
  type OpenFileRequest,
  type OpenFileResult,
  type OpenStreamChunk,
  type OpenStreamRead,
  type OpenStreamRequest,
  type OpenStreamResult,
  type SavePdfRequest,
  type SaveFileRequest,
  type SaveResult,
  type SaveStreamOpened,
  type SaveStreamRequest,
  type SaveStreamWrite,
  type StreamHandleRequest,
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

/** Lets the user pick one file through a hidden <input type=file>; null when the picker was dismissed. */
function pickFileObject(filters: FileFilters | undefined): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    const accept = acceptAttribute(filters);
    if (accept !== '') input.accept = accept;
    input.style.display = 'none';
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        input.remove();
        resolve(file ?? null);
      },
      { once: true },
    );
    // Chromium fires `cancel` when the dialog is dismissed.
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

/**
 * Streams of the browser fallback, by handle: a file being saved is a list of Blobs (Chromium keeps large blobs on
 * disk, not in the page's memory) handed to the download on close; a file being read is the picked File, sliced.
 */
const browserStreams = new Map<string, { kind: 'save'; name: string; parts: Blob[] } | { kind: 'open'; file: File; at: number }>();

function browserStream<K extends 'save' | 'open'>(handle: string, kind: K) {
  const found = browserStreams.get(handle);
  if (found === undefined || found.kind !== kind) throw new Error('unknown stream handle');
  return found as Extract<typeof found, { kind: K }>;
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

  async saveStreamOpen(request: SaveStreamRequest): Promise<SaveStreamOpened> {
    const handle = crypto.randomUUID();
    browserStreams.set(handle, { kind: 'save', name: request.suggestedName, parts: [] });
    return { status: 'opened', handle };
  },

  async saveStreamWrite(request: SaveStreamWrite): Promise<void> {
    browserStream(request.handle, 'save').parts.push(new Blob([request.bytes as Uint8Array<ArrayBuffer>]));
  },

  async saveStreamClose(request: StreamHandleRequest): Promise<SaveResult> {
    const stream = browserStream(request.handle, 'save');
    browserStreams.delete(request.handle);
    download(new Blob(stream.parts, { type: 'application/octet-stream' }), stream.name);
    return { status: 'handed-to-browser', fileName: stream.name };
  },

  async saveStreamAbort(request: StreamHandleRequest): Promise<void> {
    browserStream(request.handle, 'save');
    browserStreams.delete(request.handle);
  },

  async openStreamOpen(request: OpenStreamRequest): Promise<OpenStreamResult> {
    const file = await pickFileObject(request.filters);
    if (file === null) return null;
    const handle = crypto.randomUUID();
    browserStreams.set(handle, { kind: 'open', file, at: 0 });
    return { name: file.name, size: file.size, handle };
  },

  async openStreamRead(request: OpenStreamRead): Promise<OpenStreamChunk> {
    const stream = browserStream(request.handle, 'open');
    const piece = new Uint8Array(await stream.file.slice(stream.at, stream.at + Math.min(request.maxBytes, MAX_STREAM_CHUNK_BYTES)).arrayBuffer());
    stream.at += piece.byteLength;
    return piece.byteLength === 0 ? null : piece;
  },

  async openStreamClose(request: StreamHandleRequest): Promise<void> {
    browserStream(request.handle, 'open');
    browserStreams.delete(request.handle);
  },

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
  saveStreamOpen: (request) => current().saveStreamOpen(request),
  saveStreamWrite: (request) => current().saveStreamWrite(request),
  saveStreamClose: (request) => current().saveStreamClose(request),
  saveStreamAbort: (request) => current().saveStreamAbort(request),
  openStreamOpen: (request) => current().openStreamOpen(request),
  openStreamRead: (request) => current().openStreamRead(request),
  openStreamClose: (request) => current().openStreamClose(request),
  setLanguage: (language) => current().setLanguage(language),
  openExternal: (url) => current().openExternal(url),
  onMenuCommand: (listener) => current().onMenuCommand(listener),
};

// ---------------------------------------------------------------------------------------------------------------
// Files of any size, in chunks (backups): the same calls in Electron (IPC, chunk by chunk to disk) and a browser.
// ---------------------------------------------------------------------------------------------------------------

/** A file being saved: write chunks in order, then close (the file is kept) or abort (nothing is kept). */
export type FileSink = {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<SaveResult>;
  abort(): Promise<void>;
};

/**
 * Asks where to save a file written in chunks (Electron: a save dialog; a browser: the download happens on close).
 * Resolves to undefined when the user cancelled. Chunks larger than one IPC message are split.
 */
export async function saveFileInChunks(request: SaveStreamRequest): Promise<FileSink | undefined> {
  const api = current();
  const opened = await api.saveStreamOpen(request);
  if (opened.status === 'cancelled') return undefined;
  const { handle } = opened;
  return {
    async write(chunk) {
      for (let at = 0; at < chunk.byteLength; at += MAX_STREAM_CHUNK_BYTES) {
        await api.saveStreamWrite({ handle, bytes: chunk.subarray(at, at + MAX_STREAM_CHUNK_BYTES) });
      }
    },
    close: () => api.saveStreamClose({ handle }),
    abort: () => api.saveStreamAbort({ handle }),
  };
}

/** A file opened for reading in chunks; the stream closes the file at its end or when cancelled. */
export type OpenedFileStream = { readonly name: string; readonly size: number; readonly stream: ReadableStream<Uint8Array> };

/** Default piece read per IPC call. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/** Lets the user pick a file and reads it as a stream (Electron: IPC reads; a browser: `file.stream()`). */
export async function openFileInChunks(request: OpenStreamRequest, chunkBytes = READ_CHUNK_BYTES): Promise<OpenedFileStream | null> {
  if (!isElectron()) {
    const file = await pickFileObject(request.filters);
    return file === null ? null : { name: file.name, size: file.size, stream: file.stream() };
  }
  const api = current();
  const opened = await api.openStreamOpen(request);
  if (opened === null) return null;
  const { handle } = opened;
  const maxBytes = Math.max(1, Math.min(chunkBytes, MAX_STREAM_CHUNK_BYTES));
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const piece = await api.openStreamRead({ handle, maxBytes });
        if (piece !== null) {
          controller.enqueue(piece);
          return;
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
      await api.openStreamClose({ handle }).catch(() => undefined);
    },
    cancel: () => api.openStreamClose({ handle }).catch(() => undefined),
  });
  return { name: opened.name, size: opened.size, stream };
}
