import { useRef, useState } from 'react';

/**
 * Typing not yet saved, and a move that would drop it: `guard` makes the move at once when nothing is
 * unsaved, and otherwise holds it while the person is asked (`asking`): `keep` forgets the move, `discard`
 * makes it.
 */
export function useUnsavedGuard() {
  const unsaved = useRef(false);
  const [held, setHeld] = useState<{ move: () => void } | null>(null);
  return {
    asking: held !== null,
    isUnsaved: (): boolean => unsaved.current,
    /** True as the person types; false once what they typed is saved, or replaced by what they asked for. */
    markUnsaved(on: boolean): void {
      unsaved.current = on;
    },
    guard(move: () => void): void {
      if (unsaved.current) setHeld({ move });
      else move();
    },
    keep(): void {
      setHeld(null);
    },
    discard(): void {
      unsaved.current = false;
      setHeld(null);
      held?.move();
    },
  };
}
