import type { syncthingInvoke } from '../../shared/contract/syncthing-channels';
import type { Handlers } from './handlers';
import type { SyncthingStatusService } from './syncthing-status';

export function syncthingHandlers(syncthing: SyncthingStatusService): Handlers<keyof typeof syncthingInvoke> {
  return {
    'syncthing.status': () => syncthing.status(),
    'syncthing.connect': (given) => syncthing.connect(given),
    'syncthing.forget': () => syncthing.forget(),
  };
}
