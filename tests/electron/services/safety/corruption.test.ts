import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedKeyProvider } from '../../../../electron/services/encryption';
import { layoutIn, safeBackend, type Layout } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** A valid session file's text, as the app writes it. */
async function sessionText(layout: Layout): Promise<string> {
  const { call, backend } = safeBackend(layout);
  await call('session.start', { planId: 'default-60' });
  await call('data.backup.now');
  backend.close();
  return readFileSync(path.join(layout.dataDir, 'sessions', 's-1.json'), 'utf8');
}

type Damage = (valid: string) => string | Buffer;

/** Each kind of damage a record file can suffer; `inert` ones are read as they are instead. */
const kinds: Record<string, Damage> = {
  'empty file': () => '',
  'only whitespace': () => '  \n\t ',
  'truncated half-way': (valid) => valid.slice(0, Math.floor(valid.length / 2)),
  'random garbage bytes': () => randomBytes(512),
  'zeroed block (power loss)': (valid) => Buffer.alloc(valid.length),
  'valid JSON but an array': () => '[1, 2, 3]',
  'valid JSON but null': () => 'null',
  'record without its envelope': (valid) => JSON.stringify(JSON.parse(valid).record),
  'wrong types inside the record': (valid) => {
    const data = JSON.parse(valid);
    data.record.createdAt = 'yesterday';
    return JSON.stringify(data);
  },
  'unknown extra key': (valid) => {
    const data = JSON.parse(valid);
    data.record.injected = '<script>alert(1)</script>';
    return JSON.stringify(data);
  },
  'a future schema version': (valid) => {
    const data = JSON.parse(valid);
    data.schemaVersion = 99;
    return JSON.stringify(data);
  },
  'a schema version that is not a number': (valid) => JSON.stringify({ ...JSON.parse(valid), schemaVersion: '1' }),
  'huge file (9 MB)': (valid) => valid.replace('{', `{"padding": "${'x'.repeat(9 * 1024 * 1024)}",`),
  'encrypted with another key': () => 'stillpoint-aes-256-gcm:' + randomBytes(80).toString('base64'),
};

let handled = 0;
afterAll(() => {
  console.log(`corruption kinds handled with nothing wiped: ${handled} of ${Object.keys(kinds).length}`);
});

describe('a damaged record file is set aside, never wiped, and the app keeps working', () => {
  for (const [kind, damage] of Object.entries(kinds)) {
    it(`handles ${kind}`, async () => {
      const layout = layoutIn(tempDir());
      const valid = await sessionText(layout);
      const damaged = damage(valid);
      const target = path.join(layout.dataDir, 'sessions', 's-1.json');
      writeFileSync(target, damaged);

      const { call, pushes } = safeBackend(layout, { keys: fixedKeyProvider(), newId: () => 's-new' });
      // Reading the current session is what the room screen does first.
      expect(await call('session.current')).toBeNull();
      expect(existsSync(target)).toBe(false);

      const [moved] = readdirSync(layout.quarantineDir).filter((name) => !name.endsWith('.about.json'));
      expect(moved).toMatch(/__sessions__s-1\.json$/);
      expect(readFileSync(path.join(layout.quarantineDir, moved!)).equals(Buffer.from(damaged))).toBe(true);

      const told = pushes.filter((push) => push.channel === 'data.damaged').map((push) => push.payload);
      expect(told).toMatchObject([{ record: 'sessions/s-1', state: 'new', latestBackup: { id: expect.any(String) } }]);
      const status = await call('data.status');
      expect(status.damaged).toMatchObject([{ record: 'sessions/s-1', reason: expect.any(String) }]);

      // The rest of the app works: plans load and a new session starts.
      expect((await call('plans.list')).length).toBeGreaterThan(0);
      await call('session.start', { planId: 'default-60' });

      // Restoring from the offered backup brings the record back exactly.
      const restored = await call('data.damaged.restore', { damagedId: status.damaged[0].id });
      expect(restored.state).toBe('restored');
      expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(JSON.parse(valid));
      handled += 1;
    });
  }

  it('reads a record with a byte-order mark as it is, without setting it aside', async () => {
    const layout = layoutIn(tempDir());
    const valid = await sessionText(layout);
    writeFileSync(path.join(layout.dataDir, 'sessions', 's-1.json'), `\uFEFF${valid}`);
    const { call } = safeBackend(layout);
    expect(await call('session.current')).toMatchObject({ id: 's-1' });
    expect(existsSync(layout.quarantineDir)).toBe(false);
  });

  it('ignores a temp file left by a write that was cut off, keeping the record it was replacing', async () => {
    const layout = layoutIn(tempDir());
    const valid = await sessionText(layout);
    writeFileSync(path.join(layout.dataDir, 'sessions', 's-1.json.tmp-1700000000000'), valid.slice(0, 40));
    const { call } = safeBackend(layout);
    expect(await call('session.current')).toMatchObject({ id: 's-1' });
    expect(existsSync(layout.quarantineDir)).toBe(false);
  });

  it('a damaged file is set aside at start, before any service asks for it', async () => {
    const layout = layoutIn(tempDir());
    await sessionText(layout);
    writeFileSync(path.join(layout.dataDir, 'clients-note.json'), '{"half":');
    const { pushes } = safeBackend(layout);
    expect(pushes.find((push) => push.channel === 'data.damaged')?.payload).toMatchObject({ record: 'clients-note' });
  });
});
