// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/session/session';
import { recordInvoke } from '../../../shared/contract/client-channels';
import { ContractError } from '../../../shared/contract/errors';
import { parseOrThrow } from '../../../shared/contract/validate';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { RecordEditor } from '../../../renderer/record/RecordEditor';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const painAfter = 'Pain after must be at most 10.';
const by = 'The signature cannot be empty.';

/** How many times a text is shown anywhere in the page. */
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

describe('the record says what to change once, beside the field', () => {
  it('signing with two problems: each message once beside its field, and a summary that takes the therapist to each', async () => {
    const issues = [
      { path: 'painAfter', message: painAfter },
      { path: 'by', message: by },
    ];
    const fake = fakeBridge({
      'settings.get': () => defaultRoomSettings,
      'session.current': () => null,
      'record.sign': () => {
        throw new ContractError({ code: 'invalid-request', message: `${painAfter} (1 more thing needs changing.)`, issues });
      },
    });
    const session = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
    renderWithBridge(<RecordEditor session={session} onSession={() => undefined} />, fake);
    fireEvent.click(screen.getByRole('button', { name: 'Sign record' }));
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(shown(painAfter)).toBe(1);
    expect(shown(by)).toBe(1);
    fireEvent.click(within(summary).getByRole('link', { name: 'Your name (signature)' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Your name/ }));
  });
});

describe('a pain score typed in another form than whole digits', () => {
  it.each(['1e1', '2E0'])('"%s" is refused beside the field on Sign and on Save draft, and nothing is sent', async (typed) => {
    const fake = fakeBridge({ 'settings.get': () => defaultRoomSettings, 'session.current': () => null });
    const session = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
    renderWithBridge(<RecordEditor session={session} onSession={() => undefined} />, fake);
    const field = screen.getByLabelText('Pain after (0-10)');
    fireEvent.change(field, { target: { value: typed } });
    for (const button of ['Sign record', 'Save draft']) {
      fireEvent.click(screen.getByRole('button', { name: button }));
      await vi.waitFor(() => expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Pain is a whole number from 0 to 10.'));
    }
    expect(fake.callsTo('record.sign')).toEqual([]);
    expect(fake.callsTo('record.save')).toEqual([]);
  });
});

describe('signing the record', () => {
  const session = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
  const withTherapist = (therapist?: string) =>
    fakeBridge({
      'settings.get': () => defaultRoomSettings,
      'session.current': () => null,
      'handout.settings.get': () => ({ clinic: therapist ? { therapist } : {}, hiddenStretchIds: [], customStretches: [] }),
    });
  const signature = () => screen.getByRole('textbox', { name: /Your name/ }) as HTMLInputElement;

  it('the signature starts with the therapist’s name from the clinic details, to change if someone else signs', async () => {
    renderWithBridge(<RecordEditor session={session} onSession={() => undefined} />, withTherapist('Mia Ross'));
    await vi.waitFor(() => expect(signature().value).toBe('Mia Ross'));
  });

  it('a name typed before the clinic details arrive is kept', async () => {
    const fake = withTherapist('Mia Ross');
    renderWithBridge(<RecordEditor session={session} onSession={() => undefined} />, fake);
    fireEvent.change(signature(), { target: { value: 'Sam' } });
    await vi.waitFor(() => expect(fake.callsTo('handout.settings.get')).toHaveLength(1));
    // Every pending answer delivered.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(signature().value).toBe('Sam');
  });

  it('stays empty when no therapist’s name was given', async () => {
    const fake = withTherapist();
    renderWithBridge(<RecordEditor session={session} onSession={() => undefined} />, fake);
    await vi.waitFor(() => expect(fake.callsTo('handout.settings.get')).toHaveLength(1));
    expect(signature().value).toBe('');
  });
});

describe('one record open in two windows', () => {
  const finished = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
  const savedAt = T0 + 120_000;

  it('each save says which saved draft it builds on: none at first, then this window’s own', async () => {
    const fake = fakeBridge({
      'handout.settings.get': () => ({ clinic: { therapist: 'Mia Ross' }, hiddenStretchIds: [], customStretches: [] }),
      'record.save': () => ({ ...finished, record: { painAfter: 2, soap: { subjective: '', objective: '', assessment: '', plan: '' }, savedAt, signature: null, amendments: [] } }),
      'record.sign': () => finished,
    });
    renderWithBridge(<RecordEditor session={finished} onSession={() => undefined} />, fake);
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign record' }));
    await vi.waitFor(() => expect(fake.callsTo('record.sign')).toHaveLength(1));
    expect(fake.callsTo('record.save')).toMatchObject([{ basedOn: null }]);
    expect(fake.callsTo('record.sign')).toMatchObject([{ basedOn: savedAt }]);
  });

  it('a save refused because another window saved first says so, and the note typed here stays', async () => {
    const message = 'This record was saved in another window since you opened it. Your text is still here: copy what you need, open the record again to see the saved note, then save.';
    const fake = fakeBridge({
      'record.save': () => {
        throw new ContractError({ code: 'conflict', message });
      },
    });
    renderWithBridge(<RecordEditor session={finished} onSession={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Plan' }), { target: { value: 'Stretch the calves daily' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Plan' }) as HTMLTextAreaElement).value).toBe('Stretch the calves daily');
  });
});

