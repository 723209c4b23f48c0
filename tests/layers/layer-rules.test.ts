import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
// ESLint's first parse and each tsc run take seconds on a busy machine.
const slow = { timeout: 120_000 };

/** The rules broken by `code` if it were the file at `filePath` (which need not exist). */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the linter guards the layers', slow, () => {
  it('shared/ may not import Node built-ins, Electron or anything outside shared/', async () => {
    expect(await broken('shared/session/probe.ts', "import { readFileSync } from 'node:fs';")).toEqual(['no-restricted-imports']);
    expect(await broken('shared/session/probe.ts', "import { join } from 'path';")).toEqual(['no-restricted-imports']);
    expect(await broken('shared/session/probe.ts', "import { app } from 'electron';")).toEqual(['no-restricted-imports']);
    expect(await broken('shared/session/probe.ts', "import { sessionsService } from '../../electron/services/sessions';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await broken('shared/handout/content/probe.ts', "export { App } from '../../../renderer/App';")).toEqual(['no-restricted-imports']);
    expect(await broken('shared/probe.ts', "import type { Page } from '../tests/e2e/harness';")).toEqual(['no-restricted-imports']);
  });

  it('shared/ may import the rest of shared/ and pure libraries', async () => {
    expect(await broken('shared/session/probe.ts', "import type { Plan } from '../plans/plan';")).toEqual([]);
    expect(await broken('shared/handout/content/probe.ts', "import type { Plan } from '../../plans/plan';")).toEqual([]);
    expect(await broken('shared/contract/probe.ts', "import { z } from 'zod';")).toEqual([]);
  });

  it('the window may not import electron/, Electron or Node built-ins', async () => {
    expect(await broken('renderer/room/Probe.tsx', "import { createSessions } from '../../electron/services/sessions';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await broken('renderer/Probe.tsx', "import { ipcRenderer } from 'electron';")).toEqual(['no-restricted-imports']);
    expect(await broken('renderer/room/Probe.tsx', "import { readFile } from 'node:fs/promises';")).toEqual(['no-restricted-imports']);
    expect(await broken('renderer/room/Probe.tsx', "import { sessionStateAt } from '../../shared/session/derive';")).toEqual([]);
  });

  it("only the main process and the preload import 'electron'; services never reach the main process", async () => {
    expect(await broken('electron/services/probe.ts', "import { app } from 'electron';")).toEqual(['no-restricted-imports']);
    expect(await broken('electron/browser-mode/probe.ts', "import { app } from 'electron';")).toEqual(['no-restricted-imports']);
    expect(await broken('electron/services/probe.ts', "import { startApp } from '../main/start-app';")).toEqual(['no-restricted-imports']);
    expect(await broken('electron/services/probe.ts', "import { readFile } from 'node:fs/promises';")).toEqual([]);
    expect(await broken('electron/main/probe.ts', "import { app } from 'electron';")).toEqual([]);
    expect(await broken('electron/preload.ts', "import { contextBridge } from 'electron';")).toEqual([]);
  });

  it('a hook called conditionally in the window is an error', async () => {
    const component = [
      "import { useState } from 'react';",
      'export function Probe({ on }: { on: boolean }) {',
      '  if (on) useState(0);',
      '  return null;',
      '}',
    ].join('\n');
    expect(await broken('renderer/Probe.tsx', component)).toEqual(['react-hooks/rules-of-hooks']);
  });
});

describe('the compiler guards the layers', slow, () => {
  const probeDir = join(root, 'reports/layer-probe');
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  /** Type-checks `code` as a file of `layer` under that layer's tsconfig; returns the compiler's complaints. */
  function typeErrors(layer: 'shared' | 'renderer' | 'electron', code: string): string {
    const dir = join(probeDir, layer);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'probe.ts'), code);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: `../../../tsconfig.${layer}.json`, include: ['probe.ts'] }));
    const run = spawnSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return run.stdout + run.stderr;
  }

  it('shared/ sees neither the DOM nor Node', () => {
    expect(typeErrors('shared', 'export const larger: number = Math.max(1, 2);\n')).toBe('');
    expect(typeErrors('shared', 'export const title: string = document.title;\n')).toMatch(/Cannot find name 'document'/);
    expect(typeErrors('shared', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toMatch(/node:fs/);
  });

  it('the window sees the DOM but not Node; electron/ sees Node but not the DOM', () => {
    expect(typeErrors('renderer', 'export const title: string = document.title;\n')).toBe('');
    expect(typeErrors('renderer', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toMatch(/node:fs/);
    expect(typeErrors('electron', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toBe('');
    expect(typeErrors('electron', 'export const title: string = document.title;\n')).toMatch(/Cannot find name 'document'/);
  });
});
