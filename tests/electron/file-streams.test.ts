import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel, MAX_OPEN_STREAMS, MAX_STREAM_CHUNK_BYTES, OpenStreamResult, SaveResult, SaveStreamOpened } from '../../shared/ipc/contract';
import { PART_SUFFIX, registerFileStreamHandlers, type FileStreamDeps } from '../../electron/ipc/file-streams';
import { createFakeIpc, foreignEvents, MAIN_WEB_CONTENTS_ID, trustedEvent } from './fake-ipc';

const DOCUMENTS = '/home/op/Documents';

/** An in-memory disk behind the deps, so writes, renames and removals can be checked. */
function setup(overrides: Partial<FileStreamDeps> = {}) {
  const disk = new Map<string, Uint8Array>([['/home/op/backup.jsonl.gz', Uint8Array.from({ length: 2500 }, (_v, i) => i % 251)]]);
  const openFiles = new Set<string>();
  let next = 0;
  const deps: FileStreamDeps = {
    showSaveDialog: vi.fn(async (options) => ({ canceled: false, filePath: options.defaultPath })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/op/backup.jsonl.gz'] })),
    defaultFolder: () => DOCUMENTS,
    openForWriting: vi.fn(async (filePath: string) => {
      disk.set(filePath, new Uint8Array());
      openFiles.add(filePath);
      return {
        write: async (data: Uint8Array) => {
          const before = disk.get(filePath) ?? new Uint8Array();
          const after = new Uint8Array(before.length + data.length);
          after.set(before);
          after.set(data, before.length);
          disk.set(filePath, after);
        },
        close: async () => void openFiles.delete(filePath),
      };
    }),
    openForReading: vi.fn(async (filePath: string) => {
      const bytes = disk.get(filePath) ?? new Uint8Array();
      let at = 0;
      openFiles.add(filePath);
      return {
        size: bytes.length,
        read: async (maxBytes: number) => {
          const piece = bytes.slice(at, at + maxBytes);
          at += piece.length;
          return piece;
        },
        close: async () => void openFiles.delete(filePath),
      };
    }),
    rename: vi.fn(async (from: string, to: string) => {
      disk.set(to, disk.get(from)!);
      disk.delete(from);
    }),
    remove: vi.fn(async (filePath: string) => void disk.delete(filePath)),
    newHandle: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
    ...overrides,
  };
  const ipc = createFakeIpc();
  const streams = registerFileStreamHandlers(ipc.context, deps);
  return { ...ipc, deps, disk, openFiles, streams };
}

/** The main window after it was replaced by a new webContents: trusted now, but not the one the handle was given to. */
const otherWindow = { sender: { id: MAIN_WEB_CONTENTS_ID + 1 }, senderFrame: trustedEvent.senderFrame };
function replaceMainWindow(context: ReturnType<typeof setup>['context']): () => void {
  context.mainWebContentsId = () => MAIN_WEB_CONTENTS_ID + 1;
  return () => {
    context.mainWebContentsId = () => MAIN_WEB_CONTENTS_ID;
  };
}

async function openSave(invoke: ReturnType<typeof setup>['invoke']): Promise<string> {
  const opened = SaveStreamOpened.parse(await invoke(IpcChannel.saveStreamOpen, trustedEvent, { suggestedName: 'backup-ALM-AU.jsonl.gz' }));
  if (opened.status !== 'opened') throw new Error('not opened');
  return opened.handle;
}

describe('save stream', () => {
  it('writes chunks in order to a .part file and renames it over the chosen name on close', async () => {
    const { invoke, disk, openFiles, streams } = setup();
    const handle = await openSave(invoke);
    const target = path.join(DOCUMENTS, 'backup-ALM-AU.jsonl.gz');
    // Sent without waiting for each other, as a fast renderer may.
    await Promise.all([1, 2, 3].map((n) => invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([n, n]) })));
    expect(disk.has(target)).toBe(false);
    expect(disk.get(`${target}${PART_SUFFIX}`)).toEqual(new Uint8Array([1, 1, 2, 2, 3, 3]));
    expect(SaveResult.parse(await invoke(IpcChannel.saveStreamClose, trustedEvent, { handle }))).toEqual({ status: 'saved', path: target });
    expect(disk.get(target)).toEqual(new Uint8Array([1, 1, 2, 2, 3, 3]));
    expect(disk.has(`${target}${PART_SUFFIX}`)).toBe(false);
    expect(openFiles.size).toBe(0);
    expect(streams.openCount).toBe(0);
    // The handle is spent.
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([4]) })).rejects.toThrow(/unknown stream handle/);
  });

  it('abort removes the partial file and never touches an existing file of the chosen name', async () => {
    const target = path.join(DOCUMENTS, 'backup-ALM-AU.jsonl.gz');
    const { invoke, disk } = setup();
    disk.set(target, new Uint8Array([9, 9, 9]));
    const handle = await openSave(invoke);
    await invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([1]) });
    await invoke(IpcChannel.saveStreamAbort, trustedEvent, { handle });
    expect(disk.has(`${target}${PART_SUFFIX}`)).toBe(false);
    expect(disk.get(target)).toEqual(new Uint8Array([9, 9, 9]));
  });

  it('after a failed write (a full disk) refuses further writes and the close, and removes the part', async () => {
    let writes = 0;
    const { invoke, disk, deps } = setup();
    const openForWriting = deps.openForWriting;
    deps.openForWriting = async (filePath) => {
      const file = await openForWriting(filePath);
      return { ...file, write: async (data) => (++writes === 2 ? Promise.reject(new Error('ENOSPC: no space left on device')) : file.write(data)) };
    };
    const handle = await openSave(invoke);
    await invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([1]) });
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([2]) })).rejects.toThrow(/ENOSPC/);
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([3]) })).rejects.toThrow(/ENOSPC/);
    await expect(invoke(IpcChannel.saveStreamClose, trustedEvent, { handle })).rejects.toThrow(/ENOSPC/);
    expect([...disk.keys()].filter((k) => k.startsWith(DOCUMENTS))).toEqual([]);
  });

  it('reports a cancelled dialog and opens nothing', async () => {
    const { invoke, deps } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    await expect(invoke(IpcChannel.saveStreamOpen, trustedEvent, { suggestedName: 'a.jsonl.gz' })).resolves.toEqual({ status: 'cancelled' });
    expect(deps.openForWriting).not.toHaveBeenCalled();
  });

  it('refuses a handle of another window, an unknown handle and a chunk too big — writing nothing', async () => {
    const { invoke, disk, context } = setup();
    const handle = await openSave(invoke);
    const part = path.join(DOCUMENTS, `backup-ALM-AU.jsonl.gz${PART_SUFFIX}`);
    const restore = replaceMainWindow(context);
    await expect(invoke(IpcChannel.saveStreamWrite, otherWindow, { handle, bytes: new Uint8Array([1]) })).rejects.toThrow(/unknown stream handle/);
    await expect(invoke(IpcChannel.saveStreamClose, otherWindow, { handle })).rejects.toThrow(/unknown stream handle/);
    restore();
    await expect(
      invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle: '00000000-0000-4000-8000-999999999999', bytes: new Uint8Array([1]) }),
    ).rejects.toThrow(/unknown stream handle/);
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array(MAX_STREAM_CHUNK_BYTES + 1) })).rejects.toThrow(/invalid request/);
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: [1, 2] })).rejects.toThrow(/invalid request/);
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle: '../../etc/passwd', bytes: new Uint8Array([1]) })).rejects.toThrow(/invalid request/);
    expect(disk.get(part)).toEqual(new Uint8Array());
    // A read handle is not a write handle.
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle, maxBytes: 10 })).rejects.toThrow(/unknown stream handle/);
  });

  it.each(Object.entries(foreignEvents))('refuses %s before any dialog opens', async (_name, event) => {
    const { invoke, deps } = setup();
    await expect(invoke(IpcChannel.saveStreamOpen, event, { suggestedName: 'a.jsonl.gz' })).rejects.toThrow(/not the app window/);
    await expect(invoke(IpcChannel.openStreamOpen, event, {})).rejects.toThrow(/not the app window/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it(`allows at most ${MAX_OPEN_STREAMS} open streams per window, and closes a window's streams when it goes away`, async () => {
    const { invoke, streams, deps, disk } = setup();
    for (let i = 0; i < MAX_OPEN_STREAMS; i++) await openSave(invoke);
    await expect(invoke(IpcChannel.saveStreamOpen, trustedEvent, { suggestedName: 'a.jsonl.gz' })).rejects.toThrow(/at most/);
    expect(deps.showSaveDialog).toHaveBeenCalledTimes(MAX_OPEN_STREAMS);
    await streams.closeAllOf(MAIN_WEB_CONTENTS_ID);
    expect(streams.openCount).toBe(0);
    expect([...disk.keys()].some((k) => k.endsWith(PART_SUFFIX))).toBe(false);
  });
});

describe('open stream', () => {
  it('reads the chosen file in chunks of the asked size, null at the end; name without its folder', async () => {
    const { invoke, disk, openFiles } = setup();
    const opened = OpenStreamResult.parse(await invoke(IpcChannel.openStreamOpen, trustedEvent, { filters: [{ name: 'Backup', extensions: ['gz'] }] }));
    expect(opened).toMatchObject({ name: 'backup.jsonl.gz', size: 2500 });
    const pieces: Uint8Array[] = [];
    for (;;) {
      const piece = (await invoke(IpcChannel.openStreamRead, trustedEvent, { handle: opened!.handle, maxBytes: 1000 })) as Uint8Array | null;
      if (piece === null) break;
      pieces.push(piece);
    }
    expect(pieces.map((p) => p.length)).toEqual([1000, 1000, 500]);
    expect(new Uint8Array(pieces.flatMap((p) => [...p]))).toEqual(disk.get('/home/op/backup.jsonl.gz'));
    await invoke(IpcChannel.openStreamClose, trustedEvent, { handle: opened!.handle });
    expect(openFiles.size).toBe(0);
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle: opened!.handle, maxBytes: 10 })).rejects.toThrow(/unknown stream handle/);
  });

  it('returns null when the dialog is cancelled', async () => {
    const { invoke, deps } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(invoke(IpcChannel.openStreamOpen, trustedEvent, {})).resolves.toBeNull();
    expect(deps.openForReading).not.toHaveBeenCalled();
  });

  it('refuses another window’s handle, an unknown handle and a read larger than a chunk', async () => {
    const { invoke, context } = setup();
    const opened = OpenStreamResult.parse(await invoke(IpcChannel.openStreamOpen, trustedEvent, {}));
    const handle = opened!.handle;
    const restore = replaceMainWindow(context);
    await expect(invoke(IpcChannel.openStreamRead, otherWindow, { handle, maxBytes: 10 })).rejects.toThrow(/unknown stream handle/);
    restore();
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle: '00000000-0000-4000-8000-999999999999', maxBytes: 10 })).rejects.toThrow(/unknown stream handle/);
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle, maxBytes: MAX_STREAM_CHUNK_BYTES + 1 })).rejects.toThrow(/invalid request/);
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle, maxBytes: 0 })).rejects.toThrow(/invalid request/);
    await expect(invoke(IpcChannel.openStreamRead, trustedEvent, { handle })).rejects.toThrow(/invalid request/);
    await expect(invoke(IpcChannel.saveStreamWrite, trustedEvent, { handle, bytes: new Uint8Array([1]) })).rejects.toThrow(/unknown stream handle/);
  });
});
