import { z } from 'astro/zod';
import { translationIds } from './kinds';
import type { EditorialNote } from './notes';
import { readPassage, type PassageReading } from './reading-text';
import type { Document } from './documents';
import { sectionOf, speakerName } from './documents';
import { notesOnDocument, passageWithNotes, type Edition, type NoteView } from './edition';
import { findMentions, GLOSSARY_KINDS, LANGUAGE_TAG, NAME_KINDS, type GlossaryEntry } from './glossary';
import { CONFIDENCE_LEVELS, NOTE_KINDS } from './notes';
import { ID_PATTERN, passageText, type Passage, type PassageKind, type SectionBoundary } from './passages';
import { referencesById, type Reference } from './references';
import { DATE_BASES } from './events';
import { DOCUMENT_STATES, type RecordDocument } from './record';
import { SITE_TITLE } from './site';
import { themesOf } from './themes';
import {
  dataSchemaPath,
  deployedUrl,
  documentDataPath,
  documentPath,
  documentsDataPath,
  glossaryDataPath,
  glossaryEntryPath,
  homePath,
  passagePath,
  type DataSchemaName,
  type Deployment,
} from './urls';

/**
 * The open data: every document and passage as JSON, built from the edition at build time.
 * Each format is defined once, here, as a zod schema: the build validates every export
 * against it, and the JSON Schema served beside the files is generated from it.
 */

/** What the files say about the texts they carry. */
export const TEXTS_NOTICE =
  'The texts are official texts of the People’s Republic of China and the Republic of Kazakhstan, published verbatim as their sources give them, the errors of a machine translation included; each document names its source. Summaries, structure, section titles, themes and editorial notes are the editors’, never part of a text.';

const id = z.string().regex(ID_PATTERN);
const day = z.iso.date();
const url = z.url();
const PASSAGE_KINDS = ['preamble', 'clause', 'paragraph', 'closing'] as const satisfies readonly PassageKind[];
const SECTION_BOUNDARIES = ['in-text', 'confirmed', 'inferred'] as const satisfies readonly SectionBoundary[];
const count = z.int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const referenceRecord = z
  .strictObject({
    id,
    title: z.string(),
    publisher: z.string(),
    url,
    date: day.nullable().describe('The date the source carries.'),
    note: z.string().nullable().describe('What a reader should know about the copy.'),
  })
  .meta({ id: 'Reference', description: 'A published source outside the texts that supports a note.' });

const noteFields = {
  id: id.describe('The note’s permanent id, unique in the edition; its anchor on the site is #note-<id>.'),
  kind: z.enum(NOTE_KINDS).describe('correction: what garbled words should read; clarification: what correct words refer to; discrepancy: what other evidence says.'),
  reading: z.string().describe('The editorial reading.'),
  evidence: z.string().describe('How the editors know, in their words.'),
  confidence: z.enum(CONFIDENCE_LEVELS).describe('confirmed by a source, or inferred by the editors.'),
  sources: z.array(referenceRecord),
};

const wholeTextNoteRecord = z
  .strictObject(noteFields)
  .meta({ id: 'WholeTextNote', description: 'An editorial note on a whole text. The editors’, not part of the text.' });

const passageNoteRecord = z
  .strictObject({
    id: noteFields.id,
    marker: z.string().regex(/^[a-z]+$/).describe('The letter that marks the note in the passage on the site: a, b, … in the order of the text.'),
    span: z.string().min(1).describe('The exact words of the passage the note is on.'),
    occurrence: count.min(1).nullable().describe('Which occurrence of the words, when they occur more than once in the passage.'),
    start: count.describe('Where the words start in the passage’s text, in UTF-16 code units (as JavaScript’s String.prototype.slice counts).'),
    end: count.describe('Where the words end in the passage’s text: text.slice(start, end) is the span.'),
    kind: noteFields.kind,
    reading: noteFields.reading,
    replaceWith: z.string().min(1).nullable().describe('The words the reading text puts in place of the span, when the note replaces them (a correction the editors read into the text); null otherwise.'),
    evidence: noteFields.evidence,
    confidence: noteFields.confidence,
    sources: noteFields.sources,
  })
  .meta({ id: 'PassageNote', description: 'An editorial note on words of a passage. The editors’, not part of the text.' });

