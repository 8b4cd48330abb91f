/**
 * Files of any size in and out of the app in chunks (backups of a large office: hundreds of MB), always through a
 * dialog the user sees. The renderer gets an unguessable handle for the file it chose; every later call names that
 * handle, and main accepts it only from the webContents it was given to. Nothing else about the file (its folder,
 * other files) is reachable through a handle.
 *
 * A saved stream is written to `<chosen path>.part` and renamed over the chosen path only when the renderer closes
 * it: a backup that fails or is aborted half-way never replaces a good file of the same name, and its part is
 * removed.
 */
import path from 'node:path';
import {
  IpcChannel,
  MAX_OPEN_STREAMS,
  type OpenStreamChunk,
  type OpenStreamRead,
  type OpenStreamRequest,
  type OpenStreamResult,
  type SaveResult,
  type SaveStreamOpened,
  type SaveStreamRequest,
  type SaveStreamWrite,
  type StreamHandleRequest,
} from '../../shared/ipc/contract';
import { handleTrusted, type IpcContext } from './trusted-handler';
import { extensionOf, withDefaultExtension, type OpenDialog, type SaveDialog } from './save-dialog';

/** A file open for appending (main binds it to fs.promises.FileHandle). */
export type WritableFile = { write(data: Uint8Array): Promise<void>; close(): Promise<void> };
/** A file open for reading from its start. */
export type ReadableFile = { readonly size: number; read(maxBytes: number): Promise<Uint8Array>; close(): Promise<void> };

export type FileStreamDeps = {
  showSaveDialog: SaveDialog;
  showOpenDialog: OpenDialog;
  /** Folder the save dialog starts in (the user's Documents). */
  defaultFolder: () => string;
  openForWriting: (filePath: string) => Promise<WritableFile>;
  openForReading: (filePath: string) => Promise<ReadableFile>;
  rename: (from: string, to: string) => Promise<void>;
  remove: (filePath: string) => Promise<void>;
  /** A fresh random id (crypto.randomUUID). */
  newHandle: () => string;
};

type SaveEntry = { readonly kind: 'save'; readonly owner: number; readonly file: WritableFile; readonly partPath: string; readonly finalPath: string; busy: Promise<void>; failure?: Error };
type OpenEntry = { readonly kind: 'open'; readonly owner: number; readonly file: ReadableFile };
type Entry = SaveEntry | OpenEntry;

export const PART_SUFFIX = '.part';

