/**
 * A tiny static file server for the e2e tests: correct content types, optional
 * CORS (as a CDN sends), and pages held in memory with their own headers (a
 * publisher's page with a CSP). Host pages must come from a real loopback
 * server: Chromium's Local Network Access blocks a page fulfilled by
 * `page.route` (an unknown, "public" address) from loading the loopback CDN.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A page served from memory: a host page a test writes. */
export interface Route {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export async function startStaticServer({
  root,
  cors = false,
  routes = new Map(),
}: {
  root: string;
  cors?: boolean;
  /** Pages by path ("/two.html"), served before files. */
  routes?: Map<string, Route>;
}): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.get(url.pathname);
    if (route) {
      res.writeHead(200, {
        'content-type': route.type ?? TYPES['.html'],
        'cache-control': 'no-store',
        ...route.headers,
      });
      return void res.end(route.body);
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
