import { describe, expect, it } from 'vitest';
import { pressureKeyAction } from '../../../renderer/pressure/keys';

const key = (value: string, modifiers: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: value,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('pressure log keys', () => {
  it('one key logs one entry for each kind of feedback', () => {
    expect(pressureKeyAction(key('m'))).toEqual({ type: 'log', response: 'more' });
    expect(pressureKeyAction(key('J'))).toEqual({ type: 'log', response: 'just-right' });
    expect(pressureKeyAction(key('l'))).toEqual({ type: 'log', response: 'less' });
    expect(pressureKeyAction(key('s'))).toEqual({ type: 'log', response: 'stop' });
  });

  it('digits set the pressure, 0 meaning 10', () => {
    expect(pressureKeyAction(key('7'))).toEqual({ type: 'level', level: 7 });
    expect(pressureKeyAction(key('0'))).toEqual({ type: 'level', level: 10 });
  });

  it('R and T step through regions and techniques, Shift steps back', () => {
    expect(pressureKeyAction(key('r'))).toEqual({ type: 'region', step: 1 });
    expect(pressureKeyAction(key('R', { shiftKey: true }))).toEqual({ type: 'region', step: -1 });
    expect(pressureKeyAction(key('t'))).toEqual({ type: 'technique', step: 1 });
  });

  it('leaves the room keys and shortcuts with modifiers alone', () => {
    for (const roomKey of [' ', 'ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'f', 'F', 'b', 'B', '?', 'Enter', 'Escape']) {
      expect(pressureKeyAction(key(roomKey))).toBeNull();
    }
    expect(pressureKeyAction(key('m', { ctrlKey: true }))).toBeNull();
    expect(pressureKeyAction(key('s', { metaKey: true }))).toBeNull();
  });
});
