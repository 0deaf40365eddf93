import type { GlossaryKind } from './glossary';
import { TRANSLATIONS } from './kinds';
import type { Confidence } from './notes';
import type { DocumentExport, PassageNoteRecord, PassageRecord, WholeTextNoteRecord } from './open-data';
import { SITE_TITLE } from './site';
import { deployedUrl, documentDataPath, glossaryEntryPath, type Deployment } from './urls';

/**
 * /data/<doc-id>.xml: a document as a TEI P5 file, written from its JSON export so that the
 * files say the same thing. The text is the source's, character for character: read the
 * `<sic>` of every `<choice>` and leave out the `<note>`s, and each passage's paragraphs are
 * its text. The editors' corrections stand beside it in `<corr>`, their other notes in
 * `<note>`, the names the glossary explains in name elements that point to its entries.
 */

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

/** The xml:id of the editors' respStmt, which every editorial element names as its @resp. */
const EDITORS = 'editors';

/** A glossary entry as the TEI needs it: which name element marks it. */
export type TeiGlossaryEntry = { id: string; kind: GlossaryKind };

const NAME_ELEMENTS: Record<GlossaryKind, { tag: string; type?: string }> = {
  person: { tag: 'persName' },
  organisation: { tag: 'orgName' },
  place: { tag: 'placeName' },
  programme: { tag: 'name', type: 'programme' },
};

/** XML 1.0 forbids these characters outright; a text holding one cannot be written as XML. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function checked(value: string): string {
  if (NOT_XML.test(value)) throw new Error(`TEI: the text holds a character XML cannot carry: ${JSON.stringify(value.slice(0, 80))}`);
  return value;
}

/** Character data: & < > escaped; a carriage return as a reference, since a parser would turn it into a line feed. */
export function escapeText(value: string): string {
  return checked(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; white space other than a space as references, which a parser would normalise. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

const open = (tag: string, attrs: Record<string, string | undefined> = {}) => `<${tag}${attributes(attrs)}>`;
const element = (tag: string, attrs: Record<string, string | undefined>, content: string) => `${open(tag, attrs)}${content}</${tag}>`;
/** An element holding text. */
const textElement = (tag: string, attrs: Record<string, string | undefined>, text: string) => element(tag, attrs, escapeText(text));

/** How sure the editors are of a note, as TEI's @cert. */
const noteCert = (confidence: Confidence): 'high' | 'medium' => (confidence === 'confirmed' ? 'high' : 'medium');

/**
 * A correction's @cert: high when a source confirms it, medium when the editors inferred it and
 * read it into the text (replaceWith), low when they inferred it without doing so: a guess.
 */
export function correctionCert(note: Pick<PassageNoteRecord, 'confidence' | 'replaceWith'>): 'high' | 'medium' | 'low' {
  if (note.confidence === 'confirmed') return 'high';
  return note.replaceWith !== null ? 'medium' : 'low';
}

/** A correction's words in `<corr>`: those the reading text puts in place of the span, else the reading. */
export const correctedWords = (note: Pick<PassageNoteRecord, 'reading' | 'replaceWith'>): string => note.replaceWith ?? note.reading;

/** The xml:id of the words a clarification or discrepancy is on. */
export const segId = (noteId: string): string => `seg-${noteId}`;

/** The xml:id of a note on the whole text, in the header's notesStmt. */
const wholeTextNoteId = (noteId: string): string => `note-${noteId}`;

/**
 * The xml:ids of a document. They must be unique in the file and start with a letter (an
 * NCName); a clash is a content problem the build reports rather than a file it writes.
 */
class Ids {
  private readonly used = new Set<string>([EDITORS]);
  constructor(private readonly file: string) {}

  has(id: string): boolean {
    return this.used.has(id);
  }

  claim(id: string, what: string): string {
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) throw new Error(`${this.file}: ${what} would have the xml:id "${id}", which is not an XML name starting with a letter`);
    if (this.used.has(id)) throw new Error(`${this.file}: ${what} would have the xml:id "${id}", which another element of the file already has`);
    this.used.add(id);
    return id;
  }
}

/** A passage's id as its xml:id: as it is where it starts with a letter, which passage ids do. */
const startsWithLetter = (id: string) => /^[A-Za-z]/.test(id);

/** A range of a passage's text that gets markup: a note, or a mention of a glossary entry. */
type Range =
  | { type: 'note'; start: number; end: number; note: PassageNoteRecord }
  | { type: 'mention'; start: number; end: number; entry: TeiGlossaryEntry };

interface Node {
  range: Range;
  children: Node[];
}

const crosses = (a: Pick<Range, 'start' | 'end'>, b: Pick<Range, 'start' | 'end'>) =>
  a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);

