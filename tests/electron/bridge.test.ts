// @vitest-environment jsdom
/**
 * renderer/platform/bridge.ts — the renderer's side of the IPC contract: delegates to window.electronApi inside
 * Electron, falls back to web APIs in a plain browser. (jsdom stands in for the browser.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElectronApi } from '../../shared/ipc/contract';
import { MAX_STREAM_CHUNK_BYTES } from '../../shared/ipc/contract';
import { BROWSER_DATA_FOLDER, isElectron, openFileInChunks, platform, saveFileInChunks } from '../../renderer/platform/bridge';

afterEach(() => {
  delete window.electronApi;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const HANDLE = '0f8b6c1e-4a4e-4c5e-9a57-3c1d2e3f4a5b';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  return Array.from(new Uint8Array(await new Response(stream).arrayBuffer()));
}

function fakeElectronApi(): ElectronApi {
  return {
    getAppInfo: vi.fn(async () => ({
      version: '9.9.9',
      dataFolder: '/data',
      platform: 'win32',
      isPackaged: true,
      runtime: 'electron' as const,
    })),
    savePdf: vi.fn(async () => ({ status: 'saved' as const, path: 'C:\\a.pdf' })),
    saveFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    openFile: vi.fn(async () => null),
    saveStreamOpen: vi.fn(async () => ({ status: 'opened' as const, handle: HANDLE })),
    saveStreamWrite: vi.fn(async () => {}),
    saveStreamClose: vi.fn(async () => ({ status: 'saved' as const, path: '/home/op/backup.jsonl.gz' })),
    saveStreamAbort: vi.fn(async () => {}),
    openStreamOpen: vi.fn(async () => ({ name: 'backup.jsonl.gz', size: 5, handle: HANDLE })),
    openStreamRead: vi.fn(async () => null),
    openStreamClose: vi.fn(async () => {}),
    setLanguage: vi.fn(async () => {}),
    openExternal: vi.fn(async () => {}),
    onMenuCommand: vi.fn(() => () => {}),
  };
}

describe('inside Electron', () => {
  it('delegates every call to window.electronApi', async () => {
    const api = fakeElectronApi();
    window.electronApi = api;
    expect(isElectron()).toBe(true);
    expect((await platform.getAppInfo()).runtime).toBe('electron');
    const request = { source: { kind: 'current-view' as const }, suggestedName: 'a.pdf' };
    await expect(platform.savePdf(request)).resolves.toEqual({ status: 'saved', path: 'C:\\a.pdf' });
    expect(api.savePdf).toHaveBeenCalledWith(request);
    await platform.setLanguage('kk');
    expect(api.setLanguage).toHaveBeenCalledWith('kk');
    await platform.openExternal('https://egov.kz/');
    expect(api.openExternal).toHaveBeenCalledWith('https://egov.kz/');
  });
});

describe('files in chunks inside Electron', () => {
  it('saves through the stream handle, splitting a chunk larger than one IPC message', async () => {
    const api = fakeElectronApi();
    window.electronApi = api;
    const sink = await saveFileInChunks({ suggestedName: 'backup.jsonl.gz' });
    await sink!.write(new Uint8Array(MAX_STREAM_CHUNK_BYTES + 10));
    const sizes = vi.mocked(api.saveStreamWrite).mock.calls.map(([request]) => request.bytes.byteLength);
    expect(sizes).toEqual([MAX_STREAM_CHUNK_BYTES, 10]);
    await expect(sink!.close()).resolves.toEqual({ status: 'saved', path: '/home/op/backup.jsonl.gz' });
    expect(api.saveStreamClose).toHaveBeenCalledWith({ handle: HANDLE });
  });

  it('resolves undefined when the save dialog is cancelled', async () => {
    const api = fakeElectronApi();
    api.saveStreamOpen = vi.fn(async () => ({ status: 'cancelled' as const }));
    window.electronApi = api;
    await expect(saveFileInChunks({ suggestedName: 'backup.jsonl.gz' })).resolves.toBeUndefined();
  });

  it('reads a file as a stream of IPC reads and closes it at the end', async () => {
    const api = fakeElectronApi();
    const pieces = [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])];
    api.openStreamRead = vi.fn(async () => pieces.shift() ?? null);
    window.electronApi = api;
    const opened = await openFileInChunks({}, 2);
    expect(opened).toMatchObject({ name: 'backup.jsonl.gz', size: 5 });
    expect(await readAll(opened!.stream)).toEqual([1, 2, 3, 4, 5]);
    expect(api.openStreamRead).toHaveBeenCalledWith({ handle: HANDLE, maxBytes: 2 });
    expect(api.openStreamClose).toHaveBeenCalledWith({ handle: HANDLE });
  });

  it('closes the file when the reader gives up early', async () => {
    const api = fakeElectronApi();
    api.openStreamRead = vi.fn(async () => new Uint8Array([1]));
    window.electronApi = api;
    const opened = await openFileInChunks({});
    const reader = opened!.stream.getReader();
    await reader.read();
    await reader.cancel();
    expect(api.openStreamClose).toHaveBeenCalledWith({ handle: HANDLE });
  });
});

describe('in a plain browser', () => {
  it('saves a file in chunks as one download on close, and nothing on abort', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test')), revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const aborted = await saveFileInChunks({ suggestedName: 'old.jsonl.gz' });
    await aborted!.write(new Uint8Array([9]));
    await aborted!.abort();
    const sink = await saveFileInChunks({ suggestedName: 'backup.jsonl.gz' });
    await sink!.write(new Uint8Array([1, 2]));
    await sink!.write(new Uint8Array([3]));
    await expect(sink!.close()).resolves.toEqual({ status: 'handed-to-browser', fileName: 'backup.jsonl.gz' });
    expect(clicked.map((a) => a.download)).toEqual(['backup.jsonl.gz']);
    expect(Array.from(new Uint8Array(await blobs[0]!.arrayBuffer()))).toEqual([1, 2, 3]);
    await expect(sink!.write(new Uint8Array([4]))).rejects.toThrow(/unknown stream handle/);
  });

  it('opens a picked file as its stream, and reads it in slices through the API too', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File([new Uint8Array([5, 6, 7])], 'backup.jsonl.gz');
      // jsdom's File has no stream(); Chromium's does (it reads from disk as the stream is pulled).
      if (typeof file.stream !== 'function') Object.defineProperty(file, 'stream', { value: () => new Response(new Uint8Array([5, 6, 7])).body });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const opened = await openFileInChunks({ filters: [{ name: 'Backup', extensions: ['gz'] }] });
    expect(opened).toMatchObject({ name: 'backup.jsonl.gz', size: 3 });
    expect(await readAll(opened!.stream)).toEqual([5, 6, 7]);
    const viaApi = await platform.openStreamOpen({});
    const first = await platform.openStreamRead({ handle: viaApi!.handle, maxBytes: 2 });
    const second = await platform.openStreamRead({ handle: viaApi!.handle, maxBytes: 2 });
    expect([Array.from(first ?? []), Array.from(second ?? [])]).toEqual([[5, 6], [7]]);
    await expect(platform.openStreamRead({ handle: viaApi!.handle, maxBytes: 2 })).resolves.toBeNull();
    await platform.openStreamClose({ handle: viaApi!.handle });
    await expect(platform.openStreamRead({ handle: viaApi!.handle, maxBytes: 2 })).rejects.toThrow(/unknown stream handle/);
  });


  it('is not Electron and describes itself from build-time data', async () => {
    expect(isElectron()).toBe(false);
    await expect(platform.getAppInfo()).resolves.toEqual({
      version: 'test',
      dataFolder: BROWSER_DATA_FOLDER,
      platform: 'browser',
      isPackaged: false,
      runtime: 'browser',
    });
  });

  it('saves a file as a download named as suggested', async () => {
    const createObjectURL = vi.fn(() => 'blob:test');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await platform.saveFile({ suggestedName: 'журнал.csv', content: { kind: 'text', text: 'a;b' } });
    expect(result).toEqual({ status: 'handed-to-browser', fileName: 'журнал.csv' });
    expect(clicked[0]?.download).toBe('журнал.csv');
    expect(clicked[0]?.href).toBe('blob:test');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('prints the current view with the browser print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await expect(platform.savePdf({ source: { kind: 'current-view' }, suggestedName: 'справка' })).resolves.toEqual({
      status: 'handed-to-browser',
      fileName: 'справка.pdf',
    });
    expect(print).toHaveBeenCalled();
  });

  it('opens a file through <input type=file>, honouring the size limit', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File([new Uint8Array([1, 2, 3])], 'scan.pdf', { type: 'application/pdf' });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const opened = await platform.openFile({ filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(opened?.name).toBe('scan.pdf');
    expect(Array.from(opened?.bytes ?? [])).toEqual([1, 2, 3]);
    await expect(platform.openFile({ maxBytes: 2 })).rejects.toThrow(/files up to 2 bytes/);
  });

  it('resolves null when the file dialog is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(platform.openFile({})).resolves.toBeNull();
  });

  it('opens only http/https links, in a new tab without opener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await platform.openExternal('https://egov.kz/');
    expect(open).toHaveBeenCalledWith('https://egov.kz/', '_blank', 'noopener,noreferrer');
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(/only http and https/);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('has no menu: setLanguage and onMenuCommand do nothing', async () => {
    await expect(platform.setLanguage('kk')).resolves.toBeUndefined();
    const stop = platform.onMenuCommand(() => {});
    expect(() => stop()).not.toThrow();
  });
});
