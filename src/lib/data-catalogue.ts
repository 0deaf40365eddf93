import { documentMarkdown, documentPlainText } from './document-files';
import type { Document } from './documents';
import type { Edition } from './edition';
import { dataJsonSchema, documentExport, documentsExport, glossaryExport, toJsonFile, type DocumentExport } from './open-data';
import { documentRis } from './ris-file';
import { documentTei } from './tei';
import {
  absoluteUrl,
  dataSchemaPath,
  documentPath,
  passagePath,
  documentDataPath,
  documentsDataPath,
  glossaryDataPath,
  type DataSchemaName,
  type DocumentFileFormat,
  type Deployment,
} from './urls';

/**
 * The open data as a reader of /data/ sees it: each file, what it holds, its format, its
 * schema and its size. The sizes are those of the files the build writes, made by the same
 * functions.
 */

/** A document's files, one per format: what each is, for the downloads and the data page. */
export const DOCUMENT_FILES: Record<DocumentFileFormat, { name: string; extension: string; mediaType: string; holds: string; schema?: DataSchemaName }> = {
  json: {
    name: 'JSON',
    extension: 'json',
    mediaType: 'application/json',
    holds: 'The document’s metadata and every passage in reading order: its verbatim text, label, section, speaker, themes, the editors’ notes with their offsets in the text, the glossary names it mentions, its reading text where notes replace words, and its permalink.',
    schema: 'document',
  },
  md: {
    name: 'Markdown',
    extension: 'md',
    mediaType: 'text/markdown',
    holds: 'The metadata, then each passage under a heading that links to its permalink, its text escaped to render verbatim, and the editors’ notes as a list.',
  },
  txt: {
    name: 'Plain text',
    extension: 'txt',
    mediaType: 'text/plain',
    holds: 'A short header, then each passage’s label on a line and its verbatim text.',
  },
  xml: {
    name: 'TEI XML',
    extension: 'xml',
    mediaType: 'application/tei+xml',
    holds: 'The document in TEI P5, the standard of documentary editions: a header with the source and the editorial method; each passage a division with its id; each correction as choice, sic (the text) and corr (the editors’ reading, with its certainty); other notes as notes on their words; glossary names as persName, placeName and orgName.',
  },
  ris: {
    name: 'RIS',
    extension: 'ris',
    mediaType: 'application/x-research-info-systems',
    holds: 'Reference-manager records (EndNote, Zotero, Mendeley): the document, then each passage with its permalink.',
  },
};

/** The order the formats are offered in. */
export const DOCUMENT_FILE_ORDER: DocumentFileFormat[] = ['json', 'md', 'txt', 'xml', 'ris'];

export interface DataFile {
  path: string;
  bytes: number;
}

export interface DataCatalogue {
  documents: DataFile;
  glossary: DataFile;
  schemas: { name: DataSchemaName; path: string; bytes: number }[];
  perDocument: { document: Document; files: (DataFile & { format: DocumentFileFormat })[] }[];
  /** One passage record of the newest document, abridged, as an example of the JSON. */
  example: string;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** How each format is written: the same functions the data routes call. */
function writers(edition: Edition, where: Deployment): Record<DocumentFileFormat, (record: DocumentExport, document: Document) => string> {
  const glossary = edition.glossary.map((g) => ({ id: g.id, kind: g.kind }));
  const at = (path: string) => absoluteUrl(path, where.site);
  return {
    json: (record) => toJsonFile(record),
    md: (record) => documentMarkdown(record),
    txt: (record) => documentPlainText(record),
    xml: (record) => documentTei(record, glossary, where),
    ris: (_, document) => documentRis(document, at(documentPath(document.id)), (p) => at(passagePath(document.id, p.id))),
  };
}

export function dataCatalogue(edition: Edition, where: Deployment): DataCatalogue {
  const write = writers(edition, where);
  const perDocument = edition.documents.map((document) => {
    const record = documentExport(edition, document, where);
    return {
      document,
      files: DOCUMENT_FILE_ORDER.map((format) => ({ format, path: documentDataPath(document.id, format), bytes: bytes(write[format](record, document)) })),
    };
  });
  // A passage with a note, where there is one: the example shows how a note sits on its words.
  const newest = edition.documents[0];
  const passages = newest ? documentExport(edition, newest, where).passages : [];
  const passage = passages.find((p) => p.notes.length > 0) ?? passages[0];
  const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);
  const note = passage?.notes[0];
  const example = passage
    ? JSON.stringify(
        {
          id: passage.id,
          label: passage.label,
          kind: passage.kind,
          text: clip(passage.text),
          ...(note ? { notes: [{ id: note.id, span: note.span, start: note.start, end: note.end, kind: note.kind, reading: clip(note.reading) }] } : {}),
          permalink: passage.permalink,
        },
        null,
        2,
      )
    : '';
  return {
    documents: { path: documentsDataPath(), bytes: bytes(toJsonFile(documentsExport(edition, where))) },
    glossary: { path: glossaryDataPath(), bytes: bytes(toJsonFile(glossaryExport(edition, where))) },
    schemas: (['documents', 'document', 'glossary'] as const).map((name) => ({ name, path: dataSchemaPath(name), bytes: bytes(toJsonFile(dataJsonSchema(name, where))) })),
    perDocument,
    example,
  };
}

/** "12.3 kB": sizes as a reader compares them. */
export function formatSize(n: number): string {
  if (n < 1000) return `${n} B`;
  return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} kB`;
}
