import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { pdfText } from '../helpers/handout';
import { freshDataDir, launchBrowser, startServe, type ServeProcess } from './harness';

/** Script-like text a client's name, a note or a file name could carry; each must show as plain text. */
const payloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '</textarea><iframe src="//evil.example">',
  '<b>bold</b> &amp; &lt;',
];

let used = 0;
/** A field's text: its own tag (so each field is found on its own) and the next payload; `formula` starts it like a spreadsheet formula. */
function field(tag: string, formula = ''): string {
  used += 1;
  return `${formula}${tag} ${payloads[used % payloads.length]!}`;
}

const text = {
  clientName: field('CN', '='),
  contact: field('CC'),
  clientGoals: field('CG'),
  clientNotes: field('CX'),
  planName: field('PL', '+'),
  phaseOne: field('P1'),
  phaseTwo: field('P2', '='),
  phaseThree: field('P3'),
  segmentOne: field('S1'),
  segmentTwo: field('S2'),
  painQuality: field('IQ'),
  intakeGoals: field('IG'),
  screeningNote: field('IS'),
  decisionNote: field('ID'),
  logNote: field('LN', '@'),
  loggedThenCorrected: field('LO'),
  correctedNote: field('LC', '-'),
  subjective: field('RS'),
  objective: field('RO'),
  assessment: field('RA', '-'),
  plan: field('RP', '='),
  signer: field('SG', '@'),
  amendedText: field('AT', '+'),
  amendReason: field('AR'),
  clinicName: field('HN'),
  clinicContact: field('HC'),
  therapist: field('HT'),
  templateName: field('TN'),
  introLine: field('TI'),
  stretchName: field('SN'),
  stretchStepOne: field('SA'),
  stretchStepTwo: field('SB'),
  therapistNote: field('TH'),
  sectionText: field('ST'),
  damagedFile: `${payloads[1]!.replace(/\//g, '')}`,
};

/** What the screens are seeded with: one client, a signed visit and a running visit. */
interface Seeded {
  clientId: string;
  signedSessionId: string;
}

async function call<T = any>(server: ServeProcess, channel: string, body: unknown): Promise<T> {
  const answer = await invokeOverHttp<T>(server.url, channel, body);
  expect(answer.ok, `${channel}: ${JSON.stringify(answer.error)}`).toBe(true);
  return answer.value!;
}

const soap = () => ({ subjective: text.subjective, objective: text.objective, assessment: text.assessment, plan: text.plan });

/** A visit up to the hands-on phase: intake with a flag, the decision, two log entries and a correction. */
async function visitUpToTheLog(server: ServeProcess, clientId: string): Promise<string> {
  const session = await call(server, 'session.start', { planId: 'markup-plan', clientId });
  await call(server, 'intake.save', {
    sessionId: session.id,
    intake: {
      screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: text.screeningNote, avoidRegions: ['neck'] }],
      confirmedUnchanged: false,
      painNow: 6,
      painRegions: ['calves'],
      painQuality: text.painQuality,
      goals: text.intakeGoals,
    },
  });
  await call(server, 'session.command', { sessionId: session.id, command: { type: 'next' } });
  await call(server, 'intake.acknowledge', { sessionId: session.id, decision: 'modify', note: text.decisionNote });
  const logged = { sessionId: session.id, region: 'calves', technique: 'petrissage', level: 5, response: 'just-right' };
  await call(server, 'pressure.log', { ...logged, note: text.logNote });
  const second = await call(server, 'pressure.log', { ...logged, level: 6, note: text.loggedThenCorrected });
  await call(server, 'pressure.correct', { sessionId: session.id, entryId: second.pressure.entries.at(-1).id, change: { note: text.correctedNote } });
  return session.id;
}

