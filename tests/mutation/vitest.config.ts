// The unit tests Stryker runs against each mutant. tests/mutation/run.mjs narrows them to the suites of
// the folders being mutated (MUTATION_TESTS), so a mutant in shared/ never waits on service tests.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export default defineConfig({
  test: {
    root: fromRoot('.'),
    include: (process.env.MUTATION_TESTS ?? 'tests/shared/**/*.test.ts,tests/electron/services/**/*.test.ts').split(','),
    alias: { electron: fromRoot('tests/doubles/electron.ts') },
    server: { deps: { inline: ['electron-store'] } },
    css: { include: [/shared\/handout\/handout\.css/] },
  },
});
