import { describe, expect, it } from 'vitest';
import { headingIds, parseMarkdown } from '../../../shared/guide/markdown';

describe('the guide’s Markdown, read for the Help screen', () => {
  it('reads headings, paragraphs joined across lines, lists, tables and pictures', () => {
    const blocks = parseMarkdown(
      ['# Guide', '', 'One line', 'and **the next**.', '', '1. Start', '2. Press `Space`', '', '| key | does |', '| --- | --- |', '| B | blank |', '', '![The room](images/room.png)'].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Guide' },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'One line and ' }, { kind: 'strong', text: 'the next' }, { kind: 'text', text: '.' }] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'Start' }], [{ kind: 'text', text: 'Press ' }, { kind: 'code', text: 'Space' }]] },
      { kind: 'table', header: [[{ kind: 'text', text: 'key' }], [{ kind: 'text', text: 'does' }]], rows: [[[{ kind: 'text', text: 'B' }], [{ kind: 'text', text: 'blank' }]]] },
      { kind: 'image', alt: 'The room', src: 'images/room.png' },
    ]);
  });

  it('keeps markup as plain text, never as HTML', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)> and [a link](https://example.org)')).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: '<img src=x onerror=alert(1)> and ' },
          { kind: 'link', text: 'a link', href: 'https://example.org' },
        ],
      },
    ]);
  });

  it('always moves on, even past a line it does not understand', () => {
    expect(parseMarkdown('![half a picture](x.png) and words\n\n- item\n  continued')).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: '!' },
          { kind: 'link', text: 'half a picture', href: 'x.png' },
          { kind: 'text', text: ' and words' },
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'item continued' }]] },
    ]);
  });

  it('gives each heading the id GitHub gives it, so an in-page link works in the app and on GitHub alike', () => {
    const blocks = parseMarkdown(
      ['# Stillpoint user guide', 'Words', '## 1. Before the client arrives', "## The desktop app's menus", '## Backups, restore, export and encryption', '## Plans', '## Plans', '### Épaule & cou'].join('\n'),
    );
    expect(headingIds(blocks)).toEqual([
      'stillpoint-user-guide',
      undefined,
      '1-before-the-client-arrives',
      'the-desktop-apps-menus',
      'backups-restore-export-and-encryption',
      'plans',
      'plans-1',
      'épaule--cou',
    ]);
  });
});