const mentionRecord = z
  .strictObject({
    entry: id.describe('The glossary entry’s id (its page is /glossary/<id>/, its record in /data/glossary.json).'),
    name: z.string().describe('The entry’s name, in the editors’ English.'),
    words: z.string().min(1).describe('The words of the passage that name it, exactly as the text gives them (a garbled spelling included).'),
    start: count.describe('Where the words start in the passage’s text, in UTF-16 code units.'),
    end: count.describe('Where the words end: text.slice(start, end) is the words.'),
  })
  .meta({ id: 'Mention', description: 'A place where a passage names a glossary entry. Found by the editors’ list of spellings; the text is not changed.' });

const documentRecord = z
  .strictObject({
    inEdition: z.literal(true).describe('The edition has the text: this record has its passages’ files.'),
    id: id.describe('The permanent id: the document file’s name.'),
    title: z.string().describe('The title as the source gives it.'),
    shortTitle: z.string().describe('The name used in page titles and citations.'),
    kind: id.describe('The kind of document (joint-statement, talks-readout…): a file in content/kinds/ of the edition.'),
    kindLabel: z.string().describe('The kind as the edition names it: “Joint statement”.'),
    date: day.describe('The day of the event the text records.'),
    place: z.strictObject({ name: z.string(), country: z.string() }),
    parties: z.array(z.string()).min(1),
    speakers: z.array(z.strictObject({ id, name: z.string() })).describe('Who speaks in the text, for documents whose paragraphs are attributed.'),
    summary: z.string().describe('The editors’ summary.'),
    structure: z.string().nullable().describe('The editors’ account of how the text is divided.'),
    sections: z
      .array(
        z.strictObject({
          id,
          title: z.string(),
          boundary: z.enum(SECTION_BOUNDARIES).nullable().describe('How the start of the section is known.'),
          note: z.string().nullable().describe('The editors’ account of the boundary.'),
        }),
      )
      .describe('The sections passages are grouped in, in reading order; their titles are the editors’ where the text has none.'),
    source: z.strictObject({
      description: z.string(),
      publisher: z.string(),
      url: url.nullable(),
      originalLanguage: z.string(),
      translation: z.enum(translationIds).describe('How the text was put into English: none (English original), official, or machine (an unrevised machine translation).'),
      date: day.describe('The date the copy carries.'),
    }),
    counts: z.strictObject({
      sections: count,
      passages: count,
      paragraphs: count.describe('Paragraphs (or table rows) of the source text.'),
      notes: count.describe('Editorial notes on the text and on its passages.'),
    }),
    urls: z.strictObject({
      page: url.describe('The document’s page.'),
      permalinkBase: url.describe('A passage’s permalink is this address followed by the passage id and "/".'),
      json: url,
      text: url.describe('Plain text: a header, then each passage as its label on a line and its text.'),
      markdown: url,
    }),
    notes: z.array(wholeTextNoteRecord).describe('Editorial notes on the whole text.'),
  })
  .meta({ id: 'Document', description: 'A document’s metadata, counts, addresses and the notes on its whole text.' });

