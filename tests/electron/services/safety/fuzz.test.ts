import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedKeyProvider } from '../../../../electron/services/encryption';
import { envelopeSchema } from '../../../../electron/services/record-store';
import { RecordCodec } from '../../../../electron/services/record-codec';
import { invokeChannelNames, invokeChannels } from '../../../../shared/contract/channels';
import { idSchema, sessionSchema } from '../../../../shared/contract/schemas';
import { mutate, randomSource, randomValue, requestSeeds, sample } from '../../../helpers/fuzz';
import { MIN } from '../../../helpers/sessions';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const PAYLOADS = 10_000;
const codes = ['invalid-request', 'unknown-channel', 'not-found', 'refused', 'conflict', 'storage'];

/** Schemas known for record folders; records of folders added later are checked for their envelope. */
const knownRecords: Record<string, z.ZodType> = {
  sessions: sessionSchema,
  'current-session': z.strictObject({ currentSessionId: idSchema.nullable() }),
  encryption: z.strictObject({ enabled: z.boolean() }),
};

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
    const { backend, clock, call } = safeBackend(layout, { keys });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);

    const session = await call('session.start', { planId: 'default-60' });
    const backup = await call('data.backup.now');
    const strings = [session.id, 'default-60', backup.id, 's-1', 'pause', 'a', '', '<img src=x onerror=alert(1)>'];
    const seeds = new Map(invokeChannelNames.map((channel) => [channel, requestSeeds(invokeChannels[channel].request)]));
    const channels = [...invokeChannelNames, 'no.such.channel', '__proto__', 'constructor'];

    let sent = 0;
    let accepted = 0;
    let refused = 0;
    for (; sent < PAYLOADS; sent += 1) {
      const channel: unknown = random.chance(0.01) ? randomValue(random) : channels[sent % channels.length];
      const seedSchema = typeof channel === 'string' ? seeds.get(channel as never) : undefined;
      const valid = sample(seedSchema, random, strings);
      const roll = random.next();
      const payload = roll < 0.35 ? valid : roll < 0.85 ? mutate(valid, random) : randomValue(random);
      const answer = await backend.handle(channel, payload);
      expect(typeof answer).toBe('object');
      if (answer.ok) accepted += 1;
      else {
        refused += 1;
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

    // Every file left in the data folder is a valid record; nothing had to be set aside.
    const codec = new RecordCodec(keys);
    const files = filesUnder(layout.dataDir);
    for (const file of files) {
      const relative = path.relative(layout.dataDir, file);
      const envelope = envelopeSchema.parse(codec.deserialize(readFileSync(file, 'utf8')));
      const schema = knownRecords[relative.split(path.sep)[0]!.replace(/\.json$/, '')];
      if (schema) expect(schema.safeParse(envelope.record).success, relative).toBe(true);
    }
    expect(() => readdirSync(layout.quarantineDir)).toThrow();
    console.log(
      `fuzzed payloads with no crash: ${sent} across ${invokeChannelNames.length} channels ` +
        `(${accepted} accepted, ${refused} refused with typed errors; seed ${seed}; ${files.length} record files all valid)`,
    );
  }, 120_000);
});
