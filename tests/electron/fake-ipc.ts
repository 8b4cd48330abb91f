/**
 * Fakes at the process boundary for the IPC handler tests: an `ipcMain` that records handlers, and sender events
 * shaped like Electron's `IpcMainInvokeEvent` (only the fields the checks read).
 */
import type { IpcContext, IpcSenderEvent } from '../../electron/ipc/trusted-handler';

export const MAIN_WEB_CONTENTS_ID = 7;

/** A call from the main window's top frame showing the app. */
export const trustedEvent: IpcSenderEvent = {
  sender: { id: MAIN_WEB_CONTENTS_ID },
  senderFrame: { url: 'app://local/index.html', parent: null },
};

/** Calls that must be refused, each for a different reason. */
export const foreignEvents: Record<string, IpcSenderEvent> = {
  'another webContents (e.g. a print window)': {
    sender: { id: 99 },
    senderFrame: { url: 'app://local/index.html', parent: null },
  },
  'a remote page in the main window': {
    sender: { id: MAIN_WEB_CONTENTS_ID },
    senderFrame: { url: 'https://example.com/', parent: null },
  },
  'an iframe inside the app': {
    sender: { id: MAIN_WEB_CONTENTS_ID },
    senderFrame: { url: 'app://local/frame.html', parent: {} },
  },
  'a file:// page': {
    sender: { id: MAIN_WEB_CONTENTS_ID },
    senderFrame: { url: 'file:///etc/passwd', parent: null },
  },
  'another host of the app scheme': {
    sender: { id: MAIN_WEB_CONTENTS_ID },
    senderFrame: { url: 'app://evil/index.html', parent: null },
  },
  'a destroyed frame': { sender: { id: MAIN_WEB_CONTENTS_ID }, senderFrame: null },
};

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

export function createFakeIpc(): {
  context: IpcContext;
  logs: string[];
  channels: () => string[];
  invoke: (channel: string, event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;
} {
  const handlers = new Map<string, Listener>();
  const logs: string[] = [];
  const context: IpcContext = {
    ipcMain: {
      handle: (channel, listener) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      },
    },
    mainWebContentsId: () => MAIN_WEB_CONTENTS_ID,
    log: (message) => logs.push(message),
  };
  return {
    context,
    logs,
    channels: () => [...handlers.keys()],
    invoke: (channel, event, ...args) => {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}
