import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import type { HandoutDocument } from '../../../shared/handout/document';
import { handoutCsp, renderHandoutHtml } from '../../../shared/handout/render-html';
import { defaultTemplate } from '../../../shared/handout/template';
import { HandoutPreview } from '../../../renderer/handout/HandoutPreview';
import { sampleSource } from '../../helpers/handout';

const hostile = '<img src=x onerror=alert(1)>';
const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function documentFor(overrides: Parameters<typeof sampleSource>[0] = {}): HandoutDocument {
  return composeHandout(sampleSource(overrides), defaultTemplate);
}

/** Text content with tags removed and entities decoded, to compare what a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the handout as an HTML document', () => {
  it('escapes every piece of user text', () => {
    const html = renderHandoutHtml(
      documentFor({ clientName: hostile, note: `</style><script>alert(2)</script>`, therapist: '"><b>x</b>', clinic: { name: `${hostile}&` } }),
      { paper: 'a4', largePrint: false },
    );
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('Aftercare for &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('loads nothing from outside: a strict policy, and no URL but data: images', () => {
    const html = renderHandoutHtml({ ...documentFor(), logo: tinyPng }, { paper: 'letter', largePrint: true });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${handoutCsp}">`);
    expect(html).not.toMatch(/https?:|\/\/[a-z]|<script|<link|@import|url\(/i);
    const sources = [...html.matchAll(/src="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.every((src) => src.startsWith('data:image/svg+xml,') || src === tinyPng)).toBe(true);
  });

  it('sets the page size and margins for the paper, and large print for the sheet', () => {
    expect(renderHandoutHtml(documentFor(), { paper: 'a4', largePrint: false })).toContain('@page { size: A4; margin: 12mm; }');
    const letter = renderHandoutHtml(documentFor(), { paper: 'letter', largePrint: true });
    expect(letter).toContain('@page { size: letter; margin: 12mm; }');
    expect(letter).toContain('<article class="handout handout--large" lang="en">');
  });

  it('keeps stretches whole and headings with what follows them across pages, and wraps long words', () => {
    const html = renderHandoutHtml(documentFor(), { paper: 'a4', largePrint: false });
    expect(html).toMatch(/\.stretch \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/\.handout__heading \{[^}]*break-after: avoid/);
    expect(html).toMatch(/\.handout \{[^}]*overflow-wrap: anywhere/);
  });

  it('never prints "undefined" or an empty heading when fields are missing', () => {
    const sparse = composeHandout({ language: 'en', date: '2026-11-22', clinic: {}, areasWorked: [], cautions: [], deepWork: false }, defaultTemplate);
    const html = renderHandoutHtml(sparse, { paper: 'a4', largePrint: false });
    expect(html).not.toMatch(/undefined|null|NaN/);
    expect(html).not.toMatch(/<h[1-3][^>]*>\s*<\/h[1-3]>/);
    expect(html.split('<body>')[1]).not.toContain('handout__clinic');
  });

  it('draws the in-app preview from the same tree: the same words and the same classes', () => {
    const doc = { ...documentFor({ clientName: hostile }), logo: tinyPng };
    const options = { paper: 'a4' as const, largePrint: false };
    const printed = renderHandoutHtml(doc, options).split('<body>')[1]?.split('</body>')[0] ?? '';
    const preview = renderToStaticMarkup(createElement(HandoutPreview, { document: doc, options }));
    expect(visibleText(preview)).toBe(visibleText(printed));
    const classes = (html: string) => [...html.matchAll(/class="([^"]*)"/g)].map((match) => match[1]).filter((name) => !name?.startsWith('handout-sheet'));
    expect(classes(preview)).toEqual(classes(printed));
    expect(preview).not.toContain('<img src=x');
  });

  it('is a standards-mode UTF-8 page whose title is the handout’s, so accents print right and the saved PDF is named for the client', () => {
    const html = renderHandoutHtml(documentFor({ language: 'es', clientName: 'José Núñez' }), { paper: 'a4', largePrint: false });
    expect(html.split('\n').slice(0, 4)).toEqual(['<!doctype html>', '<html lang="es">', '<head>', '<meta charset="utf-8">']);
    expect(html).toContain('<title>Cuidados después del masaje para José Núñez</title>');
  });

  it('draws the logo and each stretch’s drawing as images', () => {
    const doc = { ...documentFor(), logo: tinyPng };
    const html = renderHandoutHtml(doc, { paper: 'a4', largePrint: false });
    const stretches = doc.sections.find((section) => section.id === 'stretches')?.stretches ?? [];
    expect(html.match(/<img [^>]*src="data:/g)).toHaveLength(1 + stretches.length);
  });
});
