import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../shared/ipc/contract';
import { registerAppInfoHandlers } from '../../electron/ipc/app-info';
import { registerExternalLinkHandlers } from '../../electron/ipc/external-links';
import { registerFileHandlers } from '../../electron/ipc/files';
import { registerFileStreamHandlers } from '../../electron/ipc/file-streams';
import { registerLanguageHandlers } from '../../electron/ipc/language';
import { registerPdfHandlers } from '../../electron/ipc/pdf';
import { IpcRequestRejected, isTrustedSender } from '../../electron/ipc/trusted-handler';
import { createFakeIpc, foreignEvents, MAIN_WEB_CONTENTS_ID, trustedEvent } from './fake-ipc';

/** Every feature registered with dependencies that fail the test if reached. */
function registerAll(): ReturnType<typeof createFakeIpc> & { reached: ReturnType<typeof vi.fn> } {
  const ipc = createFakeIpc();
  const reached = vi.fn(() => {
    throw new Error('a dependency was reached');
  });
  registerAppInfoHandlers(ipc.context, { version: '1', dataFolder: '/d', platform: 'linux', isPackaged: false });
  registerPdfHandlers(ipc.context, {
    mainContents: reached,
    createPrintWindow: reached,
    registerDocument: reached,
    showSaveDialog: reached,
    writeFile: reached,
    defaultFolder: reached,
  });
  registerFileHandlers(ipc.context, {
    showSaveDialog: reached,
    showOpenDialog: reached,
    writeFile: reached,
    fileSize: reached,
    readFile: reached,
    defaultFolder: reached,
  });
  registerFileStreamHandlers(ipc.context, {
    showSaveDialog: reached,
    showOpenDialog: reached,
    defaultFolder: reached,
    openForWriting: reached,
    openForReading: reached,
    rename: reached,
    remove: reached,
    newHandle: reached,
  });
  registerLanguageHandlers(ipc.context, { applyLanguage: reached });
  registerExternalLinkHandlers(ipc.context, { openExternal: reached });
  return { ...ipc, reached };
}

const HANDLE = '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b';

/** A valid request per channel, so only the sender decides. */
const validRequests: Record<IpcChannel, unknown> = {
  [IpcChannel.getAppInfo]: undefined,
  [IpcChannel.savePdf]: { source: { kind: 'current-view' }, suggestedName: 'a.pdf' },
  [IpcChannel.saveFile]: { suggestedName: 'a.txt', content: { kind: 'text', text: 'x' } },
  [IpcChannel.openFile]: {},
  [IpcChannel.saveStreamOpen]: { suggestedName: 'backup.jsonl.gz' },
  [IpcChannel.saveStreamWrite]: { handle: HANDLE, bytes: new Uint8Array([1]) },
  [IpcChannel.saveStreamClose]: { handle: HANDLE },
  [IpcChannel.saveStreamAbort]: { handle: HANDLE },
  [IpcChannel.openStreamOpen]: {},
  [IpcChannel.openStreamRead]: { handle: HANDLE, maxBytes: 1024 },
  [IpcChannel.openStreamClose]: { handle: HANDLE },
  [IpcChannel.setLanguage]: 'kk',
  [IpcChannel.openExternal]: 'https://egov.kz/',
};

describe('every channel has exactly one handler', () => {
  it('registers all channels of the contract', () => {
    const { channels } = registerAll();
    expect(channels().sort()).toEqual(Object.values(IpcChannel).sort());
  });
});

describe('sender check', () => {
  it('accepts only the main window top frame showing the app', () => {
    expect(isTrustedSender(trustedEvent, MAIN_WEB_CONTENTS_ID)).toBe(true);
    expect(isTrustedSender(trustedEvent, undefined)).toBe(false);
    for (const event of Object.values(foreignEvents)) expect(isTrustedSender(event, MAIN_WEB_CONTENTS_ID)).toBe(false);
  });

  it('treats a frame that throws on access (navigated away) as foreign', () => {
    const event = {
      sender: { id: MAIN_WEB_CONTENTS_ID },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(event, MAIN_WEB_CONTENTS_ID)).toBe(false);
  });

  for (const channel of Object.values(IpcChannel)) {
    for (const [name, event] of Object.entries(foreignEvents)) {
      it(`${channel}: refuses ${name}, logs it, and reaches nothing`, async () => {
        const { invoke, logs, reached } = registerAll();
        const call = invoke(channel, event, validRequests[channel]);
        await expect(call).rejects.toBeInstanceOf(IpcRequestRejected);
        await expect(call).rejects.toThrow(/sender is not the app window/);
        expect(logs.some((line) => line.includes(channel) && line.includes('refused'))).toBe(true);
        expect(reached).not.toHaveBeenCalled();
      });
    }
  }

  it('refuses everything while there is no main window', async () => {
    const ipc = createFakeIpc();
    registerAppInfoHandlers(
      { ...ipc.context, mainWebContentsId: () => undefined },
      { version: '1', dataFolder: '/d', platform: 'linux', isPackaged: false },
    );
    await expect(ipc.invoke(IpcChannel.getAppInfo, trustedEvent)).rejects.toThrow(IpcRequestRejected);
  });
});

describe('payload check', () => {
  it('refuses extra arguments', async () => {
    const { invoke, reached } = registerAll();
    await expect(invoke(IpcChannel.setLanguage, trustedEvent, 'kk', 'ru')).rejects.toThrow(/at most one argument/);
    expect(reached).not.toHaveBeenCalled();
  });

  it('names the channel and the offending field in the error', async () => {
    const { invoke, logs } = registerAll();
    const call = invoke(IpcChannel.saveFile, trustedEvent, { suggestedName: 'a.txt', content: { kind: 'text', text: 5 } });
    await expect(call).rejects.toThrow(/IPC "file:save" refused: invalid request/);
    await expect(call).rejects.toThrow(/content\.text/);
    expect(logs.at(-1)).toMatch(/file:save/);
  });
});
