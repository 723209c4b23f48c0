// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { PlanEditor } from '../../../renderer/plans/PlanEditor';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const second = defaultPlan60.phases[1]!;
const shortest = `Phase 2, ${second.name}: the shortest it may shrink to can’t be longer than the phase.`;
const name = 'The plan name is needed.';

function openEditor(issues: { path: string; message: string }[]) {
  const failure = new ContractError({ code: 'invalid-request', message: issues[0]!.message, issues });
  renderWithBridge(
    <PlanEditor plan={defaultPlan60} arrivedElsewhere={0} settings={defaultRoomSettings} onSave={async () => failure} onDuplicate={() => undefined} onDelete={() => undefined} />,
    fakeBridge({}),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
}

/** How many times a text is shown anywhere in the page. */
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

describe('a plan that could not be saved', () => {
  it("one problem: said once, beside the phase's field, which takes the focus", async () => {
    openEditor([{ path: 'plan.phases.1.minimumSec', message: shortest }]);
    const field = within(screen.getByRole('group', { name: `Phase 2: ${second.name}` })).getByLabelText('Shortest (minutes)');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(shown(shortest)).toBe(1);
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(shortest);
  });

  it('several problems: each said once, and a list at the top names each place, counted from one', async () => {
    openEditor([
      { path: 'plan.name', message: name },
      { path: 'plan.phases.1.minimumSec', message: shortest },
    ]);
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Plan name', `Phase 2, ${second.name}: shortest`]);
    expect(shown(name)).toBe(1);
    expect(shown(shortest)).toBe(1);
    fireEvent.click(within(summary).getByRole('link', { name: 'Plan name' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Plan name'));
  });

  it('a problem with the plan as a whole (too long): the phase list takes the focus and is described by the message', async () => {
    const tooLong = 'A plan can last at most 8 hours.';
    openEditor([{ path: 'plan.phases', message: tooLong }]);
    const phases = screen.getByRole('list', { name: 'Phases' });
    await waitFor(() => expect(document.activeElement).toBe(phases));
    expect(shown(tooLong)).toBe(1);
    expect(document.getElementById(phases.getAttribute('aria-describedby') ?? '')?.textContent).toBe(tooLong);
  });
});
