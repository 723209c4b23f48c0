import { useEffectEvent, useLayoutEffect } from 'react';

interface Props {
  onWake(): void;
}

/**
 * The screen blanked by B or a clicker's black-screen button. Any key wakes it
 * and does nothing else: the therapist could not see what it would have done.
 */
export function BlankScreen({ onWake }: Props) {
  const wake = useEffectEvent(onWake);
  // Caught on the way down, before the room's and the pressure log's listeners see the key.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      wake();
    };
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
  return <div className="room__blank" role="status" aria-label="Screen blanked; press any key" onClick={onWake} />;
}
