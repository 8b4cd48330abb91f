import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel, MAX_HTML_CHARS } from '../../shared/ipc/contract';
import { PrintDocuments } from '../../electron/app-protocol';
import { registerPdfHandlers, type PdfDeps, type PrintWindow } from '../../electron/ipc/pdf';
import { createFakeIpc, foreignEvents, trustedEvent } from './fake-ipc';

const PDF = new Uint8Array([37, 80, 68, 70, 45]); // "%PDF-"
const DOCUMENTS = '/home/op/Documents';

function setup(overrides: Partial<PdfDeps> = {}) {
  const printDocuments = new PrintDocuments(() => 'doc-1');
  const mainPrint = vi.fn(async (_options: PrintToPDFOptions) => PDF);
  const printWindows: Array<PrintWindow & { loaded: string[]; destroyed: boolean; html: string | undefined }> = [];
  const written = new Map<string, Uint8Array>();
  const deps: PdfDeps = {
    mainContents: () => ({ printToPDF: mainPrint }),
    createPrintWindow: () => {
      const window = {
        loaded: [] as string[],
        destroyed: false,
        html: undefined as string | undefined,
        async loadURL(url: string) {
          window.loaded.push(url);
          // What the app protocol would serve at that URL while the document is registered.
          window.html = printDocuments.find(new URL(url).pathname);
        },
        webContents: { printToPDF: vi.fn(async () => PDF) },
        destroy() {
          window.destroyed = true;
        },
      };
      printWindows.push(window);
      return window;
    },
    registerDocument: (html) => printDocuments.register(html),
    showSaveDialog: vi.fn(async (options) => ({ canceled: false, filePath: options.defaultPath })),
    writeFile: vi.fn(async (filePath: string, data: Uint8Array) => {
      written.set(filePath, data);
    }),
    defaultFolder: () => DOCUMENTS,
    ...overrides,
  };
  const ipc = createFakeIpc();
  registerPdfHandlers(ipc.context, deps);
  return { ...ipc, deps, mainPrint, printWindows, written, printDocuments };
}

describe(IpcChannel.savePdf, () => {
  it('prints the current view (A4, print CSS) and saves it as .pdf where the user chose', async () => {
    const { invoke, mainPrint, written, deps } = setup();
    const result = await invoke(IpcChannel.savePdf, trustedEvent, {
      source: { kind: 'current-view' },
      suggestedName: 'Расписка 2026-000123',
    });
    const target = path.join(DOCUMENTS, 'Расписка 2026-000123.pdf');
    expect(result).toEqual({ status: 'saved', path: target });
    expect(mainPrint).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true }),
    );
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: target, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(written.get(target)).toEqual(PDF);
  });

  it('prints given HTML in a hidden window served from the app scheme, then throws window and document away', async () => {
    const { invoke, printWindows, printDocuments, written } = setup();
    const html = '<!doctype html><meta charset="utf-8"><h1>Қолхат</h1>';
    const result = await invoke(IpcChannel.savePdf, trustedEvent, {
      source: { kind: 'html', html },
      suggestedName: 'receipt.pdf',
      pageSize: 'A5',
      landscape: true,
    });
    expect(result).toEqual({ status: 'saved', path: path.join(DOCUMENTS, 'receipt.pdf') });
    const [window] = printWindows;
    expect(window?.loaded).toEqual(['app://local/__print__/doc-1.html']);
    expect(window?.html).toBe(html);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A5', landscape: true, preferCSSPageSize: false }),
    );
    expect(window?.destroyed).toBe(true);
    expect(printDocuments.find('/__print__/doc-1.html')).toBeUndefined();
    expect(written.size).toBe(1);
  });

  it('cleans up the print window and the document when rendering fails, and saves nothing', async () => {
    const destroy = vi.fn();
    const printDocuments = new PrintDocuments(() => 'doc-2');
    const { invoke, deps, logs } = setup({
      registerDocument: (html) => printDocuments.register(html),
      createPrintWindow: () => ({
        loadURL: async () => {
          throw new Error('ERR_FAILED');
        },
        webContents: { printToPDF: vi.fn(async () => PDF) },
        destroy,
      }),
    });
    await expect(
      invoke(IpcChannel.savePdf, trustedEvent, { source: { kind: 'html', html: '<p>x</p>' }, suggestedName: 'x' }),
    ).rejects.toThrow('ERR_FAILED');
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(printDocuments.find('/__print__/doc-2.html')).toBeUndefined();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(logs.at(-1)).toMatch(/pdf:save" failed: ERR_FAILED/);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const { invoke, written } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(
      invoke(IpcChannel.savePdf, trustedEvent, { source: { kind: 'current-view' }, suggestedName: 'x.pdf' }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(written.size).toBe(0);
  });

  it.each([
    ['no request', undefined],
    ['missing source', { suggestedName: 'x.pdf' }],
    ['an unknown source kind', { source: { kind: 'url', url: 'https://evil.example/' }, suggestedName: 'x.pdf' }],
    ['HTML that is not a string', { source: { kind: 'html', html: { toString: 1 } }, suggestedName: 'x.pdf' }],
    ['empty HTML', { source: { kind: 'html', html: '' }, suggestedName: 'x.pdf' }],
    ['oversized HTML', { source: { kind: 'html', html: 'x'.repeat(MAX_HTML_CHARS + 1) }, suggestedName: 'x.pdf' }],
    ['a path as name', { source: { kind: 'current-view' }, suggestedName: '/tmp/x.pdf' }],
    ['an unknown page size', { source: { kind: 'current-view' }, suggestedName: 'x.pdf', pageSize: 'B5' }],
    ['landscape as a string', { source: { kind: 'current-view' }, suggestedName: 'x.pdf', landscape: 'yes' }],
  ])('refuses %s before rendering anything', async (_, request) => {
    const { invoke, mainPrint, printWindows } = setup();
    await expect(invoke(IpcChannel.savePdf, trustedEvent, request)).rejects.toThrow(/IPC "pdf:save" refused: invalid request/);
    expect(mainPrint).not.toHaveBeenCalled();
    expect(printWindows).toHaveLength(0);
  });

  it('refuses a foreign sender (a print window cannot print itself again)', async () => {
    const { invoke, mainPrint } = setup();
    await expect(
      invoke(IpcChannel.savePdf, foreignEvents['another webContents (e.g. a print window)']!, {
        source: { kind: 'current-view' },
        suggestedName: 'x.pdf',
      }),
    ).rejects.toThrow(/not the app window/);
    expect(mainPrint).not.toHaveBeenCalled();
  });
});
