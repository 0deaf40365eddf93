import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { risRecord } from './ris';
import { createHash } from 'node:crypto';
import { persistedStore } from './build-store';
import { cslVersion, formatItem, type CslItem, type CslStyleId, type Formatted, type Locator } from './csl';
import type { Document } from './documents';
import type { RecordDocument } from './record';
import type { Reference } from './references';
import { numberInId, passageText, type Passage } from './passages';
import { SITE_TITLE } from './site';

/**
 * "Cite this passage": a document or one passage of it, cited in the styles readers use,
 * formatted by the CSL processor from one CSL-JSON item, with the pinpoint and the permalink.
 */

/** One style's citation: its entries (a note, a reference-list entry, an in-text citation). */
export interface StyleCitation {
  id: string;
  name: string;
  entries: ({ label: string; form: 'citation' | 'bibliography' } & Formatted)[];
}

export interface Citations {
  permalink: string;
  styles: StyleCitation[];
  bibtex: string;
  /** The item as a RIS record, for EndNote, Mendeley and other reference managers. */
  ris?: string | undefined;
  /** The CSL-JSON item, as a one-item CSL-JSON file. */
  cslJson: string;
}

/** How a reader's chosen citation is named on the page and on their device: "chicago:Note". */
export const citationKey = (styleId: string, entryLabel: string): string => `${styleId}:${entryLabel}`;

/** The citation a passage page shows until the reader chooses another: Chicago's full note. */
export const DEFAULT_CITATION = citationKey('chicago', 'Note');

/** Which CSL output each style shows, and under what name. */
const STYLES: { id: string; name: string; entries: { label: string; style: CslStyleId; form: 'citation' | 'bibliography' }[] }[] = [
  {
    id: 'chicago',
    name: 'Chicago (17th ed., notes and bibliography)',
    entries: [
      { label: 'Note', style: 'chicago-fullnote-bibliography', form: 'citation' },
      { label: 'Short note', style: 'chicago-note-bibliography', form: 'citation' },
      { label: 'Bibliography', style: 'chicago-fullnote-bibliography', form: 'bibliography' },
    ],
  },
  {
    id: 'apa',
    name: 'APA (7th ed.)',
    entries: [
      { label: 'Reference', style: 'apa', form: 'bibliography' },
      { label: 'In-text citation', style: 'apa', form: 'citation' },
    ],
  },
  {
    id: 'mla',
    name: 'MLA (9th ed.)',
    entries: [
      { label: 'Works cited', style: 'modern-language-association', form: 'bibliography' },
      { label: 'In-text citation', style: 'modern-language-association', form: 'citation' },
    ],
  },
];

const TRANSLATION_GENRE: Record<Document['source']['translation'], string | undefined> = {
  none: undefined,
  official: 'official English text',
  machine: 'English machine translation',
};

/** The CSL-JSON item for a document, or for one passage of it (its permalink as URL). */
export function citationItem(document: Document, url: string, passage?: Passage): CslItem {
  const [year, month, day] = document.date.split('-').map(Number) as [number, number, number];
  const genre = [document.kind.citationGenre, TRANSLATION_GENRE[document.source.translation]].filter(Boolean).join(', ');
  return {
    id: passage ? `${document.id}/${passage.id}` : document.id,
    type: 'webpage',
    title: document.title,
    author: (document.issuedBy ?? document.parties).map((literal) => ({ literal })),
    issued: { 'date-parts': [[year, month, day]] },
    genre,
    'container-title': SITE_TITLE,
    URL: url,
  };
}

/**
 * The CSL-JSON item for a catalogued document. The edition holds no text of it, so the
 * citation's source is where its official text (or the official report of it) is published:
 * that publisher and address, never this site's page.
 */
export function catalogueCitationItem(document: RecordDocument, publication: Pick<Reference, 'publisher' | 'url'>): CslItem {
  return {
    id: document.id,
    type: 'document',
    title: document.title,
    author: document.parties.map((literal) => ({ literal })),
    issued: { 'date-parts': [document.date.split('-').map(Number) as [number, number?, number?]] },
    genre: document.kind.citationGenre,
    publisher: publication.publisher,
    URL: publication.url,
  };
}

/** A catalogued document's citations in every style; `permalink` is its page here, for sharing. */
export function catalogueCitations(document: RecordDocument, publication: Pick<Reference, 'publisher' | 'url'>, permalink: string): Citations {
  const item = catalogueCitationItem(document, publication);
  return { permalink, styles: formatStyles(item, undefined), bibtex: toBibtex(item), ris: risRecord(item), cslJson: JSON.stringify([item], null, 2) };
}

