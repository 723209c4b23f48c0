import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import type { HandoutPrinter } from '../../../electron/services/handout-printer';
import { ContractError } from '../../../shared/contract/errors';
import { composeHandout } from '../../../shared/handout/compose';
import { defaultTemplate } from '../../../shared/handout/template';
import { sampleSource } from '../../helpers/handout';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';
import { setImmediate } from 'node:timers/promises';
import type { Session } from '../../../shared/session/session';

const tempDir = useTempDirs();
const pdfBytes = new Uint8Array([37, 80, 68, 70, 45]);

interface FakePrinter extends HandoutPrinter {
  printed: { html: string; paper: string }[];
}

function fakePrinter(desktop?: { print: boolean; saveTo: string | null }): FakePrinter {
  const printed: { html: string; paper: string }[] = [];
  const printer: FakePrinter = {
    printed,
    toPdf: async (html, { paper }) => {
      printed.push({ html, paper });
      return pdfBytes;
    },
  };
  if (desktop) {
    printer.print = async (html, { paper }) => {
      printed.push({ html, paper });
      return desktop.print;
    };
    printer.savePdf = async () => desktop.saveTo;
  }
  return printer;
}

function setup(printer: HandoutPrinter | null = fakePrinter()) {
  const clock = new ManualClock(T0);
  const backend = createBackend({ dataDir: tempDir(), clock, push: () => undefined, notify: () => undefined, printer: printer ?? undefined });
  return { clock, backend };
}

const document = composeHandout(sampleSource({ clientName: '<img src=x onerror=alert(1)>' }), defaultTemplate);

async function startedSession(backend: ReturnType<typeof setup>['backend']): Promise<string> {
  const started = await backend.handle('session.start', { planId: 'default-60' });
  if (!started.ok) throw new Error(started.error.message);
  return (started.value as { id: string }).id;
}

