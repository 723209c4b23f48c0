// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../shared/contract/channels';
import { DataAlerts } from '../../../renderer/data/DataAlerts';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const healthy: ResponseOf<'data.status'> = {
  disk: { state: 'ok', pending: [], message: '' },
  encryption: { enabled: false, available: false, locked: false, recovery: false, otherRoom: null },
  lastBackup: null,
  damaged: [],
  migration: null,
};

function renderAlerts(status: ResponseOf<'data.status'>) {
  const fake = fakeBridge({ 'app.start': () => Promise.reject(new Error('no start answer here')), 'data.status': () => status });
  renderWithBridge(<DataAlerts />, fake);
  return fake;
}

describe('moving an older data folder to the new format', () => {
  it('shows how far it has come, in plain words, as the back end reports it', async () => {
    const fake = renderAlerts({ ...healthy, migration: { done: 100, total: 5000 } });
    expect(await screen.findByText('Moving your records to the new format: 100 of 5,000. You can start and run sessions meanwhile.')).toBeTruthy();

    act(() => fake.push('data.migration', { done: 1200, total: 5000 }));
    expect(screen.getByRole('status').textContent).toContain('1,200 of 5,000');

    act(() => fake.push('data.migration', { done: 5000, total: 5000 }));
    expect(screen.queryByText(/Moving your records/)).toBeNull();
  });

  it('a window opened after a start with nothing to move shows nothing, until a move begins', async () => {
    const fake = renderAlerts(healthy);
    await act(async () => undefined);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => fake.push('data.migration', { done: 300, total: 2400 }));
    expect(screen.getByRole('status').textContent).toBe('Moving your records to the new format: 300 of 2,400. You can start and run sessions meanwhile.');
  });
});
