// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../shared/contract/channels';
import { parseOrThrow } from '../../../shared/contract/validate';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Phase, Plan } from '../../../shared/plans/plan';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { PlanEditor } from '../../../renderer/plans/PlanEditor';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const [first, second] = defaultPlan60.phases as [Phase, Phase];
/** A plan the back end refuses, and the sentences its check gives (the same contract the back end runs). */
const tooShort = (phase: Phase): Phase => ({ ...phase, minimumSec: phase.durationSec + 60 });
const shortestPlaced = `Phase 2, ${second.name}: the shortest it may shrink to can’t be longer than the phase.`;
const shortest = 'The shortest it may shrink to can’t be longer than the phase.';
const noName = 'Every plan needs a name.';

function refusal(plan: Plan): unknown {
  try {
    parseOrThrow(invokeChannels['plans.save'].request, { plan });
    return null;
  } catch (error) {
    return error;
  }
}

/** Opens the editor on a plan and presses Save plan; the save is checked as the back end checks it. */
function openEditor(plan: Plan) {
  renderWithBridge(
    <PlanEditor plan={plan} arrivedElsewhere={0} settings={defaultRoomSettings} onSave={async (sent) => refusal(sent)} onDuplicate={() => undefined} onDelete={() => undefined} />,
    fakeBridge({}),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
}

const withPhases = (...phases: Phase[]): Plan => ({ ...defaultPlan60, phases: [...phases, ...defaultPlan60.phases.slice(phases.length)] });

/** How many times a text is shown anywhere in the page. */
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

/** What a screen reader reads for a field: its name, then what describes it. */
const description = (field: HTMLElement): string | undefined => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? undefined;

describe('a plan that could not be saved', () => {
  it("one problem: said beside the phase's field, which takes the focus; the phase's heading names the place, so the message does not again", async () => {
    openEditor(withPhases(first, tooShort(second)));
    const field = within(screen.getByRole('group', { name: `Phase 2: ${second.name}` })).getByLabelText('Shortest (minutes)');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(description(field)).toBe(shortest);
    expect(shown(shortest)).toBe(1);
    expect(screen.queryByRole('navigation', { name: /need changing/ })).toBeNull();
  });

  it('several problems: the summary at the top takes the focus and lists each as a plain sentence that links to its field', async () => {
    openEditor({ ...withPhases(first, tooShort(second)), name: '' });
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    await waitFor(() => expect(summary.contains(document.activeElement)).toBe(true));
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([noName, shortestPlaced]);
    fireEvent.click(within(summary).getByRole('link', { name: shortestPlaced }));
    const field = within(screen.getByRole('group', { name: `Phase 2: ${second.name}` })).getByLabelText('Shortest (minutes)');
    expect(document.activeElement).toBe(field);
    expect(description(field)).toBe(shortest);
    fireEvent.click(within(summary).getByRole('link', { name: noName }));
    expect(document.activeElement).toBe(screen.getByLabelText('Plan name'));
  });

  it('several problems: nothing is read out twice; the summary is named once by its visible heading and is not also an alert', async () => {
    openEditor({ ...withPhases(first, tooShort(second)), name: '' });
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(summary.getAttribute('aria-label')).toBeNull();
    expect(shown('2 things need changing')).toBe(1);
    // Focus reads the summary; an alert around it would read it a second time over the focus.
    expect(summary.closest('[role="alert"]')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a problem with the plan as a whole (too long): the phase list takes the focus and is described by the message', async () => {
    const tooLong = 'A plan can last at most 8 hours.';
    openEditor(withPhases({ ...first, durationSec: 4 * 3600 }, { ...second, durationSec: 4 * 3600 }));
    const phases = screen.getByRole('list', { name: 'Phases' });
    await waitFor(() => expect(document.activeElement).toBe(phases));
    expect(shown(tooLong)).toBe(1);
    expect(description(phases)).toBe(tooLong);
  });

  it("the summary says what is wrong with the plan's phases as a whole, not a bare word", async () => {
    openEditor({ ...withPhases({ ...first, durationSec: 4 * 3600 }, { ...second, durationSec: 4 * 3600 }), name: '' });
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getByRole('link', { name: 'A plan can last at most 8 hours.' })).toBeTruthy();
    expect(within(summary).queryByRole('link', { name: 'Phases' })).toBeNull();
  });

  it('a phase still called by its number is named once: in its heading, in the summary and beside its field', async () => {
    openEditor({ ...withPhases({ ...first, name: 'Phase 1', durationSec: 0, minimumSec: 0 }), name: '' });
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([noName, 'Phase 1: a phase must last longer than zero.']);
    const phase = screen.getByRole('group', { name: 'Phase 1' });
    expect(description(within(phase).getByLabelText('Minutes'))).toBe('A phase must last longer than zero.');
    expect(document.body.textContent).not.toMatch(/Phase 1[:,] Phase 1/);
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

  it('a new phase, named by its number, is headed "Phase 2" once', () => {
    render({ ...defaultPlan60, phases: [defaultPlan60.phases[0]!] });
    fireEvent.click(screen.getByRole('button', { name: 'Add phase' }));
    expect(screen.getByRole('group', { name: 'Phase 2' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Phase 2: Phase 2');
  });

  it("a new phase does not take the page's background colour, nor the colour of the phase before it", () => {
    const plan: Plan = { ...defaultPlan60, phases: [defaultPlan60.phases[0]!] };
    render(plan);
    fireEvent.click(screen.getByRole('button', { name: 'Add phase' }));
    const added = screen.getByRole('group', { name: 'Phase 2' });
    const colour = (within(added).getByLabelText('Colour') as HTMLInputElement).value;
    expect(colour).not.toBe('#10161c');
    expect(colour).not.toBe(plan.phases[0]!.color);
  });
});
