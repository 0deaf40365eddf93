import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import type { DocumentExport, DocumentsExport } from '../../src/lib/open-data';
import { PASSAGE_ELEMENTS } from '../../src/lib/passages';
import { parseSourceText } from '../../src/lib/sources';
import { ROOT } from './build';
import { SITE_DIR } from './dist';

/**
 * The documents and passages of an edition as its content folder writes them, so that a test's
 * expected counts, id lists and file names follow the content instead of being written out:
 * an editor adds a document without touching a test. Read from the files themselves, not
 * through the site's loaders, so that a passage the build drops is still expected.
 */

/** The content the global setup builds the site from. */
export const CONTENT_DIR = resolve(ROOT, 'content');

type PassageElement = keyof typeof PASSAGE_ELEMENTS;

export interface WrittenPassage {
  /** The permanent id written in the content: "clause-12", "para-10", "signatures". */
  id: string;
  /** The MDX element that writes it, and the kind of passage that makes. */
  element: PassageElement;
  kind: (typeof PASSAGE_ELEMENTS)[PassageElement]['kind'];
  /** Its page on the site: /documents/<doc-id>/<passage-id>/. */
  path: string;
}

export interface WrittenDocument {
  /** The permanent id: the document file's name. */
  id: string;
  /** The day of the event the text records, YYYY-MM-DD. */
  date: string;
  kind: string;
  shortTitle: string;
  /** The source text's file name in content/sources/. */
  sourceFile: string;
  /** Its page on the site: /documents/<doc-id>/. */
  path: string;
  /** Every passage, in the order the MDX writes them. */
  passages: WrittenPassage[];
}

const ELEMENTS = Object.keys(PASSAGE_ELEMENTS) as PassageElement[];
/** An opening tag of a passage element with its id, its attributes on one line or several. */
const PASSAGE_TAG = new RegExp(`<(${ELEMENTS.join('|')})\\b[^>]*?\\bid="([^"]+)"`, 'g');

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** A document catalogued without its text: front matter only, no `source`. */
export interface WrittenCatalogueEntry {
  id: string;
  /** A day, month or year, as written. */
  date: string;
  kind: string;
  title: string;
  shortTitle: string;
  summary: string;
  references: string[];
  path: string;
}

