// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PushOf } from '../../../shared/contract/channels';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { CueCenter, useCues } from '../../../renderer/audio/CueCenter';
import { useRoomSettings } from '../../../renderer/settings/useRoomSettings';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const chimes = vi.hoisted(() => ({ played: 0 }));
vi.mock('../../../renderer/audio/chime', () => ({
  playChime: () => void (chimes.played += 1),
  unlockAudio: () => undefined,
}));

const cue: PushOf<'cue.due'> = {
  kind: 'phase-warning',
  dueAt: 0,
  phaseIndex: 2,
  phaseName: 'Warm-up',
  nextPhaseName: 'Targeted work',
  segmentName: null,
  announcement: 'Warm-up: 1 minute left.',
  spoken: 'Warm-up, one minute left.',
  sound: { timbre: 'soft', volume: 0.7 },
};

/** Any screen that shows the cue's words; the test swaps it for another, as the therapist moves between screens. */
function Screen({ name }: { name: string }) {
  const { message } = useCues();
  return <p aria-label={name}>{message ?? 'no cue'}</p>;
}

/** The room's badge for silent mode: what the therapist sees once the room settings are in. */
function SilentBadge() {
  const { settings } = useRoomSettings();
  return settings.silent ? <span>Silent</span> : null;
}

function Shell() {
  const [screenName, setScreenName] = useState('Clients');
  return (
    <>
      <SilentBadge />
      <button type="button" onClick={() => setScreenName('Room')}>
        Room
      </button>
      <Screen key={screenName} name={screenName} />
    </>
  );
}

function open(silent: boolean) {
  const fake = fakeBridge({ 'session.current': () => null, 'settings.get': () => ({ ...defaultRoomSettings, silent }) });
  renderWithBridge(
    <CueCenter playsSound>
      <Shell />
    </CueCenter>,
    fake,
  );
  return fake;
}

beforeEach(() => {
  chimes.played = 0;
});

describe('cues, whatever screen is open', () => {
  it('a cue that falls due on another screen is heard once and its words shown there', async () => {
    const fake = open(false);
    await waitFor(() => expect(fake.callsTo('settings.get')).toHaveLength(1));
    act(() => fake.push('cue.due', cue));
    expect(screen.getByLabelText('Clients').textContent).toBe('Warm-up: 1 minute left.');
    expect(chimes.played).toBe(1);
  });

  it('going back to the room shows the same words and never plays the cue again', async () => {
    const fake = open(false);
    await waitFor(() => expect(fake.callsTo('settings.get')).toHaveLength(1));
    act(() => fake.push('cue.due', cue));
    act(() => screen.getByRole('button', { name: 'Room' }).click());
    expect(screen.getByLabelText('Room').textContent).toBe('Warm-up: 1 minute left.');
    expect(chimes.played).toBe(1);
  });

  it('silent mode holds on every screen: the words show, nothing sounds', async () => {
    const fake = open(true);
    // The settings are asked for before they arrive: wait for silent mode to show, as the therapist sees it.
    await screen.findByText('Silent');
    expect(fake.callsTo('settings.get')).toHaveLength(1);
    act(() => fake.push('cue.due', cue));
    expect(screen.getByLabelText('Clients').textContent).toBe('Warm-up: 1 minute left.');
    expect(chimes.played).toBe(0);
  });

  it('a cue’s words stay while its session runs, and go once the session is finished (here or in another window)', async () => {
    const fake = open(false);
    await waitFor(() => expect(fake.callsTo('settings.get')).toHaveLength(1));
    act(() => fake.push('cue.due', cue));
    act(() => fake.push('session.changed', { session: sessionWith([{ type: 'start', at: T0 }]) }));
    expect(screen.getByLabelText('Clients').textContent).toBe('Warm-up: 1 minute left.');
    act(() => fake.push('session.changed', { session: sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]) }));
    expect(screen.getByLabelText('Clients').textContent).toBe('no cue');
    act(() => fake.push('cue.due', cue));
    act(() => fake.push('session.changed', { session: null }));
    expect(screen.getByLabelText('Clients').textContent).toBe('no cue');
  });

  it('cues missed while the computer slept are reported once, in words, without a sound', async () => {
    const fake = open(false);
    await waitFor(() => expect(fake.callsTo('settings.get')).toHaveLength(1));
    act(() => fake.push('cue.missed', { count: 3, latest: cue }));
    expect(screen.getByLabelText('Clients').textContent).toBe('3 cues passed while the computer slept. The last: Warm-up: 1 minute left.');
    expect(chimes.played).toBe(0);
  });
});
