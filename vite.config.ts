import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: fromRoot('./renderer'),
  // Relative asset paths work both from app://stillpoint/ and from browser mode's http://127.0.0.1.
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'chrome130',
  },
  test: {
    root: fromRoot('.'),
    alias: {
      // Main-process code never runs under real Electron here; the test double stands in.
      electron: fromRoot('./tests/doubles/electron.ts'),
    },
    // The handout stylesheet is read as text (?raw) to inline into printed handouts.
    css: { include: [/shared\/handout\/handout\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A busy machine can take more than Vitest's default second to show a state a person would see.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
