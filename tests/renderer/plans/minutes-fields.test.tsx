// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { PlanEditor } from '../../../renderer/plans/PlanEditor';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const second = defaultPlan60.phases[1]!;

function openEditor() {
  const saved: Plan[] = [];
  renderWithBridge(
    <PlanEditor plan={defaultPlan60} arrivedElsewhere={0} settings={defaultRoomSettings} onSave={async (plan) => void saved.push(plan)} onDuplicate={() => undefined} onDelete={() => undefined} />,
    fakeBridge({}),
  );
  const minutes = within(screen.getByRole('group', { name: `Phase 2: ${second.name}` })).getByLabelText('Minutes') as HTMLInputElement;
  return { minutes, saved };
}

describe('typing a length in minutes', () => {
  it('a cleared field stays empty while the therapist types the new length, instead of showing 0 (which made "5" read "05")', () => {
    const { minutes } = openEditor();
    fireEvent.change(minutes, { target: { value: '' } });
    expect(minutes.value).toBe('');
    fireEvent.change(minutes, { target: { value: '7.5' } });
    expect(minutes.value).toBe('7.5');
  });

  it('the plan saved holds the length typed, in seconds', async () => {
    const { minutes, saved } = openEditor();
    fireEvent.change(minutes, { target: { value: '12.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.phases[1]!.durationSec).toBe(750);
  });
});
