/**
 * The small part of Markdown the user guide uses (headings, paragraphs,
 * lists, tables, pictures, **bold**, `code`, links), parsed to plain data so
 * the window can show the guide as React text, never as HTML.
 */
import GithubSlugger from 'github-slugger';

export type Inline = { kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'code'; text: string };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) inlines.push({ kind: 'strong', text: match[1] });
    else if (match[2] !== undefined) inlines.push({ kind: 'code', text: match[2] });
    else inlines.push({ kind: 'link', text: match[3] ?? '', href: match[4] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
  return inlines;
}

const cells = (row: string): Inline[][] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  const takeWhile = (test: (line: string) => boolean): string[] => {
    const taken: string[] = [];
    while (index < lines.length && test(lines[index] ?? '')) taken.push(lines[index++] ?? '');
    return taken;
  };
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line);
    if (line.trim() === '') index += 1;
    else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      index += 1;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1] ?? '', src: image[2] ?? '' });
      index += 1;
    } else if (line.startsWith('```')) {
      index += 1;
      const body = takeWhile((each) => !each.startsWith('```'));
      index += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
    } else if (line.startsWith('|')) {
      const rows = takeWhile((each) => each.startsWith('|')).filter((row) => !/^\|[\s:|-]+\|?\s*$/.test(row));
      blocks.push({ kind: 'table', header: cells(rows[0] ?? ''), rows: rows.slice(1).map(cells) });
    } else if (/^(\s*[-*]|\s*\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const raw = takeWhile((each) => /^(\s*[-*]|\s*\d+\.)\s+/.test(each) || /^\s{2,}\S/.test(each));
      const items: string[] = [];
      for (const each of raw) {
        if (/^(\s*[-*]|\s*\d+\.)\s+/.test(each)) items.push(each.replace(/^(\s*[-*]|\s*\d+\.)\s+/, ''));
        else items[items.length - 1] += ` ${each.trim()}`;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
    } else {
      index += 1;
      const paragraph = [line, ...takeWhile((each) => each.trim() !== '' && !/^(#{1,4}\s|!\[|```|\||\s*[-*]\s|\s*\d+\.\s)/.test(each))];
      blocks.push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    }
  }
  return blocks;
}

/**
 * Each heading's id as GitHub makes it (undefined for every other block), so
 * a link such as `[Plans](#plans)` leads to the same place in the app and in
 * the Markdown file; a repeated heading gets `-1`, `-2` and so on.
 */
export function headingIds(blocks: readonly Block[]): (string | undefined)[] {
  const slugger = new GithubSlugger();
  return blocks.map((block) => (block.kind === 'heading' ? slugger.slug(block.text) : undefined));
}
