import { formatDate, formatPartialDate } from './dates';
import { documentCitationTitle, sectionOf, speakerName, type Document } from './documents';
import { TRANSLATIONS } from './kinds';
import { NARRATION, excerpt, type Passage } from './passages';
import { recordCitationTitle, type RecordDocument } from './record';
import { SITE_TITLE } from './site';
import { documentCardPath, passageCardPath, siteCardPath } from './urls';

/** The size link previews expect of a large image (Open Graph, X, Mastodon, Slack…). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'site' | 'document' | 'passage';

/**
 * What one social card shows, decided here from the content; `card-layout.ts` arranges it
 * and the social-cards integration renders it. Every field is text as shown on the card.
 */
export interface CardSpec {
  kind: CardKind;
  /** Site path of the PNG, without the deployment's base: `/cards/<doc-id>/<passage-id>.png`. */
  path: string;
  /** A small line above the heading: the document's kind and the passage's section. */
  eyebrow: string;
  /** The big line: the passage label ("Clause 12"), the document's title, the site's name. */
  heading: string;
  /** Which document, where and when. */
  subheading: string;
  /** The passage's opening words verbatim, the opening of a document's summary, what the site is. */
  excerpt: string;
  /** The footer: the site's name; then how the text came into English, or nothing. */
  footer: string;
  note: string;
  /** What the image shows, for og:image:alt. */
  alt: string;
  /** Where the card's text comes from (`content/documents/<id>.mdx:<line>`), for messages. */
  source: string;
}

/**
 * Characters of text each kind of card has room for, sized for the layout's lines (about 60
 * characters a line, four lines on a passage card, three on a document card). The layout
 * also clamps its lines, so a text of wide letters cannot overflow.
 */
export const EXCERPT_LENGTH: Record<CardKind, number> = { passage: 230, document: 180, site: 200 };

/** Below this many characters, a further block would be cut to a word or two: end the excerpt instead. */
const MIN_BLOCK_ROOM = 40;

/**
 * The opening of a text made of blocks (paragraphs, table rows), at most `max` characters:
 * one line per block, so that a table keeps its rows, each cut at a word with an ellipsis.
 * The words are never changed: without its ellipsis and line breaks it begins the text.
 */
export function openingWords(blocks: readonly string[], max: number): string {
  const lines: string[] = [];
  let room = max;
  for (const [i, block] of blocks.entries()) {
    const more = i < blocks.length - 1;
    // Before a further block, keep room for the " …" that may end the text here.
    const fits = more ? room - 2 : room;
    const line = excerpt(block, fits);
    if (!line) continue;
    lines.push(line);
    if (block.replace(/\s+/g, ' ').trim().length > fits) break;
    room -= line.length + 1;
    if (more && room < MIN_BLOCK_ROOM) {
      lines[lines.length - 1] += ' …';
      break;
    }
  }
  return lines.join('\n');
}

/** "Xi'an, 17 May 2023". */
function placeAndDate(doc: Pick<Document, 'place' | 'date'>): string {
  return `${doc.place.name}, ${formatDate(doc.date)}`;
}

/** "Machine translation, verbatim": why a reader may meet odd English on the card. */
function translationNote(doc: Pick<Document, 'source'>): string {
  return `${TRANSLATIONS[doc.source.translation]}, verbatim`;
}

/** The card of one passage: its label, its document, its opening words. */
export function passageCard(doc: Document, passage: Passage): CardSpec {
  const section = sectionOf(doc, passage);
  const speaker = passage.speaker && passage.speaker !== NARRATION ? speakerName(doc, passage) : undefined;
  return {
    kind: 'passage',
    path: passageCardPath(doc.id, passage.id),
    eyebrow: [doc.kind.label, section?.title, speaker].filter(Boolean).join(' · '),
    heading: passage.label,
    subheading: `${doc.shortTitle} · ${placeAndDate(doc)}`,
    excerpt: openingWords(passage.blocks, EXCERPT_LENGTH.passage),
    footer: SITE_TITLE,
    note: translationNote(doc),
    alt: `${passage.label} of the ${documentCitationTitle(doc)}, with its opening words`,
    source: `${doc.file}:${passage.line}`,
  };
}

/** The card of a document: its title, kind, place and date, and the opening of the editors' summary. */
export function documentCard(doc: Document): CardSpec {
  return {
    kind: 'document',
    path: documentCardPath(doc.id),
    eyebrow: `${doc.kind.label} · ${doc.passages.length} passages`,
    heading: doc.title,
    subheading: `${doc.place.name}, ${doc.place.country} · ${formatDate(doc.date)}`,
    excerpt: excerpt(doc.summary, EXCERPT_LENGTH.document),
    footer: SITE_TITLE,
    note: translationNote(doc),
    alt: `${documentCitationTitle(doc)}: the document's title, kind, place and date, with the opening of its summary`,
    source: doc.file,
  };
}

/** The card of a catalogued document: its title, kind, place and date, and that its text is not in the edition. */
export function catalogueCard(doc: RecordDocument): CardSpec {
  const title = recordCitationTitle(doc);
  return {
    kind: 'document',
    path: documentCardPath(doc.id),
    eyebrow: `${doc.kind.label} · catalogue entry`,
    heading: doc.title,
    subheading: [doc.place && `${doc.place.name}, ${doc.place.country}`, formatPartialDate(doc.date)].filter(Boolean).join(' · '),
    excerpt: excerpt(doc.summary, EXCERPT_LENGTH.document),
    footer: SITE_TITLE,
    note: 'Text not yet in the edition',
    alt: `${title}: the document's title, kind, place and date, with the opening of its summary`,
    source: doc.file,
  };
}

/** The card every other page shows (home, lists, themes, timeline, glossary, search, 404). */
export function siteCard(): CardSpec {
  return {
    kind: 'site',
    path: siteCardPath(),
    eyebrow: 'A reference edition',
    heading: SITE_TITLE,
    subheading: 'Official texts between the People’s Republic of China and the Republic of Kazakhstan',
    excerpt: excerpt('Each text exactly as its source gives it, the errors of a machine translation included, divided into its clauses and paragraphs, each with a permanent link.', EXCERPT_LENGTH.site),
    footer: 'Documents · Themes · Timeline · Glossary · Search',
    note: '',
    alt: `${SITE_TITLE}: a reference edition of the official texts between China and Kazakhstan`,
    source: 'src/lib/social-cards.ts',
  };
}

/**
 * Every card the site needs: the site card, then each document's and its passages'. Two cards
 * at one path would overwrite each other's image: that fails, naming both.
 */
export function cardSpecs(record: readonly RecordDocument[]): CardSpec[] {
  const specs = [
    siteCard(),
    ...record.flatMap(({ text: doc, ...catalogued }) =>
      doc ? [documentCard(doc), ...doc.passages.map((p) => passageCard(doc, p))] : [catalogueCard(catalogued)],
    ),
  ];
  const seen = new Map<string, CardSpec>();
  for (const spec of specs) {
    const other = seen.get(spec.path);
    if (other) throw new Error(`social cards: "${other.heading}" and "${spec.heading}" would both be written to ${spec.path}; a document id may not be "site"`);
    seen.set(spec.path, spec);
  }
  return specs;
}
