// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../../shared/contract/channels';
import type { PressureSelection } from '../../../shared/pressure/selection';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import type { Session } from '../../../shared/session/session';
import { PressureLogPanel } from '../../../renderer/pressure/PressureLogPanel';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const warmUp: Session = {
  ...sessionWith([
    { type: 'start', at: T0 },
    { type: 'next', at: T0 + 5 * MIN },
    { type: 'next', at: T0 + 10 * MIN },
  ]),
  revision: 3,
};

/** The back end's pressure.log, as far as the panel can tell: the entry is in the answer. */
function logged(session: Session, request: RequestOf<'pressure.log'>): Session {
  const entries = session.pressure?.entries ?? [];
  const entry = { id: `p-${entries.length + 1}`, at: T0 + 11 * MIN, sessionMs: 11 * MIN, phaseIndex: 2, phaseName: 'Warm-up', note: '', ...request };
  return { ...session, revision: (session.revision ?? 0) + 1, pressure: { entries: [...entries, entry], corrections: session.pressure?.corrections ?? [] } };
}

function Panel({ first }: { first: Session }) {
  const [session, setSession] = useState(first);
  return <PressureLogPanel session={session} onSession={setSession} avoid={['calves']} />;
}

function openPanel(stored: PressureSelection | null) {
  let held = warmUp;
  const fake = fakeBridge({
    'session.current': () => held,
    'settings.get': () => defaultRoomSettings,
    'room.selection.get': () => stored,
    'room.selection.set': ({ selection }) => selection,
    'pressure.log': (request) => (held = logged(held, request)),
  });
  renderWithBridge(<Panel first={warmUp} />, fake);
  return fake;
}

const current = () => screen.getByText(/pressure \d+$/, { selector: '.pressure__current span' }).parentElement?.textContent;
const press = (key: string) => act(() => void fireEvent.keyDown(document.body, { key }));

describe('the pressure log panel', () => {
  it('opens on the region, technique and pressure the therapist had chosen in this session (a reload keeps them)', async () => {
    openPanel({ region: 'calves', technique: 'friction', level: 7 });
    await waitFor(() => expect(current()).toContain('Calves'));
    expect(current()).toContain('Friction');
    expect(screen.getByLabelText('pressure 7 of 10')).toBeTruthy();
    expect(current()).toContain('screening: avoid this area');
  });

  it('keeps each change in the back end, so it outlives the screen', async () => {
    const fake = openPanel(null);
    await waitFor(() => expect(fake.callsTo('room.selection.get')).toHaveLength(1));
    press('r');
    press('8');
    await waitFor(() =>
      expect(fake.callsTo('room.selection.set').at(-1)).toEqual({ sessionId: warmUp.id, selection: { region: 'lower-back', technique: 'effleurage', level: 8 } }),
    );
  });

  it('a key logs one entry with what is selected, says so, and lists it', async () => {
    const fake = openPanel(null);
    await waitFor(() => expect(fake.callsTo('room.selection.get')).toHaveLength(1));
    press('4');
    press('j');
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent).toBe('Logged: Upper back, 4, just right'));
    expect(fake.callsTo('pressure.log')).toEqual([{ sessionId: warmUp.id, region: 'upper-back', technique: 'effleurage', level: 4, response: 'just-right' }]);
    const log = screen.getByRole('list', { name: 'Pressure log' });
    expect(within(log).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('Upper back, Effleurage, 4, just right')]);
  });

  it('"more" logs, then moves the pressure up one step for the next entry', async () => {
    const fake = openPanel({ region: 'neck', technique: 'petrissage', level: 5 });
    await waitFor(() => expect(current()).toContain('Neck'));
    fireEvent.click(screen.getByRole('button', { name: /More/ }));
    await waitFor(() => expect(fake.callsTo('pressure.log')).toHaveLength(1));
    expect(fake.callsTo('pressure.log')[0]).toMatchObject({ region: 'neck', level: 5, response: 'more' });
    expect(screen.getByRole('button', { name: '6', pressed: true })).toBeTruthy();
  });

  it('names the correction form by the entry a person sees, never its stored id', async () => {
    const fake = openPanel({ region: 'neck', technique: 'petrissage', level: 5 });
    await waitFor(() => expect(current()).toContain('Neck'));
    press('j');
    press('j');
    await waitFor(() => expect(fake.callsTo('pressure.log')).toHaveLength(2));
    const log = screen.getByRole('list', { name: 'Pressure log' });
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    // Each Correct button says which entry it corrects, as its form does.
    expect(within(log).getAllByRole('button', { name: /^Correct/ }).map((button) => button.getAttribute('aria-label'))).toEqual([
      'Correct entry 2: Neck, pressure 5',
      'Correct entry 1: Neck, pressure 5',
    ]);
    fireEvent.click(within(log).getByRole('button', { name: 'Correct entry 2: Neck, pressure 5' }));
    expect(screen.getByRole('form', { name: 'Correct entry 2: Neck, pressure 5' })).toBeTruthy();
  });
});

