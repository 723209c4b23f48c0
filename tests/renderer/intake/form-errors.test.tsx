// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { IntakeForm } from '../../../renderer/intake/IntakeForm';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const painNow = 'Pain now must be at most 10.';
const goals = 'Goals for today is at most 1000 characters.';

function openIntake(issues: { path: string; message: string }[]) {
  const fake = fakeBridge({
    'settings.get': () => defaultRoomSettings,
    'session.current': () => null,
    'intake.save': () => {
      throw new ContractError({ code: 'invalid-request', message: `${issues[0]!.message} (${issues.length - 1} more things need changing.)`, issues });
    },
  });
  renderWithBridge(<IntakeForm session={sessionWith([{ type: 'start', at: T0 }])} lastIntake={undefined} onSaved={() => undefined} onClose={() => undefined} />, fake);
  fireEvent.click(screen.getByRole('button', { name: 'Save intake' }));
}

/** How many times a text is shown anywhere in the page. */
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

describe('a form that could not be saved says what to change once, beside the field', () => {
  it('one problem: the message beside its field only, and the field takes the focus', async () => {
    openIntake([{ path: 'intake.painNow', message: painNow }]);
    const field = screen.getByRole('spinbutton', { name: /Pain now/ });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(shown(painNow)).toBe(1);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(painNow);
    expect(screen.queryByRole('navigation', { name: /need changing/ })).toBeNull();
  });

  it('several problems: each message once, beside its field, and a summary at the top that takes the person to each field', async () => {
    openIntake([
      { path: 'intake.painNow', message: painNow },
      { path: 'intake.goals', message: goals },
    ]);
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(shown(painNow)).toBe(1);
    expect(shown(goals)).toBe(1);
    fireEvent.click(within(summary).getByRole('link', { name: 'Goals for today' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Goals for today/ }));
  });
});
