/** Keys that could reach an object's prototype if any code ever merged a payload into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_PAYLOAD_DEPTH = 40;

/**
 * Checks a raw payload before any schema sees it: no prototype-polluting keys
 * and no absurd nesting. Returns what is wrong, or null when it is fine.
 */
export function unsafePayloadProblem(payload: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_PAYLOAD_DEPTH) return 'What was sent is nested too deeply to be read.';
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return 'What was sent is not plain data, so it cannot be read.';
    for (const key of Object.getOwnPropertyNames(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `What was sent holds the key "${key}", which is never accepted.`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
