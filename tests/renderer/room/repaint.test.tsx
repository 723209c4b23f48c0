// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import type { Session } from '../../../shared/session/session';
import { RoomScreen } from '../../../renderer/room/RoomScreen';
import type { SessionControls } from '../../../renderer/room/useSession';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

/** Counts how often the phase band (the room around the digits) is drawn. */
const band = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../../renderer/room/PhaseBand', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/room/PhaseBand')>();
  return {
    PhaseBand: (props: Parameters<typeof original.PhaseBand>[0]) => {
      band.renders += 1;
      return original.PhaseBand(props);
    },
  };
});

/** The elements whose text or attributes changed while `during` ran, by their nearest element. */
async function changedWhile(during: () => Promise<void>): Promise<Set<Element>> {
  const changed = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (target) changed.add(target);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  await during();
  observer.takeRecords();
  observer.disconnect();
  return changed;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(T0 + MIN + 250);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Renders the room and counts how often React commits it while the clock runs. */
function roomCommits(session: Session) {
  const controls: SessionControls = {
    session,
    plans: [],
    loaded: true,
    error: null,
    clearError: () => undefined,
    start: async () => undefined,
    command: async () => undefined,
  };
  const fake = fakeBridge({ 'session.current': () => session, 'settings.get': () => defaultRoomSettings });
  const commits = { count: 0 };
  renderWithBridge(
    <Profiler id="room" onRender={() => void (commits.count += 1)}>
      <RoomScreen
        session={session}
        controls={controls}
        settings={defaultRoomSettings}
        updateSettings={() => undefined}
        compact={false}
        onToggleCompact={() => undefined}
      />
    </Profiler>,
    fake,
  );
  return commits;
}

/** Lets the fake back end's first answers and React's own scheduled work (on the faked timers too) land before counting. */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(async () => void vi.advanceTimersByTime(0));
}

describe('what the room costs while it waits', () => {
  it('running, it repaints once per shown second, and the digits follow the clock', async () => {
    const commits = roomCommits(sessionWith([{ type: 'start', at: T0 }]));
    await settle();
    expect(screen.getByRole('timer').textContent).toBe('4:00');
    await act(async () => void vi.advanceTimersByTime(1000));
    const before = commits.count;
    // A second at a time, as a person watching would see each repaint.
    for (let second = 0; second < 10; second += 1) await act(async () => void vi.advanceTimersByTime(1000));
    expect(screen.getByRole('timer').textContent).toBe('3:49');
    expect(commits.count - before).toBe(10);
  });

  it('running on time, only the figures that move are drawn again: the rest of the room stays as it is', async () => {
    roomCommits(sessionWith([{ type: 'start', at: T0 }], planOf(['Warm-up', 10, 5], ['Targeted work', 20, 10])));
    await settle();
    const bandBefore = band.renders;
    const changed = await changedWhile(async () => {
      for (let second = 0; second < 10; second += 1) await act(async () => void vi.advanceTimersByTime(1000));
    });
    expect(screen.getByRole('timer').textContent).toBe('8:50');
    expect(band.renders - bandBefore).toBe(0);
    const moving = new Set([...changed].map((element) => element.closest('[role="timer"], dd')?.textContent ?? element.outerHTML));
    expect([...moving].sort()).toEqual(['28:49', '8:50']);
  });

  it('finished, it never repaints by itself and leaves no timer behind', async () => {
    const commits = roomCommits(sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 30_000 }]));
    await settle();
    const before = commits.count;
    for (let second = 0; second < 60; second += 1) await act(async () => void vi.advanceTimersByTime(1000));
    expect(commits.count - before).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
