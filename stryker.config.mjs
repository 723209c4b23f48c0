// Mutation testing over the pure logic and the services; run through `npm run mutate` (tests/mutation/run.mjs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the unit tests that exercise shared/ and the services: no build, no browser.
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  mutate: ['shared/**/*.ts', 'electron/services/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared; `npm run mutate -- --concurrency 1` lowers it further.
  concurrency: 2,
  timeoutMS: 10_000,
  // Static mutants (module-level constants) rerun every test; they are left out to keep a run in minutes.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: 'reports/mutation/run.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  // Stryker would rewrite tsconfig.json through the TypeScript compiler API, which TypeScript 7 (native)
  // does not have; the sandbox holds every tsconfig, so there is nothing to rewrite.
  tsconfigFile: '',
  // The user guide and its pictures stay: the app bundles them and the guide's tests read them.
  ignorePatterns: ['dist', 'dist-electron', 'dist-bench', 'release', 'reports', 'test-artifacts', 'docs/*', '!docs/guide.md', '!docs/images', '.stryker-tmp'],
  thresholds: { high: 90, low: 85, break: null },
};