async function seed(server: ServeProcess): Promise<Seeded> {
  const client = await call(server, 'clients.create', {
    fields: { name: text.clientName, contact: text.contact, dateOfBirth: '', ageBand: null, goals: text.clientGoals, notes: text.clientNotes, preferredPressure: 5 },
  });
  const phase = { minimumSec: 60, optional: false, enabled: true };
  await call(server, 'plans.save', {
    plan: {
      id: 'markup-plan',
      name: text.planName,
      phases: [
        { ...phase, id: 'p1', name: text.phaseOne, durationSec: 600, handsOn: false },
        {
          ...phase,
          id: 'p2',
          name: text.phaseTwo,
          durationSec: 1200,
          handsOn: true,
          segments: [
            { id: 's1', name: text.segmentOne, durationSec: 600 },
            { id: 's2', name: text.segmentTwo, durationSec: 600 },
          ],
        },
        { ...phase, id: 'p3', name: text.phaseThree, durationSec: 600, handsOn: false },
      ],
    },
  });
  await call(server, 'handout.settings.save', {
    clinic: { name: text.clinicName, contact: text.clinicContact, therapist: text.therapist },
    hiddenStretchIds: [],
    customStretches: [
      { id: 'markup-stretch', name: text.stretchName, regions: ['calves'], steps: [text.stretchStepOne, text.stretchStepTwo], holdSeconds: 30, repetitions: 2, perSide: true },
    ],
  });
  await call(server, 'handout.templates.save', {
    name: text.templateName,
    sections: { today: true, expect: true, care: true, stretches: true, doctor: true, followUp: true, note: true },
    introLines: [text.introLine],
    stretchLimit: 6,
  });

  const signedSessionId = await visitUpToTheLog(server, client.id);
  await call(server, 'session.command', { sessionId: signedSessionId, command: { type: 'finish' } });
  await call(server, 'record.sign', { sessionId: signedSessionId, painAfter: 3, soap: soap(), by: text.signer, basedOn: null });
  await call(server, 'record.amend', { sessionId: signedSessionId, by: text.signer, reason: text.amendReason, field: 'subjective', text: text.amendedText });
  // The second visit stays running in the hands-on phase, so the room shows its log.
  await visitUpToTheLog(server, client.id);
  return { clientId: client.id, signedSessionId };
}

async function openClient(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByLabel('Find a client').fill('CN');
  await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: text.clientName }).click();
}

let handoutPdf = '';

interface Screen {
  name: string;
  open(page: Page): Promise<void>;
  /** Text that must appear literally, on the page or in a form field. */
  shows: string[];
}

/** Every screen that shows stored text. Add a line here when a feature adds one. */
const screens: Screen[] = [
  {
    name: 'data alerts: a damaged record whose file name is markup',
    open: async (page) => void (await page.getByRole('alert').filter({ hasText: text.damagedFile }).first().waitFor()),
    shows: [text.damagedFile],
  },
  {
    name: 'room: the running session’s plan, phase and segment names, intake, decision and pressure log',
    async open(page) {
      await page.getByRole('button', { name: 'Room', exact: true }).click();
      await page.getByRole('timer').waitFor();
      await page.getByRole('list', { name: 'Pressure log' }).waitFor();
    },
    shows: [text.clientName, text.planName, text.phaseTwo, text.segmentOne, text.intakeGoals, text.decisionNote, text.logNote, text.correctedNote, text.screeningNote],
  },
  {
    name: 'intake dialog: what the pain feels like, goals and screening notes',
    async open(page) {
      await page.getByRole('button', { name: 'Room', exact: true }).click();
      await page.getByRole('button', { name: 'Edit intake and screening' }).click();
      await page.getByRole('dialog', { name: 'Intake and health screen' }).waitFor();
    },
    shows: [text.painQuality, text.intakeGoals, text.screeningNote],
  },
  {
    name: 'client details: name, contact, goals and notes',
    open: openClient,
    shows: [text.clientName, text.contact, text.clientGoals, text.clientNotes],
  },
  {
    name: 'client history: the signed record, its amendment and signature',
    async open(page) {
      await openClient(page);
      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByRole('button', { name: 'Open record' }).first().click();
      await page.getByRole('region', { name: 'Amendments' }).waitFor();
    },
    shows: [text.signer, text.amendedText, text.amendReason, text.subjective, text.objective, text.assessment, text.plan],
  },
  {
    name: 'plans: plan, phase and segment names in the editor',
    async open(page) {
      await page.getByRole('button', { name: 'Plans', exact: true }).click();
      await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: text.planName, exact: true }).click();
      await page.getByRole('list', { name: `Segments of ${text.phaseTwo}` }).waitFor();
    },
    shows: [text.planName, text.phaseOne, text.phaseTwo, text.phaseThree, text.segmentOne, text.segmentTwo],
  },
  {
    name: 'handout setup: clinic header, template names, own stretches',
    async open(page) {
      await page.getByRole('button', { name: 'Handout', exact: true }).click();
      await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();
      await page.getByRole('list', { name: 'Templates' }).waitFor();
    },
    shows: [text.clinicName, text.clinicContact, text.therapist, text.templateName, text.stretchName],
  },
  {
    name: 'handout written from the signed visit: preview, then saved as PDF',
    async open(page) {
      await openClient(page);
      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByRole('button', { name: 'Write a handout' }).first().click();
      const details = page.getByRole('form', { name: 'Handout details' });
      await expect.poll(() => details.getByLabel('Client name').inputValue()).toBe(text.clientName);
      await details.getByRole('combobox', { name: 'Template' }).selectOption({ label: text.templateName });
      await details.getByLabel('A note for the client').fill(text.therapistNote);
      await details.getByRole('button', { name: 'Write the handout' }).click();
      await page.getByRole('group', { name: 'What to expect' }).getByLabel('Text').fill(text.sectionText);
      await page.getByRole('region', { name: 'Handout preview' }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
      handoutPdf = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-markup-pdf-')), 'handout.pdf');
      await download.saveAs(handoutPdf);
    },
    shows: [text.clientName, text.clinicName, text.clinicContact, text.therapist, text.introLine, text.stretchName, text.stretchStepOne, text.stretchStepTwo, text.therapistNote, text.sectionText],
  },
];

