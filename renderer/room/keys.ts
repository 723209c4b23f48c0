export type RoomAction = 'toggle' | 'next' | 'back' | 'finish' | 'confirm' | 'cancel';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Single keys, including what USB foot pedals and presentation clickers send
 * (Space, arrows, PageUp/PageDown).
 */
export function roomKeyAction(event: KeyLike): RoomAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ' ':
      return 'toggle';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case 'f':
    case 'F':
      return 'finish';
    case 'Enter':
      return 'confirm';
    case 'Escape':
      return 'cancel';
    default:
      return null;
  }
}

/** Typing in a field must never drive the session. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
