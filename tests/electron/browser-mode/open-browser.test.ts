// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFolderParent, openInBrowser, type Launch } from '../../../electron/browser-mode/open-browser';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const token = 'Zm9vYmFyLXNlY3JldC10b2tlbi1mb3ItdGVzdHM';
const url = `http://127.0.0.1:4870/?token=${token}`;
const display = { DISPLAY: ':0' };

/** Stands in for spawning the opener: records every command line it is asked to run. */
function launchSpy(result = true) {
  const calls: string[][] = [];
  const launch: Launch = async (command, args) => {
    calls.push([command, ...args]);
    return result;
  };
  return { calls, launch };
}

/** Where a launch page sends the browser: its refresh target and its link, as a browser reads them. */
function destinations(file: string): { refresh: string; link: string } {
  const document = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  return { refresh: refresh.replace(/^\d+;\s*url=/i, ''), link: document.querySelector('a')?.getAttribute('href') ?? '' };
}

describe('opening browser mode in the default browser', () => {
  for (const [platform, env] of [
    ['linux', display],
    ['darwin', {}],
    ['win32', {}],
  ] as const) {
    it(`on ${platform}, hands the opener a private page that leads to the address, never the token itself`, async () => {
      const parent = tempDir();
      const { calls, launch } = launchSpy();
      const opened = await openInBrowser(url, { platform, env, launch, parent });
      expect(opened.opened).toBe(true);
      expect(calls).toHaveLength(1);
      for (const argument of calls[0] ?? []) expect(argument).not.toContain(token);
      const [folder] = readdirSync(parent);
      const file = path.join(parent, folder ?? '', 'open.html');
      // The opener is given the page's path, quoted for cmd's "start".
      expect((calls[0] ?? []).at(-1)).toBe(platform === 'win32' ? `"${file}"` : file);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(destinations(file)).toEqual({ refresh: url, link: url });
      opened.done();
      expect(existsSync(path.dirname(file))).toBe(false);
      // Done twice (after the first visit, then at exit) is harmless.
      opened.done();
    });
  }

  it('on Linux puts the page in the home folder, where a browser installed as a snap can read it (not /tmp, not a hidden folder)', () => {
    expect(launchFolderParent('linux', '/home/mia', '/tmp')).toBe('/home/mia');
    expect(launchFolderParent('darwin', '/Users/mia', '/var/folders/x/T')).toBe('/var/folders/x/T');
    expect(launchFolderParent('win32', 'C:\\Users\\mia', 'C:\\Users\\mia\\AppData\\Local\\Temp')).toBe('C:\\Users\\mia\\AppData\\Local\\Temp');
  });

  it('with no display to open it on, runs nothing and writes nothing', async () => {
    const parent = tempDir();
    const { calls, launch } = launchSpy();
    const opened = await openInBrowser(url, { platform: 'linux', env: {}, launch, parent });
    expect(opened.opened).toBe(false);
    expect(calls).toEqual([]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('when the opener cannot start, takes its page away at once', async () => {
    const parent = tempDir();
    const { launch } = launchSpy(false);
    const opened = await openInBrowser(url, { platform: 'linux', env: display, launch, parent });
    expect(opened.opened).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});
