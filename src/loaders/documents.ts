import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, ContentProblems } from '../lib/errors';
import { parsedDocuments } from '../lib/parsed-documents';
import { readDocumentFolder, readKinds } from './read-documents';

export const DOCUMENT_HINT =
  'Fix each file and line named above; `npm run check:content` runs the same checks in seconds. docs/adding-a-document.md describes the format.';

/**
 * The documents collection, read by the project itself (read-documents.ts) so that
 * one run reports every problem of every document: front matter, structure, and fidelity
 * to the source text. A build fails on any problem. The dev server keeps running, but a
 * document with a problem answers with the problem, never with a page of wrong text.
 * Placeholders left by the scaffolder are warnings, and errors in CI.
 */
export function documentsLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'documents-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
      const name = (path: string) => relative(root, path) || path;
      const errors = sync(context, dir, name);
      if (errors.length && !context.watcher) throw new ContentProblems(errors, DOCUMENT_HINT);
      if (errors.length) context.logger.error(`${errors.map((e) => e.message).join('\n')}\n${DOCUMENT_HINT}`);

      // The dev server: any change to a document, a source text or a kind checks everything again.
      const watched = ['documents', 'sources', 'kinds'].map((folder) => resolve(dir, folder));
      context.watcher?.on('all', (_event, path) => {
        if (!watched.some((folder) => resolve(path).startsWith(folder))) return;
        const again = sync(context, dir, name);
        if (again.length) context.logger.error(`${again.map((e) => e.message).join('\n')}\n${DOCUMENT_HINT}`);
      });
    },
  };
}

/** Reads and checks every document, refreshes the store, and returns the problems. */
function sync(context: LoaderContext, dir: string, name: (path: string) => string): ContentError[] {
  const strict = Boolean(process.env.CI);
  const { kinds, problems: kindProblems } = readKinds(dir);
  const errors = [...kindProblems].map(([file, problems]) => new ContentError(name(file), problems));
  context.store.clear();
  const parsed = parsedDocuments();
  parsed.clear();
  // Documents name their files, and their kinds' files, as the content layer does: from the project's root.
  const named = new Map([...kinds].map(([id, kind]) => [id, { ...kind, file: name(kind.file) }]));
  for (const doc of readDocumentFolder(dir, kinds)) {
    const file = name(doc.file);
    // In CI a placeholder is an error: nothing half-edited is published.
    const problems = strict ? [...doc.problems, ...doc.placeholders] : doc.problems;
    const error = problems.length ? new ContentError(file, problems) : undefined;
    if (error) errors.push(error);
    if (!strict && doc.placeholders.length) {
      context.logger.warn(new ContentError(file, doc.placeholders).message.replace('cannot be published', 'is a draft: fill in what the scaffolder left (CI fails until then)'));
    }
    if (!file.endsWith('.mdx')) continue;
    // A document with a problem is kept with its problems, so that its pages fail with them (src/lib/content.ts).
    const data = error ? { ...(doc.data ?? {}), contentProblems: error.message } : doc.data;
    const digest = context.generateDigest({ data, body: doc.body });
    context.store.set({ id: doc.id, data: data as Record<string, unknown>, body: doc.body, filePath: file, digest });
    if (doc.document && !error) parsed.set(digest, { ...doc.document, file, kind: named.get(doc.document.kind.id) ?? doc.document.kind });
  }
  return errors;
}
