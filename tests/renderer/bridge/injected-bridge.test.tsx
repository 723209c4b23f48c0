// @vitest-environment jsdom
import { renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { HistoryEntry } from '../../../shared/record/history';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { BridgeProvider } from '../../../renderer/bridge/BridgeContext';
import { BackupsSection } from '../../../renderer/data/BackupsSection';
import { useDataStatus } from '../../../renderer/data/useDataStatus';
import { useHandoutSetup } from '../../../renderer/handout/useHandoutSetup';
import { useClientHistory } from '../../../renderer/history/useClientHistory';
import { usePastSessions } from '../../../renderer/history/usePastSessions';
import { PlansView } from '../../../renderer/plans/PlansView';
import { SessionStoreProvider } from '../../../renderer/session/SessionStoreProvider';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const client = { id: 'c-1', name: 'Ada Lovelace', createdAt: T0 } as never;
const earlier = { ...sessionWith([{ type: 'start', at: T0 - 86_400_000 }]), id: 's-earlier', clientId: 'c-1' };
const entry = { sessionId: 's-earlier', at: T0 - 86_400_000, regions: ['Upper back'], hasIntake: false } as unknown as HistoryEntry;

function fake() {
  return fakeBridge({
    'clients.history': () => ({ client, sessions: [] }),
    'clients.session': () => earlier,
    'session.current': () => null,
    'data.status': () => ({}) as never,
    'data.backups.list': () => [],
    'plans.list': () => [defaultPlan60],
    'handout.prepare': () => ({}) as never,
    'handout.settings.get': () => ({ clinic: {}, hiddenStretchIds: [], customStretches: [] }),
    'handout.templates.list': () => [],
    'settings.get': () => defaultRoomSettings,
  });
}

const wrapperFor =
  (bridge: ReturnType<typeof fakeBridge>['bridge']) =>
  ({ children }: { children: ReactNode }) => (
    <BridgeProvider bridge={bridge}>
      <SessionStoreProvider>{children}</SessionStoreProvider>
    </BridgeProvider>
  );

describe('screens and hooks ask the bridge they are given, so a test can hand them a fake', () => {
  it('history: the client and their earlier sessions', async () => {
    const bridge = fake();
    const wrapper = wrapperFor(bridge.bridge);
    const history = renderHook(() => useClientHistory('c-1'), { wrapper });
    await waitFor(() => expect(history.result.current.client).toEqual(client));
    const past = renderHook(() => usePastSessions('c-1', [entry], { id: 's-now', createdAt: T0 }), { wrapper });
    await waitFor(() => expect(past.result.current).toEqual([earlier]));
  });

  it('data: the folder status and the list of backups', async () => {
    const bridge = fake();
    renderHook(() => useDataStatus(), { wrapper: wrapperFor(bridge.bridge) });
    renderWithBridge(<BackupsSection onChanged={() => undefined} say={() => undefined} />, bridge);
    await waitFor(() => expect(bridge.callsTo('data.status')).toHaveLength(1));
    await waitFor(() => expect(bridge.callsTo('data.backups.list')).toHaveLength(1));
  });

  it('handout: the clinic header, the templates and the printer made ready', async () => {
    const bridge = fake();
    const setup = renderHook(() => useHandoutSetup({}), { wrapper: wrapperFor(bridge.bridge) });
    await waitFor(() => expect(setup.result.current.loaded).toBe(true));
    expect(setup.result.current.error).toBeNull();
    expect(bridge.callsTo('handout.prepare')).toHaveLength(1);
  });

  it('plans: the list of plans', async () => {
    const bridge = fake();
    renderWithBridge(<PlansView />, bridge);
    expect(await screen.findByText(defaultPlan60.name, { exact: false })).toBeTruthy();
  });
});
