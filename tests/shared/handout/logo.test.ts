import { describe, expect, it } from 'vitest';
import { logoProblem, MAX_LOGO_BYTES } from '../../../shared/handout/logo';

const base64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

describe('a clinic logo', () => {
  it('accepts a PNG, a JPEG and an SVG whose bytes match their type', () => {
    expect(logoProblem(`data:image/png;base64,${base64('\x89PNG\r\n\x1a\nrest')}`)).toBeNull();
    expect(logoProblem(`data:image/jpeg;base64,${base64('\xff\xd8\xff\xe0rest')}`)).toBeNull();
    expect(logoProblem(`data:image/svg+xml;base64,${base64('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')}`)).toBeNull();
  });

  it('refuses other types, remote addresses, mislabelled bytes and oversized files', () => {
    expect(logoProblem('https://example.com/logo.png')).toMatch(/PNG, JPEG or SVG/);
    expect(logoProblem(`data:text/html;base64,${base64('<script>')}`)).toMatch(/PNG, JPEG or SVG/);
    expect(logoProblem(`data:image/png;base64,${base64('<svg onload=alert(1)>')}`)).toMatch(/is not one inside/);
    expect(logoProblem(`data:image/svg+xml;base64,${base64('<html><script>alert(1)</script>')}`)).toMatch(/is not one inside/);
    expect(logoProblem(`data:image/png;base64,${base64(`\x89PNG\r\n\x1a\n${'x'.repeat(MAX_LOGO_BYTES)}`)}`)).toMatch(/too large/);
  });

  it('accepts a logo of exactly the largest size, and refuses one byte more with the size in the message', () => {
    const png = (size: number) => `data:image/png;base64,${base64(`\x89PNG\r\n\x1a\n${'x'.repeat(size - 8)}`)}`;
    expect(logoProblem(png(MAX_LOGO_BYTES))).toBeNull();
    expect(logoProblem(png(MAX_LOGO_BYTES - 1))).toBeNull();
    expect(logoProblem(png(MAX_LOGO_BYTES + 1))).toBe('The logo is too large (at most 150 KB).');
  });

  it('says a logo whose data was cut short is damaged', () => {
    const whole = base64('\x89PNG\r\n\x1a\nrest');
    expect(logoProblem(`data:image/png;base64,${whole.slice(0, -1)}`)).toBe('The logo file is damaged.');
  });

  it('refuses a PNG labelled as a JPEG', () => {
    expect(logoProblem(`data:image/jpeg;base64,${base64('\x89PNG\r\n\x1a\nrest')}`)).toBe('This file is named as a JPEG image but is not one inside. Save the logo again as PNG, JPEG or SVG, then choose it again.');
  });

  it('accepts the SVG a drawing program saves: declaration, comment, doctype and blank lines before the drawing', () => {
    const saved = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '',
      '<!-- Made with a drawing program, version 2 -->',
      '',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      '',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    ].join('\n');
    expect(logoProblem(`data:image/svg+xml;base64,${base64(saved)}`)).toBeNull();
    expect(logoProblem(`data:image/svg+xml;base64,${base64('\n  <svg xmlns="http://www.w3.org/2000/svg"></svg>')}`)).toBeNull();
  });

  it('refuses a page labelled SVG that only holds a drawing further in, or reaches one after a long preamble', () => {
    expect(logoProblem(`data:image/svg+xml;base64,${base64('<html><body><svg onload="alert(1)"></svg></body></html>')}`)).toMatch(/is not one inside/);
    const late = `<!-- ${'x'.repeat(400)} -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>`;
    expect(logoProblem(`data:image/svg+xml;base64,${base64(late)}`)).toMatch(/is not one inside/);
  });
});
