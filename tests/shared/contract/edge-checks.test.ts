import { describe, expect, it } from 'vitest';
import { invokeChannelNames, isInvokeChannel, isPushChannel, pushChannelNames } from '../../../shared/contract/channels';
import { contentSecurityPolicy } from '../../../shared/contract/csp';
import { ContractError, notFound, refused } from '../../../shared/contract/errors';
import { MAX_PAYLOAD_DEPTH, unsafePayloadProblem } from '../../../shared/contract/safe-payload';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { inner: nested(depth - 1) });

describe('a payload checked before any schema reads it', () => {
  it('plain data passes, lists and values included', () => {
    expect(unsafePayloadProblem({ name: 'Ana', phases: [{ durationSec: 60 }, null, 3], note: 'x' })).toBeNull();
    expect(unsafePayloadProblem('text')).toBeNull();
    expect(unsafePayloadProblem(Object.create(null))).toBeNull();
    expect(unsafePayloadProblem(nested(MAX_PAYLOAD_DEPTH + 1))).toBeNull();
  });

  it('nesting past the limit is refused, however deep the key sits', () => {
    expect(unsafePayloadProblem(nested(MAX_PAYLOAD_DEPTH + 2))).toBe('What was sent is nested too deeply to be read.');
  });

  it('keys that reach an object’s prototype are refused, at any depth', () => {
    expect(unsafePayloadProblem(JSON.parse('{"a":[{"__proto__":{"admin":true}}]}'))).toBe('What was sent holds the key "__proto__", which is never accepted.');
    expect(unsafePayloadProblem({ constructor: 1 })).toBe('What was sent holds the key "constructor", which is never accepted.');
    expect(unsafePayloadProblem({ deep: { prototype: 1 } })).toBe('What was sent holds the key "prototype", which is never accepted.');
  });

  it('anything that is not plain data is refused', () => {
    expect(unsafePayloadProblem({ when: new Date(0) })).toBe('What was sent is not plain data, so it cannot be read.');
    expect(unsafePayloadProblem(new Map())).toBe('What was sent is not plain data, so it cannot be read.');
  });
});

describe('errors the window shows as they are', () => {
  it('a refusal or a missing thing carries its kind and the sentence for the person', () => {
    expect(refused('The session is already paused.').toBody()).toEqual({ code: 'refused', message: 'The session is already paused.' });
    expect(notFound('There is no session s-1.').toBody()).toEqual({ code: 'not-found', message: 'There is no session s-1.' });
    expect(refused('x')).toBeInstanceOf(ContractError);
    expect(refused('x').name).toBe('ContractError');
  });

  it('field issues travel with the error only when there are some', () => {
    const issues = [{ path: 'Phase 1', message: 'The length needs a number.' }];
    expect(new ContractError({ code: 'invalid-request', message: 'Check the plan.', issues }).toBody()).toEqual({ code: 'invalid-request', message: 'Check the plan.', issues });
    expect(new ContractError({ code: 'invalid-request', message: 'Check the plan.', issues: [] }).toBody()).toEqual({ code: 'invalid-request', message: 'Check the plan.' });
  });
});

describe('channel names', () => {
  it('only the contract’s own channels are recognised', () => {
    expect(invokeChannelNames.every(isInvokeChannel)).toBe(true);
    expect(pushChannelNames.every(isPushChannel)).toBe(true);
    for (const stranger of ['toString', 'no:such-channel', 42, undefined]) {
      expect(isInvokeChannel(stranger)).toBe(false);
      expect(isPushChannel(stranger)).toBe(false);
    }
  });
});

describe('the content security policy', () => {
  it('allows nothing inline and nothing remote', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
