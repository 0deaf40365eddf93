import type { EventData } from '../schemas/event';
import type { GlossaryData } from '../schemas/glossary';
import type { NotesData } from '../schemas/notes';
import type { ReferenceData } from '../schemas/reference';
import type { RelationsData } from '../schemas/relations';
import type { ThemeData } from '../schemas/theme';
import { byDateDescending } from './dates';
import type { Document } from './documents';
import type { Edition } from './edition';
import { byDate, toTimelineEvent } from './events';
import { toEditorialNotes } from './notes';
import { byRecordDate, eventOfDocument, recordOfText, type RecordDocument } from './record';
import { toDocumentRelations, toRelations } from './relations';

/** One content entry as either reader gives it: Astro's collections or the files themselves. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface EditionParts {
  /** The documents whose text is in the edition. */
  documents: Document[];
  /** The documents of the record whose text is not (yet) in it. */
  catalogued: RecordDocument[];
  themes: Entry<ThemeData>[];
  events: Entry<EventData>[];
  glossary: Entry<GlossaryData>[];
  relations: Entry<RelationsData>[];
  notes: Entry<NotesData>[];
  references: Entry<ReferenceData>[];
}

/** The edition's model from its collections: the build (src/lib/content.ts) and `npm run check:content` both make it here. */
export function assembleEdition(parts: EditionParts): Edition {
  const record = [...parts.documents.map(recordOfText), ...parts.catalogued].sort(byRecordDate);
  const documentRelations = parts.relations.flatMap((r) => toDocumentRelations(r.id, r.file, r.data));
  const written = parts.events.map((e) => toTimelineEvent(e.id, e.file, e.data));
  // Every document of the record is on the timeline: through an event that names it, or as its own entry.
  const linked = new Set(written.map((e) => e.document));
  const ownEntries = record
    .filter((d) => !linked.has(d.id))
    .map((d) => eventOfDocument(d, documentRelations.filter((r) => r.to === d.id).map((r) => r.from)));
  return {
    documents: [...parts.documents].sort(byDateDescending),
    record,
    themes: parts.themes.map((t) => ({ ...t.data, id: t.id, file: t.file })),
    events: [...written, ...ownEntries].sort(byDate),
    glossary: parts.glossary.map((g) => ({ ...g.data, id: g.id, file: g.file })),
    relations: parts.relations.flatMap((r) => toRelations(r.id, r.file, r.data)),
    documentRelations,
    notes: parts.notes.flatMap((n) => toEditorialNotes(n.id, n.file, n.data)),
    references: parts.references.map((r) => ({ ...r.data, id: r.id, file: r.file })),
  };
}
