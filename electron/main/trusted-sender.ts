export const APP_SCHEME = 'app';
export const APP_HOST = 'stillpoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Our own pages: the app protocol, plus the Vite dev server while developing. */
export type TrustedOrigins = readonly string[];

export function isTrustedUrl(url: string | undefined, origins: TrustedOrigins): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    const origin = parsed.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${parsed.host}` : parsed.origin;
    return origins.includes(origin);
  } catch {
    return false;
  }
}

interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only a top-level frame of our own page may talk to the back end. */
export function isTrustedSender(frame: SenderFrame | null | undefined, origins: TrustedOrigins): boolean {
  return !!frame && frame.parent === null && isTrustedUrl(frame.url, origins);
}