const passageRecord = z
  .strictObject({
    id: id.describe('The permanent id, written in the content.'),
    label: z.string().describe('What a reader sees and cites: "Clause 12", "¶ 10", "Signatures".'),
    kind: z.enum(PASSAGE_KINDS),
    section: z.strictObject({ id, title: z.string() }).nullable(),
    speaker: z.strictObject({ id, name: z.string() }).nullable().describe('Who speaks, for attributed paragraphs; "narration" for the reporter’s own words.'),
    text: z.string().min(1).describe('The verbatim text: the source’s paragraphs (a table row’s cells joined by a space), separated by a blank line.'),
    themes: z.array(z.strictObject({ id, title: z.string() })).describe('The editors’ themes, most important first.'),
    notes: z.array(passageNoteRecord).describe('Editorial notes on words of the passage, in the order of the text.'),
    mentions: z.array(mentionRecord).describe('The glossary entries the passage names, each place in the order of the text; /data/glossary.json has each entry’s names in other languages and spellings.'),
    reading: z
      .strictObject({
        text: z.string().min(1).describe('The reading text: `text` with each replacement made, nothing else changed.'),
        replacements: z
          .array(
            z.strictObject({
              note: id.describe('The note (in `notes`) whose words replace the span.'),
              start: count.describe('Where the replaced words start in `text`.'),
              end: count.describe('Where they end in `text` (exclusive).'),
              readingStart: count.describe('Where the editors’ words start in `reading.text`.'),
              readingEnd: count.describe('Where they end in `reading.text` (exclusive).'),
            }),
          )
          .min(1)
          .describe('In the order of the text: either text is the other with these spans exchanged.'),
      })
      .nullable()
      .describe('The editors’ reading text of the passage, where notes replace garbled words with theirs; null where none does. Never the text.'),
    permalink: url.describe('The passage’s permanent page.'),
    path: z.string().regex(/^\/.*\/$/).describe('The permanent path, without the deployment’s base path.'),
  })
  .superRefine((passage, ctx) => {
    if (passage.reading) {
      // Rebuild the reading text from the verbatim and the replacements: they must agree.
      let rebuilt = '';
      let at = 0;
      for (const r of passage.reading.replacements) {
        const note = passage.notes.find((n) => n.id === r.note);
        rebuilt += passage.text.slice(at, r.start) + passage.reading.text.slice(r.readingStart, r.readingEnd);
        at = r.end;
        if (!note || note.start !== r.start || note.end !== r.end) ctx.addIssue({ code: 'custom', path: ['reading', 'replacements'], message: `replacement by "${r.note}" is not on its note's words` });
      }
      if (rebuilt + passage.text.slice(at) !== passage.reading.text) ctx.addIssue({ code: 'custom', path: ['reading', 'text'], message: 'the reading text is not the text with its replacements made' });
    }
    passage.notes.forEach((note, i) => {
      if (passage.text.slice(note.start, note.end) !== note.span) {
        ctx.addIssue({ code: 'custom', path: ['notes', i, 'span'], message: `note "${note.id}": text.slice(${note.start}, ${note.end}) is not the span "${note.span}"` });
      }
    });
    passage.mentions.forEach((mention, i) => {
      if (passage.text.slice(mention.start, mention.end) !== mention.words) {
        ctx.addIssue({ code: 'custom', path: ['mentions', i, 'words'], message: `mention of "${mention.entry}": text.slice(${mention.start}, ${mention.end}) is not "${mention.words}"` });
      }
    });
  })
  .meta({ id: 'Passage', description: 'A passage: its verbatim text, its place in the document, its themes and notes, and its permalink.' });

const partialDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A day "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when no more is known.');

const catalogueRecord = z
  .strictObject({
    inEdition: z.literal(false).describe('The edition does not (yet) have the text: the record gives its facts and where its official text is published.'),
    id: id.describe('The permanent id: the document file’s name; the same once its text is added.'),
    title: z.string(),
    shortTitle: z.string(),
    kind: id,
    kindLabel: z.string(),
    date: partialDay.describe('The day it was signed or adopted, or the month or year when only that is known.'),
    dateBasis: z.enum(DATE_BASES).describe('How the date is known: stated in a text of the edition, confirmed by the references, or inferred (see dateNote).'),
    dateNote: z.string().nullable(),
    place: z.strictObject({ name: z.string(), country: z.string() }).nullable(),
    parties: z.array(z.string()).min(1),
    signatories: z.array(z.string()).describe('Who signed it, where a source names them.'),
    summary: z.string().describe('The editors’ summary.'),
    status: z
      .strictObject({ state: z.enum(DOCUMENT_STATES), since: partialDay.nullable(), sources: z.array(referenceRecord).min(1) })
      .nullable()
      .describe('Signed, in force, expired or superseded, where a source says.'),
    references: z.array(referenceRecord).min(1).describe('Where its official text, or the official report of it, is published, the best first.'),
    urls: z.strictObject({ page: url.describe('Its page in the edition.') }),
  })
  .meta({ id: 'CataloguedDocument', description: 'A document of the bilateral record whose text is not in the edition: its facts, each with its source.' });

