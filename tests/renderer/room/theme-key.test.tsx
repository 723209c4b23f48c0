// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultRoomSettings, type RoomSettings } from '../../../shared/settings/room-settings';
import type { Session } from '../../../shared/session/session';
import { CueCenter } from '../../../renderer/audio/CueCenter';
import { RoomScreen } from '../../../renderer/room/RoomScreen';
import { THEME_NOTICE_MS } from '../../../renderer/room/useBriefNotice';
import type { SessionControls } from '../../../renderer/room/useSession';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const running: Session = { ...sessionWith([{ type: 'start', at: T0 }]), revision: 1 };

/** The room with settings that change as the app's do. */
function Room() {
  const [settings, setSettings] = useState<RoomSettings>(defaultRoomSettings);
  const controls: SessionControls = {
    session: running,
    plans: [],
    loaded: true,
    error: null,
    clearError: () => undefined,
    start: async () => undefined,
    command: async () => undefined,
  };
  return (
    <CueCenter playsSound={false}>
      <RoomScreen
        session={running}
        controls={controls}
        settings={settings}
        updateSettings={(changes) => setSettings((now) => ({ ...now, ...changes }))}
        compact={false}
        onToggleCompact={() => undefined}
      />
    </CueCenter>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the theme key (D) in the room', () => {
  it('says which theme each press chose, the last one with the look the computer gives it, and the note goes after a few seconds', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.setSystemTime(T0 + MIN);
    renderWithBridge(<Room />, fakeBridge({ 'session.current': () => running, 'settings.get': () => defaultRoomSettings }));
    expect(screen.queryByText(/^Theme:/)).toBeNull();

    const said: string[] = [];
    for (let press = 0; press < 4; press += 1) {
      fireEvent.keyDown(window, { key: 'd' });
      said.push(screen.getByText(/^Theme:/).textContent ?? '');
    }
    // jsdom's media query answers "not light", so the computer's look is dark.
    expect(said).toEqual(['Theme: amber', 'Theme: light', 'Theme: as the computer is set (dark)', 'Theme: dark']);

    act(() => vi.advanceTimersByTime(THEME_NOTICE_MS - 100));
    expect(screen.getByText(/^Theme:/)).toBeTruthy();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByText(/^Theme:/)).toBeNull();
  });
});
