/**
 * What the save/open features need from the OS, as plain function types: main binds them to `dialog` (parented to
 * the main window) and `fs`; tests pass fakes.
 */
import path from 'node:path';
import type { FileFilter } from '../../shared/ipc/contract';

export type SaveDialog = (options: {
  defaultPath: string;
  filters: FileFilter[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

export type OpenDialog = (options: {
  filters: FileFilter[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

export type FileWriter = (filePath: string, data: Uint8Array) => Promise<void>;

/** Adds `.ext` when the chosen path has no extension (Linux dialogs do not add one from the filter). */
export function withDefaultExtension(filePath: string, extension: string): string {
  return path.extname(filePath) === '' && extension !== '' ? `${filePath}.${extension}` : filePath;
}

/** The extension of a suggested name, without the dot (`'report.csv'` → `'csv'`). */
export function extensionOf(fileName: string): string {
  return path.extname(fileName).replace(/^\./, '');
}
