// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultPlans } from '../../../shared/plans/defaults';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { StartPanel } from '../../../renderer/room/StartPanel';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

function startScreen() {
  const onStart = vi.fn();
  const fake = fakeBridge({
    'session.current': () => null,
    'settings.get': () => defaultRoomSettings,
    'clients.search': () => ({ clients: [], total: 0, found: 0, unreadable: [] }),
  });
  renderWithBridge(<StartPanel plans={[...defaultPlans]} settings={defaultRoomSettings} onStart={onStart} />, fake);
  return onStart;
}

describe('the start screen', () => {
  it('Space starts the session with the plan chosen by arrow keys, although focus is on its radio button', () => {
    const onStart = startScreen();
    const second = screen.getAllByRole('radio')[1];
    if (!second) throw new Error('The start screen shows fewer than two plans.');
    second.focus();
    fireEvent.click(second);
    fireEvent.keyDown(second, { key: ' ', code: 'Space' });
    expect(onStart).toHaveBeenCalledWith(defaultPlans[1]?.id, undefined);
  });

  it('Space typed into the client search is a space, not a start', () => {
    const onStart = startScreen();
    const search = screen.getByRole('combobox', { name: /Client/ });
    search.focus();
    fireEvent.keyDown(search, { key: ' ', code: 'Space' });
    expect(onStart).not.toHaveBeenCalled();
  });

  it('Space on the page itself starts the session with the first plan', () => {
    const onStart = startScreen();
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(onStart).toHaveBeenCalledWith(defaultPlans[0]?.id, undefined);
  });
});
