// @ts-check
/**
 * Mutation testing (npm run mutation): StrykerJS plants small bugs in the modules below, one at a time, and runs
 * the unit and browser tests that cover each (mutation/vitest.config.ts). A bug no test notices "survives".
 * mutation/run.ts runs it and then budgets.ts, which checks the scores per module; RESULTS.md holds the figures.
 */
import modules from './modules.json' with { type: 'json' };

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false, so that a mutant in code run when a module loads (a "static" one: a schema, a constant) is
  // tested by every test of mutation/vitest.config.ts; Vitest found no related test for them in browser tests.
  vitest: { configFile: 'mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The modules under test (the budgets in budgets.ts are per folder or module).
  mutate: modules,
  // Two cores are shared on the team's machines; a sandbox per test runner.
  concurrency: 2,
  coverageAnalysis: 'perTest',
  ignorePatterns: ['dist', 'dist-bench', 'bench', 'scratch', 'mutation/reports', '.vitest-attachments'],
  tempDirName: 'mutation/.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // `npm run mutation -- --incremental` reuses the last run's results for mutants and tests left unchanged.
  incrementalFile: 'mutation/reports/stryker-incremental.json',
  htmlReporter: { fileName: 'mutation/reports/mutation.html' },
  jsonReporter: { fileName: 'mutation/reports/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  // The budgets are per module (budgets.ts); this only fails a run that collapses.
  thresholds: { high: 90, low: 80, break: 50 },
  // Generous: the machines are shared, and a slow run must not pass for a mutant that hangs.
  timeoutMS: 20_000,
};
