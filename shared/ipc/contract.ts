/**
 * The ONE contract between the renderer and the Electron main process.
 *
 * - `IpcChannel` names every request/response channel (renderer → main, `ipcRenderer.invoke`).
 * - `MainEventChannel` names the few events main pushes to the renderer (menu commands).
 * - Every payload and result has a zod schema; the schema and its type share one name.
 * - `ipcSchemas` maps each channel to its request and response schema: main validates both with it.
 * - `ElectronApi` is the typed object the preload exposes as `window.electronApi`; the renderer reaches it only
 *   through renderer/platform/bridge.ts, which falls back to web APIs in a plain browser.
 *
 * Pure TypeScript + zod: no Electron, Node or DOM here (it is imported by main, preload, renderer and tests).
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------------------------

/** Request/response channels, keyed by the `ElectronApi` method that uses them. */
export const IpcChannel = {
  getAppInfo: 'app:get-info',
  savePdf: 'pdf:save',
  saveFile: 'file:save',
  openFile: 'file:open',
  saveStreamOpen: 'file:save-stream:open',
  saveStreamWrite: 'file:save-stream:write',
  saveStreamClose: 'file:save-stream:close',
  saveStreamAbort: 'file:save-stream:abort',
  openStreamOpen: 'file:open-stream:open',
  openStreamRead: 'file:open-stream:read',
  openStreamClose: 'file:open-stream:close',
  setLanguage: 'ui:set-language',
  openExternal: 'shell:open-external',
} as const;
export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Events main sends to the renderer (`webContents.send`). */
export const MainEventChannel = {
  menuCommand: 'menu:command',
} as const;
export type MainEventChannel = (typeof MainEventChannel)[keyof typeof MainEventChannel];

// ---------------------------------------------------------------------------------------------------------------
// Limits — why each one exists is written next to it. Oversized payloads are rejected before any work is done.
// ---------------------------------------------------------------------------------------------------------------

/** Largest file saved or opened through the bridge (backups, exports, scanned attachments). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Largest piece of a streamed file (backups of any size): one chunk written or read per IPC call, so neither process
 * ever holds the whole file. The file itself has no limit but the disk.
 */
export const MAX_STREAM_CHUNK_BYTES = 8 * 1024 * 1024;
/** Streams one window may have open at once (a backup and a restore need one each; a leak cannot pile up). */
export const MAX_OPEN_STREAMS = 4;
/** Largest text saved through the bridge, in UTF-16 code units (≈ MAX_FILE_BYTES of UTF-8 at worst ×2). */
export const MAX_TEXT_CHARS = 32 * 1024 * 1024;
/** Largest HTML document printed to PDF (print templates with inline images stay far below this). */
export const MAX_HTML_CHARS = 16 * 1024 * 1024;
/** Longest URL handed to the OS browser (a conservative common limit of browsers and shells). */
export const MAX_URL_CHARS = 2048;
/** Longest suggested file name (most file systems allow 255 bytes; Cyrillic takes 2 bytes in UTF-8). */
export const MAX_FILE_NAME_CHARS = 120;

// ---------------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------------

/** The two UI languages (same values as `Lang` in shared/regulations/types.ts). */
export const UiLanguage = z.enum(['ru', 'kk']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/**
 * A file name suggested to a save dialog: a bare name, never a path. Characters Windows forbids in names, path
 * separators and control characters are rejected so a name cannot steer the dialog into another folder.
 */
export const FileName = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_CHARS)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being rejected
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without path separators or the characters \\ / : * ? " < > |')
  .refine((name) => name !== '.' && name !== '..', 'not "." or ".."');
export type FileName = z.infer<typeof FileName>;

/** One entry of a dialog's file-type list, e.g. `{ name: 'PDF', extensions: ['pdf'] }` (extensions without dot). */
export const FileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension without the dot, or *'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilter>;

export const FileFilters = z.array(FileFilter).max(10);
export type FileFilters = z.infer<typeof FileFilters>;

/** Raw bytes (structured clone delivers a Uint8Array; Node's Buffer is one too). */
export const FileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes as a Uint8Array')
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, `at most ${MAX_FILE_BYTES} bytes`);
export type FileBytes = z.infer<typeof FileBytes>;

/** An http or https URL — the only links the app hands to the OS browser. main re-checks it with `URL` parsing. */
export const ExternalUrl = z
  .string()
  .max(MAX_URL_CHARS)
  .regex(/^https?:\/\/[^\s/]+/i, 'an http:// or https:// URL');
export type ExternalUrl = z.infer<typeof ExternalUrl>;

// ---------------------------------------------------------------------------------------------------------------
// Payloads and results
// ---------------------------------------------------------------------------------------------------------------

