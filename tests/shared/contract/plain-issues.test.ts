import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../shared/contract/channels';
import type { ContractError } from '../../../shared/contract/errors';
import { placedMessage, placeOf, plainIssueMessage, recordIssueMessage, unplacedMessage } from '../../../shared/contract/plain-issues';
import { parseOrThrow } from '../../../shared/contract/validate';
import { defaultPlan60 } from '../../../shared/plans/defaults';

/** A validation issue as zod hands it to the error map. */
const issue = (fields: Record<string, unknown>) => plainIssueMessage({ path: [], input: 'x', ...fields } as never);

describe('what the person reads when an answer cannot be used', () => {
  it('names the field in plain words, or says "This" for one without a name', () => {
    expect(issue({ code: 'invalid_type', expected: 'number', path: ['phases', 1, 'durationSec'] })).toBe('The length needs a number.');
    expect(issue({ code: 'invalid_type', expected: 'int', path: ['painNow'] })).toBe('Pain now needs a number.');
    expect(issue({ code: 'invalid_type', expected: 'string', path: ['phases', 0, 'unknownField'] })).toBe('This is not the right kind of answer.');
    expect(issue({ code: 'invalid_type', expected: 'string', path: ['note'], input: undefined })).toBe('The note is missing.');
    expect(issue({ code: 'invalid_type', expected: 'string', path: ['phases', 2] })).toBe('This is not the right kind of answer.');
  });

  it('in a stored record, an unnamed part is "a value in it", and the place names the entry counted from one', () => {
    const record = { entries: [{ level: 4 }, { level: 11 }] };
    const message = recordIssueMessage({ code: 'too_big', origin: 'number', maximum: 10, inclusive: true, path: ['entries', 1, 'weight'], input: 11 } as never);
    expect(message).toBe('A value in it can be at most 10.');
    expect(placedMessage(record, ['entries', 1, 'weight'], message)).toBe('Pressure entry 2: a value in it can be at most 10.');
    expect(recordIssueMessage({ code: 'invalid_type', expected: 'int', path: ['entries', 0, 'level'], input: 'x' } as never)).toBe('The pressure needs a number.');
  });

  it('something unreadable as a whole asks for a restart instead of naming a field', () => {
    expect(issue({ code: 'invalid_type', expected: 'object', path: [] })).toBe('Stillpoint could not read what was sent; restart Stillpoint and try again.');
    expect(issue({ code: 'unrecognized_keys', keys: ['extra'], path: ['phases', 0] })).toBe(
      'Part of what was sent is not something Stillpoint knows; restart Stillpoint and try again.',
    );
  });

  it('too short, too few, too small', () => {
    expect(issue({ code: 'too_small', origin: 'string', minimum: 1, path: ['name'] })).toBe('The name cannot be empty.');
    expect(issue({ code: 'too_small', origin: 'string', minimum: 3, path: ['reason'] })).toBe('The reason needs at least 3 characters.');
    expect(issue({ code: 'too_small', origin: 'array', minimum: 1, path: ['steps'] })).toBe('The list of steps needs at least 1.');
    expect(issue({ code: 'too_small', origin: 'set', minimum: 2, path: ['regions'] })).toBe('The list of regions needs at least 2.');
    expect(issue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, path: ['volume'] })).toBe('The volume must be more than 0.');
    expect(issue({ code: 'too_small', origin: 'number', minimum: 60, inclusive: true, path: ['minimumSec'] })).toBe('The shortest length must be at least 60.');
  });

  it('too long, too many, too big', () => {
    expect(issue({ code: 'too_big', origin: 'string', maximum: 200, path: ['note'] })).toBe('The note is at most 200 characters.');
    expect(issue({ code: 'too_big', origin: 'array', maximum: 12, path: ['sections'] })).toBe('The list of sections can have at most 12.');
    expect(issue({ code: 'too_big', origin: 'set', maximum: 3, path: ['regions'] })).toBe('The list of regions can have at most 3.');
    expect(issue({ code: 'too_big', origin: 'number', maximum: 1, inclusive: false, path: ['volume'] })).toBe('The volume must be less than 1.');
    expect(issue({ code: 'too_big', origin: 'number', maximum: 10, inclusive: true, path: ['level'] })).toBe('The pressure can be at most 10.');
  });

  it('wrong shape, format or choice', () => {
    expect(issue({ code: 'not_multiple_of', divisor: 1, path: ['repetitions'] })).toBe('The number of repetitions must be a whole number.');
    expect(issue({ code: 'invalid_format', format: 'regex', path: ['date'] })).toBe('The date is not written the expected way.');
    for (const code of ['invalid_value', 'invalid_union', 'invalid_key', 'invalid_element']) {
      expect(issue({ code, path: ['level'] })).toBe('The pressure is not one of the choices.');
    }
    expect(issue({ code: 'custom', path: ['by'] })).toBe('The signature cannot be used.');
  });
});

