// The house rules (docs/architecture.md), checked: dependency-cruiser runs the rules in
// .dependency-cruiser.cjs over the TypeScript of src/; it cannot parse .astro files, so the
// imports of components, layouts and pages are read here, their own rules checked, and every
// module of src/ must be imported by something (nothing left behind).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string }[] }[];
  summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[] };
}

function cruise(): CruiseResult {
  const bin = join(ROOT, 'node_modules/.bin/depcruise');
  try {
    return JSON.parse(execFileSync(bin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as CruiseResult;
  } catch (error) {
    // dependency-cruiser exits non-zero when it finds violations; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return JSON.parse(stdout) as CruiseResult;
    throw error;
  }
}

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

/** The modules an .astro file imports (front matter and <script> blocks), as paths from the repository root or bare names. */
function astroImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => {
    const spec = m[1]!;
    if (!spec.startsWith('.')) return spec;
    const base = resolve(ROOT, dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
    return relative(ROOT, found ?? base);
  });
}

const result = cruise();
const astroFiles = files('src').filter((f) => f.endsWith('.astro'));
const astroEdges = astroFiles.flatMap((from) => astroImports(from).map((to) => ({ from, to })));

describe('the house rules', () => {
  it('hold for the TypeScript of src/: no circle, content only through content.ts, schemas below lib, browser code browser-safe', () => {
    const broken = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(broken).toEqual([]);
    expect(result.modules.some((m) => m.source === 'src/lib/content.ts')).toBe(true);
  });

  it('hold for components, layouts and pages: components never load, pages never reach into integrations', () => {
    const broken = astroEdges.filter(
      ({ from, to }) =>
        (from.startsWith('src/components/') && (to === 'src/lib/content.ts' || to === 'astro:content' || to.startsWith('src/loaders/'))) ||
        (from.startsWith('src/pages/') && to.startsWith('src/integrations/')) ||
        to.startsWith('tests/'),
    );
    expect(broken.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('leave no module behind: every module of src/ is imported, but for the routes, the content config and declarations', () => {
    // The build's configuration and the npm scripts (scripts/) are entry points into src/ too.
    const entries = ['astro.config.mjs', ...files('scripts')].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const fromEntries = [...entries.matchAll(/from '\.\.?\/(src\/[^']+)'/g)].map((m) => (/\.(ts|astro)$/.test(m[1]!) ? m[1]! : `${m[1]}.ts`));
    // A worker thread's module is named by its URL, not imported.
    const workers = files('src').flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/new URL\('(\.[^']+\.ts)', import\.meta\.url\)/g)].map((m) => join(dirname(f), m[1]!)));
    const imported = new Set([...result.modules.flatMap((m) => m.dependencies.map((d) => d.resolved)), ...astroEdges.map((e) => e.to), ...fromEntries, ...workers]);
    const roots = (f: string) => f.startsWith('src/pages/') || f === 'src/content.config.ts' || f.endsWith('.d.ts');
    const orphans = files('src').filter((f) => /\.(ts|astro)$/.test(f) && !roots(f) && !imported.has(f));
    expect(orphans).toEqual([]);
  });
});
