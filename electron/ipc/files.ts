/** IpcChannel.saveFile and IpcChannel.openFile — files in and out of the app, always through a dialog the user sees. */
import path from 'node:path';
import {
  IpcChannel,
  MAX_FILE_BYTES,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveResult,
} from '../../shared/ipc/contract';
import { handleTrusted, type IpcContext } from './trusted-handler';
import { extensionOf, withDefaultExtension, type FileWriter, type OpenDialog, type SaveDialog } from './save-dialog';

export type FileDeps = {
  showSaveDialog: SaveDialog;
  showOpenDialog: OpenDialog;
  writeFile: FileWriter;
  fileSize: (filePath: string) => Promise<number>;
  readFile: (filePath: string) => Promise<Uint8Array>;
  /** Folder the save dialog starts in (the user's Documents). */
  defaultFolder: () => string;
};

export async function saveFile(request: SaveFileRequest, deps: FileDeps): Promise<SaveResult> {
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder(), request.suggestedName),
    filters: request.filters ?? [],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };
  const filePath = withDefaultExtension(choice.filePath, extensionOf(request.suggestedName));
  const bytes = request.content.kind === 'text' ? new TextEncoder().encode(request.content.text) : request.content.bytes;
  await deps.writeFile(filePath, bytes);
  return { status: 'saved', path: filePath };
}

export async function openFile(request: OpenFileRequest, deps: FileDeps): Promise<OpenFileResult> {
  const choice = await deps.showOpenDialog({ filters: request.filters ?? [] });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return null;
  const limit = request.maxBytes ?? MAX_FILE_BYTES;
  const tooLarge = (size: number): Error =>
    new Error(`"${path.basename(filePath)}" is ${size} bytes; files up to ${limit} bytes can be opened`);
  // Checked before reading, so a huge file is never loaded into memory.
  const size = await deps.fileSize(filePath);
  if (size > limit) throw tooLarge(size);
  const bytes = await deps.readFile(filePath);
  if (bytes.byteLength > limit) throw tooLarge(bytes.byteLength);
  return { name: path.basename(filePath), bytes };
}

export function registerFileHandlers(context: IpcContext, deps: FileDeps): void {
  handleTrusted(context, IpcChannel.saveFile, (request) => saveFile(request, deps));
  handleTrusted(context, IpcChannel.openFile, (request) => openFile(request, deps));
}
