/**
 * Serves the built dist/ twice, on two origins, as a publisher would meet it:
 * `baseURL` is the graphic's own host (the "CDN"), `hostURL` another origin
 * for host pages that embed it. Both are static servers over dist/ and tests/e2e/pages.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    hostURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/nso-graphic.js') || !existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  const cdn = await startStaticServer({ root: 'dist', cors: true });
  const host = await startStaticServer({ root: 'tests/e2e/pages' });
  project.provide('baseURL', cdn.url);
  project.provide('hostURL', host.url);
  return async () => {
    await Promise.all([cdn.close(), host.close()]);
  };
}
