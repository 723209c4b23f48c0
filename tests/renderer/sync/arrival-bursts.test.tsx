// @vitest-environment jsdom
import { fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { ClientListing } from '../../../shared/clients/client';
import type { HistoryEntry } from '../../../shared/record/history';
import { BridgeProvider } from '../../../renderer/bridge/BridgeContext';
import { ClientPicker } from '../../../renderer/clients/ClientPicker';
import { useClientHistory } from '../../../renderer/history/useClientHistory';
import { storedClient } from '../../helpers/care';
import { deferred, fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

/** A sync engine's first pass or a restore: this many records announced one after another. */
const BURST = 300;

const listing = (n: number): ClientListing => ({ id: `c-${n}`, name: `Ana ${n}`, archived: false, updatedAt: n });
const client = storedClient({ preferredPressure: 5, createdAt: 0, updatedAt: 0 });
const visit = (n: number): HistoryEntry => ({
  sessionId: `s-${n}`,
  at: n,
  planName: 'Full body, 60 minutes',
  painBefore: null,
  painAfter: null,
  regions: [],
  hasIntake: false,
  signed: false,
  handoutsGiven: 0,
});

/** Server-sent events come one task each, so React renders between them. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Answers each request once the test lets it go, with what is on disk by then. */
function slowBackEnd<T>(now: () => T) {
  const gates: { resolve: (value: undefined) => void }[] = [];
  const answer = async () => {
    const gate = deferred<undefined>();
    gates.push(gate);
    await gate.promise;
    return now();
  };
  const letAllGo = () => {
    for (const gate of gates.splice(0)) gate.resolve(undefined);
  };
  return { answer, letAllGo, waiting: () => gates.length };
}

describe('records arriving by the thousand', () => {
  it('the client picker asks again once more, not once per client, and shows the clients there are by then', async () => {
    let onDisk = [listing(1)];
    // Newest first, so the list's first suggestion says which answer is shown.
    const backEnd = slowBackEnd(() => ({ total: onDisk.length, found: onDisk.length, clients: [...onDisk].reverse(), unreadable: [] }));
    const fake = fakeBridge({ 'clients.search': backEnd.answer });
    renderWithBridge(<ClientPicker value={null} onChange={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('combobox', { name: 'Client (optional)' }), { target: { value: 'ana' } });
    await waitFor(() => expect(backEnd.waiting()).toBeGreaterThan(0));
    const asked = fake.callsTo('clients.search').length;
    for (let n = 2; n <= BURST; n += 1) {
      onDisk = [...onDisk, listing(n)];
      fake.push('records.changed', { kind: 'client', id: `c-${n}`, change: 'added', conflictCopy: false });
      await nextTask();
    }
    await waitFor(() => {
      backEnd.letAllGo();
      expect(screen.getAllByRole('option')[0]?.textContent).toBe(`Ana ${BURST}`);
    });
    expect(fake.callsTo('clients.search').length - asked).toBeLessThanOrEqual(2);
  });

  it('an open history fetches again once more, not once per session, and ends with every session', async () => {
    let onDisk = [visit(1)];
    const backEnd = slowBackEnd(() => ({ client, sessions: onDisk }));
    const fake = fakeBridge({ 'clients.history': backEnd.answer });
    const wrapper = ({ children }: { children: ReactNode }) => <BridgeProvider bridge={fake.bridge}>{children}</BridgeProvider>;
    const { result } = renderHook(() => useClientHistory('c-1'), { wrapper });
    await waitFor(() => expect(backEnd.waiting()).toBe(1));
    backEnd.letAllGo();
    await waitFor(() => expect(result.current.sessions).toHaveLength(1));
    for (let n = 2; n <= BURST; n += 1) {
      onDisk = [...onDisk, visit(n)];
      fake.push('records.changed', { kind: 'session', id: `s-${n}`, change: 'added', conflictCopy: false });
      await nextTask();
    }
    // However long the burst, a fetch is under way and one more follows it.
    expect(backEnd.waiting()).toBe(1);
    backEnd.letAllGo();
    await waitFor(() => expect(backEnd.waiting()).toBe(1));
    backEnd.letAllGo();
    await waitFor(() => expect(result.current.sessions).toHaveLength(BURST));
    expect(fake.callsTo('clients.history')).toHaveLength(3);
  });
});