export const documentsExportSchema = z
  .strictObject({
    $schema: url,
    title: z.string(),
    site: url.describe('The edition’s home page.'),
    notice: z.string(),
    documents: z
      .array(z.discriminatedUnion('inEdition', [documentRecord, catalogueRecord]))
      .describe('The whole bilateral record, newest first: documents whose text is in the edition (inEdition: true) and those catalogued without it (inEdition: false).'),
  })
  .meta({ title: `${SITE_TITLE}: the documents`, description: 'Every document of the bilateral record, with its metadata and the addresses of its page and, for texts in the edition, its data files.' });

export const documentExportSchema = z
  .strictObject({
    $schema: url,
    notice: z.string(),
    document: documentRecord,
    passages: z.array(passageRecord).min(1).describe('Every passage, in reading order.'),
  })
  .superRefine((data, ctx) => {
    if (data.document.counts.passages !== data.passages.length) {
      ctx.addIssue({ code: 'custom', path: ['document', 'counts', 'passages'], message: `counts ${data.document.counts.passages} passages, the file holds ${data.passages.length}` });
    }
  })
  .meta({ title: `${SITE_TITLE}: one document`, description: 'One document: its metadata and every passage, in reading order, with its verbatim text.' });

const entryNameRecord = z
  .strictObject({
    text: z.string().min(1),
    lang: z.string().regex(LANGUAGE_TAG).describe('The name’s language and script, as a BCP 47 tag: "zh-Hans", "ru", "kk", "en", …'),
    kind: z.enum(NAME_KINDS).describe('name: the usual name in that language; full-name; transliteration: another spelling of the name; former-name; abbreviation.'),
    note: z.string().nullable().describe('What a reader should know about the form, e.g. the years a former name was in use.'),
    sources: z.array(referenceRecord).min(1).describe('Where this exact form is published.'),
  })
  .meta({ id: 'EntryName', description: 'One of an entry’s names in another language or script, or another spelling of it, with where it is published.' });

const glossaryEntryRecord = z
  .strictObject({
    id: id.describe('The permanent id: the entry file’s name.'),
    name: z.string().describe('The name, in the editors’ English.'),
    kind: z.enum(GLOSSARY_KINDS),
    description: z.string().describe('The editors’ description.'),
    mentions: z.array(z.string()).describe('The exact spellings that count as naming the entry in the texts, garbled ones included.'),
    names: z.array(entryNameRecord).describe('Its names by language, and its other spellings.'),
    location: z.strictObject({ longitude: z.number(), latitude: z.number() }).nullable().describe('For a place: where it is (WGS 84).'),
    references: z.array(referenceRecord),
    page: url.describe('The entry’s page.'),
    path: z.string().regex(/^\/.*\/$/).describe('The entry page’s path, without the deployment’s base path.'),
  })
  .meta({ id: 'GlossaryEntry', description: 'A person, organisation, place or programme the texts name, with its names in other languages and scripts.' });

export const glossaryExportSchema = z
  .strictObject({
    $schema: url,
    title: z.string(),
    site: url.describe('The edition’s home page.'),
    notice: z.string(),
    entries: z.array(glossaryEntryRecord).describe('Every glossary entry, by id.'),
  })
  .meta({ title: `${SITE_TITLE}: the glossary`, description: 'The people, organisations, places and programmes the texts name, with their names in Chinese, Russian, Kazakh and other spellings, each with its sources.' });

export type DocumentsExport = z.output<typeof documentsExportSchema>;
export type GlossaryExport = z.output<typeof glossaryExportSchema>;
export type DocumentExport = z.output<typeof documentExportSchema>;
export type DocumentRecord = DocumentExport['document'];
export type PassageRecord = DocumentExport['passages'][number];
export type PassageNoteRecord = PassageRecord['notes'][number];
export type WholeTextNoteRecord = DocumentRecord['notes'][number];

const SCHEMAS = { documents: documentsExportSchema, document: documentExportSchema, glossary: glossaryExportSchema } as const satisfies Record<DataSchemaName, z.ZodType>;

/** The JSON Schema (draft 2020-12) of an export format, generated from its zod schema and named by its address. */
export function dataJsonSchema(name: DataSchemaName, where: Deployment): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12' });
  return { $schema, $id: deployedUrl(dataSchemaPath(name), where), ...rest };
}

