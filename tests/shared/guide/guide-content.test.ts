import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingIds, parseMarkdown, type Block, type Inline } from '../../../shared/guide/markdown';
import { pressureKeyHelp } from '../../../renderer/pressure/keys';
import { keyReference, roomKeyLabel } from '../../../renderer/room/keys';

const guideFile = path.join(process.cwd(), 'docs', 'guide.md');
const blocks = parseMarkdown(readFileSync(guideFile, 'utf8'));

const words = (inlines: Inline[]): string => inlines.map((inline) => inline.text).join('');

/** The first table after the heading that ends with this text. */
function tableUnder(heading: string): Extract<Block, { kind: 'table' }> {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text.endsWith(heading));
  const table = blocks.slice(start + 1).find((block) => block.kind === 'table');
  if (start < 0 || !table || table.kind !== 'table') throw new Error(`The guide has no table under "${heading}"`);
  return table;
}

/** How the guide writes a key the screens print as a symbol. */
const inWords: Record<string, string> = { '→': 'Right arrow', '←': 'Left arrow', Esc: 'Escape' };

describe('the user guide, as the Help screen shows it', () => {
  it('opens with how to use the room, and leaves installing and the first start to the end', () => {
    const sections = blocks.flatMap((block) => (block.kind === 'heading' && block.level === 2 ? [block.text] : []));
    expect(sections[0]).toBe('A session, step by step');
    expect(sections.slice(-2)).toEqual(['The first start', 'Install and open Stillpoint']);
    // Nothing before the first section but the title and a few words about the guide: no commands to type.
    const opening = blocks.slice(0, blocks.findIndex((block) => block.kind === 'heading' && block.level === 2));
    expect(opening.map((block) => block.kind)).not.toContain('code');
  });

  it('every in-page link leads to one of its headings', () => {
    const ids = new Set(headingIds(blocks).filter((id) => id !== undefined));
    const links = blocks.flatMap((block) => {
      const inlines = block.kind === 'paragraph' ? block.inlines : block.kind === 'list' ? block.items.flat() : [];
      return inlines.flatMap((inline) => (inline.kind === 'link' && inline.href.startsWith('#') ? [inline.href.slice(1)] : []));
    });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids, link).toContain(link);
  });

  it('walks through a session in numbered steps, one to ten, in order', () => {
    const steps = blocks.filter((block) => block.kind === 'heading' && block.level === 3 && /^\d+\. /.test(block.text));
    expect(steps.map((block) => (block.kind === 'heading' ? Number(block.text.split('.')[0]) : 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('its key table names every key the room answers to, one row per action of the on-screen list', () => {
    const table = tableUnder('Keys, foot pedals and clickers');
    expect(table.header.map(words)).toEqual(['Key', 'What it does']);
    const keys = table.rows.map((row) => words(row[0] ?? []));
    for (const label of Object.values(roomKeyLabel)) {
      const written = inWords[label] ?? label;
      expect(keys.some((key) => key.split(/ or | and |, /).some((part) => part.startsWith(written))), `the guide lists ${written}`).toBe(true);
    }
    // The guide puts "+ and −" on one row; the on-screen list gives each its own.
    expect(table.rows).toHaveLength(keyReference.length - 1);
  });

  it('its pressure table lists the pressure log’s keys in the order of the panel’s key list', () => {
    const table = tableUnder('Logging pressure by keys');
    const letters = table.rows.map((row) => words(row[0] ?? [])[0]).filter((key) => key !== undefined && /[A-Z]/.test(key));
    expect(letters).toEqual(pressureKeyHelp.map(([key]) => key).filter((key) => /^[A-Z]$/.test(key)));
  });

  it('every picture it shows is there, and says what it shows', () => {
    const pictures = blocks.filter((block) => block.kind === 'image');
    expect(pictures.length).toBeGreaterThan(5);
    for (const picture of pictures) {
      if (picture.kind !== 'image') continue;
      expect(existsSync(path.join(path.dirname(guideFile), picture.src)), picture.src).toBe(true);
      expect(picture.alt.length).toBeGreaterThan(10);
    }
  });
});