/** Which shell the app runs in: the Electron window or a plain browser (the Chromium app-window fallback). */
export const Runtime = z.enum(['electron', 'browser']);
export type Runtime = z.infer<typeof Runtime>;

export const AppInfo = z.strictObject({
  version: z.string().min(1).max(64),
  /** Where the data lives: Electron's userData folder, or a description of the browser profile's IndexedDB. */
  dataFolder: z.string().min(1).max(4096),
  /** `process.platform` in Electron (`win32`, `linux`, `darwin`); `browser` in the fallback. */
  platform: z.string().min(1).max(32),
  /** True only for an installed build (electron-builder output), false for `npm start` and the browser. */
  isPackaged: z.boolean(),
  runtime: Runtime,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Paper sizes used by the offices' print templates. */
export const PdfPageSize = z.enum(['A4', 'A5', 'A3']);
export type PdfPageSize = z.infer<typeof PdfPageSize>;

/** What to print: the window as it is now (print CSS applies), or a given HTML document (a print template). */
export const PdfSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('current-view') }),
  z.strictObject({ kind: z.literal('html'), html: z.string().min(1).max(MAX_HTML_CHARS) }),
]);
export type PdfSource = z.infer<typeof PdfSource>;

export const SavePdfRequest = z.strictObject({
  source: PdfSource,
  /** Suggested file name; `.pdf` is appended when missing. */
  suggestedName: FileName,
  pageSize: PdfPageSize.optional(),
  landscape: z.boolean().optional(),
});
export type SavePdfRequest = z.infer<typeof SavePdfRequest>;

/** Text (written as UTF-8) or raw bytes. */
export const FileContent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().max(MAX_TEXT_CHARS) }),
  z.strictObject({ kind: z.literal('bytes'), bytes: FileBytes }),
]);
export type FileContent = z.infer<typeof FileContent>;

export const SaveFileRequest = z.strictObject({
  suggestedName: FileName,
  filters: FileFilters.optional(),
  content: FileContent,
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

/**
 * Outcome of a save. `handed-to-browser` is the plain-browser fallback: the file went to the browser's download or
 * print dialog and whether the user kept it cannot be known.
 */
export const SaveResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string().min(1) }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('handed-to-browser'), fileName: z.string().min(1) }),
]);
export type SaveResult = z.infer<typeof SaveResult>;

export const OpenFileRequest = z.strictObject({
  filters: FileFilters.optional(),
  /** Refuse files larger than this (never more than MAX_FILE_BYTES). */
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;

export const OpenedFile = z.strictObject({
  /** The file's name without its folder (the renderer never learns local paths of opened files). */
  name: z.string().min(1).max(1024),
  bytes: FileBytes,
});
export type OpenedFile = z.infer<typeof OpenedFile>;

/** The opened file, or null when the user cancelled the dialog. */
export const OpenFileResult = OpenedFile.nullable();
export type OpenFileResult = z.infer<typeof OpenFileResult>;

/**
 * The id main gives a streamed file it opened for the window that asked (random, unguessable); only that window may
 * use it, and unknown ids are refused.
 */
export const StreamHandle = z.string().regex(/^[0-9a-f-]{36}$/, 'a stream handle from main');
export type StreamHandle = z.infer<typeof StreamHandle>;

/** One piece of a streamed file. */
export const StreamChunk = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes as a Uint8Array')
  .refine((bytes) => bytes.byteLength <= MAX_STREAM_CHUNK_BYTES, `at most ${MAX_STREAM_CHUNK_BYTES} bytes per chunk`);
export type StreamChunk = z.infer<typeof StreamChunk>;

/** Open a save dialog for a file written in chunks (a backup). Main writes to `<name>.part` until it is closed. */
export const SaveStreamRequest = z.strictObject({
  suggestedName: FileName,
  filters: FileFilters.optional(),
});
export type SaveStreamRequest = z.infer<typeof SaveStreamRequest>;

export const SaveStreamOpened = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), handle: StreamHandle }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
export type SaveStreamOpened = z.infer<typeof SaveStreamOpened>;

export const SaveStreamWrite = z.strictObject({ handle: StreamHandle, bytes: StreamChunk });
export type SaveStreamWrite = z.infer<typeof SaveStreamWrite>;

export const StreamHandleRequest = z.strictObject({ handle: StreamHandle });
export type StreamHandleRequest = z.infer<typeof StreamHandleRequest>;

/** Open a file the user picks for reading in chunks (a restore). */
export const OpenStreamRequest = z.strictObject({ filters: FileFilters.optional() });
export type OpenStreamRequest = z.infer<typeof OpenStreamRequest>;

