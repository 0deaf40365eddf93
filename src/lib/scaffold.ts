import type { DocumentKind, Translation } from './kinds';
import { escapeMdx } from './markdown-escape';
import { PASSAGE_ELEMENTS, type PassageKind } from './passages';
import { PLACEHOLDER } from './placeholders';
import type { SourceText } from './sources';

/** What the editor tells the scaffolder; everything else is left as a placeholder. */
export interface ScaffoldRequest {
  id: string;
  kind: DocumentKind;
  title: string;
  /** The day of the event. */
  date: string;
  place: { name: string; country: string };
  /** The file's name in content/sources/, and its text. */
  sourceFile: string;
  source: SourceText;
  translation: Translation;
  /** The date the copy carries: the source's own date line, or the editor's. */
  sourceDate: string;
}

const ELEMENT_OF = Object.fromEntries(Object.entries(PASSAGE_ELEMENTS).map(([name, spec]) => [spec.kind, name])) as Record<PassageKind, string>;
const ID_PREFIX: Record<PassageKind, string> = { preamble: 'preamble', clause: 'clause', paragraph: 'para', closing: 'closing' };

/** "1. The two sides…", "2)": the numbered paragraph where a statement's operative part starts. */
const NUMBERED = /^\d+[.)]\s/;

/** The passage kind of each source paragraph, as the document's kind divides a text. */
function passageKinds(kind: DocumentKind, paragraphs: readonly string[]): PassageKind[] {
  const { lead, body } = kind.passages;
  const first = lead ? paragraphs.findIndex((p) => NUMBERED.test(p)) : -1;
  return paragraphs.map((_, i) => (lead && i < first ? lead : body));
}

const q = (text: string) => JSON.stringify(text);
const todo = (what: string) => q(`${PLACEHOLDER}: ${what}`);

/**
 * A new document file: the front matter from the request, a placeholder ("TODO: …") for
 * every field only the editors can fill, and one passage per source paragraph, numbered in
 * order, its text escaped so that the build reads back the source exactly.
 */
export function scaffoldDocument(request: ScaffoldRequest): string {
  const { kind, source } = request;
  const frontMatter = [
    '---',
    `# Written by \`npm run new-document\` from content/sources/${request.sourceFile}. Replace every "${PLACEHOLDER}"`,
    '# (the build lists them, and fails in CI until none is left); see docs/adding-a-document.md.',
    `title: ${q(request.title)}`,
    `shortTitle: ${todo('the name used in page titles and citations, before place and date')}`,
    `kind: ${kind.id}`,
    `date: ${q(request.date)}`,
    'place:',
    `  name: ${q(request.place.name)}`,
    `  country: ${q(request.place.country)}`,
    'parties:',
    `  - ${todo('a party to the text, e.g. People’s Republic of China; one line each')}`,
    '# issuedBy: [Who issued the text, as citations name its author; the parties when omitted]',
    ...(kind.speakers
      ? ['speakers:', `  # Each paragraph's speaker="…" is "narration" or one of these ids.`, `  speaker-id: ${todo('the name of someone who speaks in the text; one line each')}`]
      : []),
    `summary: ${todo('the editors’ summary, in their own words')}`,
    '# structure: How the text is divided and numbered, in the editors’ words (optional).',
    'source:',
    `  file: ${q(request.sourceFile)}`,
    `  description: ${todo('what the text is: who issued it, in which copy')}`,
    `  publisher: ${todo('who published the copy')}`,
    '  # url: https://… (where the copy is published)',
    `  originalLanguage: ${todo('the language of the original, e.g. Chinese')}`,
    `  translation: ${request.translation}`,
    `  date: ${q(request.sourceDate)}`,
    '---',
  ];
  const kinds = passageKinds(kind, source.paragraphs);
  const counters = new Map<PassageKind, number>();
  const passages = source.paragraphs.map((paragraph, i) => {
    const passageKind = kinds[i]!;
    const n = (counters.get(passageKind) ?? 0) + 1;
    counters.set(passageKind, n);
    const element = ELEMENT_OF[passageKind];
    const attributes = [`id="${ID_PREFIX[passageKind]}-${n}"`];
    if (passageKind === 'paragraph' && kind.speakers) attributes.push('speaker="narration"');
    // Clauses and paragraphs are filed under themes; a preamble may have none.
    if (passageKind !== 'preamble') attributes.push(`themes="${PLACEHOLDER}"`);
    return `<${element} ${attributes.join(' ')}>\n${escapeMdx(paragraph)}\n</${element}>`;
  });
  return `${frontMatter.join('\n')}\n\n${passages.join('\n\n')}\n`;
}