/**
 * The markup of one passage's ranges, as a forest: ranges nest or are apart, never cross.
 * Notes never overlap one another (the content checks say so; here it is an error). A mention
 * on exactly a note's words wraps the note; one inside a note's words, or around them, nests;
 * one that crosses the edge of a note's words, or of a paragraph, is left out: the notes win.
 */
function rangesOf(passage: PassageRecord, glossary: ReadonlyMap<string, TeiGlossaryEntry>, paragraphs: readonly { start: number; end: number }[], file: string): Range[] {
  const notes: Range[] = passage.notes.map((note) => ({ type: 'note', start: note.start, end: note.end, note }));
  const inOneParagraph = (r: Pick<Range, 'start' | 'end'>) => paragraphs.some((p) => p.start <= r.start && r.end <= p.end);
  notes.forEach((a, i) => {
    if (a.end <= a.start) throw new Error(`${file}: note "${a.type === 'note' && a.note.id}" on ${passage.id} is on no words`);
    if (!inOneParagraph(a)) throw new Error(`${file}: note "${a.type === 'note' && a.note.id}" on ${passage.id} runs across paragraphs`);
    for (const b of notes.slice(i + 1)) {
      if (a.start < b.end && b.start < a.end) {
        throw new Error(`${file}: notes "${a.type === 'note' && a.note.id}" and "${b.type === 'note' && b.note.id}" on ${passage.id} are on overlapping words`);
      }
    }
  });
  const kept: Range[] = [...notes];
  for (const mention of passage.mentions) {
    const entry = glossary.get(mention.entry);
    if (!entry) throw new Error(`${file}: ${passage.id} mentions "${mention.entry}", which is not in the glossary`);
    const range: Range = { type: 'mention', start: mention.start, end: mention.end, entry };
    if (range.end <= range.start || !inOneParagraph(range)) continue;
    if (kept.some((k) => crosses(k, range) || (k.type === 'mention' && k.start < range.end && range.start < k.end))) continue;
    kept.push(range);
  }
  return kept;
}

