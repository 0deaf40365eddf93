import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchema, type DocumentFrontMatter } from '../schemas/document';
import { kindSchema } from '../schemas/kind';
import { listFolder, parseYaml, readYamlFolder, schemaProblems, splitFrontMatter } from './content-files';
import { readDocument, speakerProblems, type Document } from '../lib/documents';
import { parseDocumentBody } from '../lib/document-body';
import type { Problem } from '../lib/errors';
import { compareWithSource, type WrittenText } from '../lib/fidelity';
import type { DocumentKind } from '../lib/kinds';
import { readCatalogued, type RecordDocument } from '../lib/record';
import { documentIdProblems } from '../lib/record-listing';
import { placeholderFields, placeholderWarnings } from '../lib/placeholders';
import { parseSourceText } from '../lib/sources';

/** One document file as read and checked: its parts, what prevents publishing it, what is left to fill in. */
export interface DocumentFile {
  id: string;
  file: string;
  /** The front matter, when it passes the schema. */
  data?: DocumentFrontMatter;
  body: string;
  /** Lines of the file before the body. */
  lineOffset: number;
  /** A document with its text, when it reads as one. */
  document?: Document;
  /** A catalogued document (no source, no text), when it reads as one. */
  catalogued?: RecordDocument;
  problems: Problem[];
  placeholders: Problem[];
}

/** The kinds of document, content/kinds/*.yaml, with the problems of any that are invalid. */
export function readKinds(contentDir: string): { kinds: Map<string, DocumentKind>; problems: Map<string, Problem[]> } {
  const { entries, problems } = readYamlFolder(join(contentDir, 'kinds'), kindSchema);
  return { kinds: new Map(entries.map((e) => [e.id, { ...e.data, id: e.id, file: e.file }])), problems };
}

/**
 * Every document in content/documents/, each read and checked in full: its front matter
 * against the schema, its body's structure, and its text against the source, all reported
 * together, so that one run names every problem of every file.
 */
export function readDocumentFolder(contentDir: string, kinds: ReadonlyMap<string, DocumentKind>): DocumentFile[] {
  const dir = join(contentDir, 'documents');
  return listFolder(dir).map((name) => {
    const file = join(dir, name);
    if (!name.endsWith('.mdx')) {
      return { id: name, file, body: '', lineOffset: 0, problems: [{ message: 'a document is an .mdx file; this file would not be published' }], placeholders: [] };
    }
    return readDocumentFile({ id: name.slice(0, -'.mdx'.length), file, raw: readFileSync(file, 'utf8'), contentDir, kinds });
  });
}

export function readDocumentFile({
  id,
  file,
  raw,
  contentDir,
  kinds,
  readSource = (path) => readFileSync(path, 'utf8'),
}: {
  id: string;
  file: string;
  raw: string;
  contentDir: string;
  kinds: ReadonlyMap<string, DocumentKind>;
  readSource?: (path: string) => string;
}): DocumentFile {
  const parts = splitFrontMatter(raw);
  if (!parts) {
    return { id, file, body: raw, lineOffset: 0, problems: [{ line: 1, message: 'a document starts with its front matter between two "---" lines (see docs/adding-a-document.md)' }], placeholders: [] };
  }
  const { frontMatter, body, lineOffset } = parts;
  // The front matter starts on line 2, after the opening "---".
  const yaml = parseYaml(frontMatter, 1);
  // The file name is the id, and the id the address: a year or "kinds" is the listing's own.
  const problems = [...documentIdProblems(id), ...yaml.problems];
  const raw_ = (yaml.value ?? {}) as Record<string, unknown>;
  const placeholders = placeholderWarnings(placeholderFields(yaml.value), (field) => yaml.lineOf(field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))));

  let data: DocumentFrontMatter | undefined;
  if (!yaml.problems.length) {
    const parsed = documentSchema.safeParse(yaml.value);
    if (parsed.success) data = parsed.data;
    else problems.push(...schemaProblems(parsed.error, yaml.lineOf));
  }

  let document: Document | undefined;
  let catalogued: RecordDocument | undefined;
  let texts: WrittenText[];
  if (data && !data.source) {
    // Catalogued: front matter only, nothing to compare with a source.
    const reading = readCatalogued({ id, file, data, body, lineOffset }, kinds);
    problems.push(...reading.problems);
    catalogued = reading.document;
    texts = [];
  } else if (data) {
    const reading = readDocument({ id, data, body, file, lineOffset }, kinds);
    problems.push(...reading.problems);
    placeholders.push(...reading.placeholders);
    texts = reading.texts;
    document = reading.document;
  } else {
    // The front matter is wrong, but the body can still be checked.
    const kind = typeof raw_.kind === 'string' ? kinds.get(raw_.kind) : undefined;
    const reading = parseDocumentBody(body, { lineOffset, speakers: kind?.speakers });
    problems.push(...reading.problems);
    // Speakers can still be checked against the speakers the front matter lists.
    const speakers = raw_.speakers && typeof raw_.speakers === 'object' ? Object.keys(raw_.speakers) : [];
    problems.push(...speakerProblems(reading.body.passages, speakers));
    texts = reading.texts;
  }

  const source = raw_.source as { file?: unknown; date?: unknown } | undefined;
  if (typeof source?.file === 'string' && /^[\w.-]+\.txt$/.test(source.file)) {
    const sourceFile = join(contentDir, 'sources', source.file);
    let text: string | undefined;
    try {
      text = readSource(sourceFile);
    } catch {
      problems.push({ line: yaml.lineOf(['source', 'file']), message: `source.file: ${sourceFile} does not exist` });
    }
    if (text !== undefined) {
      const parsed = parseSourceText(text);
      problems.push(...compareWithSource(texts, parsed, sourceFile));
      if (data?.source && parsed.date && parsed.date !== data.source.date) {
        problems.push({ line: yaml.lineOf(['source', 'date']), message: `source.date is ${data.source.date} but ${sourceFile} carries the date ${parsed.date}` });
      }
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { id, file, ...(data ? { data } : {}), body, lineOffset, ...(document ? { document } : {}), ...(catalogued ? { catalogued } : {}), problems, placeholders };
}
