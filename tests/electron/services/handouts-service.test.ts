import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandoutPrinter } from '../../../electron/services/handout-printer';
import { handoutFileName, HandoutsService } from '../../../electron/services/handouts';
import { SessionsService } from '../../../electron/services/sessions';
import { sessionSchema } from '../../../shared/contract/schemas';
import { createStorage } from '../../../electron/services/storage';
import { composeHandout } from '../../../shared/handout/compose';
import { defaultTemplate } from '../../../shared/handout/template';
import { recordRefOf } from '../../../shared/sync/record-kinds';
import { sampleSource } from '../../helpers/handout';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const document = composeHandout(sampleSource(), defaultTemplate);
const job = { document, paper: 'a4' as const, largePrint: false };

/** A printer that records what it was asked; the desktop one can print and save, the browser one only makes PDFs. */
function printer(desktop?: { printed: boolean; savedTo: string | null }, whilePrinting = () => {}) {
  const asked: string[] = [];
  const papers: string[] = [];
  const made: HandoutPrinter = {
    toPdf: async (_html, { paper }) => {
      papers.push(paper);
      asked.push('pdf');
      return new Uint8Array([37, 80, 68, 70]);
    },
  };
  if (desktop) {
    made.print = async (_html, { paper }) => {
      papers.push(paper);
      whilePrinting();
      asked.push('print');
      return desktop.printed;
    };
    made.savePdf = async (_pdf, name) => {
      asked.push(`save ${name}`);
      return desktop.savedTo;
    };
  }
  return { made, asked, papers };
}

function room(withPrinter: HandoutPrinter | null = printer().made, writtenBy = true) {
  const clock = new ManualClock(T0);
  const storage = createStorage(tempDir());
  let n = 0;
  const sessions = new SessionsService({ storage, clock, newId: () => 's-1' });
  const handouts = new HandoutsService({
    storage,
    sessions,
    clock,
    printer: withPrinter ?? undefined,
    newId: () => `t-${++n}`,
    writtenBy: writtenBy ? () => ({ room: 'Room 1', at: clock.now() }) : undefined,
  });
  return { clock, storage, sessions, handouts };
}

