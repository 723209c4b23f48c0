import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../../electron/browser-mode/chromium';

describe("browser mode's PDF Chromium", () => {
  it('keeps its sandbox unless running as root, where Chromium cannot start with it', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync']));
  });
});
