import path from 'node:path';
import { recordRefOf } from '../../shared/sync/record-kinds';
import type { ClientsService } from './clients';
import type { PlansService } from './plans';
import type { SessionCopies } from './session-copies';
import type { Push } from './backend';
import type { Storage } from './storage';

/**
 * Records that arrive from other rooms (through the sync engine) or change
 * underneath: the client name index is brought up to date first (and a
 * session's conflict copy merged into it, a second order of the plans
 * settled), then every
 * window hears which record changed so its screens fetch it again. The app's
 * own writes never come through here (the folder watcher knows them).
 */
export function relayRecordChanges(storage: Storage, clients: ClientsService, plans: PlansService, sessionCopies: SessionCopies, push: Push): () => void {
  return storage.onRecordChange((change) => {
    const relative = path.relative(storage.dataDir, change.filePath).split(path.sep).join('/');
    const ref = recordRefOf(relative);
    if (!ref) return;
    if (ref.kind === 'client' && ref.id) {
      if (ref.conflictCopy) clients.reloadCopies();
      else clients.reloadOne(ref.id);
    }
    if (ref.kind === 'session' && ref.conflictCopy && change.kind !== 'removed') sessionCopies.mergeAll();
    if (ref.kind === 'plan' && ref.id === null && ref.conflictCopy && change.kind !== 'removed') plans.settleOrderCopies();
    push('records.changed', { ...ref, change: change.kind });
  });
}
