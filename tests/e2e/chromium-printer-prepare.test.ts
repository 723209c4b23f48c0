import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/browser-mode/chromium-printer';

const html = '<!doctype html><body><p>Aftercare for Zoë</p></body>';

/** The Chromium processes this test process started itself (the printer spawns the browser directly). */
function chromiumChildren(): number[] {
  let listing = '';
  try {
    listing = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  return listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, command]) => command !== undefined && /chrom/i.test(command))
    .map(([pid]) => Number(pid));
}

async function untilChromiumRuns(): Promise<number[]> {
  await expect.poll(() => chromiumChildren().length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
  return chromiumChildren();
}

const printers: ReturnType<typeof createChromiumPrinter>[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((printer) => printer.close()));
});

describe('getting the browser-mode printer ready when the Handout screen opens', () => {
  it('starts Chromium once on prepare, even when asked twice, and the first save uses that Chromium', async () => {
    expect(chromiumChildren()).toEqual([]);
    const printer = createChromiumPrinter();
    printers.push(printer);
    printer.prepare();
    printer.prepare();
    const launched = await untilChromiumRuns();
    expect(launched).toHaveLength(1);
    const pdf = await printer.toPdf(html, { paper: 'a4' });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(chromiumChildren()).toEqual(launched);
  });

  it('keeps quiet when Chromium cannot start, and says so in plain words at the save', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nonexistent/chromium' });
    printers.push(printer);
    printer.prepare();
    const failed = await printer.toPdf(html, { paper: 'a4' }).then(
      () => null,
      (error: unknown) => (error as Error).message,
    );
    expect(failed).toMatch(/^Chromium could not start to make the PDF \(.*\/nonexistent\/chromium.*\)\. Check that Chromium is installed, then save again\.$/);
    expect(failed).not.toMatch(/\n|browserType|=====/);
  });
});
