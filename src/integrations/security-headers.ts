import { closeSync, openSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security-headers';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
const REFRESH = /<meta http-equiv="refresh"/;

/**
 * A page's head, up to its policy: the policy and any refresh come first. Reading no further
 * saves reading every page whole (some 10 s at 25,000 pages).
 */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(8192);
    const decoder = new TextDecoder();
    let head = '';
    for (let read; (read = readSync(fd, chunk)) > 0; ) {
      head += decoder.decode(chunk.subarray(0, read), { stream: true });
      if (META.test(head)) return head;
      const end = head.indexOf('</head>');
      if (end >= 0) return head.slice(0, end);
    }
    return head;
  } finally {
    closeSync(fd);
  }
}

/** Writes dist/_headers: the security and cache headers, with the pages' policies merged. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Astro's redirect pages (a meta refresh, no script or style) carry no policy of their own.
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => readHead(join(out, f)))
          .filter((html) => !REFRESH.test(html));
        const policies = pages.flatMap((html) => META.exec(html)?.[1] ?? []);
        // A page without the policy would be served unprotected by a host that ignores _headers.
        if (policies.length !== pages.length) throw new Error(`security-headers: ${pages.length - policies.length} page(s) have no Content-Security-Policy <meta>`);
        writeFileSync(join(out, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`wrote _headers from the policies of ${pages.length} pages`);
      },
    },
  };
}
