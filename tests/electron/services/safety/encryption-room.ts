import { fixedKeyProvider, type KeyProvider } from '../../../../electron/services/encryption';
import { safeBackend, type Layout } from '../../../helpers/safe-backend';

/** A recovery key cheap enough for tests. */
const recoveryCost = { N: 2 ** 12, r: 8, p: 1 };

/**
 * A room on the desktop app with its keychain, or (keys null) in browser mode with none; `trouble` stands in for a
 * disk that refuses writes where it says.
 */
export function encryptionRoom(layout: Layout, keys: KeyProvider | null = fixedKeyProvider(), trouble: { when?: (file: string) => boolean } = {}) {
  const room = safeBackend(layout, {
    keys: keys ?? undefined,
    recoveryCost,
    writeGuard: (file) => {
      if (trouble.when?.(file)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  });
  const refusal = async (channel: string, payload: unknown = {}) => {
    const answer = await room.backend.handle(channel, payload);
    if (answer.ok) throw new Error(`${channel} was expected to be refused`);
    return answer.error;
  };
  const backups = async () => ((await room.call('data.backups.list')) as { reason: string }[]).map((each) => each.reason);
  return { ...room, layout, keys, trouble, refusal, backups };
}
