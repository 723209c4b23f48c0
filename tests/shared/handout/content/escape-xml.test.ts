import { describe, expect, it } from 'vitest';
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
