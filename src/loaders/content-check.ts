import { join } from 'node:path';
import { eventSchema } from '../schemas/event';
import { glossarySchema } from '../schemas/glossary';
import { notesSchema } from '../schemas/notes';
import { referenceSchema } from '../schemas/reference';
import { relationsSchema } from '../schemas/relations';
import { themeSchema } from '../schemas/theme';
import { assembleEdition } from '../lib/assemble';
import { readYamlFolder } from './content-files';
import { checkCrossReferences } from '../lib/cross-references';
import type { Document } from '../lib/documents';
import type { Edition } from '../lib/edition';
import type { RecordDocument } from '../lib/record';
import { ContentError, type Problem } from '../lib/errors';
import { readDocumentFolder, readKinds } from './read-documents';

export interface ContentCheck {
  /** What prevents publishing, per file. */
  errors: ContentError[];
  /** Placeholders left to fill, per file (errors when `strict`). */
  drafts: ContentError[];
  edition: Edition;
  /** False when a document could not be read: references are checked once every document can be. */
  crossReferencesChecked: boolean;
}

/**
 * Every check the build makes on the content, without building pages: each collection
 * against its schema, each document's structure and fidelity to its source, and the
 * cross-references between collections. `npm run check:content` runs it; the build's loaders
 * run the same readers, so both report the same problems.
 */
export function checkContent(contentDir: string, { strict = false } = {}): ContentCheck {
  const errors: ContentError[] = [];
  const collect = (problems: Map<string, Problem[]>) => {
    for (const [file, list] of problems) errors.push(new ContentError(file, list));
  };
  const { kinds, problems: kindProblems } = readKinds(contentDir);
  collect(kindProblems);
  const drafts: ContentError[] = [];
  const documents: Document[] = [];
  const catalogued: RecordDocument[] = [];
  let unreadable = 0;
  for (const doc of readDocumentFolder(contentDir, kinds)) {
    if (!doc.document && !doc.catalogued) unreadable += 1;
    const problems = strict ? [...doc.problems, ...doc.placeholders] : doc.problems;
    if (problems.length) errors.push(new ContentError(doc.file, problems));
    if (!strict && doc.placeholders.length) drafts.push(new ContentError(doc.file, doc.placeholders));
    if (doc.document) documents.push(doc.document);
    if (doc.catalogued) catalogued.push(doc.catalogued);
  }
  const folder = <T>(name: string, read: (dir: string) => { entries: T[]; problems: Map<string, Problem[]> }) => {
    const { entries, problems } = read(join(contentDir, name));
    collect(problems);
    return entries;
  };
  const edition = assembleEdition({
    documents,
    catalogued,
    themes: folder('themes', (d) => readYamlFolder(d, themeSchema)),
    events: folder('events', (d) => readYamlFolder(d, eventSchema)),
    glossary: folder('glossary', (d) => readYamlFolder(d, glossarySchema)),
    relations: folder('relations', (d) => readYamlFolder(d, relationsSchema)),
    notes: folder('notes', (d) => readYamlFolder(d, notesSchema)),
    references: folder('references', (d) => readYamlFolder(d, referenceSchema)),
  });
  // References into a document that cannot be read would all fail: as in the build, they are checked once it can.
  if (unreadable === 0) errors.push(...checkCrossReferences(edition));
  return { errors, drafts, edition, crossReferencesChecked: unreadable === 0 };
}