/**
 * Validates an export against its format. A mistake in this module or content that slipped
 * past the loader fails the build here, naming the file and the field, before a file is written.
 */
export function validated<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
  const more = result.error.issues.length > 10 ? `\n  … and ${result.error.issues.length - 10} more` : '';
  throw new Error(`open data: ${file} does not match its schema (src/lib/open-data.ts):\n${problems.join('\n')}${more}`);
}

function reference(r: Reference): z.input<typeof referenceRecord> {
  return { id: r.id, title: r.title, publisher: r.publisher, url: r.url, date: r.date ?? null, note: r.note ?? null };
}

function wholeTextNote({ note, sources }: NoteView): z.input<typeof wholeTextNoteRecord> {
  return { id: note.id, kind: note.kind, reading: note.reading, evidence: note.evidence, confidence: note.confidence, sources: sources.map(reference) };
}

function passageNote({ note, placed, sources }: NoteView): z.input<typeof passageNoteRecord> {
  if (!placed || !note.span) throw new Error(`note ${note.id} is on a passage but was not placed`);
  return {
    id: note.id,
    marker: placed.marker,
    span: note.span,
    occurrence: note.occurrence ?? null,
    start: placed.start,
    end: placed.end,
    kind: note.kind,
    reading: note.reading,
    replaceWith: note.replaceWith ?? null,
    evidence: note.evidence,
    confidence: note.confidence,
    sources: sources.map(reference),
  };
}

/** What every document of the record says of itself, in either kind of record. */
function namedRecord(document: Pick<RecordDocument, 'id' | 'title' | 'shortTitle' | 'kind' | 'date'>) {
  return { id: document.id, title: document.title, shortTitle: document.shortTitle, kind: document.kind.id, kindLabel: document.kind.label, date: document.date };
}

function catalogueRecordOf(edition: Edition, document: RecordDocument, where: Deployment): z.input<typeof catalogueRecord> {
  return {
    inEdition: false,
    ...namedRecord(document),
    dateBasis: document.dateBasis,
    dateNote: document.dateNote ?? null,
    place: document.place ?? null,
    parties: document.parties,
    signatories: document.signatories,
    summary: document.summary,
    status: document.status
      ? { state: document.status.state, since: document.status.since ?? null, sources: referencesById(document.status.references, edition.references).map(reference) }
      : null,
    references: referencesById(document.references, edition.references).map(reference),
    urls: { page: deployedUrl(documentPath(document.id), where) },
  };
}

function documentRecordOf(edition: Edition, document: Document, where: Deployment): z.input<typeof documentRecord> {
  const at = (path: string) => deployedUrl(path, where);
  const wholeText = notesOnDocument(edition, document);
  const onPassages = document.passages.reduce((n, p) => n + passageWithNotes(edition, document, p).notes.length, 0);
  return {
    inEdition: true,
    ...namedRecord(document),
    place: { name: document.place.name, country: document.place.country },
    parties: document.parties,
    speakers: Object.entries(document.speakers).map(([speakerId, name]) => ({ id: speakerId, name })),
    summary: document.summary,
    structure: document.structure ?? null,
    sections: document.sections.map((s) => ({ id: s.id, title: s.title, boundary: s.boundary ?? null, note: s.note ?? null })),
    source: {
      description: document.source.description,
      publisher: document.source.publisher,
      url: document.source.url ?? null,
      originalLanguage: document.source.originalLanguage,
      translation: document.source.translation,
      date: document.source.date,
    },
    counts: {
      sections: document.sections.length,
      passages: document.passages.length,
      paragraphs: document.passages.reduce((n, p) => n + p.blocks.length, 0),
      notes: wholeText.length + onPassages,
    },
    urls: {
      page: at(documentPath(document.id)),
      permalinkBase: at(documentPath(document.id)),
      json: at(documentDataPath(document.id, 'json')),
      text: at(documentDataPath(document.id, 'txt')),
      markdown: at(documentDataPath(document.id, 'md')),
    },
    notes: wholeText.map(wholeTextNote),
  };
}

function readingRecord(reading: PassageReading | undefined): z.input<typeof passageRecord>['reading'] {
  if (!reading) return null;
  return {
    text: reading.text,
    replacements: reading.replacements.map((r) => ({ note: r.note.id, start: r.start, end: r.end, readingStart: r.readingStart, readingEnd: r.readingEnd })),
  };
}

