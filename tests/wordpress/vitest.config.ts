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
  },
});
