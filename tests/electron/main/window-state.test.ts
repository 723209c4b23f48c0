import { describe, expect, it } from 'vitest';
import { restorableState, windowStateSchema } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 768 };
const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false };

describe('remembered window place', () => {
  it('comes back where it was while that screen is still there', () => {
    expect(restorableState(saved, [laptop])).toEqual(saved);
  });

  it('is dropped when the monitor it was on has been unplugged', () => {
    expect(restorableState({ ...saved, x: 2000 }, [laptop])).toBeUndefined();
  });

  it('is kept on a second monitor to the left', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1080 };
    expect(restorableState({ ...saved, x: -1500 }, [laptop, left])).toEqual({ ...saved, x: -1500 });
  });

  it('a saved state with nonsense sizes is rejected', () => {
    expect(windowStateSchema.safeParse({ ...saved, width: -5 }).success).toBe(false);
  });
});
