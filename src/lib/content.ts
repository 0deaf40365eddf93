import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkCrossReferences } from './cross-references';
import { byDateDescending } from './dates';
import { bodyLineOffset, readDocument, type Document } from './documents';
import type { Edition } from './edition';
import { byDate, toTimelineEvent } from './events';
import { toEditorialNotes } from './notes';
import { toRelations } from './relations';

// Parsed once per entry version: every page of a build asks for the same documents.
const parsed = new Map<string, { key: string; document: Document }>();

/**
 * A production build reads content that cannot change while it runs, and every page asks for
 * it: load it once. The dev server re-reads, so that edits show.
 */
const ONCE = import.meta.env.PROD;
let documentsOnce: Promise<Document[]> | undefined;
let editionOnce: Promise<Edition> | undefined;

/** Every published document, newest first. Content problems were reported by the loader. */
export function getDocuments(): Promise<Document[]> {
  if (!ONCE) return loadDocuments();
  return (documentsOnce ??= loadDocuments());
}

async function loadDocuments(): Promise<Document[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => {
      // The loader's digest names the entry's version; every page asks, so never re-serialise the entry.
      const key = String(entry.digest ?? `${JSON.stringify(entry.data)}\n${entry.body}`);
      const cached = parsed.get(entry.id);
      if (cached?.key === key) return cached.document;
      const body = entry.body ?? '';
      // Passage lines are lines of the file, for messages about cross-references.
      const lineOffset = entry.filePath ? bodyLineOffset(readFileSync(entry.filePath, 'utf8'), body) : 0;
      const { document } = readDocument({ id: entry.id, data: entry.data, body, file: entry.filePath, lineOffset });
      parsed.set(entry.id, { key, document });
      return document;
    })
    .sort(byDateDescending);
}

let checked: { documents: Document[]; edition: Edition } | undefined;

/**
 * The whole edition, its cross-references checked: a theme, event, relation or glossary
 * entry that points at nothing fails the build, naming the file.
 */
export function getEdition(): Promise<Edition> {
  if (!ONCE) return loadEdition();
  return (editionOnce ??= loadEdition());
}

async function loadEdition(): Promise<Edition> {
  const documents = await getDocuments();
  if (checked && checked.documents.every((d, i) => d === documents[i]) && checked.documents.length === documents.length) {
    return checked.edition;
  }
  const [themes, events, glossary, relations, notes, references] = await Promise.all([
    getCollection('themes'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('relations'),
    getCollection('notes'),
    getCollection('references'),
  ]);
  const file = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;
  const edition: Edition = {
    documents,
    themes: themes.map((t) => ({ ...t.data, id: t.id, file: file(t) })),
    events: events.map((e) => toTimelineEvent(e.id, file(e), e.data)).sort(byDate),
    glossary: glossary.map((g) => ({ ...g.data, id: g.id, file: file(g) })),
    relations: relations.flatMap((r) => toRelations(r.id, file(r), r.data)),
    notes: notes.flatMap((n) => toEditorialNotes(n.id, file(n), n.data)),
    references: references.map((r) => ({ ...r.data, id: r.id, file: file(r) })),
  };
  const errors = checkCrossReferences(edition);
  if (errors.length) {
    throw new AstroError(
      errors.map((e) => e.message).join('\n'),
      'Each reference must name something that exists: a theme, glossary or references file, a passage written "<doc-id>/<passage-id>", or words of the passage a note is on.',
    );
  }
  checked = { documents, edition };
  return edition;
}
