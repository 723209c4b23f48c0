// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClinicSettings } from '../../../renderer/handout/ClinicSettings';
import type { HandoutSettings } from '../../../renderer/handout/useHandoutSetup';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge, withProviders } from '../render';

const stored: HandoutSettings = { clinic: { name: 'Stillwater', therapist: 'Mia' }, hiddenStretchIds: [], customStretches: [] };
const fromRoomB: HandoutSettings = { ...stored, clinic: { ...stored.clinic, name: 'Stillwater Clinic' } };

/** The clinic details form, and a way to give it the header as it is stored now. */
function openForm(onSave: (settings: HandoutSettings) => Promise<boolean> = async () => true) {
  const fake = fakeBridge({});
  const view = renderWithBridge(<ClinicSettings settings={stored} onSave={onSave} />, fake);
  return { nowStored: (settings: HandoutSettings) => view.rerender(withProviders(<ClinicSettings settings={settings} onSave={onSave} />, fake)) };
}

const field = (label: string): HTMLInputElement => screen.getByLabelText(label, { exact: true });
const notice = /just changed in another room/;

describe('the clinic details while another room saves them', () => {
  it('an untouched form shows the other room’s header at once', () => {
    const form = openForm();
    form.nowStored(fromRoomB);
    expect(field('Clinic name').value).toBe('Stillwater Clinic');
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('typed changes are kept and the therapist is told; they can switch to the other room’s header', () => {
    const form = openForm();
    fireEvent.change(field('Therapist name'), { target: { value: 'Mia Chen' } });
    form.nowStored(fromRoomB);
    expect(field('Therapist name').value).toBe('Mia Chen');
    expect(field('Clinic name').value).toBe('Stillwater');
    expect(screen.getByText(notice)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show that version instead of your changes' }));
    expect(field('Clinic name').value).toBe('Stillwater Clinic');
    expect(field('Therapist name').value).toBe('Mia');
  });

  it('a change to the stretches only, from another room, is not called a change to the header', () => {
    const form = openForm();
    fireEvent.change(field('Therapist name'), { target: { value: 'Mia Chen' } });
    form.nowStored({ ...stored, hiddenStretchIds: ['calf-wall'] });
    expect(screen.queryByText(notice)).toBeNull();
    expect(field('Therapist name').value).toBe('Mia Chen');
  });

  it('saves what was typed, with the rest of the set-up as stored now', async () => {
    const sent: HandoutSettings[] = [];
    const form = openForm(async (settings) => (sent.push(settings), true));
    fireEvent.change(field('Therapist name'), { target: { value: 'Mia Chen' } });
    form.nowStored({ ...stored, hiddenStretchIds: ['calf-wall'] });
    fireEvent.click(screen.getByRole('button', { name: 'Save clinic details' }));
    await screen.findByText('Clinic details saved.');
    expect(sent).toEqual([{ ...stored, hiddenStretchIds: ['calf-wall'], clinic: { name: 'Stillwater', therapist: 'Mia Chen' } }]);
  });
});