describe('a signed record without a pain-after score', () => {
  it('says the score was not recorded, with no "/10" after the words', () => {
    const finished = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
    const soap = { subjective: 'Stiff neck.', objective: '', assessment: '', plan: '' };
    const signed = { ...finished, record: { painAfter: null, soap, savedAt: T0 + 90_000, amendments: [], signature: { by: 'Mia Ross', at: T0 + 120_000 } } };
    const fake = fakeBridge({ 'settings.get': () => defaultRoomSettings, 'session.current': () => null });
    renderWithBridge(<RecordEditor session={signed} onSession={() => undefined} />, fake);
    expect(screen.getByText('Pain after: not recorded')).toBeTruthy();
    expect(document.body.textContent).not.toContain('not recorded/10');
  });
});

describe('pain after that is not a score from 0 to 10', () => {
  const finished = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
  /** A bridge whose record channels check the request as the back end does, after the trip over JSON. */
  function checkingBridge() {
    const saved: unknown[] = [];
    const checked = (channel: 'record.save' | 'record.sign') => (request: unknown) => {
      saved.push(parseOrThrow(recordInvoke[channel].request, JSON.parse(JSON.stringify(request))));
      return { ...finished, record: { painAfter: null, soap: { subjective: '', objective: '', assessment: '', plan: '' }, savedAt: T0 + 90_000, signature: null, amendments: [] } };
    };
    const fake = fakeBridge({
      'handout.settings.get': () => ({ clinic: { therapist: 'Mia Ross' }, hiddenStretchIds: [], customStretches: [] }),
      'record.save': checked('record.save'),
      'record.sign': checked('record.sign'),
    });
    renderWithBridge(<RecordEditor session={finished} onSession={() => undefined} />, fake);
    return saved;
  }
  const painField = () => screen.getByRole('spinbutton', { name: /Pain after/ });
  const messageBesidePain = () => document.getElementById(painField().getAttribute('aria-describedby') ?? '')?.textContent;

  it.each([
    ['-1', 'Pain is at least 0.'],
    ['5.5', 'Pain is a whole number from 0 to 10.'],
  ])('a draft with pain after %s is refused beside the field, not saved without it', async (typed, message) => {
    const saved = checkingBridge();
    fireEvent.change(painField(), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await vi.waitFor(() => expect(messageBesidePain()).toBe(message));
    expect(saved).toEqual([]);
    expect(screen.queryByText('Draft saved.')).toBeNull();
  });

  it('signing without pain after says it is needed', async () => {
    const saved = checkingBridge();
    fireEvent.change(screen.getByRole('textbox', { name: /Your name/ }), { target: { value: 'Mia Ross' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign record' }));
    await vi.waitFor(() => expect(messageBesidePain()).toBe('Give pain after, from 0 to 10, before signing.'));
    expect(saved).toEqual([]);
  });
});

describe('signing by keyboard', () => {
  it('a record already signed, shown as the page loads, leaves the focus where it is', () => {
    const finished = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
    const soap = { subjective: 's', objective: 'o', assessment: 'a', plan: 'p' };
    const signed = { ...finished, record: { painAfter: 2, soap, savedAt: T0, signature: { at: T0, by: 'Mia Ross' }, amendments: [] } };
    // Nothing used on the page yet: there was no focus to lose.
    Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: false }, configurable: true });
    try {
      renderWithBridge(<RecordEditor session={signed} onSession={() => undefined} />, fakeBridge({}));
      expect(screen.getByText(/^Signed by Mia Ross/)).toBeTruthy();
      expect(document.activeElement).toBe(document.body);
    } finally {
      Reflect.deleteProperty(navigator, 'userActivation');
    }
  });

  it('once signed, the focus is on the line saying who signed, not lost on the page', async () => {
    const finished = sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]);
    const soap = { subjective: 's', objective: 'o', assessment: 'Pain after 2/10.', plan: 'p' };
    const signed = { ...finished, record: { painAfter: 2, soap, savedAt: T0 + 90_000, signature: { at: T0 + 90_000, by: 'Mia Ross' }, amendments: [] } };
    const fake = fakeBridge({
      'handout.settings.get': () => ({ clinic: { therapist: 'Mia Ross' }, hiddenStretchIds: [], customStretches: [] }),
      'record.sign': () => signed,
    });
    function Signing() {
      const [session, setSession] = useState<Session>(finished);
      return <RecordEditor session={session} onSession={setSession} />;
    }
    renderWithBridge(<Signing />, fake);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Pain after/ }), { target: { value: '2' } });
    const sign = screen.getByRole('button', { name: 'Sign record' });
    sign.focus();
    fireEvent.click(sign);
    const line = await screen.findByText(/^Signed by Mia Ross/);
    await vi.waitFor(() => expect(document.activeElement).toBe(line));
  });
});
