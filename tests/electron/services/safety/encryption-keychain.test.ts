import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedKeyProvider } from '../../../../electron/services/encryption';
import { someClient } from '../../../helpers/backend';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** The system keychain, counting how often it is asked (each ask may show a prompt on the desktop). */
function countingKeychain() {
  const keys = fixedKeyProvider();
  let asked = 0;
  const open = keys.open.bind(keys);
  return Object.assign(keys, {
    open: (options: { create: boolean }) => {
      asked += 1;
      return open(options);
    },
    asked: () => asked,
  });
}

describe('the keychain at start', () => {
  it('is never asked while encryption is off and no file is encrypted', async () => {
    const layout = layoutIn(tempDir());
    const keys = countingKeychain();
    const first = safeBackend(layout, { keys });
    await first.call('clients.create', { fields: someClient });
    await first.backend.idle();
    first.backend.close();

    const again = safeBackend(layout, { keys });
    await again.backend.idle();
    expect((await again.call('clients.search', { query: '' })).clients).toHaveLength(1);
    expect(keys.asked()).toBe(0);
  });

  it('is asked when a file is encrypted though the setting is off (a copy restored from before), so every record reads', async () => {
    const layout = layoutIn(tempDir());
    const keys = countingKeychain();
    const first = safeBackend(layout, { keys });
    const ana = await first.call('clients.create', { fields: someClient });
    await first.call('data.encryption.set', { enabled: true });
    await first.backend.idle();
    first.backend.close();
    // The setting says off, the records are still sealed.
    writeFileSync(path.join(layout.dataDir, 'encryption.json'), JSON.stringify({ schemaVersion: 1, record: { enabled: false } }));

    const again = safeBackend(layout, { keys });
    await again.backend.idle();
    expect(await again.call('clients.get', { clientId: ana.id })).toMatchObject({ name: someClient.name });
  });
});
