import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressureKeyAction, responseKeyLabel } from '../../renderer/pressure/keys';
import { roomKeyAction, roomKeyLabel } from '../../renderer/room/keys';

/** What the keyboard sends for a label printed on screen. */
const sentBy: Record<string, string> = { Space: ' ', '→': 'ArrowRight', '←': 'ArrowLeft', '−': '-', Esc: 'Escape' };
const press = (label: string) => ({ key: sentBy[label] ?? label, code: '', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false });

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('every key label in the app comes from the one key table', () => {
  it('each room key label, pressed, does what it is labelled for', () => {
    for (const [action, label] of Object.entries(roomKeyLabel)) expect(roomKeyAction(press(label)), label).toBe(action);
  });

  it('silent mode is Q, and Q is not the pressure log’s stop', () => {
    expect(roomKeyLabel.silent).toBe('Q');
    expect(responseKeyLabel.stop).toBe('S');
    expect(pressureKeyAction(press(roomKeyLabel.silent))).toBeNull();
  });

  it('each pressure response label, pressed, logs that response', () => {
    for (const [response, label] of Object.entries(responseKeyLabel)) expect(pressureKeyAction(press(label))).toEqual({ type: 'log', response });
  });

  it('no screen writes a key by hand', () => {
    const handWritten = sources('renderer').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = [...text.matchAll(/<kbd>(?!\{)[^<]*|\(key (?!\{)[^)]*\)/g)].map((match) => `${file}: ${match[0]}`);
      return found;
    });
    expect(handWritten).toEqual([]);
  });
});