/**
 * Where the passage is in the document, as a CSL locator: clause 12 → "cl. 12", ¶ 10 →
 * "para. 10", preamble 1 → "pmbl. 1". A closing (signing, signatures) has no number to
 * cite; its permalink points at it.
 */
export function pinpoint(passage: Pick<Passage, 'id' | 'kind'>): Locator | undefined {
  const number = numberInId(passage.id);
  if (!number || passage.kind === 'closing') return undefined;
  return { locator: number, label: passage.kind === 'preamble' ? 'preamble' : passage.kind };
}

/** The pinpoint in words, for BibTeX's note and for readers: "clause 12", "paragraph 10". */
export function pinpointText(passage: Pick<Passage, 'id' | 'kind' | 'label'>): string {
  const at = pinpoint(passage);
  return at ? `${at.label} ${at.locator}` : passage.label.toLowerCase();
}

// Every passage of a document is cited alike but for its URL and its pinpoint. Formatting is
// done once per document, for each kind of pinpoint its passages have, with two placeholders,
// which are then replaced: 25,000 passages would otherwise cost minutes of CSL processing.
const URL_PLACEHOLDER = 'https://citation-placeholder.invalid/url/';
const LOCATOR_PLACEHOLDER = '987654321';

/** A style's entries for one item, for each pinpoint label ('' for none). */
type StyleTemplates = Map<string, StyleCitation[]>;
const templates = new Map<string, StyleTemplates>();
/**
 * The same, kept from build to build by what formats them and what they format: a warm build
 * formats only the documents that changed (citeproc takes some 60 ms a document).
 */
const saved = persistedStore<[string, StyleCitation[]][]>('citations');
let engine: string | undefined;

const locatorKey = (locator: Locator | undefined): string => locator?.label ?? '';

/** The item in every style, for each of the locators: one registration per CSL style. */
function formatAll(item: CslItem, locators: readonly (Locator | undefined)[]): StyleTemplates {
  const byStyle = new Map<CslStyleId, { citations: Map<string, Formatted>; bibliography?: Formatted | undefined }>();
  for (const style of new Set(STYLES.flatMap((s) => s.entries.map((e) => e.style)))) {
    const bibliography = STYLES.some((s) => s.entries.some((e) => e.style === style && e.form === 'bibliography'));
    const cites = STYLES.some((s) => s.entries.some((e) => e.style === style && e.form === 'citation'));
    const formatted = formatItem(style, item, { locators: cites ? locators : [], bibliography });
    byStyle.set(style, { citations: new Map(cites ? locators.map((l, i) => [locatorKey(l), formatted.citations[i]!]) : []), bibliography: formatted.bibliography });
  }
  return new Map(
    locators.map((locator) => [
      locatorKey(locator),
      STYLES.map(({ id, name, entries }) => ({
        id,
        name,
        entries: entries.map(({ label, style, form }) => {
          const formatted = byStyle.get(style)!;
          return { label, form, ...(form === 'citation' ? formatted.citations.get(locatorKey(locator))! : formatted.bibliography!) };
        }),
      })),
    ]),
  );
}

function formatStyles(item: CslItem, locator: Locator | undefined): StyleCitation[] {
  return formatAll(item, [locator]).get(locatorKey(locator))!;
}

function fill(styles: StyleCitation[], url: string, locator: Locator | undefined): StyleCitation[] {
  const put = (s: string) => s.split(URL_PLACEHOLDER).join(url).split(LOCATOR_PLACEHOLDER).join(locator?.locator ?? '');
  return styles.map((style) => ({ ...style, entries: style.entries.map((e) => ({ ...e, html: put(e.html), text: put(e.text) })) }));
}

/**
 * The placeholders came through formatting unchanged (a reference entry shows the URL, a
 * citation the pinpoint), so replacing them equals formatting anew; the tests compare both.
 */
function usable(styles: StyleCitation[], locator: Locator | undefined): boolean {
  return styles.every((s) =>
    s.entries.every((e) =>
      [e.html, e.text].every((out) => (e.form === 'bibliography' ? out.includes(URL_PLACEHOLDER) : !locator || out.includes(LOCATOR_PLACEHOLDER))),
    ),
  );
}