describe('correcting an entry by keys', () => {
  async function openCorrection() {
    return (await openCorrectionWith()).form;
  }

  async function openCorrectionWith() {
    const fake = openPanel({ region: 'neck', technique: 'petrissage', level: 5 });
    await waitFor(() => expect(current()).toContain('Neck'));
    press('j');
    await waitFor(() => expect(fake.callsTo('pressure.log')).toHaveLength(1));
    const log = screen.getByRole('list', { name: 'Pressure log' });
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(within(log).getByRole('button', { name: /^Correct entry/ }));
    return { fake, form: screen.getByRole('form', { name: /Correct entry 1/ }) };
  }

  it('the form takes the focus as it opens, so Escape closes it at once', async () => {
    const form = await openCorrection();
    expect(form.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: /Correct entry/ })).toBeNull();
  });

  it('once closed, the focus is back on the entry’s Correct button, never lost on the page', async () => {
    await openCorrection();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: /Correct entry/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Correct entry/ }));
  });

  it('a cleared pressure stays empty while typed, and a pressure that is not 1 to 10 is refused in plain words, nothing sent', async () => {
    const { fake, form } = await openCorrectionWith();
    const pressure = within(form).getByLabelText('Pressure') as HTMLInputElement;
    fireEvent.change(pressure, { target: { value: '' } });
    expect(pressure.value).toBe('');
    for (const typed of ['', '6.5', '11', '0']) {
      fireEvent.change(pressure, { target: { value: typed } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
      expect(within(form).getByRole('alert').textContent).toBe('Pressure is a whole number from 1 to 10.');
      expect(pressure.getAttribute('aria-invalid')).toBe('true');
    }
    expect(fake.callsTo('pressure.correct')).toEqual([]);
    expect(screen.getByRole('form', { name: /Correct entry 1/ })).toBeTruthy();
  });
});

describe('a note after a withdrawal', () => {
  it('goes on the last entry still in the log, never on the withdrawn one where no one would see it', async () => {
    const kept = { id: 'p-1', at: T0 + 11 * MIN, sessionMs: 11 * MIN, phaseIndex: 2, phaseName: 'Warm-up', region: 'neck', technique: 'effleurage', level: 4, response: 'just-right', note: '' } as const;
    const mistaken = { ...kept, id: 'p-2', region: 'calves', level: 6 } as const;
    const withdrawn: Session = { ...warmUp, pressure: { entries: [kept, mistaken], corrections: [{ at: T0 + 12 * MIN, entryId: 'p-2', change: { withdrawn: true } }] } };
    const fake = fakeBridge({
      'session.current': () => withdrawn,
      'settings.get': () => defaultRoomSettings,
      'room.selection.get': () => null,
      'room.selection.set': ({ selection }) => selection,
      'pressure.correct': () => withdrawn,
    });
    renderWithBridge(<Panel first={withdrawn} />, fake);
    await waitFor(() => expect(fake.callsTo('room.selection.get')).toHaveLength(1));
    const note = screen.getByLabelText('Note on the last entry');
    fireEvent.change(note, { target: { value: 'ease off here' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(fake.callsTo('pressure.correct')).toEqual([{ sessionId: warmUp.id, entryId: 'p-1', change: { note: 'ease off here' } }]));
  });
});

describe('withdrawing an entry', () => {
  it('says which entry went and that the record keeps it, and the focus stays in the log', async () => {
    const kept = { id: 'p-1', at: T0 + 11 * MIN, sessionMs: 11 * MIN, phaseIndex: 2, phaseName: 'Warm-up', region: 'neck', technique: 'effleurage', level: 4, response: 'just-right', note: '' } as const;
    const mistaken = { ...kept, id: 'p-2', region: 'calves', level: 6 } as const;
    const both: Session = { ...warmUp, pressure: { entries: [kept, mistaken], corrections: [] } };
    const withdrawn: Session = { ...both, revision: 4, pressure: { entries: [kept, mistaken], corrections: [{ at: T0 + 12 * MIN, entryId: 'p-2', change: { withdrawn: true } }] } };
    const fake = fakeBridge({
      'session.current': () => both,
      'settings.get': () => defaultRoomSettings,
      'room.selection.get': () => null,
      'room.selection.set': ({ selection }) => selection,
      'pressure.correct': () => withdrawn,
    });
    renderWithBridge(<Panel first={both} />, fake);
    const log = screen.getByRole('list', { name: 'Pressure log' });
    fireEvent.click(within(log).getAllByRole('button', { name: /^Correct entry/ })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw entry' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry 2 withdrawn (Calves, pressure 6). The record keeps it, marked as withdrawn.'));
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(within(log).getByRole('button', { name: /^Correct entry/ }));
  });
});
