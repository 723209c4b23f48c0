// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SyncthingSection } from '../../../renderer/settings/SyncthingSection';
import { ContractError } from '../../../shared/contract/errors';
import type { SyncthingStatus } from '../../../shared/contract/syncthing-channels';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const notSet: SyncthingStatus = { state: 'not-set', address: null, percent: null, connected: 0, lastChange: null, folderPath: '/home/ana/.config/Stillpoint/data' };
const upToDate: SyncthingStatus = { ...notSet, state: 'up-to-date', address: 'http://127.0.0.1:8384', connected: 2, lastChange: Date.UTC(2026, 10, 30, 14, 5) };

const state = () => screen.getByRole('status', { name: 'Syncthing’s state for this data folder' });

function show(connect: (request: { address: string; apiKey: string }) => SyncthingStatus) {
  const fake = fakeBridge({ 'syncthing.status': () => notSet, 'syncthing.connect': connect, 'syncthing.forget': () => notSet });
  renderWithBridge(<SyncthingSection />, fake);
  return fake;
}

describe('Syncthing in Settings → Clinic', () => {
  it('asks for the key at the default address, then shows the state and the last change, and follows what the back end pushes', async () => {
    const fake = show(() => upToDate);
    await waitFor(() => expect(state().textContent).toMatch(/Give the address and API key/));
    expect((screen.getByLabelText('Syncthing’s address') as HTMLInputElement).value).toBe('http://127.0.0.1:8384');
    fireEvent.change(screen.getByLabelText(/Syncthing’s API key/), { target: { value: 'abc123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show Syncthing’s state' }));
    await waitFor(() => expect(state().textContent).toMatch(/Up to date: connected to 2 other computers/));
    expect(state().textContent).toMatch(/Last change: .*2026/);
    expect(fake.callsTo('syncthing.connect')).toEqual([{ address: 'http://127.0.0.1:8384', apiKey: 'abc123' }]);
    expect((screen.getByLabelText(/Syncthing’s API key/) as HTMLInputElement).value).toBe('');

    act(() => fake.push('syncthing.changed', { ...upToDate, state: 'paused' }));
    expect(state().textContent).toMatch(/Paused in Syncthing/);
    act(() => fake.push('syncthing.changed', { ...upToDate, state: 'syncing', percent: 42 }));
    expect(state().textContent).toMatch(/Syncing: 42 % in step/);
    act(() => fake.push('syncthing.changed', { ...upToDate, state: 'disconnected', connected: 0 }));
    expect(state().textContent).toMatch(/Disconnected: no other computer of the clinic is connected/);
  });

  it('says plainly what is wrong: a refused key, nothing at the address, the folder not shared, an address refused', async () => {
    const answers: SyncthingStatus[] = [
      { ...notSet, state: 'key-refused', address: 'http://127.0.0.1:8384' },
      { ...notSet, state: 'unreachable', address: 'http://127.0.0.1:8385' },
      { ...notSet, state: 'not-shared', address: 'http://127.0.0.1:8384' },
    ];
    show(({ address }) => {
      if (address.includes('192.168')) throw new ContractError({ code: 'refused', message: 'Stillpoint only asks the Syncthing running on this computer.' });
      return answers.shift()!;
    });
    await waitFor(() => expect(state().textContent).toMatch(/Give the address/));
    const attempt = async (address: string) => {
      fireEvent.change(screen.getByLabelText('Syncthing’s address'), { target: { value: address } });
      fireEvent.change(screen.getByLabelText(/Syncthing’s API key/), { target: { value: 'abc123' } });
      fireEvent.click(screen.getByRole('button', { name: 'Show Syncthing’s state' }));
    };
    await attempt('http://127.0.0.1:8384');
    await waitFor(() => expect(state().textContent).toMatch(/Syncthing refused the API key. Copy it again/));
    await attempt('http://127.0.0.1:8385');
    await waitFor(() => expect(state().textContent).toMatch(/Nothing answers at http:\/\/127.0.0.1:8385/));
    await attempt('http://127.0.0.1:8384');
    await waitFor(() => expect(state().textContent).toMatch(/does not share this room’s data folder \(\/home\/ana\/.config\/Stillpoint\/data\)/));
    await attempt('http://192.168.1.20:8384');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/only asks the Syncthing running on this computer/));
  });
});
