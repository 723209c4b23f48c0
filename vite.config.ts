import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** The chunks that run before the room is usable: the entry, what it imports (React and the screens' code, boot.tsx), and their imports. */
function loadedAtStart(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  const chunks = Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) return [];
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const named = (names: string[]) => names.flatMap((name) => byName.get(name) ?? []);
  const firstLevel = named([...entry.imports, ...entry.dynamicImports]);
  return [...new Set([entry, ...firstLevel, ...firstLevel.flatMap((chunk) => named(chunk.imports))])];
}

/**
 * How the page loads fast: every chunk that runs before the room is usable, and its styles, is fetched from the
 * page's head (Vite links the entry's own; this adds the ones behind its one dynamic import), so Chromium fetches
 * and compiles them while the entry asks for the first screen's data. The screens opened later stay lazy. (V8's
 * compile hint for eager compiling made the room usable about 30 ms later, not sooner: React is compiled whole.)
 */
const loadFast: Plugin = {
  name: 'stillpoint:load-fast',
  transformIndexHtml: {
    order: 'post',
    handler(_html, context) {
      if (!context.bundle || !context.chunk) return [];
      const linked = new Set([context.chunk.fileName, ...context.chunk.imports]);
      const added = loadedAtStart(context.bundle).filter((chunk) => !linked.has(chunk.fileName));
      const link = (rel: string, fileName: string) => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const });
      return [
        ...added.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])].map((css) => link('stylesheet', css))),
        ...added.map((chunk) => link('modulepreload', chunk.fileName)),
      ];
    },
  },
};

export default defineConfig({
  root: fromRoot('./renderer'),
  // Relative asset paths work both from app://stillpoint/ and from browser mode's http://127.0.0.1.
  base: './',
  plugins: [react(), loadFast],
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'chrome130',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React in a file of its own, so Chromium compiles it and the room's code side by side as the page loads.
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
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
          // On a loaded 2-core machine an ordinary test can stall for seconds; a limit is for a test that hangs.
          testTimeout: 30_000,
          hookTimeout: 30_000,
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
