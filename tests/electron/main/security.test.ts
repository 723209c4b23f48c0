import { describe, expect, it } from 'vitest';
import { respondFromDist } from '../../../electron/main/app-protocol';
import { createKeepAwake } from '../../../electron/main/keep-awake';
import { denyAllPermissions, isVettedExternalUrl, lockDownContents } from '../../../electron/main/security';
import { APP_ORIGIN } from '../../../electron/main/trusted-sender';
import { roomWindowOptions } from '../../../electron/main/window-options';
import { FakePowerSaveBlocker, FakeSession, FakeWebContents } from '../../doubles/electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the Electron security checklist', () => {
  it('the window has context isolation, the sandbox, and no Node integration', () => {
    const prefs = roomWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('denies navigation away from the app and every new window, opening only vetted https links outside', () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    lockDownContents(contents as never, (url) => opened.push(url), [APP_ORIGIN]);
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://stillpoint/index.html')).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/guide' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/guide']);
  });

  it('only plain https links count as vetted', () => {
    expect(isVettedExternalUrl('https://example.org')).toBe(true);
    expect(isVettedExternalUrl('https://user:pw@example.org')).toBe(false);
    expect(isVettedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isVettedExternalUrl('not a url')).toBe(false);
  });

  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session as never);
    let granted: boolean | undefined;
    session.permissionRequestHandler!(null, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(session.permissionCheckHandler!()).toBe(false);
  });

  it('the app protocol serves the build with the CSP and nothing outside it', async () => {
    const dist = tempDir();
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<title>x</title>');
    const page = await respondFromDist(dist, 'app://stillpoint/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await respondFromDist(dist, 'app://stillpoint/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await respondFromDist(dist, 'app://other/index.html')).status).toBe(404);
  });

  it('keeps the display awake only while a session runs', () => {
    const blocker = new FakePowerSaveBlocker();
    const keepAwake = createKeepAwake(blocker);
    keepAwake(true);
    keepAwake(true);
    expect(blocker.active.size).toBe(1);
    keepAwake(false);
    expect(blocker.active.size).toBe(0);
  });
});
