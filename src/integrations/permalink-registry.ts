import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { byPath, checkRegistry, describeFailure, registrySchema, withUrls, type Registry } from '../lib/permalinks';
import { ProjectError } from '../lib/errors';

interface Options {
  /** The committed registry, e.g. content/permalinks.json. */
  file: string;
  /** Record new URLs in the file (local builds), or only check (CI and tests). */
  update: boolean;
}

/**
 * Keeps the promise that a published URL never breaks: retired URLs become redirects,
 * and a build that no longer produces a registered URL fails.
 */
export function permalinkRegistry({ file, update }: Options): AstroIntegration {
  let registry: Registry;
  return {
    name: 'permalink-registry',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        registry = readRegistry(file);
        updateConfig({ redirects: registry.redirects });
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        // Astro lists the pages it built; endpoints' files (the open data) are found in the output.
        const built = new Set([...pages.map((p) => `/${p.pathname}`.replace(/\/?$/, '/').replace(/^\/+/, '/')), ...dataFiles(fileURLToPath(dir))]);
        const check = checkRegistry(registry, built);
        const failure = describeFailure(check, file);
        if (failure) throw new ProjectError('PermalinkError', failure, 'A published URL never breaks: build it again, or retire it with a redirect in the registry (docs/adding-a-document.md).');
        if (check.unregistered.length === 0) return;
        if (!update) {
          throw new ProjectError(
            'PermalinkError',
            `${file} does not list ${check.unregistered.length} published URL(s), e.g. ${check.unregistered.slice(0, 3).join(', ')}.`,
            'Run `npm run build` locally, which records them, and commit the file.',
          );
        }
        writeFileSync(file, `${JSON.stringify(withUrls(registry, check.unregistered), null, 2)}\n`);
        logger.info(`registered ${check.unregistered.length} new permalink(s) in ${file}: commit it`);
      },
    },
  };
}

function readRegistry(file: string): Registry {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return { urls: [], redirects: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${file}: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`${file} cannot be read:\n${problems.join('\n')}`);
  }
  return { ...parsed.data, urls: [...parsed.data.urls].sort(byPath) };
}

/** The open data files a build wrote, as site paths: "/data/documents.json". */
function dataFiles(outDir: string): string[] {
  const data = join(outDir, 'data');
  if (!existsSync(data)) return [];
  return readdirSync(data, { recursive: true, withFileTypes: true })
    // A page under /data/ (its index.html) is one of Astro's pages, registered by its own address.
    .filter((d) => d.isFile() && d.name !== 'index.html')
    .map((d) => `/${relative(outDir, join(d.parentPath, d.name)).split('\\').join('/')}`);
}
