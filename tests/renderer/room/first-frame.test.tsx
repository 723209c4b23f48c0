// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { BridgeProvider } from '../../../renderer/bridge/BridgeContext';
import { askForStart, startAnswered } from '../../../renderer/bridge/start-answer';
import type { ResponseOf } from '../../../shared/contract/channels';
import { defaultPlans } from '../../../shared/plans/defaults';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { deferred, fakeBridge } from '../fake-bridge';
import '../render';

const start: ResponseOf<'app.start'> = {
  app: { welcomeSeen: true, defaultPlanId: null, cueSound: 'mixed', showWelcome: false, formatLocale: null },
  room: defaultRoomSettings,
  session: null,
  plans: [...defaultPlans],
  data: {
    disk: { state: 'ok', pending: [], message: '' },
    encryption: { enabled: false, available: false, locked: false, recovery: false, otherRoom: null },
    lastBackup: null,
    damaged: [],
    migration: null,
  },
};

/** Only the start answer and the client search: a screen that asked for any part again would find no answer. */
function backEnd(answer: () => Promise<ResponseOf<'app.start'>> | ResponseOf<'app.start'>) {
  return fakeBridge({ 'app.start': answer, 'clients.search': () => ({ clients: [], total: 0, unreadable: [] }) });
}

const startButton = () => screen.queryByRole('button', { name: /Start session/ });

afterEach(() => vi.useRealTimers());

describe('the room as the window opens', () => {
  it('is ready in its very first frame once the first screen data is here, and asks for nothing twice', async () => {
    const fake = backEnd(() => start);
    await startAnswered(fake.bridge, 10_000);
    render(
      <BridgeProvider bridge={fake.bridge}>
        <App />
      </BridgeProvider>,
    );
    // No waiting: the first frame shows the plans and the Start button, not a loading screen.
    expect(startButton()?.hasAttribute('disabled')).toBe(false);
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toHaveLength(defaultPlans.length);
    await waitFor(() => expect(fake.callsTo('clients.search')).not.toHaveLength(0));
    expect(fake.calls.map((call) => call.channel).filter((channel) => channel !== 'clients.search')).toEqual(['app.start']);
  });

  it('still fills in when the back end answers after the screens were built', async () => {
    const late = deferred<ResponseOf<'app.start'>>();
    const fake = backEnd(() => late.promise);
    askForStart(fake.bridge);
    render(
      <BridgeProvider bridge={fake.bridge}>
        <App />
      </BridgeProvider>,
    );
    expect(startButton()).toBeNull();
    late.resolve(start);
    await waitFor(() => expect(startButton()?.hasAttribute('disabled')).toBe(false));
  });

  it('is built after a short wait even when the back end is slow to answer, so the window is never left blank', async () => {
    vi.useFakeTimers();
    const fake = backEnd(() => new Promise(() => undefined));
    let built = false;
    void startAnswered(fake.bridge, 400).then(() => (built = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(built).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(built).toBe(true);
  });
});
