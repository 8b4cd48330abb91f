import { describe, expect, it } from 'vitest';
import { AppInfo, IpcChannel } from '../../shared/ipc/contract';
import { registerAppInfoHandlers } from '../../electron/ipc/app-info';
import { createFakeIpc, foreignEvents, trustedEvent } from './fake-ipc';

function setup(): ReturnType<typeof createFakeIpc> {
  const ipc = createFakeIpc();
  registerAppInfoHandlers(ipc.context, {
    version: '0.1.0',
    dataFolder: '/home/op/.config/kz-state-services',
    platform: 'linux',
    isPackaged: false,
  });
  return ipc;
}

describe(IpcChannel.getAppInfo, () => {
  it('answers the app info for the app window', async () => {
    const info = await setup().invoke(IpcChannel.getAppInfo, trustedEvent);
    expect(AppInfo.parse(info)).toEqual({
      version: '0.1.0',
      dataFolder: '/home/op/.config/kz-state-services',
      platform: 'linux',
      isPackaged: false,
      runtime: 'electron',
    });
  });

  it.each([['a string', 'x'], ['an object', { version: '2' }], ['a number', 1]])('refuses %s as request', async (_, request) => {
    await expect(setup().invoke(IpcChannel.getAppInfo, trustedEvent, request)).rejects.toThrow(/invalid request/);
  });

  it('refuses a foreign sender', async () => {
    await expect(
      setup().invoke(IpcChannel.getAppInfo, foreignEvents['a remote page in the main window']!),
    ).rejects.toThrow(/not the app window/);
  });

  it('refuses to answer something outside the contract', async () => {
    const ipc = createFakeIpc();
    registerAppInfoHandlers(ipc.context, { version: '', dataFolder: '/d', platform: 'linux', isPackaged: false });
    await expect(ipc.invoke(IpcChannel.getAppInfo, trustedEvent)).rejects.toThrow(/outside the contract/);
  });
});
