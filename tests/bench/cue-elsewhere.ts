import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../electron/browser-mode/chromium';
import { startBrowserMode } from '../../electron/browser-mode/server';
import { invokeOverHttp } from '../helpers/contract-http';
import { ManualClock } from '../helpers/manual-clock';
import { skipWelcome } from '../helpers/welcome';
import type { BenchModule } from './framework';
import { median, round2 } from './stats';

/**
 * Runs in the page before its scripts: tells Node of each chime the app asks the sound card for (a chime's
 * master gain is the only one ramped up linearly). The page's own clocks are pinned, so Node times it.
 * Text, so the bundler leaves it be.
 */
const chimeProbe = `(() => {
  const createGain = AudioContext.prototype.createGain;
  AudioContext.prototype.createGain = function () {
    const gain = createGain.call(this);
    const ramp = gain.gain.linearRampToValueAtTime.bind(gain.gain);
    gain.gain.linearRampToValueAtTime = (value, endTime) => {
      window.__chimeCount = (window.__chimeCount || 0) + 1;
      window.__chimed();
      return ramp(value, endTime);
    };
    return gain;
  };
})();`;

interface PhaseLength {
  name: string;
  durationSec: number;
  /** A phase the plan leaves out (an optional one not chosen) never runs. */
  enabled: boolean;
}

/**
 * The therapist is on the Clients screen while a session runs: each phase's end cue is timed from its
 * instant on the back end's clock to the page asking for the chime. The session runs on a manual clock
 * (the page's Date pinned to it), so a whole plan's cues come in seconds. Both ends are timed in Node, so
 * the figure is an upper bound: it includes the hop that reports the chime.
 */
export const cueElsewhereBenchmark: BenchModule = {
  id: 'cue-elsewhere',
  title: 'A cue heard on the Clients screen',
  figures: ['cue_heard_elsewhere_p50_ms', 'cue_heard_elsewhere_max_ms'],
  needsChannels: ['session.start', 'session.command'],
  async run(context) {
    const base = mkdtempSync(path.join(os.tmpdir(), 'stillpoint-bench-cues-'));
    const dataDir = path.join(base, 'data');
    mkdirSync(dataDir, { recursive: true });
    skipWelcome(dataDir);
    const clock = new ManualClock(Date.now());
    const mode = await startBrowserMode({ dataDir, distDir: path.join(context.root, 'dist'), clock });
    const browser = await chromium.launch({
      executablePath: context.chromiumPath,
      headless: true,
      args: [...chromiumArgs(), '--autoplay-policy=no-user-gesture-required'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const chimesAt: number[] = [];
      await page.exposeFunction('__chimed', () => void chimesAt.push(performance.now()));
      await page.addInitScript(chimeProbe);
      await page.clock.setFixedTime(clock.now());
      const advance = async (ms: number): Promise<void> => {
        clock.advance(ms);
        await page.clock.setFixedTime(clock.now());
      };
      await page.goto(mode.url);
      await page.getByRole('button', { name: /Start session/, disabled: false }).click();
      await page.getByRole('timer').waitFor();
      await page.getByRole('button', { name: 'Clients', exact: true }).click();
      const strip = page.getByRole('complementary', { name: 'Session in progress' });
      await strip.waitFor();

      const started = (await invokeOverHttp(mode.url, 'session.current', {})).value as { id: string; plan: { phases: PhaseLength[] } };
      const phases = started.plan.phases.filter((phase) => phase.enabled);
      const lateness: { phase: string; ms: number }[] = [];
      for (const [index, phase] of phases.entries()) {
        // Up to its last second (any warning inside it heard), then its end, alone.
        await advance(phase.durationSec * 1000 - 1000);
        await strip.getByRole('timer').filter({ hasText: /^0:01$/ }).waitFor();
        const heard = chimesAt.length;
        await advance(999);
        const dueAt = performance.now();
        await advance(1);
        await page.waitForFunction((count) => ((window as unknown as { __chimeCount?: number }).__chimeCount ?? 0) > count, heard, { polling: 'raf' });
        const chimedAt = chimesAt[heard];
        if (chimedAt === undefined) throw new Error(`The end of ${phase.name} was shown on the Clients screen but no chime was asked for.`);
        lateness.push({ phase: phase.name, ms: chimedAt - dueAt });
        if (index < phases.length - 1) await invokeOverHttp(mode.url, 'session.command', { sessionId: started.id, command: { type: 'next' } });
      }
      context.log(`cue-elsewhere: ${lateness.length} phase-end cues heard on the Clients screen`);
      const samples = lateness.map((each) => each.ms);
      return {
        figures: { cue_heard_elsewhere_p50_ms: round2(median(samples)), cue_heard_elsewhere_max_ms: round2(Math.max(...samples)) },
        repetitions: samples.length,
        details: {
          method: 'from the cue instant on the back end (manual clock advanced) to the page asking for the chime, both timed in Node; includes the push over HTTP and the report back',
          per_phase_ms: lateness.map((each) => ({ phase: each.phase, ms: round2(each.ms) })),
        },
      };
    } finally {
      await browser.close();
      await mode.close();
      rmSync(base, { recursive: true, force: true });
    }
  },
};
