/**
 * Starts Debian's WordPress for the tests (tests/wordpress/wordpress-server.ts)
 * on NSO_WP_PORT, serving dist/ at /nso/. dist/ must have been built with
 * NSO_PUBLIC_URL=http://127.0.0.1:<NSO_WP_PORT>/nso/ (scripts/test-wordpress.sh
 * does both), since oEmbed needs absolute URLs.
 */
import { readFileSync } from 'node:fs';
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
  const expected = `http://127.0.0.1:${port}/nso/oembed.json`;
  if (!readFileSync('dist/embed.html', 'utf8').includes(`href="${expected}"`)) {
    throw new Error(
      `dist/embed.html does not link ${expected}: build with NSO_PUBLIC_URL=http://127.0.0.1:${port}/nso/`,
    );
  }
  const wordpress = await startWordPress({ port, dist: 'dist' });
  project.provide('wordpressURL', wordpress.url);
  return () => wordpress.stop();
}
