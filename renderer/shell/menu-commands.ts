import { useEffectEvent, useLayoutEffect } from 'react';

export type PrintCommand = 'print' | 'save-pdf';

const handlers = new Map<PrintCommand, () => void>();

/**
 * Lets the screen that can print right now answer File > Print and Save as
 * PDF; the latest screen to register wins and unregisters when it goes.
 */
export function usePrintCommand(command: PrintCommand, run: () => void, enabled = true): void {
  const latest = useEffectEvent(run);
  // Registered in the commit that draws the screen, so a menu command chosen as soon as it shows is answered.
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const handler = (): void => latest();
    handlers.set(command, handler);
    return () => {
      if (handlers.get(command) === handler) handlers.delete(command);
    };
  }, [command, enabled]);
}

/** Runs the registered handler; false when no screen can print, so the shell opens the Handout screen. */
export function runPrintCommand(command: PrintCommand): boolean {
  const handler = handlers.get(command);
  handler?.();
  return handler !== undefined;
}
