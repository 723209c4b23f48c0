import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { fieldErrors, messageOf, within } from '../../../renderer/bridge/errors';

const planError = new ContractError({
  code: 'invalid-request',
  message: 'Phase 2, Warm-up: the shortest it may shrink to can’t be longer than the phase.',
  issues: [{ path: 'plan.phases.1.minimumSec', message: 'Phase 2, Warm-up: the shortest it may shrink to can’t be longer than the phase.' }],
});

describe('errors as a form shows them', () => {
  it('a refusal is shown in its own words', () => {
    expect(messageOf(planError)).toBe('Phase 2, Warm-up: the shortest it may shrink to can’t be longer than the phase.');
  });

  it('a back end that cannot be reached is said plainly, not as the browser’s “Failed to fetch”', () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toBe('Stillpoint could not reach its back end. Check that Stillpoint is still running, then try again.');
  });

  it('each field finds its own message, however deep the form', () => {
    const errors = fieldErrors(planError, 'plan.');
    expect(within(errors, 'phases.1.')).toEqual({ minimumSec: planError.message });
    expect(within(errors, 'phases.0.')).toEqual({});
  });
});
