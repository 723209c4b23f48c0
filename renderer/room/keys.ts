export type RoomAction =
  | 'toggle'
  | 'next'
  | 'back'
  | 'finish'
  | 'confirm'
  | 'cancel'
  | 'add-minute'
  | 'remove-minute'
  | 'silent'
  | 'blank'
  | 'help'
  | 'theme'
  | 'compact'
  | { jump: number };

interface KeyLike {
  key: string;
  /** The physical key, so Shift+1 is still "1" whatever the keyboard layout prints. */
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The key each action answers to, as screens print it: buttons, Settings, Help and the `?` list all read it here. */
export const roomKeyLabel = {
  toggle: 'Space',
  next: '→',
  back: '←',
  'add-minute': '+',
  'remove-minute': '−',
  silent: 'Q',
  blank: 'B',
  theme: 'D',
  compact: 'C',
  finish: 'F',
  cancel: 'Esc',
  help: '?',
} as const satisfies Partial<Record<Exclude<RoomAction, { jump: number }>, string>>;

const k = roomKeyLabel;

/** From any other screen while a session runs: back to the room. Home does nothing in the room itself. */
export const backToRoomKey = 'Home';

/** Every in-session action and its single key, for the `?` reference. */
export const keyReference: { keys: string; action: string }[] = [
  { keys: k.toggle, action: 'Pause or resume (start, on the start screen)' },
  { keys: `${k.next}  or  Page Down`, action: 'Next phase' },
  { keys: `${k.back}  or  Page Up`, action: 'Previous phase' },
  { keys: 'Shift + 1 – 9', action: 'Jump to that phase' },
  { keys: k['add-minute'], action: 'Add a minute to this phase' },
  { keys: k['remove-minute'], action: 'Take a minute from this phase' },
  { keys: k.silent, action: 'Quiet: silent mode on or off (visual cues only)' },
  { keys: `${k.blank}  or  .`, action: 'Blank the screen; any key wakes it (a clicker’s “black screen” button)' },
  { keys: k.theme, action: 'Display theme: dark, amber, light, as the system is set' },
  { keys: k.compact, action: 'Compact view on or off' },
  { keys: `${k.finish}, then ${k.finish} again`, action: 'Finish the session (second press within 4 seconds)' },
  { keys: k.cancel, action: 'Dismiss a cue message or close a dialog' },
  { keys: k.help, action: 'Show or hide this list' },
  { keys: backToRoomKey, action: 'Back to the room from any other screen, while a session runs' },
];

/**
 * Single keys, including what USB foot pedals and presentation clickers send
 * (Space, arrows, PageUp/PageDown, B or "." for their black-screen button).
 * Letters and plain digits the pressure log uses (M J L S R T N, 0-9) are left
 * to it, so the two maps never clash.
 */
export function roomKeyAction(event: KeyLike): RoomAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  if (digit && event.shiftKey) return { jump: Number(digit) - 1 };
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
    case '+':
    case '=':
      return 'add-minute';
    case '-':
    case '_':
      return 'remove-minute';
    case 'q':
    case 'Q':
      return 'silent';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case '?':
      return 'help';
    case 'd':
    case 'D':
      return 'theme';
    case 'c':
    case 'C':
      return 'compact';
    default:
      return null;
  }
}

export function isBackToRoomKey(event: KeyLike): boolean {
  return event.key === backToRoomKey && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey);
}

/** A dialog is open over the page: the page behind it is inert, so its keys wait. */
export function modalOpen(): boolean {
  return document.querySelector('[aria-modal="true"], dialog[open]') !== null;
}

/** Typing in a field must never drive the session. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const textInputTypes = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * A field that takes typed text (Space is a character there). Narrower than
 * isTypingTarget: a focused radio button or checkbox is not one.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}