describe('handouts behind the contract', () => {
  it('makes the PDF, then notes an exact copy in the session record before answering', async () => {
    const printer = fakePrinter();
    const { backend, clock } = setup(printer);
    const sessionId = await startedSession(backend);
    clock.advance(50 * MIN);
    const answer = await backend.handle('handout.pdf', { sessionId, document, paper: 'letter', largePrint: true });
    expect(answer).toEqual({
      ok: true,
      value: { fileName: 'aftercare-img-src-x-onerror-alert-1-2026-11-22.pdf', pdfBase64: Buffer.from(pdfBytes).toString('base64') },
    });
    expect(printer.printed[0]?.paper).toBe('letter');
    expect(printer.printed[0]?.html).toContain('Aftercare for &lt;img src=x onerror=alert(1)&gt;');
    expect(printer.printed[0]?.html).toContain('handout handout--large');
    expect(await backend.handle('handout.given', { sessionId })).toEqual({
      ok: true,
      value: [{ givenAt: T0 + 50 * MIN, paper: 'letter', largePrint: true, document }],
    });
  });

  it('starts the printer when the room’s session finishes, ready for the wrap-up’s handout, and not before', async () => {
    let prepared = 0;
    const printer: HandoutPrinter = { ...fakePrinter(), prepare: () => void (prepared += 1) };
    const { backend } = setup(printer);
    const sessionId = await startedSession(backend);
    await backend.handle('session.command', { sessionId, command: { type: 'next' } });
    expect(prepared).toBe(0);
    await backend.handle('session.command', { sessionId, command: { type: 'finish' } });
    expect(prepared).toBe(1);
  });

  it('keeps the handouts when the session goes on and finishes afterwards', async () => {
    const { backend } = setup();
    const sessionId = await startedSession(backend);
    await backend.handle('handout.pdf', { sessionId, document, paper: 'a4', largePrint: false });
    const finished = await backend.handle('session.command', { sessionId, command: { type: 'finish' } });
    expect(finished).toMatchObject({ ok: true, value: { handouts: [{ paper: 'a4' }] } });
  });

  it('tells every open window at once: the session they show now holds the handout, at the revision on disk', async () => {
    const pushes: { channel: string; payload: unknown }[] = [];
    const clock = new ManualClock(T0);
    const backend = createBackend({ dataDir: tempDir(), clock, push: (channel, payload) => pushes.push({ channel, payload }), notify: () => undefined, printer: fakePrinter() });
    const sessionId = await startedSession(backend);
    await backend.handle('handout.pdf', { sessionId, document, paper: 'a4', largePrint: false });
    await setImmediate();
    const heard = pushes.filter((push) => push.channel === 'session.changed').map((push) => (push.payload as { session: Session }).session);
    const current = await backend.handle('session.current', {});
    expect(heard.at(-1)).toEqual((current as { value: Session }).value);
    expect(heard.at(-1)?.handouts).toHaveLength(1);
    backend.close();
  });

  it('a handout reprinted for an earlier session while another runs leaves the running one’s cues and the room’s session alone, and its history is fetched again', async () => {
    const pushes: { channel: string; payload: unknown }[] = [];
    const clock = new ManualClock(T0);
    const backend = createBackend({ dataDir: tempDir(), clock, push: (channel, payload) => pushes.push({ channel, payload }), notify: () => undefined, printer: fakePrinter() });
    const earlier = await startedSession(backend);
    await backend.handle('session.command', { sessionId: earlier, command: { type: 'finish' } });
    clock.advance(MIN);
    const running = await startedSession(backend);
    await backend.handle('handout.pdf', { sessionId: earlier, document, paper: 'a4', largePrint: false });
    await setImmediate();
    expect(pushes.filter((push) => push.channel === 'session.changed').at(-1)?.payload).toMatchObject({ session: { id: running } });
    expect(pushes.at(-1)).toEqual({ channel: 'records.changed', payload: { kind: 'session', id: earlier, change: 'changed', conflictCopy: false } });
    clock.advance(5 * MIN);
    expect(pushes.at(-1)).toMatchObject({ channel: 'cue.due', payload: { phaseName: 'Arrival & intake' } });
    backend.close();
  });

  it('makes a PDF without a session (a reprint) and notes nothing', async () => {
    const { backend } = setup();
    const sessionId = await startedSession(backend);
    expect(await backend.handle('handout.pdf', { document, paper: 'a4', largePrint: false })).toMatchObject({ ok: true });
    expect(await backend.handle('handout.given', { sessionId })).toEqual({ ok: true, value: [] });
  });

  it('refuses an unknown session before printing anything', async () => {
    const printer = fakePrinter();
    const { backend } = setup(printer);
    expect(await backend.handle('handout.pdf', { sessionId: 's-missing', document, paper: 'a4', largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(printer.printed).toEqual([]);
  });

  it.each([
    ['an unknown key', { ...document, script: 'x' }],
    ['an empty section', { ...document, sections: [{ id: 'note', heading: 'Note', blocks: [] }] }],
    ['a remote logo', { ...document, logo: 'https://example.com/logo.png' }],
    ['an SVG logo labelled as PNG', { ...document, logo: `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}` }],
    ['markup in a drawing path', { ...document, sections: [{ id: 'stretches', heading: 'S', blocks: [], stretches: [{ id: 'a', name: 'A', steps: ['x'], holdSeconds: 5, repetitions: 1, perSide: false, diagram: { viewBox: '0 0 120 120', strokes: [{ kind: 'path', d: 'M0 0"/><script>' }] } }] }] }],
    ['an impossible date', { ...document, date: '2026-02-30' }],
    ['a control character', { ...document, title: 'Aftercare\u0000' }],
  ])('refuses a document with %s and notes nothing', async (_what, bad) => {
    const printer = fakePrinter();
    const { backend } = setup(printer);
    const sessionId = await startedSession(backend);
    expect(await backend.handle('handout.pdf', { sessionId, document: bad, paper: 'a4', largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(printer.printed).toEqual([]);
    expect(await backend.handle('handout.given', { sessionId })).toEqual({ ok: true, value: [] });
  });

  it('in the desktop app notes a handout only once it was really printed or saved', async () => {
    const cancelled = setup(fakePrinter({ print: false, saveTo: null }));
    const first = await startedSession(cancelled.backend);
    expect(await cancelled.backend.handle('handout.print', { sessionId: first, document, paper: 'a4', largePrint: false })).toEqual({ ok: true, value: { printed: false } });
    expect(await cancelled.backend.handle('handout.savePdf', { sessionId: first, document, paper: 'a4', largePrint: false })).toEqual({ ok: true, value: { savedTo: null } });
    expect(await cancelled.backend.handle('handout.given', { sessionId: first })).toEqual({ ok: true, value: [] });

    const done = setup(fakePrinter({ print: true, saveTo: '/home/sam/aftercare.pdf' }));
    const second = await startedSession(done.backend);
    expect(await done.backend.handle('handout.print', { sessionId: second, document, paper: 'a4', largePrint: false })).toEqual({ ok: true, value: { printed: true } });
    expect(await done.backend.handle('handout.savePdf', { sessionId: second, document, paper: 'a4', largePrint: false })).toEqual({ ok: true, value: { savedTo: '/home/sam/aftercare.pdf' } });
    expect(await done.backend.handle('handout.given', { sessionId: second })).toMatchObject({ ok: true, value: [{}, {}] });
  });

  it('says printing needs the desktop app in browser mode, and refuses when there is no printer at all', async () => {
    const { backend } = setup(fakePrinter());
    expect(await backend.handle('handout.print', { document, paper: 'a4', largePrint: false })).toMatchObject({ ok: false, error: { code: 'refused' } });
    const bare = setup(null);
    expect(await bare.backend.handle('handout.pdf', { document, paper: 'a4', largePrint: false })).toMatchObject({ ok: false, error: { code: 'refused' } });
  });
});

describe('a printer that fails', () => {
  it('is said in plain words, naming the handout and what to do, never the system’s message or a path', async () => {
    const printer: HandoutPrinter = {
      toPdf: async () => {
        throw new Error('spawn /usr/bin/chromium ENOENT');
      },
    };
    const { backend } = setup(printer);
    const answer = await backend.handle('handout.pdf', { document, paper: 'a4', largePrint: false });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The handout could not be made into a PDF: the part of Stillpoint that prints did not answer. Try again; if it keeps happening, restart Stillpoint.',
      },
    });
  });

  it('a printer’s own message, written for the person, is passed on as it is', async () => {
    const ownWords = 'Making the handout PDF did not finish within 30 seconds. Check the printer, then try again.';
    const { backend } = setup({
      toPdf: async () => {
        throw new ContractError({ code: 'refused', message: ownWords });
      },
    });
    expect(await backend.handle('handout.pdf', { document, paper: 'a4', largePrint: false })).toEqual({ ok: false, error: { code: 'refused', message: ownWords } });
  });

  it('any other fault inside the back end is said without its internals', async () => {
    // A handler that fails for a reason of its own (here a desktop printer whose print is not a function at all).
    const broken = setup({ ...fakePrinter(), print: 'not a function' } as unknown as HandoutPrinter);
    const answer = await broken.backend.handle('handout.print', { document, paper: 'a4', largePrint: false });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Stillpoint could not do that: something went wrong inside it. Try again; if it keeps happening, restart Stillpoint.' },
    });
  });
});

describe('getting the printer ready when the Handout screen opens', () => {
  it('asks the printer to get ready without printing anything, and answers at once even with no printer', async () => {
    let prepared = 0;
    const printer = { ...fakePrinter(), prepare: () => void (prepared += 1) };
    const { backend } = setup(printer);
    expect(await backend.handle('handout.prepare', {})).toEqual({ ok: true, value: {} });
    expect(prepared).toBe(1);
    expect(printer.printed).toEqual([]);
    expect(await setup(null).backend.handle('handout.prepare', {})).toEqual({ ok: true, value: {} });
  });
});

describe('clinic header and templates', () => {
  it('starts with an empty header and keeps what is saved', async () => {
    const { backend } = setup();
    expect(await backend.handle('handout.settings.get', {})).toEqual({ ok: true, value: { clinic: {}, hiddenStretchIds: [], customStretches: [] } });
    const settings = {
      clinic: { name: 'Stillwater Bodywork', contact: '12 Elm Street', therapist: 'Sam Lee' },
      hiddenStretchIds: ['wall-calf'],
      customStretches: [{ id: 'custom-1', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.'], holdSeconds: 20, repetitions: 2, perSide: true, diagramFrom: 'wall-calf' }],
    };
    // Shared by every room of a clinic: the header says which room saved it last, and when.
    const saved = { ...settings, writtenBy: { room: expect.any(String), at: expect.any(Number), revision: 1 } };
    expect(await backend.handle('handout.settings.save', settings)).toEqual({ ok: true, value: saved });
    expect(await backend.handle('handout.settings.get', {})).toEqual({ ok: true, value: saved });
  });

  it('refuses a bad header and keeps the one it had', async () => {
    const { backend } = setup();
    await backend.handle('handout.settings.save', { clinic: { name: 'Kept' }, hiddenStretchIds: [], customStretches: [] });
    for (const bad of [
      { clinic: { name: 'x', logo: 'data:image/svg+xml;base64,PGh0bWw+' }, hiddenStretchIds: [], customStretches: [] },
      { clinic: {}, hiddenStretchIds: ['not-a-stretch'], customStretches: [] },
      { clinic: {}, hiddenStretchIds: [], customStretches: [{ id: 'wall-calf', name: 'Mine', regions: ['calves'], steps: ['x'], holdSeconds: 5, repetitions: 1, perSide: false }] },
      { clinic: {}, hiddenStretchIds: [], customStretches: [], extra: true },
    ]) {
      expect(await backend.handle('handout.settings.save', bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await backend.handle('handout.settings.get', {})).toMatchObject({ ok: true, value: { clinic: { name: 'Kept' } } });
  });

  it('saves, updates and deletes named templates; the standard one stays', async () => {
    const { backend } = setup();
    const saved = await backend.handle('handout.templates.save', { ...defaultTemplate, id: undefined, name: 'Short sheet', stretchLimit: 2 });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Short sheet', stretchLimit: 2 } });
    const id = (saved as { value: { id: string } }).value.id;
    await backend.handle('handout.templates.save', { ...defaultTemplate, id, name: 'Short sheet', stretchLimit: 3 });
    expect(await backend.handle('handout.templates.list', {})).toMatchObject({
      ok: true,
      value: [{ id: 'standard' }, { id, stretchLimit: 3 }],
    });
    expect(await backend.handle('handout.templates.save', { ...defaultTemplate, id, name: 'Sneaky', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await backend.handle('handout.templates.delete', { id: 'standard' })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await backend.handle('handout.templates.save', { ...defaultTemplate })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await backend.handle('handout.templates.delete', { id })).toMatchObject({ ok: true, value: [{ id: 'standard' }] });
    expect(await backend.handle('handout.templates.delete', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
