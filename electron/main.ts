/**
 * Electron main process: one hardened window serving the renderer from `app://local/`, the menu in the UI
 * language, and the IPC handlers of electron/ipc. Everything that decides something lives in the imported modules
 * (tested without Electron); this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MainEventChannel, type MenuCommand, type UiLanguage } from '../shared/ipc/contract';
import { messages } from '../shared/i18n/languages';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, PrintDocuments } from './app-protocol';
import { aboutDetail, buildMenuTemplate, windowTitle } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { loadWindowState, MIN_WINDOW_SIZE, trackWindowState, type WindowStateFiles } from './window-state';
import { registerAppInfoHandlers } from './ipc/app-info';
import { registerExternalLinkHandlers } from './ipc/external-links';
import { registerFileHandlers, type FileDeps } from './ipc/files';
import { registerFileStreamHandlers, type FileStreamDeps } from './ipc/file-streams';
import { registerLanguageHandlers } from './ipc/language';
import { registerPdfHandlers, savePdf, type PdfDeps } from './ipc/pdf';
import type { IpcContext } from './ipc/trusted-handler';
import type { OpenDialog, SaveDialog } from './ipc/save-dialog';

/** Defined by electron/tools/build-main.mjs from package.json. */
declare const __APP_VERSION__: string;

/**
 * A fixed folder name for the data, independent of the product name (which has a "/" and may be renamed): the
 * IndexedDB, window state and logs must be found again after every update.
 */
const DATA_FOLDER_NAME = 'kz-state-services';
const MAX_LOG_BYTES = 5 * 1024 * 1024;

/** dist/electron → dist/renderer (inside app.asar when packaged). */
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

app.setPath('userData', path.join(app.getPath('appData'), DATA_FOLDER_NAME));
const logFile = path.join(app.getPath('userData'), 'logs', 'main.log');

function log(message: string): void {
  const line = `${new Date().toISOString()} ${message}`;
  console.warn(`[main] ${line}`);
  try {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > MAX_LOG_BYTES) fs.renameSync(logFile, `${logFile}.old`);
    fs.appendFileSync(logFile, `${line}\n`);
  } catch {
    // Logging must never take the app down.
  }
}

// Must run before `ready`: the scheme becomes a standard, secure origin with fetch and IndexedDB.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another instance owns the data; it gets `second-instance` and focuses its window.
  app.quit();
}

