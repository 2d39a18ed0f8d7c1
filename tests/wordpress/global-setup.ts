/**
 * Starts Debian's WordPress for the tests (tests/wordpress/wordpress-server.ts)
 * on NSO_WP_PORT, serving NSO_WP_DIST (default dist/) at /nso/. That build
 * must have been made with NSO_PUBLIC_URL=http://127.0.0.1:<NSO_WP_PORT>/nso/,
 * since oEmbed needs absolute URLs (scripts/test-wordpress.sh does both).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startWordPress } from './wordpress-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    wordpressURL: string;
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.NSO_WP_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('NSO_WP_PORT is not set: run scripts/test-wordpress.sh');
  const dist = process.env.NSO_WP_DIST || 'dist';
  const expected = `http://127.0.0.1:${port}/nso/oembed.json`;
  if (!readFileSync(join(dist, 'embed.html'), 'utf8').includes(`href="${expected}"`)) {
    throw new Error(
      `${dist}/embed.html does not link ${expected}: build it with NSO_PUBLIC_URL=http://127.0.0.1:${port}/nso/`,
    );
  }
  const wordpress = await startWordPress({ port, dist, plugins: ['integrations/wordpress/nso-graphic'] });
  project.provide('wordpressURL', wordpress.url);
  return () => wordpress.stop();
}
