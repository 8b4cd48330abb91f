import { describe, expect, it, vi } from 'vitest';
import { IpcChannel, MAX_URL_CHARS } from '../../shared/ipc/contract';
import { registerExternalLinkHandlers } from '../../electron/ipc/external-links';
import { createFakeIpc, foreignEvents, trustedEvent } from './fake-ipc';

function setup(): ReturnType<typeof createFakeIpc> & { openExternal: ReturnType<typeof vi.fn> } {
  const ipc = createFakeIpc();
  const openExternal = vi.fn(async () => {});
  registerExternalLinkHandlers(ipc.context, { openExternal });
  return { ...ipc, openExternal };
}

describe(IpcChannel.openExternal, () => {
  it.each(['https://egov.kz/cms/ru', 'http://adilet.zan.kz/rus/docs/V14R0010480'])('opens %s', async (url) => {
    const { invoke, openExternal } = setup();
    await expect(invoke(IpcChannel.openExternal, trustedEvent, url)).resolves.toBeUndefined();
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['SMB share', 'smb://server/share'],
    ['app URL', 'app://local/index.html'],
    ['embedded credentials', 'https://user:pw@example.com/'],
    ['not a string', 42],
    ['an object', { url: 'https://egov.kz' }],
    ['missing', undefined],
    ['too long', `https://egov.kz/${'a'.repeat(MAX_URL_CHARS)}`],
  ])('refuses %s', async (_, url) => {
    const { invoke, openExternal } = setup();
    await expect(invoke(IpcChannel.openExternal, trustedEvent, url)).rejects.toThrow(/refused/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender even with a good link', async () => {
    const { invoke, openExternal } = setup();
    await expect(
      invoke(IpcChannel.openExternal, foreignEvents['another webContents (e.g. a print window)']!, 'https://egov.kz/'),
    ).rejects.toThrow(/not the app window/);
    expect(openExternal).not.toHaveBeenCalled();
  });
});