async function refusal(action: () => unknown): Promise<{ code?: string; message?: string }> {
  try {
    await action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('the handout’s file name', () => {
  it('is the client’s name in plain letters, then the date', () => {
    expect(handoutFileName({ ...document, clientName: 'José Núñez-Ōta', date: '2026-11-22' })).toBe('aftercare-jose-nunez-ota-2026-11-22.pdf');
    expect(handoutFileName({ ...document, clientName: '  (Ana) Ruiz!  ', date: '2026-11-22' })).toBe('aftercare-ana-ruiz-2026-11-22.pdf');
  });

  it('carries the language when it is not English, so the same sheet in two languages gives two files', () => {
    expect(handoutFileName({ ...document, clientName: 'Ana Ruiz', date: '2026-11-22', language: 'es' })).toBe('aftercare-ana-ruiz-2026-11-22-es.pdf');
    expect(handoutFileName({ ...document, clientName: 'Ana Ruiz', date: '2026-11-22', language: 'en' })).toBe('aftercare-ana-ruiz-2026-11-22.pdf');
  });

  it('leaves the name out when there is none, or nothing of it is a letter', () => {
    expect(handoutFileName({ ...document, clientName: undefined, date: '2026-11-22' })).toBe('aftercare-2026-11-22.pdf');
    expect(handoutFileName({ ...document, clientName: '—', date: '2026-11-22' })).toBe('aftercare-2026-11-22.pdf');
  });

  it('keeps a long name to forty characters, never ending it on a dash', () => {
    const cutInAWord = handoutFileName({ ...document, clientName: 'Maximiliana Alexandra Wilhelmina von Habsburg-Lothringen', date: '2026-11-22' });
    expect(cutInAWord).toBe('aftercare-maximiliana-alexandra-wilhelmina-von-hab-2026-11-22.pdf');
    const cutAtASpace = handoutFileName({ ...document, clientName: 'Maximiliana Alexandra Wilhelmina Vonnie Habsburg', date: '2026-11-22' });
    expect(cutAtASpace).toBe('aftercare-maximiliana-alexandra-wilhelmina-vonnie-2026-11-22.pdf');
  });
});

describe('handouts given in a session', () => {
  it('each one is added to the session’s record, with when it was given', async () => {
    const { clock, sessions, handouts } = room();
    const id = sessions.start('default-60').id;
    clock.advance(50 * MIN);
    await handouts.pdf({ ...job, sessionId: id });
    clock.advance(MIN);
    await handouts.pdf({ ...job, sessionId: id, paper: 'letter', largePrint: true });
    expect(handouts.given(id).map(({ givenAt, paper, largePrint }) => ({ givenAt, paper, largePrint }))).toEqual([
      { givenAt: T0 + 50 * MIN, paper: 'a4', largePrint: false },
      { givenAt: T0 + 51 * MIN, paper: 'letter', largePrint: true },
    ]);
    expect(sessions.get(id).revision).toBe((sessions.get(id).handouts?.length ?? 0) + 1);
  });

  it('a session with none given has none', () => {
    const { sessions, handouts } = room();
    expect(handouts.given(sessions.start('default-60').id)).toEqual([]);
    expect(handouts.given('s-404')).toEqual([]);
  });

  it('a saved PDF is offered under the client’s name, and noted only once it is saved', async () => {
    const desk = printer({ printed: true, savedTo: '/home/sam/aftercare.pdf' });
    const { sessions, handouts } = room(desk.made);
    const id = sessions.start('default-60').id;
    expect(await handouts.savePdf({ ...job, sessionId: id })).toBe('/home/sam/aftercare.pdf');
    expect(desk.asked).toEqual(['pdf', `save ${handoutFileName(document)}`]);
    expect(handouts.given(id)).toHaveLength(1);
  });

  it('the paper chosen goes to the printer, whether printed, saved or downloaded', async () => {
    const desk = printer({ printed: true, savedTo: '/x.pdf' });
    const { handouts } = room(desk.made);
    await handouts.print({ ...job, paper: 'letter' });
    await handouts.savePdf({ ...job, paper: 'letter' });
    await handouts.pdf({ ...job, paper: 'a4' });
    expect(desk.papers).toEqual(['letter', 'letter', 'a4']);
  });

  it('a session that went away while the handout printed (a restore) is named, and nothing is noted', async () => {
    let removeSession = () => {};
    const desk = printer({ printed: true, savedTo: null }, () => removeSession());
    const { sessions, handouts, storage } = room(desk.made);
    const id = sessions.start('default-60').id;
    sessions.command(id, { type: 'finish' });
    removeSession = () => storage.record('sessions', id, sessionSchema).remove();
    expect(await refusal(() => handouts.print({ ...job, sessionId: id }))).toMatchObject({ code: 'not-found', message: `There is no session ${id}.` });
  });

  it('a print or save the therapist cancelled notes nothing', async () => {
    const desk = printer({ printed: false, savedTo: null });
    const { sessions, handouts } = room(desk.made);
    const id = sessions.start('default-60').id;
    expect(await handouts.print({ ...job, sessionId: id })).toBe(false);
    expect(await handouts.savePdf({ ...job, sessionId: id })).toBeNull();
    expect(handouts.given(id)).toEqual([]);
  });
});

describe('what the handouts service refuses, in words for the therapist', () => {
  it('printing or saving to a folder in browser mode says what to do instead, and nothing is made', async () => {
    const browser = printer();
    const { handouts } = room(browser.made);
    expect(await refusal(() => handouts.print(job))).toMatchObject({
      code: 'refused',
      message: 'Printing from here needs the desktop app; save the PDF and print it instead.',
    });
    expect(await refusal(() => handouts.savePdf(job))).toMatchObject({
      code: 'refused',
      message: 'Saving to a folder needs the desktop app; download the PDF instead.',
    });
    expect(browser.asked).toEqual([]);
  });

  it('with no printer at all', async () => {
    const { handouts } = room(null);
    for (const action of [() => handouts.pdf(job), () => handouts.print(job), () => handouts.savePdf(job)]) {
      expect(await refusal(action)).toMatchObject({ code: 'refused', message: 'No printer is set up for handouts here.' });
    }
    expect(() => handouts.prepare()).not.toThrow();
  });

  it('getting a printer ready that has nothing to get ready is fine', () => {
    expect(() => room().handouts.prepare()).not.toThrow();
  });

  it('a session that does not exist, before anything is printed or saved', async () => {
    const desk = printer({ printed: true, savedTo: '/x.pdf' });
    const { handouts } = room(desk.made);
    for (const action of [() => handouts.pdf({ ...job, sessionId: 's-404' }), () => handouts.print({ ...job, sessionId: 's-404' }), () => handouts.savePdf({ ...job, sessionId: 's-404' })]) {
      expect(await refusal(action)).toMatchObject({ code: 'not-found', message: 'There is no session s-404.' });
    }
    expect(desk.asked).toEqual([]);
  });

  it('changing or deleting the standard template, or a template that does not exist', () => {
    const { handouts } = room();
    expect(() => handouts.saveTemplate({ ...defaultTemplate, name: 'Mine' })).toThrow(
      expect.objectContaining({ code: 'refused', message: 'The standard template cannot be changed; save it under a new name.' }),
    );
    expect(() => handouts.deleteTemplate('standard')).toThrow(expect.objectContaining({ code: 'refused', message: 'The standard template cannot be deleted.' }));
    expect(() => handouts.deleteTemplate('t-404')).toThrow(expect.objectContaining({ code: 'not-found', message: 'There is no handout template t-404.' }));
    expect(() => handouts.template('t-404')).toThrow(expect.objectContaining({ code: 'not-found', message: 'There is no handout template t-404.' }));
  });
});

describe('templates and the clinic header', () => {
  it('the standard template comes first, then the saved ones by name', () => {
    const { handouts } = room();
    handouts.saveTemplate({ ...defaultTemplate, id: undefined, name: 'Short sheet' });
    handouts.saveTemplate({ ...defaultTemplate, id: undefined, name: 'Athletes' });
    expect(handouts.templates().map((template) => template.name)).toEqual(['Standard aftercare', 'Athletes', 'Short sheet']);
    expect(handouts.template('t-2').name).toBe('Athletes');
  });

  it('a damaged template file is left out, and the rest are listed', () => {
    const { handouts, storage } = room();
    handouts.saveTemplate({ ...defaultTemplate, id: undefined, name: 'Short sheet' });
    writeFileSync(path.join(storage.dataDir, 'handout-templates', 'broken.json'), 'not a template');
    expect(handouts.templates().map((template) => template.name)).toEqual(['Standard aftercare', 'Short sheet']);
  });

  it('the clinic header is one record, shared with the other rooms of a clinic', () => {
    const { handouts, storage } = room();
    handouts.saveSettings({ clinic: { name: 'Stillwater' }, hiddenStretchIds: [], customStretches: [] });
    expect(readdirSync(storage.dataDir).filter((name) => recordRefOf(name)?.kind === 'clinic')).toHaveLength(1);
  });

  it('each save of a template or the header says which room saved it, and counts up its revision', () => {
    const { clock, handouts } = room();
    const first = handouts.saveTemplate({ ...defaultTemplate, id: undefined, name: 'Short sheet' });
    expect(first.writtenBy).toEqual({ room: 'Room 1', at: T0, revision: 1 });
    clock.advance(MIN);
    expect(handouts.saveTemplate({ ...first, stretchLimit: 2 }).writtenBy).toEqual({ room: 'Room 1', at: T0 + MIN, revision: 2 });
    expect(handouts.saveTemplate({ ...first, stretchLimit: 3 }, 7).writtenBy?.revision).toBe(7);

    const header = { clinic: { name: 'Stillwater' }, hiddenStretchIds: [], customStretches: [] };
    expect(handouts.saveSettings(header).writtenBy).toEqual({ room: 'Room 1', at: T0 + MIN, revision: 1 });
    expect(handouts.saveSettings(header).writtenBy?.revision).toBe(2);
    expect(handouts.settings()).toMatchObject({ clinic: { name: 'Stillwater' }, writtenBy: { revision: 2 } });
  });

  it('a single room without a name stamps nothing', () => {
    const { handouts } = room(printer().made, false);
    expect(handouts.saveTemplate({ ...defaultTemplate, id: undefined, name: 'Short sheet' })).not.toHaveProperty('writtenBy');
    expect(handouts.saveSettings({ clinic: {}, hiddenStretchIds: [], customStretches: [] })).not.toHaveProperty('writtenBy');
  });

  it('a header that was never saved is empty, and a change to what it answers is never kept', () => {
    const { handouts } = room();
    const empty = handouts.settings();
    expect(empty).toEqual({ clinic: {}, hiddenStretchIds: [], customStretches: [] });
    empty.hiddenStretchIds.push('wall-calf');
    expect(handouts.settings().hiddenStretchIds).toEqual([]);
  });
});
