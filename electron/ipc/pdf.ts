/**
 * IpcChannel.savePdf — print the current view (the page's print CSS applies) or a given HTML document (a print
 * template) to PDF, and save it where the user chooses. Also used by the File menu.
 *
 * Given HTML is rendered in a hidden window with JavaScript off, served from the app scheme (so the strict CSP and
 * the app's fonts apply) and thrown away after printing.
 */
import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { IpcChannel, type PdfSource, type SavePdfRequest, type SaveResult } from '../../shared/ipc/contract';
import { handleTrusted, type IpcContext } from './trusted-handler';
import { withDefaultExtension, type FileWriter, type SaveDialog } from './save-dialog';

/** Something that can print itself to PDF (a webContents). */
export type PdfPrintable = { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };

/** The hidden window HTML is printed in (a BrowserWindow created with show: false, JavaScript off). */
export type PrintWindow = {
  loadURL(url: string): Promise<void>;
  readonly webContents: PdfPrintable;
  destroy(): void;
};

export type PdfDeps = {
  /** The main window's webContents (the "current view"). */
  mainContents: () => PdfPrintable | undefined;
  createPrintWindow: () => PrintWindow;
  /** Makes HTML reachable at an app URL while it is printed (app-protocol.ts PrintDocuments). */
  registerDocument: (html: string) => { url: string; release: () => void };
  showSaveDialog: SaveDialog;
  writeFile: FileWriter;
  defaultFolder: () => string;
};

export function pdfOptions(request: Pick<SavePdfRequest, 'pageSize' | 'landscape'>): PrintToPDFOptions {
  return {
    pageSize: request.pageSize ?? 'A4',
    landscape: request.landscape ?? false,
    printBackground: true,
    // Without an explicit size, a template's own `@page { size: … }` wins.
    preferCSSPageSize: request.pageSize === undefined,
  };
}

export async function renderPdf(source: PdfSource, options: PrintToPDFOptions, deps: PdfDeps): Promise<Uint8Array> {
  if (source.kind === 'current-view') {
    const contents = deps.mainContents();
    if (contents === undefined) throw new Error('there is no window to print');
    return contents.printToPDF(options);
  }
  const document = deps.registerDocument(source.html);
  const window = deps.createPrintWindow();
  try {
    await window.loadURL(document.url);
    return await window.webContents.printToPDF(options);
  } finally {
    window.destroy();
    document.release();
  }
}

/** Renders first, then asks where to save: a failed render never leaves the user with an empty file. */
export async function savePdf(request: SavePdfRequest, deps: PdfDeps): Promise<SaveResult> {
  const pdf = await renderPdf(request.source, pdfOptions(request), deps);
  const suggestedName = /\.pdf$/i.test(request.suggestedName) ? request.suggestedName : `${request.suggestedName}.pdf`;
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder(), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };
  const filePath = withDefaultExtension(choice.filePath, 'pdf');
  await deps.writeFile(filePath, pdf);
  return { status: 'saved', path: filePath };
}

export function registerPdfHandlers(context: IpcContext, deps: PdfDeps): void {
  handleTrusted(context, IpcChannel.savePdf, (request) => savePdf(request, deps));
}
