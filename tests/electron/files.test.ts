import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel, MAX_FILE_BYTES, MAX_TEXT_CHARS, OpenFileResult, SaveResult } from '../../shared/ipc/contract';
import { registerFileHandlers, type FileDeps } from '../../electron/ipc/files';
import { createFakeIpc, foreignEvents, trustedEvent } from './fake-ipc';

const DOCUMENTS = '/home/op/Documents';

function setup(overrides: Partial<FileDeps> = {}) {
  const written = new Map<string, Uint8Array>();
  const disk = new Map<string, Uint8Array>([['/home/op/scan.pdf', new Uint8Array([37, 80, 68, 70])]]);
  const deps: FileDeps = {
    showSaveDialog: vi.fn(async (options) => ({ canceled: false, filePath: options.defaultPath })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/op/scan.pdf'] })),
    writeFile: vi.fn(async (filePath: string, data: Uint8Array) => {
      written.set(filePath, data);
    }),
    fileSize: vi.fn(async (filePath: string) => disk.get(filePath)?.byteLength ?? 0),
    readFile: vi.fn(async (filePath: string) => disk.get(filePath) ?? new Uint8Array()),
    defaultFolder: () => DOCUMENTS,
    ...overrides,
  };
  const ipc = createFakeIpc();
  registerFileHandlers(ipc.context, deps);
  return { ...ipc, deps, written, disk };
}

describe(IpcChannel.saveFile, () => {
  it('writes text as UTF-8 where the user chose, starting in Documents with the suggested name', async () => {
    const { invoke, deps, written } = setup();
    const result = await invoke(IpcChannel.saveFile, trustedEvent, {
      suggestedName: 'Журнал приёма.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      content: { kind: 'text', text: 'ИИН;Қызмет\n' },
    });
    const target = path.join(DOCUMENTS, 'Журнал приёма.csv');
    expect(SaveResult.parse(result)).toEqual({ status: 'saved', path: target });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: target, filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(new TextDecoder().decode(written.get(target))).toBe('ИИН;Қызмет\n');
  });

  it('writes bytes as they are and adds the extension a Linux dialog left out', async () => {
    const { invoke, written } = setup({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/backup' })),
    });
    const bytes = new Uint8Array([1, 2, 3]);
    const result = await invoke(IpcChannel.saveFile, trustedEvent, {
      suggestedName: 'backup.kzss',
      content: { kind: 'bytes', bytes },
    });
    expect(result).toEqual({ status: 'saved', path: '/tmp/backup.kzss' });
    expect(written.get('/tmp/backup.kzss')).toEqual(bytes);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const { invoke, written } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    await expect(
      invoke(IpcChannel.saveFile, trustedEvent, { suggestedName: 'a.txt', content: { kind: 'text', text: 'x' } }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(written.size).toBe(0);
  });

  const bad: Array<[string, unknown]> = [
    ['no request', undefined],
    ['a string', 'a.txt'],
    ['missing content', { suggestedName: 'a.txt' }],
    ['missing name', { content: { kind: 'text', text: 'x' } }],
    ['a path as name', { suggestedName: '../../.bashrc', content: { kind: 'text', text: 'x' } }],
    ['a Windows path as name', { suggestedName: 'C:\\Windows\\win.ini', content: { kind: 'text', text: 'x' } }],
    ['an empty name', { suggestedName: '', content: { kind: 'text', text: 'x' } }],
    ['"..” as name', { suggestedName: '..', content: { kind: 'text', text: 'x' } }],
    ['a control character in the name', { suggestedName: 'a\u0000.txt', content: { kind: 'text', text: 'x' } }],
    ['text of the wrong type', { suggestedName: 'a.txt', content: { kind: 'text', text: 42 } }],
    ['bytes as a plain array', { suggestedName: 'a.bin', content: { kind: 'bytes', bytes: [1, 2, 3] } }],
    ['an unknown content kind', { suggestedName: 'a.txt', content: { kind: 'path', path: '/etc/passwd' } }],
    ['an extra field', { suggestedName: 'a.txt', content: { kind: 'text', text: 'x' }, overwrite: true }],
    ['a bad filter', { suggestedName: 'a.txt', filters: [{ name: 'x', extensions: ['.exe;rm'] }], content: { kind: 'text', text: 'x' } }],
    ['oversized text', { suggestedName: 'a.txt', content: { kind: 'text', text: 'x'.repeat(MAX_TEXT_CHARS + 1) } }],
    ['oversized bytes', { suggestedName: 'a.bin', content: { kind: 'bytes', bytes: new Uint8Array(MAX_FILE_BYTES + 1) } }],
  ];
  it.each(bad)('refuses %s before any dialog opens', async (_, request) => {
    const { invoke, deps } = setup();
    await expect(invoke(IpcChannel.saveFile, trustedEvent, request)).rejects.toThrow(/IPC "file:save" refused: invalid request/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender', async () => {
    const { invoke, deps } = setup();
    await expect(
      invoke(IpcChannel.saveFile, foreignEvents['a remote page in the main window']!, {
        suggestedName: 'a.txt',
        content: { kind: 'text', text: 'x' },
      }),
    ).rejects.toThrow(/not the app window/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe(IpcChannel.openFile, () => {
  it('returns the chosen file’s name (not its folder) and bytes', async () => {
    const { invoke, deps } = setup();
    const result = await invoke(IpcChannel.openFile, trustedEvent, { filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(OpenFileResult.parse(result)).toEqual({ name: 'scan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('returns null when the dialog is cancelled', async () => {
    const { invoke, deps } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(invoke(IpcChannel.openFile, trustedEvent, {})).resolves.toBeNull();
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file larger than asked for without reading it', async () => {
    const { invoke, deps } = setup({ fileSize: vi.fn(async () => 10_000) });
    await expect(invoke(IpcChannel.openFile, trustedEvent, { maxBytes: 1_000 })).rejects.toThrow(/10000 bytes; files up to 1000/);
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'scan.pdf'],
    ['a negative limit', { maxBytes: -1 }],
    ['a limit above the maximum', { maxBytes: MAX_FILE_BYTES + 1 }],
    ['a fractional limit', { maxBytes: 1.5 }],
    ['a path to read', { path: '/etc/shadow' }],
    ['too many filters', { filters: Array.from({ length: 11 }, () => ({ name: 'x', extensions: ['x'] })) }],
  ])('refuses %s', async (_, request) => {
    const { invoke, deps } = setup();
    await expect(invoke(IpcChannel.openFile, trustedEvent, request)).rejects.toThrow(/invalid request/);
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender', async () => {
    const { invoke, deps } = setup();
    await expect(invoke(IpcChannel.openFile, foreignEvents['a file:// page']!, {})).rejects.toThrow(/not the app window/);
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });
});
