// package-lock.json must stay installable with `npm ci` on a clean machine, and must record
// no download addresses (the registry is the machine's own setting).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { resolved?: string; optionalDependencies?: Record<string, string> }>;
};

describe('package-lock.json', () => {
  it('lists every optional platform package, so npm ci accepts it (npm run lock:stubs after npm install)', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !lock.packages[`${path ? `${path}/` : ''}node_modules/${name}`] && !lock.packages[`node_modules/${name}`])
        .map((name) => `${name} (for ${path})`),
    );
    expect(missing).toEqual([]);
  });

  it('records no download addresses', () => {
    expect(Object.entries(lock.packages).filter(([, e]) => e.resolved).map(([p]) => p)).toEqual([]);
  });
});