function startApp(): void {
  let mainWindow: BrowserWindow | undefined;
  let language: UiLanguage = 'ru';
  const printDocuments = new PrintDocuments(randomUUID);

  const windowStateFiles: WindowStateFiles = {
    readText: (filePath) => (fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : undefined),
    writeText: (filePath, text) => {
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      fs.writeFileSync(filePath, text);
    },
  };

  const showSaveDialog: SaveDialog = (options) =>
    mainWindow === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options);
  const showOpenDialog: OpenDialog = (options) => {
    const full = { ...options, properties: ['openFile' as const] };
    return mainWindow === undefined ? dialog.showOpenDialog(full) : dialog.showOpenDialog(mainWindow, full);
  };
  const defaultFolder = (): string => {
    try {
      return app.getPath('documents');
    } catch {
      return os.homedir();
    }
  };
  const writeFile = (filePath: string, data: Uint8Array): Promise<void> => fs.promises.writeFile(filePath, data);

  const pdfDeps: PdfDeps = {
    mainContents: () => mainWindow?.webContents,
    createPrintWindow: () =>
      new BrowserWindow({ show: false, webPreferences: secureWebPreferences({ javascript: false }) }),
    registerDocument: (html) => printDocuments.register(html),
    showSaveDialog,
    writeFile,
    defaultFolder,
  };
  const fileDeps: FileDeps = {
    showSaveDialog,
    showOpenDialog,
    writeFile,
    fileSize: async (filePath) => (await fs.promises.stat(filePath)).size,
    readFile: (filePath) => fs.promises.readFile(filePath),
    defaultFolder,
  };

  const fileStreamDeps: FileStreamDeps = {
    showSaveDialog,
    showOpenDialog,
    defaultFolder,
    openForWriting: async (filePath) => {
      const handle = await fs.promises.open(filePath, 'w');
      return {
        write: async (data) => {
          // FileHandle.write may write fewer bytes than asked; loop until the chunk is on disk.
          for (let at = 0; at < data.byteLength; ) at += (await handle.write(data, at, data.byteLength - at)).bytesWritten;
        },
        close: () => handle.close(),
      };
    },
    openForReading: async (filePath) => {
      const handle = await fs.promises.open(filePath, 'r');
      const { size } = await handle.stat();
      return {
        size,
        read: async (maxBytes) => {
          const buffer = new Uint8Array(maxBytes);
          const { bytesRead } = await handle.read(buffer, 0, maxBytes, null);
          return buffer.subarray(0, bytesRead);
        },
        close: () => handle.close(),
      };
    },
    rename: (from, to) => fs.promises.rename(from, to),
    remove: (filePath) => fs.promises.rm(filePath, { force: true }),
    newHandle: randomUUID,
  };

  function sendMenuCommand(command: MenuCommand): void {
    mainWindow?.webContents.send(MainEventChannel.menuCommand, command);
  }

  function showAbout(): void {
    const m = messages[language].menu;
    const options = {
      type: 'info' as const,
      title: m.about,
      message: messages[language].app.title,
      detail: aboutDetail(language, { version: __APP_VERSION__, dataFolder: app.getPath('userData') }),
      buttons: [m.closeDialog],
    };
    const shown = mainWindow === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options);
    shown.catch((error: unknown) => log(`about dialog failed: ${String(error)}`));
  }

  function applyLanguage(next: UiLanguage): void {
    language = next;
    const template = buildMenuTemplate(
      language,
      {
        savePdf: () => {
          savePdf(
            { source: { kind: 'current-view' }, suggestedName: `${messages[language].app.shortTitle}.pdf` },
            pdfDeps,
          ).catch((error: unknown) => log(`menu: saving a PDF failed: ${String(error)}`));
        },
        print: () => mainWindow?.webContents.print({}, (ok, reason) => ok || log(`printing failed: ${reason}`)),
        chooseLanguage: (chosen) => {
          // Applied here at once; the renderer switches its texts and confirms through setLanguage.
          applyLanguage(chosen);
          sendMenuCommand({ command: 'set-language', language: chosen });
        },
        showAbout,
      },
      { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    mainWindow?.setTitle(windowTitle(language));
  }

  function createMainWindow(): BrowserWindow {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const primary = screen.getPrimaryDisplay();
    const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
    const state = loadWindowState(stateFile, workAreas, windowStateFiles);

    const window = new BrowserWindow({
      ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
      width: state.width,
      height: state.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      title: windowTitle(language),
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences({ preload: preloadPath }),
    });
    if (state.maximized) window.maximize();
    trackWindowState(window, stateFile, windowStateFiles, log);
    // The title follows the UI language (set by main), not the page's <title>.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    window.webContents.on('render-process-gone', (_event, details) => log(`renderer gone: ${details.reason}`));
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log(`could not load ${APP_ENTRY_URL}: ${String(error)}`));
    return window;
  }

  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every webContents — the main window, hidden print windows, anything else — gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url), log });
  });

  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { log });
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({
          root: rendererRoot,
          readFile: (filePath) => fs.promises.readFile(filePath),
          printDocuments,
          log,
        }),
      );

      const context: IpcContext = { ipcMain, mainWebContentsId: () => mainWindow?.webContents.id, log };
      registerAppInfoHandlers(context, {
        version: __APP_VERSION__,
        dataFolder: app.getPath('userData'),
        platform: process.platform,
        isPackaged: app.isPackaged,
      });
      registerPdfHandlers(context, pdfDeps);
      registerFileHandlers(context, fileDeps);
      const fileStreams = registerFileStreamHandlers(context, fileStreamDeps);
      // A window that goes away (closed, crashed, reloaded into another webContents) leaves no open files behind.
      app.on('web-contents-created', (_event, contents) => {
        const id = contents.id;
        const closeAll = (): void => {
          fileStreams.closeAllOf(id).catch((error: unknown) => log(`closing the files of a window failed: ${String(error)}`));
        };
        contents.once('destroyed', closeAll);
        // A reload starts a page that knows no handles: the old page's files are closed.
        contents.on('did-navigate', closeAll);
      });
      registerLanguageHandlers(context, { applyLanguage });
      registerExternalLinkHandlers(context, { openExternal: (url) => shell.openExternal(url) });

      // Until the renderer reports its stored choice: Kazakh for a Kazakh system, Russian otherwise.
      const systemLanguage = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
      language = systemLanguage.toLowerCase().startsWith('kk') ? 'kk' : 'ru';
      mainWindow = createMainWindow();
      applyLanguage(language);
    })
    .catch((error: unknown) => {
      log(`startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}
