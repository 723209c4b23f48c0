// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { defaultTemplate } from '../../../shared/handout/template';
import { BridgeProvider } from '../../../renderer/bridge/BridgeContext';
import { useHandoutSetup } from '../../../renderer/handout/useHandoutSetup';
import { SessionStoreProvider } from '../../../renderer/session/SessionStoreProvider';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge, type FakeAnswers } from '../fake-bridge';

// A walk-in: no client was chosen, and the session has just finished in the room.
const walkIn = sessionWith([
  { type: 'start', at: T0 },
  { type: 'finish', at: T0 + 50 * MIN },
]);

function setupFor(target: { sessionId?: string }, more: FakeAnswers = {}) {
  const fake = fakeBridge({
    'session.current': () => walkIn,
    'handout.prepare': () => ({}) as never,
    'handout.settings.get': () => ({ clinic: {}, hiddenStretchIds: [], customStretches: [] }),
    'handout.templates.list': () => [],
    ...more,
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

describe('saving a template', () => {
  it('a refusal goes back to the template form, not to the line at the top of the Handout screen', async () => {
    const refusal = new ContractError({ code: 'invalid-request', message: 'A template name cannot be empty.', issues: [{ path: 'name', message: 'A template name cannot be empty.' }] });
    const setup = setupFor({}, { 'handout.templates.save': () => Promise.reject(refusal) });
    await waitFor(() => expect(setup.result.current.loaded).toBe(true));
    let answer: unknown;
    await act(async () => {
      answer = await setup.result.current.saveTemplate({ ...defaultTemplate, name: '' });
    });
    expect(answer).toBe(refusal);
    expect(setup.result.current.error).toBeNull();
  });

  it('once saved, the list shows the new template and the answer is null', async () => {
    const stored = { ...defaultTemplate, id: 't-desk', name: 'Desk workers' };
    let list: (typeof stored)[] = [];
    const setup = setupFor({}, {
      'handout.templates.save': () => {
        list = [stored];
        return stored;
      },
      'handout.templates.list': () => list,
    });
    await waitFor(() => expect(setup.result.current.loaded).toBe(true));
    let answer: unknown = 'not yet';
    await act(async () => {
      answer = await setup.result.current.saveTemplate({ ...defaultTemplate, name: 'Desk workers' });
    });
    expect(answer).toBeNull();
    expect(setup.result.current.templates.map((template) => template.name)).toEqual(['Desk workers']);
  });
});