/** Nests ranges that do not cross: outer before inner; on the same words a mention wraps a note. */
function forest(ranges: readonly Range[]): Node[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || (a.type === b.type ? 0 : a.type === 'mention' ? -1 : 1));
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const range of sorted) {
    const node: Node = { range, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.range.end <= range.start) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

interface Rendered {
  /** The markup standing in the text, on the range's words. */
  inline: string;
  /** What follows the words: the `<note>` of a clarification or discrepancy. */
  after: string;
}

/** The TEI of the characters [from, to) of a passage's text, with the ranges in it marked. */
function renderRun(text: string, from: number, to: number, nodes: readonly Node[], context: RenderContext): string {
  let out = '';
  let at = from;
  for (const node of nodes) {
    out += escapeText(text.slice(at, node.range.start));
    const { inline, after } = renderNode(text, node, context);
    out += inline + after;
    at = node.range.end;
  }
  return out + escapeText(text.slice(at, to));
}

interface RenderContext {
  where: Deployment;
  ids: Ids;
}

function renderNode(text: string, node: Node, context: RenderContext): Rendered {
  const { range } = node;
  if (range.type === 'mention') {
    const { tag, type } = NAME_ELEMENTS[range.entry.kind];
    const attrs = { type, ref: deployedUrl(glossaryEntryPath(range.entry.id), context.where) };
    const [only] = node.children;
    // On exactly a note's words the name wraps the note's markup; a clarification's <note> follows the name.
    if (node.children.length === 1 && only!.range.start === range.start && only!.range.end === range.end) {
      const inner = renderNode(text, only!, context);
      return { inline: element(tag, attrs, inner.inline), after: inner.after };
    }
    return { inline: element(tag, attrs, renderRun(text, range.start, range.end, node.children, context)), after: '' };
  }
  const { note } = range;
  const words = renderRun(text, range.start, range.end, node.children, context);
  if (note.kind === 'correction') {
    const corr = textElement('corr', { cert: correctionCert(note), resp: `#${EDITORS}` }, correctedWords(note));
    return { inline: `<choice><sic>${words}</sic>${corr}</choice>`, after: '' };
  }
  const id = context.ids.claim(segId(note.id), `the words of note "${note.id}"`);
  return {
    inline: element('seg', { 'xml:id': id }, words),
    after: textElement('note', { type: note.kind, target: `#${id}`, resp: `#${EDITORS}`, cert: noteCert(note.confidence) }, note.reading),
  };
}

/** A passage's paragraphs: its text's, separated by a blank line (a table row is one). */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const piece of text.split('\n\n')) {
    out.push({ start, end: start + piece.length });
    start += piece.length + 2;
  }
  return out;
}

/** One passage as a div of its kind, with one `<p>` per paragraph of its text. */
function passageDiv(passage: PassageRecord, id: string, glossary: ReadonlyMap<string, TeiGlossaryEntry>, context: RenderContext, file: string, indent: string): string {
  const paragraphs = paragraphsOf(passage.text);
  const roots = forest(rangesOf(passage, glossary, paragraphs, file));
  const ps = paragraphs.map((p) => {
    const inside = roots.filter((n) => p.start <= n.range.start && n.range.end <= p.end);
    return `${indent}  <p>${renderRun(passage.text, p.start, p.end, inside, context)}</p>`;
  });
  return [`${indent}${open('div', { type: passage.kind, 'xml:id': id, n: passage.label })}`, ...ps, `${indent}</div>`].join('\n');
}

function wholeTextNote(note: WholeTextNoteRecord, ids: Ids): string {
  const id = ids.claim(wholeTextNoteId(note.id), `note "${note.id}"`);
  return textElement('note', { 'xml:id': id, type: note.kind, resp: `#${EDITORS}`, cert: noteCert(note.confidence) }, note.reading);
}

/** The editorial method, in short: what the about page says at length. */
const EDITORIAL_DECLARATION = [
  'The text is the English version its source published, verbatim, character for character, the errors of a machine translation included; nothing is silently corrected or normalised. Read with the sic of every choice and without the note elements, each passage is its source’s text.',
  'The division into passages (preamble, clauses or paragraphs, closing), their labels, the section titles and the marking of names are the editors’, as are all notes. A name element points to the edition’s glossary entry for what it names.',
  'An editorial correction is a choice: the text’s words in sic, the editors’ reading in corr. Other editorial notes (clarifications, and discrepancies with other evidence) are note elements after the words they are about, which a seg marks; notes on the whole text are in the notesStmt. The editors’ confidence is given as @cert: high where a published source confirms the reading, medium where the editors inferred it, low for an inferred correction that the edition’s reading text does not adopt (a guess).',
];

/**
 * The TEI P5 document of one document's JSON export. Pure: the same export, glossary and
 * deployment give the same bytes.
 */
