import { useCallback, useState } from 'react';

export type Outcome = { ok: true } | { ok: false; message: string };

/**
 * One action of a form at a time: `busy` while it runs (buttons wait), and
 * how it ended, with the back end's plain sentence when it was refused.
 */
export function useAttempt(): { busy: boolean; attempt(work: () => Promise<unknown>): Promise<Outcome> } {
  const [busy, setBusy] = useState(false);
  const attempt = useCallback(async (work: () => Promise<unknown>): Promise<Outcome> => {
    setBusy(true);
    try {
      await work();
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, attempt };
}
