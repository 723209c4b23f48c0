// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import type { Session } from '../../../shared/session/session';
import { SessionStrip } from '../../../renderer/shell/SessionStrip';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(T0 + 7 * MIN + 30_500);
});
afterEach(() => {
  vi.useRealTimers();
});

const warmUp: Session = sessionWith([
  { type: 'start', at: T0 },
  { type: 'next', at: T0 + 5 * MIN },
  { type: 'next', at: T0 + 6 * MIN },
]);

function openStrip(session: Session) {
  const onBackToRoom = vi.fn();
  const fake = fakeBridge({ 'session.current': () => session, 'settings.get': () => defaultRoomSettings });
  renderWithBridge(<SessionStrip session={session} onBackToRoom={onBackToRoom} />, fake);
  return onBackToRoom;
}

describe('the strip on other screens while a session runs', () => {
  it('shows the phase and its time left, and keeps it current', async () => {
    openStrip(warmUp);
    const strip = screen.getByRole('complementary', { name: 'Session in progress' });
    expect(strip.textContent).toContain('Warm-up');
    expect(within(strip).getByRole('timer', { name: 'Time left in Warm-up' }).textContent).toBe('8:30');
    for (let second = 0; second < 3; second += 1) await act(async () => void vi.advanceTimersByTime(1000));
    expect(within(strip).getByRole('timer').textContent).toBe('8:27');
  });

  it('a click or Home goes back to the room; Home typed in a field does not', () => {
    const onBackToRoom = openStrip(warmUp);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the session Home' }));
    fireEvent.keyDown(document.body, { key: 'Home' });
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'Home' });
    expect(onBackToRoom).toHaveBeenCalledTimes(2);
  });

  it('Home pressed in an open dialog (the key list) stays with the dialog, and the screen behind it does not change', () => {
    const onBackToRoom = openStrip(warmUp);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    const close = dialog.appendChild(document.createElement('button'));
    fireEvent.keyDown(close, { key: 'Home' });
    expect(onBackToRoom).not.toHaveBeenCalled();
    dialog.remove();
    fireEvent.keyDown(document.body, { key: 'Home' });
    expect(onBackToRoom).toHaveBeenCalledTimes(1);
  });

  it('says when the session is paused', () => {
    openStrip({ ...warmUp, events: [...warmUp.events, { type: 'pause', at: T0 + 7 * MIN }] });
    expect(screen.getByRole('complementary', { name: 'Session in progress' }).textContent).toContain('Paused');
  });

  it('is gone once the session has finished', () => {
    openStrip({ ...warmUp, events: [...warmUp.events, { type: 'finish', at: T0 + 7 * MIN }] });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
