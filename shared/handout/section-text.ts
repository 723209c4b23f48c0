import type { HandoutBlock, HandoutItem } from './document';

/*
 * A section's blocks as plain text the therapist can edit in one box:
 * paragraphs are lines, list items start with "- " (a "Label: " prefix
 * prints in bold), a line ending in ":" right before a list titles it, and
 * a blank line separates blocks.
 */

const MAX_LABEL = 60;

function itemText(item: HandoutItem): string {
  return item.label ? `- ${item.label}: ${item.text}` : `- ${item.text}`;
}

export function blocksToText(blocks: readonly HandoutBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.text
        : [block.title ? `${block.title}:` : null, ...block.items.map(itemText)].filter((line) => line !== null).join('\n'),
    )
    .join('\n\n');
}

function parseItem(line: string): HandoutItem {
  const body = line.replace(/^-\s*/, '').trim();
  const colon = body.indexOf(': ');
  if (colon > 0 && colon <= MAX_LABEL) {
    const text = body.slice(colon + 2).trim();
    if (text) return { label: body.slice(0, colon).trim(), text };
  }
  return { text: body };
}

export function textToBlocks(text: string): HandoutBlock[] {
  const blocks: HandoutBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  let list: { title?: string; items: HandoutItem[] } | null = null;
  const closeList = (): void => {
    if (list && list.items.length > 0) blocks.push({ kind: 'list', ...list });
    else if (list?.title) blocks.push({ kind: 'paragraph', text: `${list.title}:` });
    list = null;
  };
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      closeList();
    } else if (line.startsWith('- ') || line === '-') {
      const item = parseItem(line);
      if (!item.text) continue;
      list ??= { items: [] };
      list.items.push(item);
    } else if (line.endsWith(':') && lines[index + 1]?.startsWith('- ')) {
      closeList();
      list = { title: line.slice(0, -1).trim(), items: [] };
    } else {
      closeList();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  closeList();
  return blocks;
}
