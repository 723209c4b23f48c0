import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../shared/guide/markdown';

const text = (value: string) => ({ kind: 'text', text: value });
const paragraph = (value: string) => ({ kind: 'paragraph', inlines: [text(value)] });

describe('a guide written loosely still reads as its writer meant', () => {
  it('extra spaces after the hashes do not show in the heading', () => {
    expect(parseMarkdown('##   Plans')).toEqual([{ kind: 'heading', level: 2, text: 'Plans' }]);
  });

  it('a line holding only spaces separates two paragraphs', () => {
    expect(parseMarkdown('First part.\n   \nSecond part.')).toEqual([paragraph('First part.'), paragraph('Second part.')]);
  });

  it('a heading, or a numbered step indented under a paragraph, ends the paragraph', () => {
    expect(parseMarkdown('Some words\n## Next\nMore words\n  2. two')).toEqual([
      paragraph('Some words'),
      { kind: 'heading', level: 2, text: 'Next' },
      paragraph('More words'),
      { kind: 'list', ordered: true, items: [[text('two')]] },
    ]);
  });

  it('a code block may name its language, keeps a line that ends in backticks, and runs to the end when never closed', () => {
    expect(parseMarkdown('```sh\nnpm start\necho ```\n```\nAfter')).toEqual([{ kind: 'code', text: 'npm start\necho ```' }, paragraph('After')]);
    expect(parseMarkdown('```\nnpm start')).toEqual([{ kind: 'code', text: 'npm start' }]);
  });

  it('a table keeps a last cell that is a dash, drops an alignment row without its closing bar, and ignores spaces after a row', () => {
    expect(parseMarkdown('| Key | Does |   \n|---|---\n| Esc | - |')).toEqual([
      { kind: 'table', header: [[text('Key')], [text('Does')]], rows: [[[text('Esc')], [text('-')]]] },
    ]);
  });

  it('an indented numbered list is numbered; a bullet that mentions a number is still a bullet', () => {
    expect(parseMarkdown('  1. First')).toEqual([{ kind: 'list', ordered: true, items: [[text('First')]] }]);
    expect(parseMarkdown('- see step 2. below')).toEqual([{ kind: 'list', ordered: false, items: [[text('see step 2. below')]] }]);
  });

  it('a list ends at a line that only has a dash, a number or a double space somewhere inside it', () => {
    expect(parseMarkdown('- Warm up\nx- not a bullet\n\n- Work\nv2. notes\n\n- Rest\nthen  relax')).toEqual([
      { kind: 'list', ordered: false, items: [[text('Warm up')]] },
      paragraph('x- not a bullet'),
      { kind: 'list', ordered: false, items: [[text('Work')]] },
      paragraph('v2. notes'),
      { kind: 'list', ordered: false, items: [[text('Rest')]] },
      paragraph('then  relax'),
    ]);
  });

  it('an item’s indented second line continues it, even with a dash inside; extra spaces after a bullet are dropped', () => {
    expect(parseMarkdown('-   Breathe in\n    and out - slowly')).toEqual([{ kind: 'list', ordered: false, items: [[text('Breathe in and out - slowly')]] }]);
  });

  it('a line that starts like a numbered step but is not one is a paragraph', () => {
    expect(parseMarkdown('v2. notes')).toEqual([paragraph('v2. notes')]);
  });
});