export class FileStreams {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: FileStreamDeps) {}

  /** Handles open now (tests; a leak would show here). */
  get openCount(): number {
    return this.entries.size;
  }

  private checkRoom(owner: number): void {
    const mine = [...this.entries.values()].filter((entry) => entry.owner === owner).length;
    if (mine >= MAX_OPEN_STREAMS) throw new Error(`at most ${MAX_OPEN_STREAMS} files may be open at once; close one first`);
  }

  /** The entry of `handle` if it is of `kind` and belongs to `owner`; one error for all other cases (no probing). */
  private entry<K extends Entry['kind']>(handle: string, kind: K, owner: number): Extract<Entry, { kind: K }> {
    const found = this.entries.get(handle);
    if (found === undefined || found.kind !== kind || found.owner !== owner) throw new Error('unknown stream handle');
    return found as Extract<Entry, { kind: K }>;
  }

  async saveOpen(request: SaveStreamRequest, owner: number): Promise<SaveStreamOpened> {
    this.checkRoom(owner);
    const choice = await this.deps.showSaveDialog({
      defaultPath: path.join(this.deps.defaultFolder(), request.suggestedName),
      filters: request.filters ?? [],
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };
    const finalPath = withDefaultExtension(choice.filePath, extensionOf(request.suggestedName));
    const partPath = `${finalPath}${PART_SUFFIX}`;
    const file = await this.deps.openForWriting(partPath);
    const handle = this.deps.newHandle();
    this.entries.set(handle, { kind: 'save', owner, file, partPath, finalPath, busy: Promise.resolve() });
    return { status: 'opened', handle };
  }

  async saveWrite(request: SaveStreamWrite, owner: number): Promise<void> {
    const entry = this.entry(request.handle, 'save', owner);
    // Writes are appended in the order they arrive, even if the renderer does not wait for each one.
    // After a failed write (a full disk) the file has a gap: every later write fails too, and close refuses.
    const write = entry.busy.then(async () => {
      if (entry.failure !== undefined) throw entry.failure;
      try {
        await entry.file.write(request.bytes);
      } catch (error) {
        entry.failure = error instanceof Error ? error : new Error(String(error));
        throw entry.failure;
      }
    });
    entry.busy = write.catch(() => undefined);
    await write;
  }

  async saveClose(request: StreamHandleRequest, owner: number): Promise<SaveResult> {
    const entry = this.entry(request.handle, 'save', owner);
    this.entries.delete(request.handle);
    try {
      await entry.busy;
      await entry.file.close();
      if (entry.failure !== undefined) throw entry.failure;
      await this.deps.rename(entry.partPath, entry.finalPath);
    } catch (error) {
      await this.deps.remove(entry.partPath).catch(() => undefined);
      throw error;
    }
    return { status: 'saved', path: entry.finalPath };
  }

  async saveAbort(request: StreamHandleRequest, owner: number): Promise<void> {
    const entry = this.entry(request.handle, 'save', owner);
    this.entries.delete(request.handle);
    await entry.busy;
    await entry.file.close().catch(() => undefined);
    await this.deps.remove(entry.partPath).catch(() => undefined);
  }

  async openOpen(request: OpenStreamRequest, owner: number): Promise<OpenStreamResult> {
    this.checkRoom(owner);
    const choice = await this.deps.showOpenDialog({ filters: request.filters ?? [] });
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return null;
    const file = await this.deps.openForReading(filePath);
    const handle = this.deps.newHandle();
    this.entries.set(handle, { kind: 'open', owner, file });
    return { name: path.basename(filePath), size: file.size, handle };
  }

  async openRead(request: OpenStreamRead, owner: number): Promise<OpenStreamChunk> {
    const entry = this.entry(request.handle, 'open', owner);
    const bytes = await entry.file.read(request.maxBytes);
    return bytes.byteLength === 0 ? null : bytes;
  }

  async openClose(request: StreamHandleRequest, owner: number): Promise<void> {
    const entry = this.entry(request.handle, 'open', owner);
    this.entries.delete(request.handle);
    await entry.file.close();
  }

  /** Closes (and for saves removes) every stream of a webContents that is gone. */
  async closeAllOf(owner: number): Promise<void> {
    for (const [handle, entry] of [...this.entries]) {
      if (entry.owner !== owner) continue;
      if (entry.kind === 'save') await this.saveAbort({ handle }, owner);
      else await this.openClose({ handle }, owner);
    }
  }
}

export function registerFileStreamHandlers(context: IpcContext, deps: FileStreamDeps): FileStreams {
  const streams = new FileStreams(deps);
  handleTrusted(context, IpcChannel.saveStreamOpen, (request, sender) => streams.saveOpen(request, sender.id));
  handleTrusted(context, IpcChannel.saveStreamWrite, async (request, sender) => void (await streams.saveWrite(request, sender.id)));
  handleTrusted(context, IpcChannel.saveStreamClose, (request, sender) => streams.saveClose(request, sender.id));
  handleTrusted(context, IpcChannel.saveStreamAbort, async (request, sender) => void (await streams.saveAbort(request, sender.id)));
  handleTrusted(context, IpcChannel.openStreamOpen, (request, sender) => streams.openOpen(request, sender.id));
  handleTrusted(context, IpcChannel.openStreamRead, (request, sender) => streams.openRead(request, sender.id));
  handleTrusted(context, IpcChannel.openStreamClose, async (request, sender) => void (await streams.openClose(request, sender.id)));
  return streams;
}
