import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../../electron/browser-mode/chromium';

describe("browser mode's PDF Chromium", () => {
  it('keeps its sandbox unless running as root, where Chromium cannot start with it', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync']));
  });

  it('leaves out the address bar’s pop-up pages, and still turns off what Playwright turns off (one list: Chromium keeps the last)', () => {
    const lists = chromiumArgs(false).filter((arg) => arg.startsWith('--disable-features='));
    expect(lists).toHaveLength(1);
    const features = lists[0]!.slice('--disable-features='.length).split(',');
    expect(features).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'PaintHolding', 'MediaRouter', 'OptimizationHints']));
  });
});
