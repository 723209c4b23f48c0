import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/browser-mode/chromium-printer';
import { composeHandout } from '../../shared/handout/compose';
import type { HandoutDocument, Paper } from '../../shared/handout/document';
import { therapistLibrary } from '../../shared/handout/library';
import { PAGE_MARGIN_MM, renderHandoutHtml } from '../../shared/handout/render-html';
import type { HandoutSource } from '../../shared/handout/source';
import { defaultTemplate } from '../../shared/handout/template';
import { languages } from '../../shared/i18n/languages';
import { blankBelowContent, pdfInfo, sampleSource } from '../helpers/handout';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const printer = createChromiumPrinter();
afterAll(() => printer.close());

/** Each page's text, as pdftotext reads it. */
function pagesOf(file: string): string[] {
  const count = Number(pdfInfo(file).Pages);
  return [...Array(count).keys()].map((index) => spawnSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }).stdout);
}

function lines(page: string): string[] {
  return page.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** What a therapist would call a badly laid-out sheet, page by page. */
function layoutFaults(doc: HandoutDocument, file: string): string[] {
  const pages = pagesOf(file);
  const faults: string[] = [];
  const headings = new Set(doc.sections.flatMap((section) => [
    section.heading,
    ...section.blocks.flatMap((block) => (block.kind === 'list' && block.title ? [block.title] : [])),
    ...(section.stretches ?? []).map((stretch) => stretch.name),
  ]));
  const closing = doc.sections.find((section) => section.id === 'followUp' || section.id === 'note')?.heading;
  pages.forEach((page, index) => {
    const last = lines(page).at(-1) ?? '';
    if (index < pages.length - 1 && headings.has(last)) faults.push(`page ${index + 1} ends with the heading "${last}"`);
    if (index > 0 && lines(page)[0] === closing) faults.push(`page ${index + 1} holds only the closing box`);
  });
  // pdftotext joins a word hyphenated at a line's end ("laissez-/les" reads "laissezles"), so hyphens and spaces are left out.
  const bare = (text: string): string => text.replace(/[\s-]+/g, '');
  for (const stretch of doc.sections.find((section) => section.id === 'stretches')?.stretches ?? []) {
    const page = pages.map(bare).find((text) => text.includes(bare(stretch.name))) ?? '';
    const card = page.slice(page.indexOf(bare(stretch.name)));
    if (!card.includes(bare(stretch.steps.at(-1)!))) faults.push(`the stretch "${stretch.name}" runs over a page end`);
  }
  const blank = blankBelowContent(file, PAGE_MARGIN_MM);
  if (blank.length > 1 && blank.at(-1)! > 0.9) faults.push('the last page is all but empty');
  blank.slice(0, -1).forEach((share, index) => {
    if (share > 0.5) faults.push(`page ${index + 1} is more than half empty (${Math.round(share * 100)} %)`);
  });
  return faults;
}

async function printed(doc: HandoutDocument, paper: Paper, name: string, largePrint = false): Promise<string> {
  const file = path.join(tempDir(), `${name}.pdf`);
  writeFileSync(file, await printer.toPdf(renderHandoutHtml(doc, { paper, largePrint }), { paper }));
  return file;
}

const ownStretches = therapistLibrary({
  hiddenStretchIds: [],
  customStretches: [
    { id: 'c-stair', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.', 'Let your heels sink.'], holdSeconds: 30, repetitions: 1, perSide: false },
    { id: 'c-glide', name: 'Towel neck glide', regions: ['neck'], steps: ['Sit tall.', 'Glide your head back.'], holdSeconds: 10, repetitions: 5, perSide: false, diagramFrom: 'side-neck-tilt' },
  ],
});

const clients: Record<string, { source: Partial<HandoutSource>; library?: typeof ownStretches }> = {
  'the sample wrap-up': { source: {} },
  'a long name, a long note and two cautions': {
    source: {
      clientName: 'Maximiliana Bartholomew-Featherstonehaugh von Hohenzollern-Sigmaringen',
      note: 'Walk for twenty minutes every day this week, lower your desk chair, and put the laptop on a stand.\n\nIf the hip pain comes back after a run, use the cold pack and call us. '.repeat(2),
      cautions: ['pregnancy', 'recent-surgery'],
    },
  },
  'the clinic’s own stretches': { source: { areasWorked: [{ region: 'calves', techniques: [] }, { region: 'neck', techniques: ['friction'] }] }, library: ownStretches },
};

describe('the printed handout’s pages, in every language and on both papers', () => {
  for (const [client, { source, library }] of Object.entries(clients)) {
    it(`${client}: no page holds only the closing box, ends on a heading, parts a stretch from its steps or is left half empty`, async () => {
      const faults: string[] = [];
      for (const language of languages) {
        for (const paper of ['a4', 'letter'] as const) {
          const doc = composeHandout(sampleSource({ language, ...source }), defaultTemplate, library ? { library } : {});
          const file = await printed(doc, paper, `${language}-${paper}`);
          faults.push(...layoutFaults(doc, file).map((fault) => `${language} ${paper}: ${fault}`));
        }
      }
      expect(faults).toEqual([]);
    });
  }

  for (const [client, { source }] of Object.entries(clients).filter(([, { library }]) => !library)) {
    it(`${client}, in large print: no page holds only the closing box, ends on a heading, parts a stretch from its steps or is left half empty`, async () => {
      const faults: string[] = [];
      for (const language of languages) {
        for (const paper of ['a4', 'letter'] as const) {
          const doc = composeHandout(sampleSource({ language, ...source }), defaultTemplate);
          const file = await printed(doc, paper, `${language}-${paper}-large`, true);
          faults.push(...layoutFaults(doc, file).map((fault) => `${language} ${paper}: ${fault}`));
        }
      }
      expect(faults).toEqual([]);
    });
  }
});
