import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the electronegativity check', () => {
  it('passes findings explained by a comment and fails the run on one that is not', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        '// electronegativity-ok: SANDBOX_JS_CHECK the fixture explains this one.',
        'const risky = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
        '',
      ].join('\n'),
    );
    const run = spawnSync('node', ['tests/security/check-electronegativity.mjs', dir, path.join(dir, 'report.sarif')], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/explained {2}SANDBOX_JS_CHECK/);
    expect(run.stdout).toMatch(/UNEXPLAINED NODE_INTEGRATION_JS_CHECK/);
    expect(run.status).toBe(1);
  }, 60_000);
});
