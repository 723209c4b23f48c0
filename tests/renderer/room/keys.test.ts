import { describe, expect, it } from 'vitest';
import { pressureKeyAction } from '../../../renderer/pressure/keys';
import { backToRoomKey, isBackToRoomKey, keyReference, roomKeyAction } from '../../../renderer/room/keys';

const key = (value: string, code = '', modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({
  key: value,
  code,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('room keys', () => {
  it('map what foot pedals and clickers send', () => {
    expect(roomKeyAction(key(' '))).toBe('toggle');
    expect(roomKeyAction(key('PageDown'))).toBe('next');
    expect(roomKeyAction(key('ArrowRight'))).toBe('next');
    expect(roomKeyAction(key('PageUp'))).toBe('back');
    expect(roomKeyAction(key('ArrowLeft'))).toBe('back');
    expect(roomKeyAction(key('b'))).toBe('blank');
    expect(roomKeyAction(key('.'))).toBe('blank');
  });

  it('Shift and a digit jump to that phase, whatever character the layout prints', () => {
    expect(roomKeyAction(key('!', 'Digit1', { shiftKey: true }))).toEqual({ jump: 0 });
    expect(roomKeyAction(key('"', 'Digit2', { shiftKey: true }))).toEqual({ jump: 1 });
    expect(roomKeyAction(key('3', 'Digit3'))).toBeNull();
  });

  it('never claims a key the pressure log uses, so one press does one thing', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const digits = '0123456789'.split('');
    for (const value of [...letters, ...letters.map((l) => l.toUpperCase()), ...digits]) {
      const both = roomKeyAction(key(value, `Key${value.toUpperCase()}`)) !== null && pressureKeyAction(key(value)) !== null;
      expect(both, `"${value}" is claimed by both maps`).toBe(false);
    }
  });

  it('ignores keys held with Ctrl, so shortcuts like Ctrl+P still print', () => {
    expect(roomKeyAction(key('p', 'KeyP', { ctrlKey: true }))).toBeNull();
    expect(roomKeyAction(key('f', 'KeyF', { ctrlKey: true }))).toBeNull();
  });

  it('one key, listed in the key table, takes the therapist back to the room from another screen', () => {
    expect(isBackToRoomKey(key(backToRoomKey))).toBe(true);
    expect(isBackToRoomKey(key(backToRoomKey, '', { ctrlKey: true }))).toBe(false);
    expect(roomKeyAction(key(backToRoomKey))).toBeNull();
    expect(pressureKeyAction(key(backToRoomKey))).toBeNull();
    expect(keyReference.some((entry) => entry.keys === backToRoomKey && /back to the room/i.test(entry.action))).toBe(true);
  });
});
