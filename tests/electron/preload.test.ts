import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IpcChannel, MainEventChannel, type ElectronApi, type MenuCommand } from '../../shared/ipc/contract';

// The process boundary: the preload's only import is `electron`.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: ElectronApi;
beforeAll(async () => {
  await import('../../electron/preload');
  api = electron.exposed.get('electronApi') as ElectronApi;
});

describe('preload', () => {
  it('exposes exactly one object, electronApi, with the ElectronApi methods and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['electronApi']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IpcChannel), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('maps every method to the channel of the same name with the request unchanged', async () => {
    const requests: { [K in keyof typeof IpcChannel]: unknown } = {
      getAppInfo: undefined,
      savePdf: { source: { kind: 'current-view' }, suggestedName: 'a.pdf' },
      saveFile: { suggestedName: 'a.txt', content: { kind: 'text', text: 'x' } },
      openFile: {},
      saveStreamOpen: { suggestedName: 'backup.jsonl.gz' },
      saveStreamWrite: { handle: '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b', bytes: new Uint8Array([1, 2]) },
      saveStreamClose: { handle: '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b' },
      saveStreamAbort: { handle: '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b' },
      openStreamOpen: {},
      openStreamRead: { handle: '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b', maxBytes: 1024 },
      openStreamClose: { handle: '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b' },
      setLanguage: 'kk',
      openExternal: 'https://egov.kz/',
    };
    for (const [method, channel] of Object.entries(IpcChannel) as Array<[keyof typeof IpcChannel, string]>) {
      const call = (api[method] as (request?: unknown) => Promise<unknown>)(requests[method]);
      await expect(call).resolves.toEqual({ channel, request: requests[method] });
    }
  });

  it('forwards menu commands until the listener is removed', () => {
    const received: MenuCommand[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    const emit = (command: MenuCommand): void => {
      for (const listener of electron.listeners.get(MainEventChannel.menuCommand) ?? []) listener({}, command);
    };
    emit({ command: 'set-language', language: 'kk' });
    stop();
    emit({ command: 'set-language', language: 'ru' });
    expect(received).toEqual([{ command: 'set-language', language: 'kk' }]);
  });
});
