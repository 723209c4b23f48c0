import type { PowerSaveBlocker } from 'electron';

/** Keeps the display on while a session runs, and lets it sleep again afterwards. */
export function createKeepAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>) {
  let id: number | null = null;
  return (sessionRunning: boolean): void => {
    if (sessionRunning && (id === null || !blocker.isStarted(id))) {
      id = blocker.start('prevent-display-sleep');
    } else if (!sessionRunning && id !== null) {
      if (blocker.isStarted(id)) blocker.stop(id);
      id = null;
    }
  };
}
