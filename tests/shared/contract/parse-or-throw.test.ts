import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContractError } from '../../../shared/contract/errors';
import { parseOrThrow } from '../../../shared/contract/validate';

const plan = z.strictObject({ name: z.string().min(1), phases: z.array(z.strictObject({ name: z.string(), durationSec: z.number() })) });
const caught = (input: unknown): ContractError => {
  try {
    parseOrThrow(plan, input);
  } catch (error) {
    return error as ContractError;
  }
  throw new Error('expected a refusal');
};

describe('an answer that fails the contract', () => {
  it('gives back what passed, unchanged', () => {
    expect(parseOrThrow(plan, { name: 'Short', phases: [] })).toEqual({ name: 'Short', phases: [] });
  });

  it('one problem: its sentence, placed, with the field path kept for the form', () => {
    const error = caught({ name: 'Short', phases: [{ name: 'Warm-up', durationSec: 'ten' }] });
    expect(error.toBody()).toEqual({
      code: 'invalid-request',
      message: 'Phase 1, Warm-up: the length needs a number.',
      issues: [{ path: 'phases.0.durationSec', message: 'Phase 1, Warm-up: the length needs a number.' }],
    });
  });

  it('more problems: the first, and how many more need changing', () => {
    expect(caught({ name: '', phases: [{ name: 'A', durationSec: 'x' }] }).message).toBe('The name cannot be empty. (1 more thing needs changing.)');
    expect(caught({ name: '', phases: [{ name: 'A', durationSec: 'x' }, { name: 'B', durationSec: 'y' }] }).message).toBe(
      'The name cannot be empty. (2 more things need changing.)',
    );
  });
});

describe('an answer with a great many problems', () => {
  it('keeps the count exact but sends back the first 50 only, so a bad request cannot make a huge answer', () => {
    const phases = Array.from({ length: 500 }, (_, index) => ({ name: `P${index}`, durationSec: 'x' }));
    const error = caught({ name: 'Short', phases });
    expect(error.message).toBe('Phase 1, P0: the length needs a number. (499 more things need changing.)');
    expect(error.issues).toHaveLength(50);
    expect(error.issues.at(-1)).toEqual({ path: 'phases.49.durationSec', message: 'Phase 50, P49: the length needs a number.' });
  });
});

describe('naming the field in the message', () => {
  it('quotes a long name only in part, so a message stays a sentence', () => {
    const long = 'N'.repeat(3000);
    expect(caught({ name: 'Short', phases: [{ name: long, durationSec: 'x' }] }).message).toBe(`Phase 1, ${'N'.repeat(60)}…: the length needs a number.`);
    const smiles = '🙂'.repeat(70);
    expect(caught({ name: 'Short', phases: [{ name: smiles, durationSec: 'x' }] }).message).toBe(`Phase 1, ${'🙂'.repeat(60)}…: the length needs a number.`);
  });

  it('a problem inside a numbered list names the field, not the list', () => {
    expect(caught({ name: 'Short', phases: [{ name: 'Warm-up', durationSec: 60, extra: 1 }] }).message).toBe(
      'Phase 1, Warm-up: part of what was sent is not something Stillpoint knows; restart Stillpoint and try again.',
    );
    expect(caught({ name: 'Short', phases: ['x'] }).message).toBe('Phase 1: this is not the right kind of answer.');
  });
});
