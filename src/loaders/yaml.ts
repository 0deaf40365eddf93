import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readYamlFolder } from './content-files';
import { ContentError, ContentProblems } from '../lib/errors';

const HINT = 'Fix each file and line named above; `npm run check:content` runs the same checks in seconds.';

/**
 * A collection of YAML files, one entry per file, each checked against the collection's
 * schema; every file's problems are reported together (content-files.ts), with lines.
 */
export function yamlLoader({ contentDir, folder, schema }: { contentDir: string; folder: string; schema: z.ZodType }): Loader {
  return {
    name: `yaml-loader:${folder}`,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(isAbsolute(contentDir) ? contentDir : join(root, contentDir), folder);
      const errors = sync(context, dir, schema, root);
      if (errors.length && !context.watcher) throw new ContentProblems(errors, HINT);
      if (errors.length) context.logger.error(errors.map((e) => e.message).join('\n'));
      context.watcher?.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        const again = sync(context, dir, schema, root);
        if (again.length) context.logger.error(again.map((e) => e.message).join('\n'));
      });
    },
  };
}

function sync(context: LoaderContext, dir: string, schema: z.ZodType, root: string): ContentError[] {
  const { entries, problems } = readYamlFolder(dir, schema);
  context.store.clear();
  for (const entry of entries) {
    const data = entry.data as Record<string, unknown>;
    context.store.set({ id: entry.id, data, filePath: relative(root, entry.file), digest: context.generateDigest(data) });
  }
  return [...problems].map(([file, list]) => new ContentError(relative(root, file), list));
}