/** The opened file: its name (no folder), size and handle; null when the dialog was cancelled. */
export const OpenStreamResult = z
  .strictObject({ name: z.string().min(1).max(1024), size: z.number().int().min(0), handle: StreamHandle })
  .nullable();
export type OpenStreamResult = z.infer<typeof OpenStreamResult>;

export const OpenStreamRead = z.strictObject({
  handle: StreamHandle,
  /** Bytes wanted (main may return fewer); at most MAX_STREAM_CHUNK_BYTES. */
  maxBytes: z.number().int().positive().max(MAX_STREAM_CHUNK_BYTES),
});
export type OpenStreamRead = z.infer<typeof OpenStreamRead>;

/** The next piece of the file, or null at its end. */
export const OpenStreamChunk = StreamChunk.nullable();
export type OpenStreamChunk = z.infer<typeof OpenStreamChunk>;

/** A menu item main cannot carry out alone and forwards to the renderer. */
export const MenuCommand = z.discriminatedUnion('command', [
  /** The user picked a language in the menu: the renderer switches i18next, stores it and calls setLanguage. */
  z.strictObject({ command: z.literal('set-language'), language: UiLanguage }),
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Results of channels that answer nothing. */
export const NoResult = z.undefined();
export type NoResult = z.infer<typeof NoResult>;

/** Requests of channels that take nothing. */
export const NoRequest = z.undefined();
export type NoRequest = z.infer<typeof NoRequest>;

// ---------------------------------------------------------------------------------------------------------------
// Channel → schemas, and the API
// ---------------------------------------------------------------------------------------------------------------

/** What main validates for each channel: the request before the handler runs, the result before it is sent. */
export const ipcSchemas = {
  [IpcChannel.getAppInfo]: { request: NoRequest, response: AppInfo },
  [IpcChannel.savePdf]: { request: SavePdfRequest, response: SaveResult },
  [IpcChannel.saveFile]: { request: SaveFileRequest, response: SaveResult },
  [IpcChannel.openFile]: { request: OpenFileRequest, response: OpenFileResult },
  [IpcChannel.saveStreamOpen]: { request: SaveStreamRequest, response: SaveStreamOpened },
  [IpcChannel.saveStreamWrite]: { request: SaveStreamWrite, response: NoResult },
  [IpcChannel.saveStreamClose]: { request: StreamHandleRequest, response: SaveResult },
  [IpcChannel.saveStreamAbort]: { request: StreamHandleRequest, response: NoResult },
  [IpcChannel.openStreamOpen]: { request: OpenStreamRequest, response: OpenStreamResult },
  [IpcChannel.openStreamRead]: { request: OpenStreamRead, response: OpenStreamChunk },
  [IpcChannel.openStreamClose]: { request: StreamHandleRequest, response: NoResult },
  [IpcChannel.setLanguage]: { request: UiLanguage, response: NoResult },
  [IpcChannel.openExternal]: { request: ExternalUrl, response: NoResult },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['response']>;

/**
 * The object exposed as `window.electronApi`. Every method but `onMenuCommand` is one `ipcRenderer.invoke` on the
 * channel of the same name in `IpcChannel`; its argument is that channel's request as is.
 */
export type ElectronApi = {
  /** Version, data folder, platform, packaged or not. */
  getAppInfo(): Promise<AppInfo>;
  /** Print the current view or a given HTML document to PDF and save it through a save dialog. */
  savePdf(request: SavePdfRequest): Promise<SaveResult>;
  /** Save text or bytes through a save dialog. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Let the user pick one file; resolves to its name and bytes, or null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Save a file of any size in chunks: a save dialog, then write / close (or abort, which removes the partial file). */
  saveStreamOpen(request: SaveStreamRequest): Promise<SaveStreamOpened>;
  saveStreamWrite(request: SaveStreamWrite): Promise<void>;
  saveStreamClose(request: StreamHandleRequest): Promise<SaveResult>;
  saveStreamAbort(request: StreamHandleRequest): Promise<void>;
  /** Read a file of any size the user picks, chunk by chunk (null at its end); close when done or giving up. */
  openStreamOpen(request: OpenStreamRequest): Promise<OpenStreamResult>;
  openStreamRead(request: OpenStreamRead): Promise<OpenStreamChunk>;
  openStreamClose(request: StreamHandleRequest): Promise<void>;
  /** Tell main the UI language changed (main rebuilds the menu and the window title). */
  setLanguage(language: UiLanguage): Promise<void>;
  /** Open an http/https link in the OS browser. */
  openExternal(url: ExternalUrl): Promise<void>;
  /** Listen to menu commands main forwards to the renderer; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The `ElectronApi` methods that are plain request/response calls, i.e. the keys of `IpcChannel`. */
export type ElectronApiInvokeMethod = keyof typeof IpcChannel;
