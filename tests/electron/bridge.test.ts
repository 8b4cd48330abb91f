// @vitest-environment jsdom
/**
 * renderer/platform/bridge.ts — the renderer's side of the IPC contract: delegates to window.electronApi inside
 * Electron, falls back to web APIs in a plain browser. (jsdom stands in for the browser.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElectronApi } from '../../shared/ipc/contract';
import { BROWSER_DATA_FOLDER, isElectron, platform } from '../../renderer/platform/bridge';

afterEach(() => {
  delete window.electronApi;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

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

describe('in a plain browser', () => {
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
