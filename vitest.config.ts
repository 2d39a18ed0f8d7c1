import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

/**
 * Four projects:
 * - unit: pure modules, in Node (`src/**\/*.test.ts` except components, `scripts/**\/*.test.ts`);
 * - browser: components in real Chromium (`src/**\/nso-*.test.ts`), and pure modules checked against the
 *   browser's own platform (`src/**\/*.browser.test.ts`);
 * - e2e: the built dist/ in Chromium through playwright-core (`tests/e2e`);
 * - cross-browser: smoke tests of the built dist/ in Firefox ESR and WebKitGTK (`tests/cross`), one file each,
 *   which run side by side.
 */
export default defineConfig({
  // As in the dev server (vite.config.ts): the dataset file relative to src/dataset/.
  define: { __NSO_DATA_PATH__: JSON.stringify('../../data/dataset.json') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/nso-*.test.ts', 'src/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/nso-*.test.ts', 'src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'cross-browser',
          environment: 'node',
          include: ['tests/cross/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
