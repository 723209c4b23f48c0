import { z } from 'zod';

/** A small seeded generator, so a failing run can be replayed from its seed. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof randomSource>;

type JsonSchema = Record<string, unknown>;

/** Builds a value that roughly fits a JSON Schema (from z.toJSONSchema), using known ids for strings. */
export function sample(schema: JsonSchema | undefined, random: Random, strings: readonly string[], depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return random.pick(schema.enum as unknown[]);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return sample(random.pick(options), random, strings, depth + 1);
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, property] of Object.entries(properties)) out[key] = sample(property, random, strings, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: random.int(3) }, () => sample(schema.items as JsonSchema, random, strings, depth + 1));
    case 'string':
      return random.pick(strings);
    case 'integer':
      return random.pick([0, 1, 2, 5, 60, -1, 3600]);
    case 'number':
      return random.next() * 100;
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    default:
      return {};
  }
}

export function requestSeeds(schema: z.ZodType): JsonSchema | undefined {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return undefined;
  }
}

const nasty: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => NaN,
  () => Infinity,
  () => -0,
  () => 2 ** 60,
  () => -1e308,
  () => '',
  () => 'x'.repeat(100_000),
  () => '<script>alert(1)</script>',
  () => '../../etc/passwd',
  () => '\u0000\uFEFF\uD800',
  () => [],
  () => ({}),
  () => true,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Uint8Array(8),
  () => 12n,
  () => JSON.parse('{"__proto__":{"polluted":true}}'),
  () => ({ constructor: { prototype: { polluted: true } } }),
];

export function randomValue(random: Random, depth = 0): unknown {
  if (depth < 3 && random.chance(0.2)) {
    return random.chance(0.5)
      ? Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1))
      : Object.fromEntries(Array.from({ length: random.int(4) }, (_, i) => [`k${i}`, randomValue(random, depth + 1)]));
  }
  return random.pick(nasty)();
}

/** Changes a valid-ish payload in one or a few places: a wrong type, a missing or extra key, a dangerous key. */
export function mutate(value: unknown, random: Random): unknown {
  const copy = structuredClone(value);
  const times = 1 + random.int(3);
  let result: unknown = copy;
  for (let i = 0; i < times; i += 1) result = mutateOnce(result, random);
  return result;
}

function mutateOnce(value: unknown, random: Random): unknown {
  const plain = Array.isArray(value) || (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype);
  if (!plain || random.chance(0.15)) return randomValue(random);
  const container = value as Record<string, unknown>;
  const keys = Object.keys(container);
  const key = keys.length > 0 ? random.pick(keys) : undefined;
  switch (random.int(6)) {
    case 0:
      if (key !== undefined) delete container[key];
      return container;
    case 1:
      container[random.pick(['extra', 'unknown', 'id', 'type', 'at'])] = randomValue(random);
      return container;
    case 2:
      Object.defineProperty(container, random.pick(['__proto__', 'constructor', 'prototype']), {
        value: randomValue(random),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return container;
    case 3:
      if (key !== undefined) container[key] = mutateOnce(container[key], random);
      return container;
    case 4:
      return random.chance(0.5) ? [container] : { payload: container };
    default:
      if (key !== undefined) container[key] = randomValue(random);
      return container;
  }
}
