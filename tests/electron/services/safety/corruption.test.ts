import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedKeyProvider } from '../../../../electron/services/encryption';
import { layoutIn, safeBackend, type Layout } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

type Call = ReturnType<typeof safeBackend>['call'];

/** Where damage can strike, and what the app must still do when it has. */
interface Place {
  /** Makes the record through the contract; answers its path under the data folder, without `.json`. */
  make(call: Call): Promise<string>;
  /** With the record set aside, the screens that need it still work. */
  keepsWorking(call: Call): Promise<void>;
  /** Once restored from the backup, the record (`id`) is usable again. */
  usableAgain(call: Call, id: string): Promise<void>;
}

const places: Record<string, Place> = {
  'a session file': {
    make: async (call) => `sessions/${(await call('session.start', { planId: 'default-60' })).id}`,
    async keepsWorking(call) {
      // Reading the current session is what the room screen does first.
      expect(await call('session.current')).toBeNull();
      expect((await call('plans.list')).length).toBeGreaterThan(0);
      await call('session.start', { planId: 'default-60' });
    },
    usableAgain: async (call, id) => void expect(await call('handout.given', { sessionId: id })).toEqual([]),
  },
  'a client file': {
    async make(call) {
      const fields = { contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null };
      const ana = await call('clients.create', { fields: { ...fields, name: 'Ana Ruiz' } });
      await call('clients.create', { fields: { ...fields, name: 'Ben Okafor' } });
      return `clients/${ana.id}`;
    },
    async keepsWorking(call) {
      // The list loads everyone else, and new clients can be added.
      const found = await call('clients.search', { query: '' });
      expect(found.clients.map((client: { name: string }) => client.name)).toEqual(['Ben Okafor']);
      await call('clients.create', { fields: { name: 'Cleo Park', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null } });
      expect((await call('clients.search', { query: 'park' })).clients).toHaveLength(1);
      await call('session.start', { planId: 'default-60' });
    },
    usableAgain: async (call, id) => void expect((await call('clients.get', { clientId: id })).name).toBe('Ana Ruiz'),
  },
  'a plan file': {
    async make(call) {
      const plan = { ...(await call('plans.list'))[0], id: 'my-plan', name: 'My deep-tissue hour' };
      await call('plans.save', { plan });
      return 'plans/my-plan';
    },
    async keepsWorking(call) {
      // The library loads the plans that can be read; the damaged one cannot be started, the rest can.
      const names = (await call('plans.list')).map((plan: { name: string }) => plan.name);
      expect(names).toContain('60-minute session');
      expect(names).not.toContain('My deep-tissue hour');
      await call('session.start', { planId: 'default-60' });
    },
    usableAgain: async (call) => void expect((await call('plans.list')).map((plan: { name: string }) => plan.name)).toContain('My deep-tissue hour'),
  },
};

/** A valid record file's text, as the app writes it, with a backup that holds it. */
async function validText(layout: Layout, place: Place): Promise<{ record: string; text: string }> {
  const { call, backend } = safeBackend(layout);
  const record = await place.make(call);
  await call('data.backup.now');
  backend.close();
  return { record, text: readFileSync(path.join(layout.dataDir, `${record}.json`), 'utf8') };
}

