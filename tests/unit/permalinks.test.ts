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

  it('accepts only site paths: pages, and files under /data/', () => {
    expect(registrySchema.safeParse({ urls: ['documents/a'] }).success).toBe(false);
    expect(registrySchema.safeParse({ urls: ['/documents/a.json'] }).success).toBe(false);
    expect(registrySchema.safeParse({ urls: ['/data/a.json', '/data/schema/document.schema.json'] }).success).toBe(true);
  });

  it('holds open data files to the same promise, and says that a data file cannot be redirected', () => {
    const withData = registrySchema.parse({ urls: ['/data/a.json', '/data/a.md'] });
    const check = checkRegistry(withData, new Set(['/data/a.json', '/data/a.txt', '/data/b.json']));
    expect(check.missing).toEqual(['/data/a.md']);
    expect(check.unregistered).toEqual(['/data/a.txt', '/data/b.json']);
    expect(describeFailure(check, 'content/permalinks.json')).toContain('/data/a.md is registered in content/permalinks.json but no longer built. A published data file never breaks, and a static host cannot redirect it');
  });
});