function documentFiles(contentDir: string) {
  const dir = join(contentDir, 'documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...parseFrontmatter(readFileSync(join(dir, f), 'utf8')) }));
}

/** Every document of content/documents whose text is in the edition, newest first (ties by id), with its passages. */
export function writtenDocuments(contentDir = CONTENT_DIR): WrittenDocument[] {
  return documentFiles(contentDir)
    .filter(({ frontmatter }) => frontmatter.source !== undefined)
    .map(({ id, frontmatter, content }) => {
      const path = `/documents/${id}/`;
      const passages = [...content.matchAll(PASSAGE_TAG)].map((m) => {
        const element = m[1] as PassageElement;
        return { id: m[2]!, element, kind: PASSAGE_ELEMENTS[element].kind, path: `${path}${m[2]}/` };
      });
      return {
        id,
        date: day(frontmatter.date),
        kind: String(frontmatter.kind),
        shortTitle: String(frontmatter.shortTitle),
        sourceFile: (frontmatter.source as { file: string }).file,
        path,
        passages,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Every document of content/documents catalogued without its text, oldest first. */
export function writtenCatalogue(contentDir = CONTENT_DIR): WrittenCatalogueEntry[] {
  return documentFiles(contentDir)
    .filter(({ frontmatter }) => frontmatter.source === undefined)
    .map(({ id, frontmatter }) => ({
      id,
      date: String(frontmatter.date),
      kind: String(frontmatter.kind),
      title: String(frontmatter.title),
      shortTitle: String(frontmatter.shortTitle),
      summary: String(frontmatter.summary),
      references: (frontmatter.references as string[] | undefined) ?? [],
      path: `/documents/${id}/`,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * How many entries the timeline has: every event file, and every document of the record that no
 * event file names as its `document` (such a document is on the timeline as its own entry).
 */
export function timelineEntryCount(contentDir = CONTENT_DIR): number {
  const dir = join(contentDir, 'events');
  const events = readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { document?: string });
  const named = new Set(events.map((e) => e.document));
  const record = [...writtenDocuments(contentDir), ...writtenCatalogue(contentDir)];
  return events.length + record.filter((d) => !named.has(d.id)).length;
}

/** The records of documents.json whose text is in the edition. */
export type TextRecord = Extract<DocumentsExport['documents'][number], { inEdition: true }>;
export const textRecords = (index: DocumentsExport): TextRecord[] => index.documents.filter((d): d is TextRecord => d.inEdition);

/** Every passage of every document, with its document's id. */
export function writtenPassages(contentDir = CONTENT_DIR): (WrittenPassage & { document: string })[] {
  return writtenDocuments(contentDir).flatMap((d) => d.passages.map((p) => ({ ...p, document: d.id })));
}

/** The paragraphs of a document's source text, as the site's source parser reads them. */
export function sourceParagraphs(document: Pick<WrittenDocument, 'sourceFile'>, contentDir = CONTENT_DIR): string[] {
  return parseSourceText(readFileSync(join(contentDir, 'sources', document.sourceFile), 'utf8')).paragraphs;
}

/** The open data of a built site: each document's export, in documents.json's order. */
export function builtDocuments(dir = SITE_DIR): DocumentExport[] {
  const json = <T>(file: string) => JSON.parse(readFileSync(join(dir, 'data', file), 'utf8')) as T;
  return textRecords(json<DocumentsExport>('documents.json')).map((d) => json<DocumentExport>(`${d.id}.json`));
}

/** Every passage of a built site's open data by "<doc-id>/<passage-id>", with its document. */
export function builtPassages(dir = SITE_DIR): Map<string, DocumentExport['passages'][number] & { document: DocumentExport['document'] }> {
  return new Map(builtDocuments(dir).flatMap((d) => d.passages.map((p) => [`${d.document.id}/${p.id}`, { ...p, document: d.document }] as const)));
}

/** Whether a built page is a passage's permanent page (and not a page of its document's own, such as /reading/). */
export function isPassagePage(path: string, contentDir = CONTENT_DIR): boolean {
  return passagePaths(contentDir).has(path);
}

const pathsByDir = new Map<string, Set<string>>();
function passagePaths(contentDir: string): Set<string> {
  let paths = pathsByDir.get(contentDir);
  if (!paths) pathsByDir.set(contentDir, (paths = new Set(writtenPassages(contentDir).map((p) => p.path))));
  return paths;
}

/** A document of the record, in the edition or catalogued, as /documents/ and its year and kind pages list it. */
export interface WrittenRecordEntry {
  id: string;
  /** A day, month or year, as written. */
  date: string;
  year: number;
  kind: string;
  path: string;
  inEdition: boolean;
}

/** The whole record as the content writes it, oldest first (a vaguer date as its period's start), then by id. */
export function writtenRecord(contentDir = CONTENT_DIR): WrittenRecordEntry[] {
  return documentFiles(contentDir)
    .map(({ id, frontmatter }) => {
      const date = day(frontmatter.date);
      return { id, date, year: Number(date.slice(0, 4)), kind: String(frontmatter.kind), path: `/documents/${id}/`, inEdition: frontmatter.source !== undefined };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}

/** The kinds of document in content/kinds/, by id, each with its label. */
export function writtenKinds(contentDir = CONTENT_DIR): Map<string, string> {
  const dir = join(contentDir, 'kinds');
  return new Map(readdirSync(dir).map((f) => [f.replace(/\.yaml$/, ''), String((parse(readFileSync(join(dir, f), 'utf8')) as { label: string }).label)]));
}

/** Whether a built page is a document's own page, /documents/<doc-id>/ (not a year's, /documents/<year>/, beside it). */
export function isDocumentPage(path: string, contentDir = CONTENT_DIR): boolean {
  let paths = recordPathsByDir.get(contentDir);
  if (!paths) recordPathsByDir.set(contentDir, (paths = new Set(writtenRecord(contentDir).map((d) => d.path))));
  return paths.has(path);
}
const recordPathsByDir = new Map<string, Set<string>>();
