import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unsafePayloadProblem } from '../../../../shared/contract/safe-payload';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the contract edge', () => {
  it('zod strictObject alone rejects an own "__proto__" or "constructor" key', () => {
    const schema = z.strictObject({ planId: z.string() });
    expect(schema.safeParse(JSON.parse('{"planId":"a","__proto__":{"polluted":true}}')).success).toBe(false);
    expect(schema.safeParse(JSON.parse('{"planId":"a","constructor":{"prototype":{}}}')).success).toBe(false);
  });

  it('refuses prototype keys at any depth, before any schema runs', async () => {
    const { backend } = safeBackend(layoutIn(tempDir()));
    for (const raw of [
      '{"__proto__":{"polluted":true}}',
      '{"sessionId":"s-1","command":{"type":"pause","constructor":{"prototype":{"x":1}}}}',
      '{"archive":{"files":{"a.json":{"prototype":1}}}}',
    ]) {
      const answer = await backend.handle('session.command', JSON.parse(raw));
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/never accepted/) } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting and objects that are not plain data', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = { a: deep };
    expect(unsafePayloadProblem(deep)).toMatch(/nested too deeply/);
    expect(unsafePayloadProblem({ when: new Date() })).toMatch(/not plain data/);
    expect(unsafePayloadProblem({ planId: 'default-60', list: [1, { ok: true }] })).toBeNull();
  });
});
