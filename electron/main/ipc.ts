import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeChannelNames } from '../../shared/contract/channels';
import type { Envelope } from '../../shared/contract/errors';
import type { Backend } from '../services/backend';
import { isTrustedSender, type TrustedOrigins } from './trusted-sender';

/** Registers exactly the contract's channels; each checks the sender before the back end sees it. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Pick<Backend, 'handle'>,
  origins: TrustedOrigins,
): void {
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown): Promise<Envelope<unknown>> | Envelope<never> => {
      if (!isTrustedSender(event.senderFrame, origins)) {
        return { ok: false, error: { code: 'refused', message: 'Only the Stillpoint window may use this channel.' } };
      }
      return backend.handle(channel, payload);
    });
  }
}
