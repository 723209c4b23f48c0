import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir } from './harness';
import { showTheme } from './room-theme';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const MIN = 60_000;
const HEIGHT = 768;

/** What a therapist reads during hands-on work, each by a selector in the room. */
const matters: Record<string, string> = {
  'phase name': '.phase-name',
  'time left': '[role="timer"]',
  'session left': '.room__facts > div:nth-child(1)',
  'ends at': '.room__facts > div:nth-child(2)',
  'next phase': '.room__next',
  'cue banner': '.room__cue > span',
  'current region, technique and level': '.pressure__current',
  'feedback buttons': '.pressure__feedback button',
  'chosen pressure level': '.pressure__level-button[aria-pressed="true"]',
};

interface Measure {
  found: boolean;
  top: number;
  bottom: number;
  height: number;
  fontPx: number;
  contrast: number;
  /** Inside the viewport and not hidden by a scrolled column. */
  inView: boolean;
}

/**
 * Measures each element in the page: its rendered box, its font size, and the
 * WCAG contrast of its text colour against the first opaque background behind
 * it (translucent backgrounds composited on the way up).
 */
async function measure(page: Page, selector: string): Promise<Measure[]> {
  return page.evaluate((wanted) => {
    type Rgba = [number, number, number, number];
    // rgb()/rgba() in 0-255, or color(srgb ...) in 0-1 (what color-mix() computes to).
    const parse = (css: string): Rgba => {
      const parts = css.match(/[\d.]+(e-?\d+)?/g)?.map(Number) ?? [0, 0, 0, 0];
      const scale = css.startsWith('color(srgb') ? 255 : 1;
      return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale, parts[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const alpha = top[3] + below[3] * (1 - top[3]);
      const mix = (i: number): number => (alpha === 0 ? 0 : (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / alpha);
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const channel = (value: number): number => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
    };
    const scroller = (element: Element): Element | null => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (/(auto|scroll|hidden)/.test(getComputedStyle(node).overflowY)) return node;
      }
      return null;
    };
    return [...document.querySelectorAll(wanted)].map((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const back = background(element);
      const text = over(parse(style.color), back);
      const [light, dark] = [luminance(text), luminance(back)].sort((a, b) => b - a) as [number, number];
      const clip = scroller(element)?.getBoundingClientRect();
      const inView =
        box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth && (!clip || (box.top >= clip.top - 1 && box.bottom <= clip.bottom + 1));
      return {
        found: true,
        top: box.top,
        bottom: box.bottom,
        height: box.height,
        fontPx: parseFloat(style.fontSize),
        contrast: (light + 0.05) / (dark + 0.05),
        inView,
      };
    });
  }, selector);
}

const pageScrolls = (page: Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) > innerHeight || (document.scrollingElement?.scrollWidth ?? 0) > innerWidth);

let room: SyncedRoom;
const figures: Record<string, unknown> = {};
beforeAll(async () => {
  room = await startSyncedRoom(T0);
  mkdirSync(artifactsDir, { recursive: true });
  const { page } = room;
  // Fades finished at once, so colours are read at rest.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startWithSpace(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Warm-up' }).waitFor();
  // The log's keys work from the moment its buttons are on screen.
  await page.getByRole('group', { name: 'Client feedback' }).waitFor();
  for (const key of ['m', 'j', 'l']) await page.keyboard.press(key);
  await page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').nth(2).waitFor();
});
afterAll(async () => {
  writeFileSync(path.join(artifactsDir, 'legibility.json'), JSON.stringify(figures, null, 2));
  await room.close();
});