/** A document's templates: for no pinpoint (the document, a closing) and for each kind of pinpoint its passages have. */
function documentTemplates(document: Document): StyleTemplates {
  const key = `${document.id} ${JSON.stringify(citationItem(document, '', undefined))}`;
  let found = templates.get(key);
  if (!found) {
    const locators = new Map<string, Locator | undefined>([['', undefined]]);
    for (const passage of document.passages) {
      const at = pinpoint(passage);
      if (at) locators.set(at.label, { ...at, locator: LOCATOR_PLACEHOLDER });
    }
    const item = citationItem(document, URL_PLACEHOLDER);
    const savedKey = createHash('sha256').update(JSON.stringify([(engine ??= cslVersion()), STYLES, item, [...locators.values()]])).digest('hex');
    const kept = saved.get(savedKey);
    found = kept ? new Map(kept) : formatAll(item, [...locators.values()]);
    for (const [label, styles] of found) {
      if (!usable(styles, locators.get(label))) throw new Error(`the citation styles changed the placeholders for ${document.id}; format each passage directly`);
    }
    if (!kept) saved.set(savedKey, [...found]);
    templates.set(key, found);
  }
  return found;
}

/** A document's or a passage's citations in every style, with its permalink. */
export function citationsFor(document: Document, permalink: string, passage?: Passage): Citations {
  const locator = passage ? pinpoint(passage) : undefined;
  const template = documentTemplates(document).get(locatorKey(locator));
  if (!template) throw new Error(`${document.id}: no citation template for the pinpoint of ${passage?.id}`);
  const item = citationItem(document, permalink, passage);
  const note = passage ? pinpointText(passage) : undefined;
  const records = documentRecords(document, Boolean(note));
  const put = (s: string) => s.split(URL_PLACEHOLDER).join(permalink).split(NOTE_PLACEHOLDER).join(note ?? '');
  return {
    permalink,
    styles: fill(template, permalink, locator),
    bibtex: records ? put(records.bibtex) : toBibtex(note ? { ...item, note } : item),
    ris: records ? put(records.ris) : risRecord(note ? { ...item, note } : item),
    cslJson: JSON.stringify([item], null, 2),
  };
}

// BibTeX and RIS, likewise made once per document (with and without a pinpoint note) and filled in.
const NOTE_PLACEHOLDER = 'notePlaceholder987654321';
const records = new Map<string, { bibtex: string; ris: string } | undefined>();

/** The document's BibTeX and RIS with placeholders; undefined if a format changed a placeholder, so that each is made directly. */
function documentRecords(document: Document, withNote: boolean): { bibtex: string; ris: string } | undefined {
  const key = `${document.id} ${withNote} ${JSON.stringify(citationItem(document, '', undefined))}`;
  if (!records.has(key)) {
    const item = citationItem(document, URL_PLACEHOLDER);
    const made = withNote ? { ...item, note: NOTE_PLACEHOLDER } : item;
    const formatted = { bibtex: toBibtex(made), ris: risRecord(made) };
    // BibTeX writes the URL twice (url, howpublished): each placeholder must come through at least once.
    const kept = Object.values(formatted).every((s) => s.includes(URL_PLACEHOLDER) && (!withNote || s.includes(NOTE_PLACEHOLDER)));
    records.set(key, kept ? formatted : undefined);
  }
  return records.get(key);
}

/**
 * BibTeX by Citation.js, which knows the format's escaping and case protection. BibTeX has
 * a year and a month but no day; given a day, Citation.js writes "may 17", which BibTeX
 * prints as it stands, so the day is left out and the month is written as its number.
 */
function toBibtex(item: CslItem): string {
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const issued = year ? { issued: { 'date-parts': [month ? [year, month] : [year]] } } : {};
  return new Cite({ ...item, ...issued }).format('bibtex').trim();
}

/** The passage's verbatim text followed by its Chicago note: what "Copy text with citation" copies. */
export function textWithCitation(passage: Passage, citations: Citations): string {
  const note = citations.styles.find((s) => s.id === 'chicago')?.entries.find((e) => e.label === 'Note');
  return `${passageText(passage)}\n\n${note?.text ?? citations.permalink}`;
}

/** Exposed for the tests, which check that filling placeholders equals formatting directly. */
export const directCitations = (document: Document, permalink: string, passage?: Passage): StyleCitation[] =>
  formatStyles(citationItem(document, permalink, passage), passage ? pinpoint(passage) : undefined);

/** BibTeX and RIS made directly, for the same comparison. */
export function directRecords(document: Document, permalink: string, passage?: Passage): { bibtex: string; ris: string } {
  const item = citationItem(document, permalink, passage);
  const made = passage ? { ...item, note: pinpointText(passage) } : item;
  return { bibtex: toBibtex(made), ris: risRecord(made) };
}
