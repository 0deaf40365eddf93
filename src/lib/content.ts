import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { assembleEdition } from './assemble';
import { checkCrossReferences } from './cross-references';
import { byDateDescending } from './dates';
import { bodyLineOffset, readDocument, type Document } from './documents';
import type { Edition } from './edition';
import { ContentProblems } from './errors';
import type { DocumentKind } from './kinds';
import { readCatalogued, type RecordDocument } from './record';
import { parsedDocuments } from './parsed-documents';

// Parsed once per entry version: every page of a build asks for the same documents.
const parsed = new Map<string, { key: string; document: Document }>();

/**
 * A production build reads content that cannot change while it runs, and every page asks for
 * it: load it once. The dev server re-reads, so that edits show.
 */
const ONCE = import.meta.env.PROD;
let partsOnce: Promise<RecordParts> | undefined;
let editionOnce: Promise<Edition> | undefined;

export const CROSS_REFERENCE_HINT =
  'Each reference must name something that exists: a theme, glossary or references file, a passage written "<doc-id>/<passage-id>", or words of the passage a note is on.';

/** Every document whose text is in the edition, newest first. Content problems were reported by the loader. */
export async function getDocuments(): Promise<Document[]> {
  return (await getRecordParts()).documents;
}

/** The whole record, oldest first: every document, with its text or catalogued without it. */
export async function getRecord(): Promise<RecordDocument[]> {
  return (await getEdition()).record;
}

interface RecordParts {
  documents: Document[];
  catalogued: RecordDocument[];
}

function getRecordParts(): Promise<RecordParts> {
  if (!ONCE) return loadRecordParts();
  return (partsOnce ??= loadRecordParts());
}

async function loadRecordParts(): Promise<RecordParts> {
  const [entries, kindEntries] = await Promise.all([getCollection('documents'), getCollection('kinds')]);
  const kinds = new Map<string, DocumentKind>(kindEntries.map((k) => [k.id, { ...k.data, id: k.id, file: k.filePath ?? k.id }]));
  const documents: Document[] = [];
  const catalogued: RecordDocument[] = [];
  for (const entry of entries) {
    // The dev server keeps a document whose text or ids are wrong: its pages fail with the problem instead.
    const problems = (entry.data as { contentProblems?: string }).contentProblems;
    if (problems) throw new ContentProblems(problems, 'Fix the file and save it: the page reloads. `npm run check:content` lists every problem.');
    const body = entry.body ?? '';
    if (!entry.data.source) {
      catalogued.push(readCatalogued({ id: entry.id, file: entry.filePath, data: entry.data, body }, kinds).document);
      continue;
    }
    // The loader's digest names the entry's version; every page asks, so never re-serialise the entry.
    const key = String(entry.digest ?? `${JSON.stringify(entry.data)}\n${entry.body}`);
    const cached = parsed.get(entry.id);
    if (cached?.key === key) {
      documents.push(cached.document);
      continue;
    }
    // Parsed by the loader in this process (a build): not parsed again.
    const loaded = parsedDocuments().get(key);
    if (loaded) {
      parsed.set(entry.id, { key, document: loaded });
      documents.push(loaded);
      continue;
    }
    // Passage lines are lines of the file, for messages about cross-references.
    const lineOffset = entry.filePath ? bodyLineOffset(readFileSync(entry.filePath, 'utf8'), body) : 0;
    const { document } = readDocument({ id: entry.id, data: entry.data, body, file: entry.filePath, lineOffset }, kinds);
    parsed.set(entry.id, { key, document });
    documents.push(document);
  }
  return { documents: documents.sort(byDateDescending), catalogued };
}

let checked: { documents: Document[]; catalogued: RecordDocument[]; edition: Edition } | undefined;

/**
 * The whole edition, its cross-references checked: a theme, event, relation or glossary
 * entry that points at nothing fails the build, naming the file.
 */
export function getEdition(): Promise<Edition> {
  if (!ONCE) return loadEdition();
  return (editionOnce ??= loadEdition());
}

async function loadEdition(): Promise<Edition> {
  const { documents, catalogued } = await getRecordParts();
  if (!ONCE && checked && checked.documents.every((d, i) => d === documents[i]) && checked.documents.length === documents.length) {
    // Catalogued documents are cheap to read but change too: compare them by value.
    if (JSON.stringify(checked.catalogued) === JSON.stringify(catalogued)) return checked.edition;
  }
  const [themes, events, glossary, relations, notes, references] = await Promise.all([
    getCollection('themes'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('relations'),
    getCollection('notes'),
    getCollection('references'),
  ]);
  const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data });
  const edition = assembleEdition({
    documents,
    catalogued,
    themes: themes.map(entry),
    events: events.map(entry),
    glossary: glossary.map(entry),
    relations: relations.map(entry),
    notes: notes.map(entry),
    references: references.map(entry),
  });
  const errors = checkCrossReferences(edition);
  if (errors.length) throw new ContentProblems(errors, CROSS_REFERENCE_HINT);
  checked = { documents, catalogued, edition };
  return edition;
}
