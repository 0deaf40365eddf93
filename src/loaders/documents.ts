import { readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { glob } from 'astro/loaders';
import type { DocumentFrontMatter } from '../content.config';
import { bodyLineOffset, readDocument } from '../lib/documents';
import { ContentError, type Problem } from '../lib/errors';
import { compareWithSource } from '../lib/fidelity';
import { parseSourceText } from '../lib/sources';

/**
 * The documents collection: Astro's glob loader, then the checks the schema cannot make
 * (the passages, and their fidelity to the source text). A document with a problem fails
 * the build with the file and the problem named.
 */
export function documentsLoader({ contentDir }: { contentDir: string }): Loader {
  const documentsDir = join(contentDir, 'documents');
  const files = glob({ base: documentsDir, pattern: '**/*.mdx' });
  return {
    name: 'documents-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const resolved = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
      await files.load(context);

      const errors = listFiles(resolved(documentsDir))
        .filter((f) => !f.endsWith('.mdx'))
        .map((f) => new ContentError(join(documentsDir, f), [{ message: 'a document is an .mdx file; this file would not be published' }]));
      for (const entry of context.store.values()) {
        const file = entry.filePath ?? entry.id;
        const raw = readFileSync(resolved(file), 'utf8');
        const body = entry.body ?? '';
        const problems = checkDocument(entry.id, entry.data as DocumentFrontMatter, body, {
          sourceFile: join(contentDir, 'sources', (entry.data as DocumentFrontMatter).source.file),
          readSource: (path) => readFileSync(resolved(path), 'utf8'),
          // The body's lines start after the front matter: report lines of the file itself.
          lineOffset: bodyLineOffset(raw, body),
        });
        if (problems.length) errors.push(new ContentError(file, problems));
      }
      if (errors.length) {
        throw new AstroError(
          errors.map((e) => e.message).join('\n'),
          'Fix each file and line named above. README.md, "Adding a document", describes the format.',
        );
      }
    },
  };
}

interface CheckContext {
  sourceFile: string;
  readSource: (path: string) => string;
  /** Lines of front matter before the body. */
  lineOffset: number;
}

function checkDocument(id: string, data: DocumentFrontMatter, body: string, ctx: CheckContext): Problem[] {
  const { document, problems } = readDocument({ id, data, body, lineOffset: ctx.lineOffset });
  if (problems.length) return problems;

  let raw: string;
  try {
    raw = ctx.readSource(ctx.sourceFile);
  } catch {
    return [{ message: `source.file: ${ctx.sourceFile} does not exist` }];
  }
  const source = parseSourceText(raw);
  const found = compareWithSource(document.passages, source, ctx.sourceFile);
  if (source.date && source.date !== data.source.date) {
    found.push({ message: `source.date is ${data.source.date} but ${ctx.sourceFile} carries the date ${source.date}` });
  }
  return found;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}
