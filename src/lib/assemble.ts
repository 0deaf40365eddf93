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
import { toRelations } from './relations';

/** One content entry as either reader gives it: Astro's collections or the files themselves. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface EditionParts {
  documents: Document[];
  themes: Entry<ThemeData>[];
  events: Entry<EventData>[];
  glossary: Entry<GlossaryData>[];
  relations: Entry<RelationsData>[];
  notes: Entry<NotesData>[];
  references: Entry<ReferenceData>[];
}

/** The edition's model from its collections: the build (src/lib/content.ts) and `npm run check:content` both make it here. */
export function assembleEdition(parts: EditionParts): Edition {
  return {
    documents: [...parts.documents].sort(byDateDescending),
    themes: parts.themes.map((t) => ({ ...t.data, id: t.id, file: t.file })),
    events: parts.events.map((e) => toTimelineEvent(e.id, e.file, e.data)).sort(byDate),
    glossary: parts.glossary.map((g) => ({ ...g.data, id: g.id, file: g.file })),
    relations: parts.relations.flatMap((r) => toRelations(r.id, r.file, r.data)),
    notes: parts.notes.flatMap((n) => toEditorialNotes(n.id, n.file, n.data)),
    references: parts.references.map((r) => ({ ...r.data, id: r.id, file: r.file })),
  };
}
