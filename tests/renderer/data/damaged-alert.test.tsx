// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../shared/contract/channels';
import { DataAlerts } from '../../../renderer/data/DataAlerts';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

type Status = ResponseOf<'data.status'>;
type Damaged = Status['damaged'][number];

const damagedPlan: Damaged = {
  id: 'q-1',
  record: 'plans/deep-work',
  name: "The plan 'Deep work'",
  reason: 'the file is not complete',
  at: 1_700_000_000_000,
  file: '/data/quarantine/q-1.json',
  state: 'new',
  latestBackup: { id: 'b-1', takenAt: 1_699_990_000_000 },
};

function statusWith(damaged: Damaged[]): Status {
  return {
    disk: { state: 'ok', pending: [], message: '' },
    encryption: { enabled: false, available: false, locked: false, recovery: false, otherRoom: null },
    lastBackup: null,
    damaged,
    migration: null,
  };
}

describe('a damaged record set aside', () => {
  it('is named as the therapist knows it, and each button says which record it acts on', async () => {
    let status = statusWith([damagedPlan, { ...damagedPlan, id: 'q-2', record: 'clients/c-9', name: "The client file for 'Ana Silva'", latestBackup: null }]);
    const fake = fakeBridge({
      'app.start': () => Promise.reject(new Error('no start answer here')),
      'data.status': () => status,
      'data.damaged.restore': () => {
        status = statusWith([]);
        return { ...damagedPlan, state: 'restored' as const };
      },
    });
    renderWithBridge(<DataAlerts />, fake);
    const [plan, client] = await screen.findAllByRole('alert');
    expect(plan!.textContent).toMatch(/^The plan 'Deep work' was damaged and set aside \(the file is not complete\)\. Restore it from the backup of/);
    expect(client!.textContent).toMatch(/^The client file for 'Ana Silva' was damaged and set aside \(the file is not complete\)\. No backup holds a good copy\./);
    expect(screen.queryByText(/plans\/deep-work|clients\/c-9/)).toBeNull();
    expect(within(client!).getByRole('button', { name: "Leave the client file for 'Ana Silva' set aside" })).toBeTruthy();

    fireEvent.click(within(plan!).getByRole('button', { name: "Restore the plan 'Deep work'" }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain("The plan 'Deep work' was restored."));
    expect(fake.callsTo('data.damaged.restore')).toEqual([{ damagedId: 'q-1' }]);
  });
});
