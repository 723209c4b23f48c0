// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PushOf } from '../../../shared/contract/channels';
import { defaultRoomSettings, type RoomSettings } from '../../../shared/settings/room-settings';
import type { SessionCommand } from '../../../shared/session/events';
import type { Session } from '../../../shared/session/session';
import { CueCenter } from '../../../renderer/audio/CueCenter';
import { RoomScreen } from '../../../renderer/room/RoomScreen';
import type { SessionControls } from '../../../renderer/room/useSession';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

/** Arrival, a minute in: no client, so the room asks the back end for nothing else. */
const running: Session = { ...sessionWith([{ type: 'start', at: T0 }]), revision: 1 };
const paused: Session = { ...sessionWith([{ type: 'start', at: T0 }, { type: 'pause', at: T0 + MIN }]), revision: 2 };

const cue: PushOf<'cue.due'> = {
  kind: 'phase-end',
  dueAt: T0 + 5 * MIN,
  phaseIndex: 0,
  phaseName: 'Arrival & intake',
  nextPhaseName: 'Consultation & assessment',
  segmentName: null,
  announcement: 'Arrival & intake is done. Next: Consultation & assessment, 5 minutes.',
  spoken: 'Arrival and intake is done.',
  sound: { timbre: 'bell', volume: 0.8 },
};

function openRoom(session: Session = running) {
  vi.setSystemTime(T0 + MIN + 500);
  const commands: SessionCommand[] = [];
  const settingsChanges: Partial<RoomSettings>[] = [];
  const controls: SessionControls = {
    session,
    plans: [],
    loaded: true,
    error: null,
    clearError: () => undefined,
    start: async () => undefined,
    command: async (command) => void commands.push(command),
  };
  const fake = fakeBridge({ 'session.current': () => session, 'settings.get': () => defaultRoomSettings });
  renderWithBridge(
    <CueCenter playsSound={false}>
      <RoomScreen
        session={session}
        controls={controls}
        settings={defaultRoomSettings}
        updateSettings={(changes) => void settingsChanges.push(changes)}
        compact={false}
        onToggleCompact={() => undefined}
      />
    </CueCenter>,
    fake,
  );
  return { commands, settingsChanges, fake };
}

const press = (key: string, init: Partial<KeyboardEventInit> = {}) => act(() => void fireEvent.keyDown(document.body, { key, ...init }));

describe("the room's keys", () => {
  it('Space pauses a running session', () => {
    const first = openRoom();
    press(' ');
    expect(first.commands).toEqual([{ type: 'pause' }]);
  });

  it('Space resumes a paused session', () => {
    const { commands } = openRoom(paused);
    press(' ');
    expect(commands).toEqual([{ type: 'resume' }]);
  });

  it('F asks first; a second F finishes; nothing else happens while it asks', () => {
    const { commands } = openRoom();
    press('f');
    expect(screen.getByRole('alertdialog', { name: 'Finish the session?' })).toBeTruthy();
    press('ArrowRight');
    expect(commands).toEqual([]);
    press('f');
    expect(commands).toEqual([{ type: 'finish' }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Escape keeps going when finishing is asked', () => {
    const { commands } = openRoom();
    press('F');
    press('Escape');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(commands).toEqual([]);
  });

  it('? shows the keys and swallows session keys until ? closes it', () => {
    const { commands } = openRoom();
    press('?');
    expect(screen.getByRole('dialog', { name: 'Keys' })).toBeTruthy();
    press(' ');
    expect(commands).toEqual([]);
    press('?');
    expect(screen.queryByRole('dialog', { name: 'Keys' })).toBeNull();
    press('PageDown');
    expect(commands).toEqual([{ type: 'next' }]);
  });

  it('B blanks the screen; the next key only wakes it', () => {
    const { commands } = openRoom();
    press('b');
    expect(screen.getByRole('status', { name: 'Screen blanked; press any key' })).toBeTruthy();
    press(' ');
    expect(screen.queryByRole('status', { name: 'Screen blanked; press any key' })).toBeNull();
    expect(commands).toEqual([]);
  });

  it('Shift and a digit jump to that phase; the phase already running is not a jump', () => {
    const { commands } = openRoom();
    press('#', { code: 'Digit3', shiftKey: true });
    press('!', { code: 'Digit1', shiftKey: true });
    expect(commands).toEqual([{ type: 'jump', phaseIndex: 2 }]);
  });

  it('Q turns silent mode on, and + and - change this phase by a minute', () => {
    const { commands, settingsChanges } = openRoom();
    press('q');
    press('+');
    press('-');
    expect(settingsChanges).toEqual([{ silent: true }]);
    expect(commands).toEqual([
      { type: 'adjust', seconds: 60 },
      { type: 'adjust', seconds: -60 },
    ]);
  });

  it("a cue's words show until Escape dismisses them", () => {
    const { fake } = openRoom();
    act(() => fake.push('cue.due', cue));
    expect(screen.getByText(cue.announcement)).toBeTruthy();
    press('Escape');
    expect(screen.queryByText(cue.announcement)).toBeNull();
  });
});

describe('the room once the session is finished', () => {
  it('has one main heading, the finished phase; the panel to start the next session sits under it', () => {
    const finished: Session = { ...sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + MIN }]), revision: 2 };
    openRoom(finished);
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Arrival & intake']);
    expect(screen.getByRole('heading', { level: 2, name: 'Ready when you are' })).toBeTruthy();
  });
});
