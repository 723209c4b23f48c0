import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedKeyProvider } from '../../../../electron/services/encryption';
import { kindOf } from '../../../../electron/services/record-kinds';
import { envelopeSchema } from '../../../../electron/services/record-store';
import { RecordCodec } from '../../../../electron/services/record-codec';
import { invokeChannelNames, invokeChannels } from '../../../../shared/contract/channels';
import { mutate, randomSource, randomValue, requestSeeds, sample } from '../../../helpers/fuzz';
import { validRequests } from '../../../helpers/fuzz-seeds';
import { MIN } from '../../../helpers/sessions';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const PAYLOADS = 10_000;
const codes = ['invalid-request', 'unknown-channel', 'not-found', 'refused', 'conflict', 'storage'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('fuzzing every channel of the contract', () => {
  it(`survives ${PAYLOADS} random and malformed payloads with typed errors and no invalid record written`, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261122);
    const random = randomSource(seed);
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    // A printer that answers at once, so well-formed handouts go all the way through.
    const printer = { toPdf: async () => new TextEncoder().encode('%PDF-1.4\n%%EOF\n') };
    // A cheap scrypt: a fuzzed passphrase that happens to be long enough sets a recovery file.
    const { backend, clock, call } = safeBackend(layout, { keys, printer, recoveryCost: { N: 2 ** 12, r: 8, p: 1 } });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);

    // A client in the hands-on warm-up, screened, with one logged entry: deep payloads have something to act on.
    const client = await call('clients.create', { fields: { name: 'Ana Ruiz', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null } });
    const session = await call('session.start', { planId: 'default-60', clientId: client.id });
    const ids = { clientId: client.id, sessionId: session.id, entryId: '' };
    const valids = validRequests(ids);
    await call('intake.save', valids['intake.save']![0]);
    for (let step = 0; step < 2; step += 1) await call('session.command', { sessionId: session.id, command: { type: 'next' } });
    await call('intake.acknowledge', valids['intake.acknowledge']![0]);
    ids.entryId = (await call('pressure.log', valids['pressure.log']![0])).pressure.entries[0].id;
    Object.assign(valids, validRequests(ids));
    const backup = await call('data.backup.now');
    const strings = [session.id, client.id, ids.entryId, 'default-60', 'fuzz-plan', backup.id, 's-1', 'pause', 'a', '', '<img src=x onerror=alert(1)>'];
    const seeds = new Map(invokeChannelNames.map((channel) => [channel, requestSeeds(invokeChannels[channel].request)]));
    const channels = [...invokeChannelNames, 'no.such.channel', '__proto__', 'constructor'];

    let sent = 0;
    let accepted = 0;
    let refused = 0;
    let deep = 0;
    for (; sent < PAYLOADS; sent += 1) {
      const channel: unknown = random.chance(0.01) ? randomValue(random) : channels[sent % channels.length];
      const seedSchema = typeof channel === 'string' ? seeds.get(channel as never) : undefined;
      const known = typeof channel === 'string' ? valids[channel] : undefined;
      const valid = known && random.chance(0.7) ? structuredClone(random.pick(known)) : sample(seedSchema, random, strings);
      const roll = random.next();
      const payload = roll < 0.35 ? valid : roll < 0.85 ? mutate(valid, random) : randomValue(random);
      const answer = await backend.handle(channel, payload);
      expect(typeof answer).toBe('object');
      if (answer.ok) accepted += 1;
      else {
        refused += 1;
        // Refused past the top level: the error names a nested field, or a service turned it down.
        const nested = answer.error.issues?.some((issue) => issue.path.split(/[.[\]]/).filter(Boolean).length > 1) ?? false;
        if (answer.error.code !== 'invalid-request' || nested) deep += 1;
        expect(codes, `${String(channel)} answered ${JSON.stringify(answer.error)}`).toContain(answer.error.code);
        expect(answer.error.message.length).toBeGreaterThan(0);
      }
      if (sent % 50 === 0) clock.advance(MIN / 2);
    }
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onRejection);
    backend.close();

    expect(rejections).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(accepted).toBeGreaterThan(100);
    expect(deep).toBeGreaterThan(PAYLOADS / 10);

    // Every file left in the data folder is a valid record; nothing had to be set aside.
    const codec = new RecordCodec(keys);
    // The back end's own key: files the payloads left encrypted must read back too.
    codec.useKey(await keys.open({ create: false }));
    // Live journals are lines, not record files (the journal tests check them); .cache holds caches rebuilt from the files.
    const files = filesUnder(layout.dataDir).filter((file) => file.endsWith('.json') && !path.relative(layout.dataDir, file).startsWith('.cache'));
    for (const file of files) {
      const relative = path.relative(layout.dataDir, file);
      const envelope = envelopeSchema.parse(codec.decode(readFileSync(file, 'utf8'), relative.split(path.sep).join('/').replace(/\.json$/, '')));
      const kind = kindOf(relative.split(path.sep).join('/'));
      expect(kind, relative).toBeDefined();
      expect(kind!.schema.safeParse(envelope.record).success, relative).toBe(true);
    }
    expect(() => readdirSync(layout.quarantineDir)).toThrow();
    console.log(
      `fuzzed payloads with no crash: ${sent} across ${invokeChannelNames.length} channels ` +
        `(${accepted} accepted, ${refused} refused with typed errors, ${deep} of them past the top level; seed ${seed}; ` +
        `${files.length} record files all valid)`,
    );
  }, 120_000);
});
