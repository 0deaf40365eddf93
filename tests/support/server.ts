import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on a free loopback port, as a static host would:
 * files under `base`, and the site's 404 page (with status 404) for anything else.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const fail = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return fail();
    req.url = `/${url.slice(base.length)}`;
    files(req, res, fail);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