export function documentTei(record: DocumentExport, glossary: readonly TeiGlossaryEntry[], where: Deployment): string {
  const { document, passages } = record;
  const file = documentDataPath(document.id, 'xml');
  const ids = new Ids(file);
  // Passages first: their ids are the permanent ones, which every other id must give way to.
  const passageIds = new Map(passages.map((p) => [p.id, ids.claim(startsWithLetter(p.id) ? p.id : `passage-${p.id}`, `passage ${p.id}`)] as const));
  const context: RenderContext = { where, ids };
  const entries = new Map(glossary.map((e) => [e.id, e]));
  const source = document.source;
  const editors = `${open('respStmt', { 'xml:id': EDITORS })}<resp>edited by</resp><name>The editors of ${escapeText(SITE_TITLE)}</name></respStmt>`;

  const header = [
    '  <teiHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        ${textElement('title', { type: 'main' }, document.title)}`,
    `        ${textElement('title', { type: 'short' }, document.shortTitle)}`,
    `        ${editors}`,
    '      </titleStmt>',
    '      <publicationStmt>',
    `        ${textElement('publisher', {}, SITE_TITLE)}`,
    `        ${textElement('idno', { type: 'URI' }, document.urls.page)}`,
    `        <availability>${textElement('p', {}, record.notice)}</availability>`,
    '      </publicationStmt>',
    ...(document.notes.length > 0 ? ['      <notesStmt>', ...document.notes.map((n) => `        ${wholeTextNote(n, ids)}`), '      </notesStmt>'] : []),
    '      <sourceDesc>',
    '        <bibl>',
    `          ${textElement('title', {}, document.title)}`,
    `          <respStmt><resp>Issued by</resp>${document.parties.map((p) => textElement('orgName', {}, p)).join('')}</respStmt>`,
    `          ${textElement('publisher', {}, source.publisher)}`,
    ...(source.url ? [`          ${textElement('ref', { target: source.url }, source.url)}`] : []),
    `          ${textElement('date', { when: source.date }, source.date)}`,
    `          ${textElement('textLang', { mainLang: 'en' }, `English; original language: ${source.originalLanguage}`)}`,
    `          ${textElement('note', { type: 'translation', subtype: source.translation }, TRANSLATIONS[source.translation])}`,
    `          ${textElement('note', { type: 'description' }, source.description)}`,
    '        </bibl>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc>',
    '      <editorialDecl>',
    ...EDITORIAL_DECLARATION.map((p) => `        ${textElement('p', {}, p)}`),
    '      </editorialDecl>',
    '    </encodingDesc>',
    '    <profileDesc>',
    '      <langUsage>',
    `        ${textElement('language', { ident: 'en' }, 'English')}`,
    '      </langUsage>',
    '    </profileDesc>',
    '  </teiHeader>',
  ];

  // Sections hold the passages of theirs, in reading order; a passage outside any section stands in the body.
  const body: string[] = [];
  let current: string | undefined;
  const opened = new Set<string>();
  for (const passage of passages) {
    const section = passage.section?.id;
    if (section !== current) {
      if (current !== undefined) body.push('      </div>');
      if (section !== undefined) {
        const meta = document.sections.find((s) => s.id === section);
        const title = meta?.title ?? passage.section!.title;
        const wanted = ids.has(section) || !startsWithLetter(section) ? `section-${section}` : section;
        // A section the text returns to after another (none does) is one div per run, the id on the first.
        const id = opened.has(section) ? undefined : ids.claim(wanted, `section ${section}`);
        opened.add(section);
        body.push(`      ${open('div', { type: 'section', 'xml:id': id })}`, `        ${textElement('head', {}, title)}`);
        if (meta?.note) body.push(`        ${textElement('note', { type: 'section-boundary', subtype: meta.boundary ?? undefined, resp: `#${EDITORS}` }, meta.note)}`);
      }
      current = section;
    }
    body.push(passageDiv(passage, passageIds.get(passage.id)!, entries, context, file, current === undefined ? '      ' : '        '));
  }
  if (current !== undefined) body.push('      </div>');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TEI xmlns="${TEI_NAMESPACE}" xml:lang="en">`,
    ...header,
    '  <text>',
    '    <body>',
    ...body,
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
}
