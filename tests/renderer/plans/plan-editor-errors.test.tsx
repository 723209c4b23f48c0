// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { PlanEditor } from '../../../renderer/plans/PlanEditor';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const second = defaultPlan60.phases[1]!;
const shortest = `Phase 2, ${second.name}: the shortest it may shrink to can’t be longer than the phase.`;
const name = 'The plan name is needed.';

function openEditor(issues: { path: string; message: string }[], plan: Plan = defaultPlan60) {
  const failure = new ContractError({ code: 'invalid-request', message: issues[0]!.message, issues });
  renderWithBridge(
    <PlanEditor plan={plan} arrivedElsewhere={0} settings={defaultRoomSettings} onSave={async () => failure} onDuplicate={() => undefined} onDelete={() => undefined} />,
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
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Plan name: the plan name is needed.',
      `Phase 2 (${second.name}), shortest: the shortest it may shrink to can’t be longer than the phase.`,
    ]);
    expect(shown(name)).toBe(1);
    expect(shown(shortest)).toBe(1);
    fireEvent.click(within(summary).getByRole('link', { name: /^Plan name/ }));
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

  it("the summary says what is wrong with the plan's phases as a whole, not a bare word", async () => {
    openEditor([
      { path: 'plan.name', message: name },
      { path: 'plan.phases', message: 'A plan can last at most 8 hours.' },
    ]);
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getByRole('link', { name: 'The plan’s phases: a plan can last at most 8 hours.' })).toBeTruthy();
    expect(within(summary).queryByRole('link', { name: 'Phases' })).toBeNull();
  });

  it('a phase with a numbered name is named once in the summary', async () => {
    const plan: Plan = { ...defaultPlan60, phases: [{ ...defaultPlan60.phases[0]!, name: 'Phase 1' }, ...defaultPlan60.phases.slice(1)] };
    openEditor(
      [
        { path: 'plan.name', message: name },
        { path: 'plan.phases.0.durationSec', message: 'Phase 1, Phase 1: the length must be at least 30 seconds.' },
      ],
      plan,
    );
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    const labels = within(summary).getAllByRole('link').map((link) => link.textContent);
    expect(labels).toContain('Phase 1, minutes: the length must be at least 30 seconds.');
    expect(labels.join(' ')).not.toMatch(/Phase 1, Phase 1|Phase 1 \(Phase 1\)/);
  });

  it('several problems: Save plan takes the focus to the first field with a problem', async () => {
    openEditor([
      { path: 'plan.phases.1.minimumSec', message: shortest },
      { path: 'plan.name', message: name },
    ]);
    await screen.findByRole('navigation', { name: '2 things need changing' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Plan name')));
  });
});

describe('the plan editor shows lengths and colours a therapist can read', () => {
  const render = (plan: Plan) =>
    renderWithBridge(
      <PlanEditor plan={plan} arrivedElsewhere={0} settings={defaultRoomSettings} onSave={async () => null} onDuplicate={() => undefined} onDelete={() => undefined} />,
      fakeBridge({}),
    );

  it('the planned length groups its digits in the reader’s locale', () => {
    render({ ...defaultPlan60, phases: [{ ...defaultPlan60.phases[0]!, durationSec: 100000 * 60, enabled: true }] });
    expect(document.body.textContent).toContain(`${new Intl.NumberFormat().format(100000)} minutes`);
  });

  it("a new phase does not take the page's background colour, nor the colour of the phase before it", () => {
    const plan: Plan = { ...defaultPlan60, phases: [defaultPlan60.phases[0]!] };
    render(plan);
    fireEvent.click(screen.getByRole('button', { name: 'Add phase' }));
    const added = screen.getByRole('group', { name: 'Phase 2: Phase 2' });
    const colour = (within(added).getByLabelText('Colour') as HTMLInputElement).value;
    expect(colour).not.toBe('#10161c');
    expect(colour).not.toBe(plan.phases[0]!.color);
  });
});
