// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { PlansView } from '../../../renderer/plans/PlansView';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const ours: Plan = { ...defaultPlan60, writtenBy: { room: 'Room A', at: Date.UTC(2026, 10, 2, 9), revision: 1 } };
const theirs: Plan = { ...ours, name: 'Deep work', writtenBy: { room: 'Room B', at: Date.UTC(2026, 10, 2, 10), revision: 2 } };

/** The Plans screen with the plan open, and a way to have another room save it. */
async function openPlans() {
  let stored = ours;
  const fake = fakeBridge({
    'plans.list': () => [stored],
    'plans.save': ({ plan }) => (stored = plan),
    'plans.versions': () => ({ current: stored, others: [], earlier: [] }),
    'sync.twoVersions': () => ({ plans: [], templates: [], clinic: false }),
  });
  renderWithBridge(<PlansView />, fake);
  // By label: a role query walks the whole plan editor, slow in jsdom on a busy machine.
  await waitFor(() => expect(nameField().value).toBe(ours.name));
  return {
    savedInRoomB: async () => {
      stored = theirs;
      await act(async () => fake.push('records.changed', { kind: 'plan', id: ours.id, change: 'changed', conflictCopy: false }));
    },
  };
}

const nameField = (): HTMLInputElement => screen.getByLabelText('Plan name');
const notice = /was just changed in another room/;

// The whole Plans screen renders in each test: more than Vitest's default 5 s when the machine is busy.
describe('a plan open here that another room saves', { timeout: 30_000 }, () => {
  it('an untouched form shows the other room’s version at once', async () => {
    const plans = await openPlans();
    await plans.savedInRoomB();
    await waitFor(() => expect(nameField().value).toBe('Deep work'));
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('typed changes are kept, the therapist is told, and can switch to the other version', async () => {
    const plans = await openPlans();
    fireEvent.change(nameField(), { target: { value: 'Back focus' } });
    await plans.savedInRoomB();
    await screen.findByText(/“Deep work” was just changed in another room/);
    expect(nameField().value).toBe('Back focus');
    fireEvent.click(screen.getByRole('button', { name: 'Show that version instead of your changes' }));
    expect(nameField().value).toBe('Deep work');
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('once the typed changes are saved here, the next version from another room shows at once', async () => {
    const plans = await openPlans();
    fireEvent.change(nameField(), { target: { value: 'Back focus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText('Saved “Back focus”.');
    await plans.savedInRoomB();
    await waitFor(() => expect(nameField().value).toBe('Deep work'));
    expect(screen.queryByText(notice)).toBeNull();
  });
});
