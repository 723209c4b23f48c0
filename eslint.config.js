// The layer rules (DESIGN.md, "The layer rules"), enforced: who may import what, plus React's hook rules.
// Deliberately no style rules: this config guards the architecture, nothing else.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import { reactHooks, tseslint } from '@stillpoint/lint';

const nodeBuiltins = {
  paths: builtinModules.map((name) => ({ name, message: 'Node built-ins are for electron/ only.' })),
  patterns: [{ regex: '^node:', message: 'Node built-ins are for electron/ only.' }],
};
const electronModule = {
  name: 'electron',
  message: "Only electron/main/ and electron/preload.ts import 'electron'; pass what you need in as an argument.",
};

/** A relative import that climbs `levels` folders and then names `into` (any folder when omitted). */
const climbing = (levels, into, message) => ({
  regex: `^(\\.\\./){${levels}}${into ? `${into}(/|$)` : ''}`,
  message,
});

/**
 * Relative imports are restricted by how far they climb, so one block per folder depth: a file
 * `depth` folders below the layer's root leaves the layer with `depth + 1` steps up.
 */
function layer(root, restrict, maxDepth = 6) {
  return Array.from({ length: maxDepth + 1 }, (_, depth) => {
    const { paths = [], patterns = [] } = restrict(depth + 1);
    return {
      files: [`${root}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
    };
  });
}

export default defineConfig(
  { ignores: ['**/node_modules/**', 'dist/**', 'dist-electron/**', 'dist-bench/**', 'release/**', 'reports/**', '.stryker-tmp/**'] },
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // Everything in electron/ but the main process and preload: no 'electron'.
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main.ts', 'electron/main/**', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule] }] },
  },
  ...layer('shared', (out) => ({
    paths: [...nodeBuiltins.paths, electronModule],
    patterns: [...nodeBuiltins.patterns, climbing(out, null, 'shared/ imports only shared/ (and pure libraries).')],
  })),
  ...layer('renderer', (out) => ({
    paths: [...nodeBuiltins.paths, electronModule],
    patterns: [
      ...nodeBuiltins.patterns,
      climbing(out, 'electron', 'The window reaches the back end only through the contract (window.stillpoint), never electron/.'),
    ],
  })),
  ...layer('electron/services', (out) => ({
    paths: [electronModule],
    patterns: [
      climbing(out, 'main', 'Services never import the main process; it wires them, not the other way round.'),
      climbing(out, 'preload', 'Services never import the preload.'),
      climbing(out + 1, 'renderer', 'Services never import the window’s code.'),
    ],
  })),
  // The rules of hooks and the React Compiler's diagnostics: refs read during render, state set in
  // effects, impure render and the like are bugs (stale or doubled renders) whether or not the compiler runs.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
);
