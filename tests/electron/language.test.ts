import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../shared/ipc/contract';
import { registerLanguageHandlers } from '../../electron/ipc/language';
import { createFakeIpc, foreignEvents, trustedEvent } from './fake-ipc';

function setup(): ReturnType<typeof createFakeIpc> & { applyLanguage: ReturnType<typeof vi.fn> } {
  const ipc = createFakeIpc();
  const applyLanguage = vi.fn();
  registerLanguageHandlers(ipc.context, { applyLanguage });
  return { ...ipc, applyLanguage };
}

describe(IpcChannel.setLanguage, () => {
  it.each(['ru', 'kk'] as const)('applies %s', async (language) => {
    const { invoke, applyLanguage } = setup();
    await expect(invoke(IpcChannel.setLanguage, trustedEvent, language)).resolves.toBeUndefined();
    expect(applyLanguage).toHaveBeenCalledWith(language);
  });

  it.each([['en'], ['RU'], [''], [undefined], [{ language: 'kk' }], [1]])('refuses %j', async (bad) => {
    const { invoke, applyLanguage } = setup();
    await expect(invoke(IpcChannel.setLanguage, trustedEvent, bad)).rejects.toThrow(/invalid request/);
    expect(applyLanguage).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender', async () => {
    const { invoke, applyLanguage } = setup();
    await expect(invoke(IpcChannel.setLanguage, foreignEvents['an iframe inside the app']!, 'kk')).rejects.toThrow(
      /not the app window/,
    );
    expect(applyLanguage).not.toHaveBeenCalled();
  });
});
