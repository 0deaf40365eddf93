import { describe, expect, it } from 'vitest';
import { checkRegistry, describeFailure, registrySchema, withUrls } from '../../src/lib/permalinks';

const registry = registrySchema.parse({
  urls: ['/documents/', '/documents/a/', '/documents/a/clause-1/', '/documents/a/clause-2/'],
  redirects: { '/documents/a/clause-2/': '/documents/a/clause-1/' },
});

describe('permalink registry', () => {
  it('holds when every registered URL is built or redirected', () => {
    const built = new Set(['/documents/', '/documents/a/', '/documents/a/clause-1/', '/search/']);
    expect(checkRegistry(registry, built)).toEqual({ missing: [], danglingRedirects: [], unregistered: [] });
  });

  it('fails when a registered URL is no longer built, and says how to retire it', () => {
    const check = checkRegistry(registry, new Set(['/documents/', '/documents/a/']));
    expect(check.missing).toEqual(['/documents/a/clause-1/']);
    expect(check.danglingRedirects).toEqual([['/documents/a/clause-2/', '/documents/a/clause-1/']]);
    const message = describeFailure(check, 'content/permalinks.json');
    expect(message).toContain('/documents/a/clause-1/ is registered in content/permalinks.json but no longer built');
    expect(message).toContain('retire it with a redirect');
  });

  it('lists new permanent pages, and records them in path order', () => {
    const built = new Set(['/documents/', '/documents/a/', '/documents/a/clause-1/', '/documents/a/clause-10/', '/documents/a/clause-3/']);
    const check = checkRegistry(registry, built);
    expect(check.unregistered).toEqual(['/documents/a/clause-3/', '/documents/a/clause-10/']);
    expect(withUrls(registry, check.unregistered).urls).toEqual([
      '/documents/',
      '/documents/a/',
      '/documents/a/clause-1/',
      '/documents/a/clause-2/',
      '/documents/a/clause-3/',
      '/documents/a/clause-10/',
    ]);
  });

  it('accepts only site paths', () => {
    expect(registrySchema.safeParse({ urls: ['documents/a'] }).success).toBe(false);
  });
});
