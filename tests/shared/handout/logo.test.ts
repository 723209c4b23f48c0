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
    expect(logoProblem(`data:image/png;base64,${base64('<svg onload=alert(1)>')}`)).toMatch(/do not match/);
    expect(logoProblem(`data:image/svg+xml;base64,${base64('<html><script>alert(1)</script>')}`)).toMatch(/do not match/);
    expect(logoProblem(`data:image/png;base64,${base64(`\x89PNG\r\n\x1a\n${'x'.repeat(MAX_LOGO_BYTES)}`)}`)).toMatch(/too large/);
  });
});