async function sessionText(layout: Layout): Promise<string> {
  return (await validText(layout, places['a session file']!)).text;
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
    data.record.id = ['not', 'an', 'id'];
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
const cases = Object.keys(kinds).length * Object.keys(places).length;
afterAll(() => {
  console.log(`corruption kinds handled with nothing wiped: ${handled} of ${cases} (${Object.keys(kinds).length} kinds in ${Object.keys(places).length} places)`);
});

describe('a damaged record file is set aside, never wiped, and the app keeps working', () => {
  for (const [where, place] of Object.entries(places)) {
    for (const [kind, damage] of Object.entries(kinds)) {
      // A back end, a backup, the quarantine and a restore on disk, files up to 9 MB: seconds on a busy machine.
      it(`handles ${kind} in ${where}`, { timeout: 60_000 }, async () => {
        const layout = layoutIn(tempDir());
        const valid = await validText(layout, place);
        const damaged = damage(valid.text);
        const target = path.join(layout.dataDir, `${valid.record}.json`);
        writeFileSync(target, damaged);

        const { call, pushes } = safeBackend(layout, { keys: fixedKeyProvider(), newId: () => 's-new' });
        await place.keepsWorking(call);
        expect(existsSync(target)).toBe(false);

        const [moved] = readdirSync(layout.quarantineDir).filter((name) => !name.endsWith('.about.json'));
        expect(moved).toMatch(new RegExp(`__${valid.record.replace('/', '__')}\\.json$`));
        expect(readFileSync(path.join(layout.quarantineDir, moved!)).equals(Buffer.from(damaged))).toBe(true);

        const told = pushes.filter((push) => push.channel === 'data.damaged').map((push) => push.payload);
        expect(told).toMatchObject([{ record: valid.record, state: 'new', latestBackup: { id: expect.any(String) } }]);
        // Named from the backup's good copy, as a person knows it; never by its file.
        expect((told[0] as { name: string }).name).toMatch(/^(The|An?) [a-z]/);
        expect((told[0] as { name: string }).name).not.toContain(valid.record);
        const status = await call('data.status');
        expect(status.damaged).toMatchObject([{ record: valid.record, reason: expect.any(String) }]);

        // Restoring from the offered backup brings the record back exactly.
        const restored = await call('data.damaged.restore', { damagedId: status.damaged[0].id });
        expect(restored.state).toBe('restored');
        expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(JSON.parse(valid.text));
        await place.usableAgain(call, path.basename(valid.record));
        handled += 1;
      });
    }
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

  it('says why a record was set aside in plain words: the phase named and counted from one, never a field path', async () => {
    const layout = layoutIn(tempDir());
    const valid = JSON.parse(await sessionText(layout));
    valid.record.plan.phases[1].minimumSec = -60;
    writeFileSync(path.join(layout.dataDir, 'sessions', 's-1.json'), JSON.stringify(valid));
    const { call } = safeBackend(layout);
    expect(await call('session.current')).toBeNull();
    const [damaged] = (await call('data.status')).damaged;
    expect(damaged.reason).toContain('Phase 2, Consultation & assessment: the shortest it may shrink to cannot be negative.');
    expect(damaged.reason).not.toMatch(/phases|minimumSec|\.1\b/);
  });

  it('a damaged file is set aside at start, before any service asks for it', async () => {
    const layout = layoutIn(tempDir());
    await sessionText(layout);
    writeFileSync(path.join(layout.dataDir, 'clients-note.json'), '{"half":');
    const { pushes, backend } = safeBackend(layout);
    await backend.idle();
    expect(pushes.find((push) => push.channel === 'data.damaged')?.payload).toMatchObject({ record: 'clients-note' });
  });
});

describe('the start-up check', () => {
  it('reads only the files that changed since it last found them sound', async () => {
    const layout = layoutIn(tempDir());
    const first = safeBackend(layout);
    await first.call('session.start', { planId: 'default-60' });
    first.backend.close();
    const second = safeBackend(layout);
    await second.backend.idle();
    second.backend.close();
    const index = JSON.parse(readFileSync(path.join(layout.dataDir, '.cache', 'scan-index.json'), 'utf8'));
    expect(Object.keys(index.files)).toEqual(expect.arrayContaining(['current-session', 'plans/default-60']));

    // A file damaged behind the app's back has a new stat, so it is read again and set aside.
    writeFileSync(path.join(layout.dataDir, 'plans', 'default-60.json'), '{"half":');
    const again = safeBackend(layout);
    await again.backend.idle();
    expect(again.pushes.filter((push) => push.channel === 'data.damaged').map((push) => (push.payload as { record: string }).record)).toEqual(['plans/default-60']);
  });
});
