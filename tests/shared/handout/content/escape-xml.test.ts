import { describe, expect, it, vi } from 'vitest';
import { escapeHtml } from '../../../../shared/handout/content/escape-xml';

describe('escaping text for HTML and SVG', () => {
  it('escapes the five characters that can change markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand only once', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves ordinary text, accents and emoji untouched', () => {
    expect(escapeHtml('Zoë feels 30% better 🙂')).toBe('Zoë feels 30% better 🙂');
  });
});

describe('escaping, as the module is loaded', () => {
  // Loaded afresh inside the test, so mutation testing sees that this test reads the table of replacements.
  it('replaces each of the five characters with its own entity', async () => {
    vi.resetModules();
    const fresh = await import('../../../../shared/handout/content/escape-xml');
    expect(['&', '<', '>', '"', "'"].map((character) => fresh.escapeHtml(`a${character}b`))).toEqual([
      'a&amp;b',
      'a&lt;b',
      'a&gt;b',
      'a&quot;b',
      'a&#39;b',
    ]);
  });
});
