import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { escapeHtml } from './content/escape-xml';
import type { HandoutDocument, Paper, PrintOptions } from './document';
import { handoutCss } from './styles';
import { handoutTree, type HandoutNode } from './tree';

/** Page sizes and margins for @page; the preview draws its sheet to the same measures. */
export const pageSizes: Readonly<Record<Paper, { css: string; widthMm: number; heightMm: number }>> = {
  a4: { css: 'A4', widthMm: 210, heightMm: 297 },
  letter: { css: 'letter', widthMm: 215.9, heightMm: 279.4 },
};
export const PAGE_MARGIN_MM = 12;

/**
 * The handout page may load nothing at all from outside itself: no scripts,
 * no network; only its own inline style and data: images (the drawings and a vetted logo).
 */
export const handoutCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function nodeToHtml(node: HandoutNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  if (node.tag === 'img') return `<img${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(nodeToHtml).join('')}</${node.tag}>`;
}

/** A complete, self-contained HTML document for printing or saving as PDF. */
export function renderHandoutHtml(doc: HandoutDocument, options: PrintOptions): string {
  const page = pageSizes[options.paper];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.language ?? DEFAULT_LANGUAGE)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${handoutCsp}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${handoutCss}\n@page { size: ${page.css}; margin: ${PAGE_MARGIN_MM}mm; }\nhtml, body { margin: 0; background: #ffffff; }</style>`,
    '</head>',
    `<body>${nodeToHtml(handoutTree(doc, options))}</body>`,
    '</html>',
  ].join('\n');
}
