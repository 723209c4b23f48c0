// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { BridgeProvider } from '../../../renderer/bridge/BridgeContext';
import { useHandoutSetup } from '../../../renderer/handout/useHandoutSetup';
import { SessionStoreProvider } from '../../../renderer/session/SessionStoreProvider';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';

// A walk-in: no client was chosen, and the session has just finished in the room.
const walkIn = sessionWith([
  { type: 'start', at: T0 },
  { type: 'finish', at: T0 + 50 * MIN },
]);

function setupFor(target: { sessionId?: string }) {
  const fake = fakeBridge({
    'session.current': () => walkIn,
    'handout.prepare': () => ({}) as never,
    'handout.settings.get': () => ({ clinic: {}, hiddenStretchIds: [], customStretches: [] }),
    'handout.templates.list': () => [],
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BridgeProvider bridge={fake.bridge}>
      <SessionStoreProvider>{children}</SessionStoreProvider>
    </BridgeProvider>
  );
  return renderHook(() => useHandoutSetup(target), { wrapper });
}

describe('the handout of a session without a client', () => {
  it('"Write the aftercare handout" after a walk-in fills in from that session, not from nothing', async () => {
    const setup = setupFor({ sessionId: walkIn.id });
    await waitFor(() => expect(setup.result.current.loaded).toBe(true));
    expect(setup.result.current.session?.id).toBe(walkIn.id);
    expect(setup.result.current.clientSessions.map((entry) => entry.sessionId)).toEqual([walkIn.id]);
  });

  it('another session asked for by its id is not mistaken for the room’s current one', async () => {
    const setup = setupFor({ sessionId: 's-some-other' });
    await waitFor(() => expect(setup.result.current.loaded).toBe(true));
    expect(setup.result.current.session).toBeNull();
  });
});
