import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, parsePolicy } from '../../src/lib/security-headers';

describe('security headers', () => {
  it('merges page policies into one that allows each page its own hashes and nothing else', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self' 'sha256-x' 'sha256-y'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x' 'sha256-y'");
    expect(parsePolicy(merged).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('adds what only a header can say, and caches only the hashed assets for long', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
    expect(file).toMatch(/\/data\/\*\n {2}Access-Control-Allow-Origin: \*/);
  });
});
