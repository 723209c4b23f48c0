// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { handoutInvoke } from '../../../shared/contract/handout-channels';
import { parseOrThrow } from '../../../shared/contract/validate';
import type { CustomStretch } from '../../../shared/handout/library';
import { StretchLibraryEditor } from '../../../renderer/handout/StretchLibraryEditor';
import type { HandoutSettings } from '../../../renderer/handout/useHandoutSetup';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const noStretches: HandoutSettings = { clinic: {}, hiddenStretchIds: [], customStretches: [] };
const calfStretch: CustomStretch = {
  id: 'custom-calf',
  name: 'Wall calf stretch',
  regions: ['calves'],
  steps: ['Hands on the wall.', 'Step one foot back.'],
  holdSeconds: 30,
  repetitions: 2,
  perSide: true,
};

/** The stretch library with an add that checks the set-up as the back end does (the new one last): null once saved, or the refusal. */
function openLibrary(settings = noStretches) {
  const added: CustomStretch[] = [];
  const onAdd = async (stretch: CustomStretch): Promise<unknown> => {
    try {
      parseOrThrow(handoutInvoke['handout.settings.save'].request, { ...settings, customStretches: [...settings.customStretches, stretch] });
      added.push(stretch);
      return null;
    } catch (refusal) {
      return refusal;
    }
  };
  renderWithBridge(<StretchLibraryEditor settings={settings} onSave={async () => true} onAdd={onAdd} />, fakeBridge({}));
  return { added, form: screen.getByRole('form', { name: 'Add your own stretch' }) };
}

const messageOf = (field: HTMLElement): string | null | undefined => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;

describe('adding a stretch of one’s own that cannot be saved', () => {
  it('says each problem beside its field in the form, and keeps what was typed', async () => {
    const { added, form } = openLibrary();
    const name = within(form).getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Doorway chest opener' } });
    fireEvent.click(within(form).getByLabelText('Chest'));
    fireEvent.change(within(form).getByLabelText('Hold (seconds)'), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add stretch to the library' }));
    const summary = await within(form).findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Steps', 'Hold (seconds)']);
    // Beside the field the form is the place: no "Stretch 1, Doorway chest opener:" before the message.
    expect(messageOf(within(form).getByLabelText('Steps, one per line'))).toBe('A stretch needs at least one step.');
    expect(messageOf(within(form).getByLabelText('Hold (seconds)'))).toMatch(/^The hold time .*1/);
    expect(document.body.textContent).not.toMatch(/more things? needs? changing/);
    expect((name as HTMLInputElement).value).toBe('Doorway chest opener');
    expect(added).toEqual([]);
  });

  it('with stretches of one’s own already in the library, never names the new one by a number the form does not show', async () => {
    const { form } = openLibrary({ ...noStretches, customStretches: [calfStretch] });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Doorway chest opener' } });
    fireEvent.click(within(form).getByLabelText('Chest'));
    fireEvent.change(within(form).getByLabelText('Steps, one per line'), { target: { value: 'Stand in a doorway.' } });
    fireEvent.change(within(form).getByLabelText('Hold (seconds)'), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add stretch to the library' }));
    const hold = within(form).getByLabelText('Hold (seconds)');
    await waitFor(() => expect(messageOf(hold)).toMatch(/^The hold time .*1/));
    expect(document.body.textContent).not.toMatch(/Stretch 2/);
  });

  it('once put right, it is added and the form empties', async () => {
    const { added, form } = openLibrary();
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Doorway chest opener' } });
    fireEvent.click(within(form).getByLabelText('Chest'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add stretch to the library' }));
    await within(form).findByText(/a stretch needs at least one step/i);
    fireEvent.change(within(form).getByLabelText('Steps, one per line'), { target: { value: 'Stand in a doorway.\nLean forward gently.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add stretch to the library' }));
    // The stretch is recorded before the form hears back: wait for the form the therapist sees to empty.
    await waitFor(() => expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe(''));
    expect(added.map((stretch) => stretch.steps)).toEqual([['Stand in a doorway.', 'Lean forward gently.']]);
    expect(within(form).queryByText(/a stretch needs at least one step/i)).toBeNull();
  });
});

describe('the add button of your own stretch', () => {
  it('says why it cannot be pressed until a region is ticked, and stops saying it once one is', () => {
    const { form } = openLibrary();
    const add = within(form).getByRole('button', { name: 'Add stretch to the library' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    expect(messageOf(add)).toBe('Tick at least one region it helps, then add it.');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Calves' }));
    expect((add as HTMLButtonElement).disabled).toBe(false);
    expect(add.hasAttribute('aria-describedby')).toBe(false);
  });
});
