import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../shared/contract/channels';
import { ContractError } from '../../../shared/contract/errors';
import { planSchema } from '../../../shared/contract/schemas';
import { parseOrThrow } from '../../../shared/contract/validate';
import { defaultPlan60 } from '../../../shared/plans/defaults';

function rejection(schema: Parameters<typeof parseOrThrow>[0], input: unknown): ContractError {
  try {
    parseOrThrow(schema, input);
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

describe('the contract schemas', () => {
  const command = invokeChannels['session.command'].request;

  it('accepts a well-formed command', () => {
    expect(parseOrThrow(command, { sessionId: 's-1', command: { type: 'next' } })).toEqual({
      sessionId: 's-1',
      command: { type: 'next' },
    });
  });

  it('rejects unknown keys, in plain words', () => {
    const error = rejection(command, { sessionId: 's-1', command: { type: 'next' }, extra: true });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe('Part of what was sent is not something Stillpoint knows; restart Stillpoint and try again.');
  });

  it('rejects a __proto__ key smuggled in through JSON', () => {
    const error = rejection(command, JSON.parse('{"sessionId":"s-1","command":{"type":"next"},"__proto__":{"polluted":1}}'));
    expect(error.code).toBe('invalid-request');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a command type that does not exist', () => {
    expect(rejection(command, { sessionId: 's-1', command: { type: 'rewind' } }).issues[0]?.path).toBe('command.type');
  });

  it('rejects ids with path characters, so no request can name a file outside the data folder', () => {
    expect(rejection(command, { sessionId: '../../etc/passwd', command: { type: 'next' } }).message).toContain('id may only hold');
  });

  it('rejects a plan with a zero-length phase, a minimum above its length, or duplicate names', () => {
    const first = defaultPlan60.phases[0]!;
    expect(rejection(planSchema, { ...defaultPlan60, phases: [{ ...first, durationSec: 0 }] }).message).toContain('longer than zero');
    expect(rejection(planSchema, { ...defaultPlan60, phases: [{ ...first, minimumSec: 9999 }] }).message).toContain('shortest it may shrink to');
    expect(rejection(planSchema, { ...defaultPlan60, phases: [first, { ...first, id: 'other' }] }).message).toBe('Phase 2, Arrival & intake: another phase has the same name.');
    expect(rejection(planSchema, { ...defaultPlan60, phases: [] }).message).toContain('at least one phase');
  });
});