describe('the room is legible at three metres on a 1366x768 window', () => {
  for (const [name, overrun] of [
    ['dark', false],
    ['amber', false],
    ['light', false],
    ['dark', true],
  ] as const) {
    it(`${name} theme${overrun ? ', running over with a cue showing' : ''}: big digits and phase name, nothing that matters under 24 px, all in view, contrast at least 7:1`, async () => {
      const { page, advance } = room;
      if (overrun) {
        // Warm-up is 10 minutes; a minute past its end, its cue is up and the digits count the overrun.
        await advance(11 * MIN);
        await page.locator('.room__cue').waitFor();
        await expect.poll(() => page.getByRole('timer').textContent()).toBe('+1:00');
      }
      await showTheme(page, name);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: path.join(artifactsDir, `room-hands-on-${name}${overrun ? '-overrun' : ''}.png`) });

      expect(await pageScrolls(page), 'the page itself never scrolls during a session').toBe(false);
      const [digits] = await measure(page, matters['time left']!);
      const [phase] = await measure(page, matters['phase name']!);
      expect(digits!.height / HEIGHT).toBeGreaterThanOrEqual(1 / 5);
      expect(phase!.height / HEIGHT).toBeGreaterThanOrEqual(1 / 15);
      expect(digits!.contrast).toBeGreaterThanOrEqual(7);
      expect(phase!.contrast).toBeGreaterThanOrEqual(7);
      const sizes: Record<string, number> = {};
      for (const [label, selector] of Object.entries(matters)) {
        if (label === 'cue banner' && !overrun) continue;
        const found = await measure(page, selector);
        expect(found.length, `${label} is on screen`).toBeGreaterThan(0);
        for (const each of found) {
          expect(each.fontPx, `${label} font size`).toBeGreaterThanOrEqual(24);
          expect(each.inView, `${label} in view without scrolling`).toBe(true);
          expect(each.contrast, `${label} contrast`).toBeGreaterThanOrEqual(4.5);
        }
        sizes[label] = Math.min(...found.map((each) => each.fontPx));
      }
      figures[`${name}${overrun ? ' overrun' : ''}`] = {
        digitsHeightRatio: +(digits!.height / HEIGHT).toFixed(3),
        phaseNameHeightRatio: +(phase!.height / HEIGHT).toFixed(3),
        digitsContrast: +digits!.contrast.toFixed(2),
        phaseNameContrast: +phase!.contrast.toFixed(2),
        fontPx: sizes,
      };
    });
  }
});

describe('the room follows the OS', () => {
  it('"system" theme is dark or light as the OS is set, and changes with it', async () => {
    const { page } = room;
    await page.emulateMedia({ colorScheme: 'dark' });
    await showTheme(page, 'light');
    // The step after light is system: with the OS dark, the room turns dark.
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-dark');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByRole('radio', { name: /^System/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Room' }).click();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-light');
    // D goes round to dark again.
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-dark');
  });

  it('with reduced motion, the cue glow, the phase fade and the background fade do not move', async () => {
    const { page, advance } = room;
    const motion = () =>
      page.evaluate(() => {
        const seconds = (value: string): number => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
        const glow = document.querySelector('.room__glow');
        return {
          glow: glow ? seconds(getComputedStyle(glow).animationDuration) : null,
          phase: seconds(getComputedStyle(document.querySelector('.phase-name')!).animationDuration),
          background: seconds(getComputedStyle(document.querySelector('.room')!).transitionDuration),
        };
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // The next cue (Targeted work's one-minute warning) brings the glow back.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Targeted work');
    await advance(27 * MIN);
    await page.locator('.room__glow').waitFor({ state: 'attached' });
    const moving = await motion();
    expect(moving.glow).toBeGreaterThan(1);
    expect(moving.phase).toBeGreaterThan(1);
    expect(moving.background).toBeGreaterThan(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await motion();
    expect(still.glow).toBeLessThan(0.001);
    expect(still.phase).toBeLessThan(0.001);
    expect(still.background).toBeLessThan(0.001);
  });

  it('a theme change is drawn at once: the background never lags behind the text', async () => {
    const { page } = room;
    const colours = () =>
      page.locator('.room').evaluate((element) => {
        // The phase's tint as it is drawn now (mid-fade after a phase change), resolved as the background is.
        const probe = document.createElement('div');
        probe.style.color = getComputedStyle(element).getPropertyValue('--phase-tint');
        document.body.append(probe);
        const tint = getComputedStyle(probe).color;
        probe.remove();
        return { background: getComputedStyle(element).backgroundColor, tint };
      });
    await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'dark' });
    try {
      await showTheme(page, 'dark');
      const before = await colours();
      expect(before.background).toBe(before.tint);
      await showTheme(page, 'light');
      expect((await colours()).background).toBe('rgb(243, 240, 232)');
      await showTheme(page, 'dark');
      const dark = await colours();
      expect(dark.background).toBe(dark.tint);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  });
});
