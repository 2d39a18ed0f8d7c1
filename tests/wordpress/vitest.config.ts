import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The WordPress end-to-end tests (scripts/test-wordpress.sh): Debian's WordPress embedding the built dist/. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'wordpress',
    environment: 'node',
    include: ['tests/wordpress/**/*.test.ts'],
    globalSetup: ['tests/wordpress/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A post's embed settles over several round trips (WordPress's iframe, the graphic's hydration, its height
    // messages): seconds on a busy machine, not the one second expect.poll waits by default.
    expect: { poll: { timeout: 15_000 } },
  },
});
