/**
 * The one way main registers an IPC handler: the sender must be our window showing our app, and the request must
 * match the channel's schema in shared/ipc/contract.ts — otherwise the call is refused with a clear error (which the
 * renderer receives as a rejected promise) and logged. The result is validated too, so a bug in main cannot send
 * the renderer something the contract does not promise.
 *
 * Electron objects are reached only through the small structural types below; tests pass plain fakes.
 */
import { z } from 'zod';
import { ipcSchemas, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/ipc/contract';
import { isAppUrl } from '../security';

/** The parts of an `IpcMainInvokeEvent` the checks read. */
export type IpcSenderEvent = {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
};

/** `ipcMain` as far as registering handlers goes. */
export type IpcRegistrar = {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
};

export type IpcContext = {
  ipcMain: IpcRegistrar;
  /** `webContents.id` of the main window, or undefined while there is none. */
  mainWebContentsId: () => number | undefined;
  log: (message: string) => void;
};

/** Thrown (and so rejected in the renderer) when a call is refused before its handler runs. */
export class IpcRequestRejected extends Error {
  override readonly name = 'IpcRequestRejected';
}

function frameUrl(event: IpcSenderEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    // Electron throws when the frame has navigated away or was destroyed since the call was sent.
    return undefined;
  }
}

/**
 * A call is ours when it comes from the main window's webContents, from its top frame (no iframe), and that frame
 * shows a page of the app scheme.
 */
export function isTrustedSender(event: IpcSenderEvent, mainWebContentsId: number | undefined): boolean {
  if (mainWebContentsId === undefined || event.sender.id !== mainWebContentsId) return false;
  const url = frameUrl(event);
  return url !== undefined && event.senderFrame?.parent === null && isAppUrl(url);
}

function describeSender(event: IpcSenderEvent): string {
  return `webContents ${event.sender.id}, frame ${frameUrl(event) ?? '(none)'}`;
}

/** Registers `handler` for `channel` behind the sender check and the contract's schemas. */
export function handleTrusted<C extends IpcChannel>(
  context: IpcContext,
  channel: C,
  /** `sender` is the calling webContents (already checked): handlers that hand out ids scope them to it. */
  handler: (request: IpcRequest<C>, sender: { readonly id: number }) => Promise<IpcResponse<C>>,
): void {
  const schemas = ipcSchemas[channel];
  context.ipcMain.handle(channel, async (event, ...args) => {
    function refuse(reason: string): never {
      const message = `IPC "${channel}" refused: ${reason}`;
      context.log(message);
      throw new IpcRequestRejected(message);
    }
    if (!isTrustedSender(event, context.mainWebContentsId())) {
      refuse(`the sender is not the app window (${describeSender(event)})`);
    }
    if (args.length > 1) refuse(`expected at most one argument, got ${args.length}`);
    const parsed = (schemas.request as z.ZodType).safeParse(args[0]);
    if (!parsed.success) refuse(`invalid request — ${z.prettifyError(parsed.error)}`);

    let result: IpcResponse<C>;
    try {
      result = await handler(parsed.data as IpcRequest<C>, { id: event.sender.id });
    } catch (error) {
      context.log(`IPC "${channel}" failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
    const checked = (schemas.response as z.ZodType).safeParse(result);
    if (!checked.success) {
      const message = `IPC "${channel}" produced a result outside the contract — ${z.prettifyError(checked.error)}`;
      context.log(message);
      throw new Error(message);
    }
    return checked.data;
  });
}
