/** A logo is kept small: it travels inside every handout copy in the session record. */
export const MAX_LOGO_BYTES = 150 * 1024;

const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoType = (typeof logoTypes)[number];

const typeNames: Readonly<Record<LogoType, string>> = { 'image/png': 'a PNG', 'image/jpeg': 'a JPEG', 'image/svg+xml': 'an SVG' };

const dataUrlPattern = /^data:(image\/png|image\/jpeg|image\/svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Why a logo is refused, or null when it is a small PNG, JPEG or SVG whose bytes match its type. */
export function logoProblem(dataUrl: string): string | null {
  const match = dataUrlPattern.exec(dataUrl);
  if (!match) return 'The logo must be a PNG, JPEG or SVG image.';
  const type = match[1] as LogoType;
  const base64 = match[2] ?? '';
  if (base64.length % 4 !== 0) return 'The logo file is damaged.';
  const bytes = (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  if (bytes > MAX_LOGO_BYTES) return `The logo is too large (at most ${MAX_LOGO_BYTES / 1024} KB).`;
  const head = atob(base64.slice(0, 344));
  const looksRight =
    type === 'image/png'
      ? head.startsWith('\x89PNG\r\n\x1a\n')
      : type === 'image/jpeg'
        ? head.startsWith('\xff\xd8\xff')
        : /^(\ufeff|\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head);
  return looksRight ? null : `This file is named as ${typeNames[type]} image but is not one inside. Save the logo again as PNG, JPEG or SVG, then choose it again.`;
}
