/**
 * The `_headers` file that static hosts such as Netlify and Cloudflare Pages read. Its
 * Content-Security-Policy is the union of the pages' own policies (each page's <meta> lists
 * the hashes of its inline styles and scripts), plus what a <meta> cannot say: frame-ancestors.
 */

/** A policy as directive → sources, in the order first seen. */
type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** One policy that allows what each of the given page policies allows, and no more. */
export function mergePolicies(policies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Directives that only an HTTP header can carry. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

export function headersFile(policy: string): string {
  return `# Written by the build (src/integrations/security-headers.ts); see docs/deploying.md.
/*
  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()
  Cross-Origin-Opener-Policy: same-origin
  Strict-Transport-Security: max-age=31536000; includeSubDomains

# Astro's bundled files carry a content hash in their names: cache them for a year. Pages and
# Pagefind's files keep their names from build to build, so they keep the hosts' default
# (revalidate on each visit); a second rule for them would combine with this one.
/_astro/*
  Cache-Control: public, max-age=31536000, immutable

# The open data is for other people's code, on other sites too: any origin may fetch it.
/data/*
  Access-Control-Allow-Origin: *
`;
}
