/** IpcChannel.getAppInfo — version, data folder, platform, packaged or not. */
import { IpcChannel, type AppInfo } from '../../shared/ipc/contract';
import { handleTrusted, type IpcContext } from './trusted-handler';

export type AppInfoDeps = Omit<AppInfo, 'runtime'>;

export function registerAppInfoHandlers(context: IpcContext, deps: AppInfoDeps): void {
  handleTrusted(context, IpcChannel.getAppInfo, async () => ({ ...deps, runtime: 'electron' }));
}