describe('where in the answer the problem is, as the person sees it', () => {
  const plan = {
    name: 'My plan',
    phases: [
      { name: 'Arrival' },
      { name: '  Targeted work  ', segments: [{ name: 'Back' }, { heading: 'Legs' }, {}] },
      { title: 'Titled' },
      'not an object',
    ],
  };

  it('counts from one and names each item by its name, heading or title', () => {
    expect(placeOf(plan, ['phases', 1, 'segments', 0, 'durationSec'])).toBe('Phase 2, Targeted work, segment 1, Back');
    expect(placeOf(plan, ['phases', 1, 'segments', 1])).toBe('Phase 2, Targeted work, segment 2, Legs');
    expect(placeOf(plan, ['phases', 1, 'segments', 2, 'name'])).toBe('Phase 2, Targeted work, segment 3');
    expect(placeOf(plan, ['phases', 2])).toBe('Phase 3, Titled');
    expect(placeOf(plan, ['phases', 3])).toBe('Phase 4');
    expect(placeOf(plan, ['phases', 9, 'name'])).toBe('Phase 10');
  });

  it('a blank name is no name, and unnumbered fields add no place', () => {
    expect(placeOf({ phases: [{ name: '   ', heading: 'Warm-up' }] }, ['phases', 0])).toBe('Phase 1, Warm-up');
    expect(placeOf(plan, ['name'])).toBe('');
    expect(placeOf({ other: [{ name: 'x' }] }, ['other', 0])).toBe('');
    expect(placeOf(null, ['phases', 0])).toBe('Phase 1');
  });

  it('names each place once: an item still called by its number is not named again', () => {
    const numbered = { phases: [{ name: 'Phase 1' }, { name: ' phase 2 ', segments: [{ name: 'Segment 1' }, { name: 'Back' }] }, { name: 'Phase 1' }] };
    expect(placeOf(numbered, ['phases', 0, 'durationSec'])).toBe('Phase 1');
    expect(placeOf(numbered, ['phases', 1])).toBe('Phase 2');
    expect(placeOf(numbered, ['phases', 1, 'segments', 0, 'name'])).toBe('Phase 2, segment 1');
    expect(placeOf(numbered, ['phases', 1, 'segments', 1, 'name'])).toBe('Phase 2, segment 2, Back');
    // Called by another number, its name is news: said beside its place.
    expect(placeOf(numbered, ['phases', 2, 'name'])).toBe('Phase 3, Phase 1');
    expect(placedMessage(numbered, ['phases', 0, 'durationSec'], 'The length needs a number.')).toBe('Phase 1: the length needs a number.');
  });

  it('the message follows the place, lower-cased unless it starts with a name', () => {
    expect(placedMessage(plan, ['phases', 0, 'durationSec'], 'The length needs a number.')).toBe('Phase 1, Arrival: the length needs a number.');
    expect(placedMessage(plan, ['phases', 0, 'durationSec'], 'OK is not allowed.')).toBe('Phase 1, Arrival: OK is not allowed.');
    expect(placedMessage(plan, ['name'], 'The name cannot be empty.')).toBe('The name cannot be empty.');
  });

  it('beside a field of the place itself, the place is taken off again and the sentence starts with a capital', () => {
    const path = ['phases', 0, 'durationSec'];
    expect(unplacedMessage(plan, path, placedMessage(plan, path, 'The length needs a number.'))).toBe('The length needs a number.');
    // Only its own place: a message about another phase, or one that names no place, stays whole.
    expect(unplacedMessage(plan, ['phases', 1, 'durationSec'], 'Phase 1, Arrival: the length needs a number.')).toBe('Phase 1, Arrival: the length needs a number.');
    expect(unplacedMessage(plan, ['name'], 'The name cannot be empty.')).toBe('The name cannot be empty.');
  });
});

describe('a refused plan, as the person reads each problem', () => {
  const refusal = (plan: unknown): ContractError => {
    try {
      parseOrThrow(invokeChannels['plans.save'].request, { plan });
    } catch (error) {
      return error as ContractError;
    }
    throw new Error('expected a refusal');
  };
  const [first, second] = defaultPlan60.phases as [(typeof defaultPlan60.phases)[number], (typeof defaultPlan60.phases)[number]];

  it('each issue is one whole sentence: the place once, in plain words, then what is wrong; no field path or index from zero', () => {
    const plan = { ...defaultPlan60, name: '', phases: [{ ...first, name: 'Phase 1', durationSec: 0, minimumSec: 0 }, { ...second, minimumSec: second.durationSec + 60 }, ...defaultPlan60.phases.slice(2)] };
    const messages = refusal(plan).issues.map((issue) => issue.message);
    expect(messages).toEqual([
      'Every plan needs a name.',
      'Phase 1: a phase must last longer than zero.',
      `Phase 2, ${second.name}: the shortest it may shrink to can’t be longer than the phase.`,
    ]);
    for (const message of messages) expect(message).not.toMatch(/plan\.|phases|Sec\b|\b0\b/);
  });
});
