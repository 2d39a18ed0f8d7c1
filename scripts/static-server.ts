/**
 * The one static file server of the e2e tests, the benchmark and the
 * Lighthouse script: correct content types, folders mounted at prefixes,
 * optional CORS (as a CDN sends), and pages held in memory with their own
 * headers (a publisher's page with a CSP). Host pages must come from a real loopback
 * server: Chromium's Local Network Access blocks a page fulfilled by
 * `page.route` (an unknown, "public" address) from loading the loopback CDN.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
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

export interface StaticServerOptions {
  /** The folder served at "/". */
  root?: string;
  /** More folders by URL prefix ("/reference/"); the longest matching prefix wins. */
  mounts?: Record<string, string>;
  cors?: boolean;
  /** Pages by path ("/two.html"), served before files. */
  routes?: Map<string, Route>;
  /** Default "no-store": measurements and tests always see the current build. */
  cacheControl?: string;
  /** Gzips text to clients that accept it, as a CDN does (default off: the benchmark counts bytes itself). */
  compress?: boolean;
}

export async function startStaticServer({
  root,
  mounts = {},
  cors = false,
  routes = new Map(),
  cacheControl = 'no-store',
  compress = false,
}: StaticServerOptions): Promise<StaticServer> {
  const folders = Object.entries({ ...(root ? { '/': root } : {}), ...mounts })
    .map(([prefix, dir]) => [prefix, resolve(dir)] as const)
    .sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.get(url.pathname);
    if (route) {
      res.writeHead(200, {
        'content-type': route.type ?? TYPES['.html'],
        'cache-control': cacheControl,
        ...route.headers,
      });
      return void res.end(route.body);
    }
    const pathname = decodeURIComponent(url.pathname);
    const [prefix, base] = folders.find(([prefix]) => pathname.startsWith(prefix)) ?? [];
    if (prefix === undefined || base === undefined) return void res.writeHead(404).end();
    let path = normalize(join(base, pathname.slice(prefix.length)));
    if (!path.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const gzip = compress && !type.startsWith('image/png') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': cacheControl,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    const body = createReadStream(path);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