function passageRecordOf(edition: Edition, document: Document, passage: Passage, where: Deployment, documentNotes: readonly EditorialNote[]): z.input<typeof passageRecord> {
  const section = sectionOf(document, passage);
  const speaker = speakerName(document, passage);
  const path = passagePath(document.id, passage.id);
  return {
    id: passage.id,
    label: passage.label,
    kind: passage.kind,
    section: section ? { id: section.id, title: section.title } : null,
    speaker: passage.speaker && speaker ? { id: passage.speaker, name: speaker } : null,
    text: passageText(passage),
    themes: themesOf(passage, edition.themes).map((t) => ({ id: t.id, title: t.title })),
    notes: passageWithNotes(edition, document, passage).notes.map(passageNote),
    mentions: findMentions(passageText(passage), edition.glossary).map((m) => ({
      entry: m.entryId,
      name: edition.glossary.find((g) => g.id === m.entryId)!.name,
      words: m.text,
      start: m.start,
      end: m.end,
    })),
    reading: readingRecord(readPassage(passage, documentNotes)),
    permalink: deployedUrl(path, where),
    path,
  };
}

// Per-document files sit beside documents.json: an id that is a file name of its own would collide.
const RESERVED_IDS = new Set(['documents', 'glossary']);

/** /data/documents.json: the whole record, newest first. */
export function documentsExport(edition: Edition, where: Deployment): DocumentsExport {
  for (const d of edition.record) {
    if (RESERVED_IDS.has(d.id)) throw new Error(`${d.file}: the id "${d.id}" is the name of an open data file; rename the document`);
  }
  return validated(
    documentsExportSchema,
    {
      $schema: deployedUrl(dataSchemaPath('documents'), where),
      title: SITE_TITLE,
      site: deployedUrl(homePath(), where),
      notice: TEXTS_NOTICE,
      documents: [...edition.record].reverse().map((d) => (d.text ? documentRecordOf(edition, d.text, where) : catalogueRecordOf(edition, d, where))),
    },
    documentsDataPath(),
  );
}

/** /data/<doc-id>.json: one document and every passage, in reading order. */
export function documentExport(edition: Edition, document: Document, where: Deployment): DocumentExport {
  // The document's notes, found once: each passage's reading is made from them.
  const own = edition.notes.filter((n) => n.document === document.id);
  return validated(
    documentExportSchema,
    {
      $schema: deployedUrl(dataSchemaPath('document'), where),
      notice: TEXTS_NOTICE,
      document: documentRecordOf(edition, document, where),
      passages: document.passages.map((p) => passageRecordOf(edition, document, p, where, own)),
    },
    documentDataPath(document.id, 'json'),
  );
}

function glossaryEntryRecordOf(edition: Edition, entry: GlossaryEntry, where: Deployment): z.input<typeof glossaryEntryRecord> {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    description: entry.description,
    mentions: entry.mentions,
    names: entry.names.map((n) => ({ text: n.text, lang: n.lang, kind: n.kind, note: n.note ?? null, sources: referencesById(n.sources, edition.references).map(reference) })),
    location: entry.location ?? null,
    references: referencesById(entry.references, edition.references).map(reference),
    page: deployedUrl(glossaryEntryPath(entry.id), where),
    path: glossaryEntryPath(entry.id),
  };
}

/** /data/glossary.json: every entry with its names by language; the search page reads it to suggest names. */
export function glossaryExport(edition: Edition, where: Deployment): GlossaryExport {
  return validated(
    glossaryExportSchema,
    {
      $schema: deployedUrl(dataSchemaPath('glossary'), where),
      title: SITE_TITLE,
      site: deployedUrl(homePath(), where),
      notice: 'Names, descriptions and spellings are the editors’; each name in another language or script cites where that form is published.',
      entries: [...edition.glossary].sort((a, b) => a.id.localeCompare(b.id)).map((e) => glossaryEntryRecordOf(edition, e, where)),
    },
    glossaryDataPath(),
  );
}

/** JSON as the files are written: indented, so that a reader can open one, with a final newline. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