let server: ServeProcess;
let seeded: Seeded;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const dialogs: string[] = [];

beforeAll(async () => {
  const dataDir = freshDataDir();
  writeFileSync(path.join(dataDir, `${text.damagedFile}.json`), payloads[0]!);
  server = await startServe(dataDir);
  seeded = await seed(server);
  browser = await launchBrowser({ width: 1366, height: 900 });
  browser.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

/** The page's visible text plus what its form fields hold, with every disclosure opened. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((input) => input.value);
    const options = [...document.querySelectorAll('option')].map((option) => option.textContent ?? '');
    return [document.body.innerText, ...fields, ...options].join('\n');
  });
}

describe('markup in stored text renders inert on every screen', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const { page } = browser;
      await page.goto(server.url);
      await screen.open(page);
      for (const shown of screen.shows) await expect.poll(() => shownText(page), { message: shown }).toContain(shown);
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        frames: document.querySelectorAll('iframe, object, embed, img[src="x"], svg[onload]').length,
        handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'bold').length,
        links: [...document.querySelectorAll('a[href]')].filter((element) => element.getAttribute('href')!.startsWith('javascript:')).length,
      }));
      expect(injected).toEqual({ pwned: undefined, inlineScripts: 0, frames: 0, handlers: 0, bold: 0, links: 0 });
      expect(dialogs).toEqual([]);
    }, 60_000);
  }

  it('the printed handout carries every field as literal text and no script', () => {
    expect(handoutPdf, 'the handout screen saved a PDF').not.toBe('');
    // Line breaks may fall anywhere in a long line, so spaces are compared loosely.
    const bare = (value: string) => value.replace(/\s+/g, '');
    const printed = pdfText(handoutPdf);
    for (const shown of screens.at(-1)!.shows) expect(bare(printed)).toContain(bare(shown));
    const bytes = readFileSync(handoutPdf).toString('latin1');
    expect(bytes).not.toMatch(/\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|RichMedia)\b/);
  });

  it('exports defuse spreadsheet formulas in CSV and keep the text exact in JSON', async () => {
    const csv = await call<{ text: string }>(server, 'clients.export', { clientId: seeded.clientId, format: 'csv' });
    const cells = parseCsv(csv.text).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const formulas = [text.clientName, text.planName, text.phaseTwo, text.logNote, text.correctedNote, text.amendedText, text.assessment, text.plan, text.signer];
    for (const formula of formulas) expect(cells, formula).toContain(`'${formula}`);

    const json = await call<{ text: string }>(server, 'clients.export', { clientId: seeded.clientId, format: 'json' });
    const exported = JSON.stringify(JSON.parse(json.text));
    for (const value of [...formulas, text.clientNotes, text.painQuality, text.screeningNote, text.loggedThenCorrected]) {
      expect(exported).toContain(JSON.stringify(value).slice(1, -1));
    }
  });
});

/** RFC 4180 cells: quoted cells may hold commas, quotes doubled and line breaks. */
function parseCsv(source: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted && char === '"' && source[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      rows.at(-1)!.push(cell);
      cell = '';
    } else if (!quoted && (char === '\n' || char === '\r')) {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
    } else {
      cell += char;
    }
  }
  rows.at(-1)!.push(cell);
  return rows;
}
