import { z } from 'astro/zod';

/**
 * The permalink registry: every permanent URL ever published, and the
 * redirects that retire one. It is committed, so a URL that stops being built is noticed.
 */
/** A page ("/…/") or an open data file ("/data/….json"). */
const PERMANENT_PATH = /^\/(?:.*\/|data\/[\w./-]+\.[a-z]+)$/;

export const registrySchema = z.strictObject({
  description: z.string().optional(),
  /**
   * Site paths without the deployment base: pages, ending in "/" ("/documents/<doc-id>/<passage-id>/"),
   * and the open data files ("/data/<doc-id>.json").
   */
  urls: z.array(z.string().regex(PERMANENT_PATH, 'a site path beginning and ending with "/", or a data file such as "/data/documents.json"')),
  /** A retired URL and the URL that replaces it. */
  redirects: z.record(z.string().regex(/^\/.*\/$/), z.string().regex(/^\/.*\/$/)).default({}),
});

export type Registry = z.output<typeof registrySchema>;

/**
 * Paths under these prefixes are permanent and must be registered: the documents and their
 * passages, the pages that gather them (themes, timeline, follow-through, glossary), and the
 * about page, whose note list readers cite, and the open data files, which other people's code
 * fetches by address.
 */
export const REGISTERED_PREFIXES = ['/documents/', '/themes/', '/timeline/', '/follow-through/', '/glossary/', '/about/', '/data/'] as const;

/** A data file rather than a page: a static host serves it as it is, and cannot redirect it. */
export const isFilePath = (path: string): boolean => !path.endsWith('/');

export const isRegistered = (path: string): boolean => REGISTERED_PREFIXES.some((prefix) => path.startsWith(prefix));

export interface RegistryCheck {
  /** Registered, but neither built nor redirected: a broken promise. */
  missing: string[];
  /** Redirects whose target is not built. */
  danglingRedirects: [from: string, to: string][];
  /** Built permanent pages that the registry does not list yet. */
  unregistered: string[];
}

/** Compares the registry with the paths a build produced. */
export function checkRegistry(registry: Registry, built: ReadonlySet<string>): RegistryCheck {
  const redirects = registry.redirects;
  const missing = registry.urls.filter((url) => !built.has(url) && !Object.hasOwn(redirects, url));
  const danglingRedirects = Object.entries(redirects).filter(([, to]) => !built.has(to));
  const known = new Set([...registry.urls, ...Object.keys(redirects)]);
  const unregistered = [...built].filter((p) => isRegistered(p) && !known.has(p)).sort(byPath);
  return { missing, danglingRedirects, unregistered };
}

/** The registry with `urls` added, kept in path order so that its diffs read well. */
export function withUrls(registry: Registry, urls: readonly string[]): Registry {
  return { ...registry, urls: [...new Set([...registry.urls, ...urls])].sort(byPath) };
}

/** "clause-2" before "clause-10". */
export function byPath(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** What to tell a maintainer about a failed check, or undefined when it holds. */
export function describeFailure(check: RegistryCheck, file: string): string | undefined {
  const lines: string[] = [];
  for (const url of check.missing) {
    lines.push(
      isFilePath(url)
        ? `  - ${url} is registered in ${file} but no longer built. A published data file never breaks, and a static host cannot redirect it: build it again.`
        : `  - ${url} is registered in ${file} but no longer built. A published URL never breaks: build it again, or retire it with a redirect in "redirects" ("${url}": "<new url>").`,
    );
  }
  for (const [from, to] of check.danglingRedirects) {
    lines.push(`  - the redirect "${from}" → "${to}" in ${file} leads to a page that is not built.`);
  }
  return lines.length ? `The permalink registry does not hold:\n${lines.join('\n')}` : undefined;
}
