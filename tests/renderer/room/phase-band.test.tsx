// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStateAt } from '../../../shared/session/derive';
import { PhaseBand } from '../../../renderer/room/PhaseBand';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';

afterEach(cleanup);

const inAssessment = sessionStateAt(
  sessionWith([
    { type: 'start', at: T0 },
    { type: 'next', at: T0 + 5 * MIN },
  ]),
  T0 + 6 * MIN,
);

describe('the phase band', () => {
  it('every other phase is a button named for where it jumps, reachable by keyboard', () => {
    const onJump = vi.fn();
    render(<PhaseBand phases={inAssessment.phases} onJump={onJump} />);
    const warmUp = screen.getByRole('button', { name: 'Jump to phase 3, Warm-up' });
    warmUp.focus();
    expect(document.activeElement).toBe(warmUp);
    fireEvent.click(warmUp);
    expect(onJump).toHaveBeenCalledWith(2);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to phase 1, Arrival & intake' }));
    expect(onJump).toHaveBeenLastCalledWith(0);
  });

  it('the current phase is marked as the current step, not offered as a jump', () => {
    render(<PhaseBand phases={inAssessment.phases} onJump={() => undefined} />);
    const current = within(screen.getByRole('list', { name: 'Phases' }))
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('aria-current') === 'step');
    expect(current?.textContent).toContain('Consultation & assessment');
    expect(screen.queryByRole('button', { name: /Consultation/ })).toBeNull();
  });

  it('offers no jumps once the session has finished', () => {
    render(<PhaseBand phases={inAssessment.phases} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('once the session has finished, the phase it finished in is done, not "now"', () => {
    render(<PhaseBand phases={inAssessment.phases} finished />);
    const items = within(screen.getByRole('list', { name: 'Phases' })).getAllByRole('listitem');
    expect(items.filter((item) => item.getAttribute('aria-current') === 'step')).toEqual([]);
    expect(items[1]?.textContent).toMatch(/, done$/);
    expect(screen.getByRole('list', { name: 'Phases' }).textContent).not.toContain(', now');
  });
});
