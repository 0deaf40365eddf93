import { formatDate } from './dates';
import { TRANSLATIONS } from './kinds';
import { escapeMarkdown } from './markdown-escape';
import { CONFIDENCE_LABELS, NOTE_KIND_LABELS } from './notes';
import type { DocumentExport, DocumentRecord, PassageRecord, WholeTextNoteRecord } from './open-data';

/**
 * A document's plain-text and Markdown downloads, written from its JSON export so that the
 * three files say the same thing. The text of every passage is the source's, unchanged.
 */

/** "Machine translation (original language: Chinese)", as the document page says it. */
function englishText(document: DocumentRecord): string {
  return `${TRANSLATIONS[document.source.translation]} (original language: ${document.source.originalLanguage})`;
}

function sourceLine(document: DocumentRecord): string {
  const { description, publisher, date, url } = document.source;
  return `${description} Published by ${publisher}, ${formatDate(date)}.${url ? ` ${url}` : ''}`;
}

/**
 * /data/<doc-id>.txt. A header, then the passages. Header and passages are separated by two
 * blank lines; a passage is its label on one line, then its paragraphs separated by one
 * blank line. A source paragraph never holds a blank line, so the file splits unambiguously.
 */
export function documentPlainText({ document, passages }: DocumentExport): string {
  const header = [
    document.title,
    `${document.kindLabel}, ${document.place.name}, ${document.place.country}, ${formatDate(document.date)}`,
    `Source: ${sourceLine(document)}`,
    `English text: ${englishText(document)}`,
    `Permalink: ${document.urls.page}`,
    'The text is published verbatim, as the source gives it. The labels are the edition’s; its editorial notes are in the JSON and Markdown files.',
  ]
    // One line each, so that no line break in the metadata can be read as the end of the header.
    .map((line) => line.replace(/\s+/g, ' '))
    .join('\n');
  const chunks = passages.map((p) => `${p.label}\n${p.text}`);
  return `${[header, ...chunks].join('\n\n\n')}\n`;
}

/** A link whose text is escaped; a destination with brackets or spaces goes in angle brackets. */
function link(text: string, url: string): string {
  const destination = /[\s()<>]/.test(url) ? `<${url.replace(/[\s<>]/g, encodeURIComponent)}>` : url;
  return `[${escapeMarkdown(text)}](${destination})`;
}

function sources(note: WholeTextNoteRecord): string {
  if (note.sources.length === 0) return '';
  const cited = note.sources.map((s) => `${link(s.title, s.url)}, ${escapeMarkdown(s.publisher)}${s.date ? `, ${formatDate(s.date)}` : ''}`);
  return `Sources: ${cited.join('; ')}.`;
}

/** A sentence ends with its stop: the editors' prose in the notes may or may not have one. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** One note as a list item: its letter and words, kind and reading, the evidence, how sure, the sources. */
function noteItem(note: WholeTextNoteRecord & { marker?: string; span?: string }): string {
  const kind = NOTE_KIND_LABELS[note.kind];
  const parts = [
    note.marker ? `**${note.marker}.**` : '',
    note.span ? `“${escapeMarkdown(note.span)}”:` : '',
    `${kind.name}.`,
    `${kind.reading}: ${escapeMarkdown(sentence(note.reading))}`,
    escapeMarkdown(sentence(note.evidence)),
    `*${CONFIDENCE_LABELS[note.confidence]}.*`,
    sources(note),
  ];
  return `- ${parts.filter(Boolean).join(' ')}`;
}

/** The paragraph that introduces the editors' notes; a passage's text never starts with "**", so it also ends the text. */
export const NOTES_INTRO = '**Editorial notes** (the editors’, not part of the text):';

function passageMarkdown(passage: PassageRecord, level: number): string {
  const heading = `${'#'.repeat(level)} ${link(passage.label, passage.permalink)}`;
  const text = passage.text.split('\n\n').map(escapeMarkdown);
  const notes = passage.notes.length ? [NOTES_INTRO, passage.notes.map(noteItem).join('\n')] : [];
  return [heading, ...text, ...notes].join('\n\n');
}

/**
 * /data/<doc-id>.md: the title and metadata, then each passage as a heading that links to its
 * permalink, its text escaped to render verbatim, and the editors' notes on it as a list.
 */
export function documentMarkdown({ document, passages }: DocumentExport): string {
  const source = document.source;
  const meta = [
    `- **Kind:** ${document.kindLabel}`,
    `- **Date:** ${formatDate(document.date)}`,
    `- **Place:** ${escapeMarkdown(`${document.place.name}, ${document.place.country}`)}`,
    `- **Parties:** ${escapeMarkdown(document.parties.join('; '))}`,
    `- **Source:** ${escapeMarkdown(source.description)} Published by ${source.url ? link(source.publisher, source.url) : escapeMarkdown(source.publisher)}, ${formatDate(source.date)}.`,
    `- **English text:** ${escapeMarkdown(englishText(document))}`,
    `- **Permalink:** <${document.urls.page}>`,
  ].join('\n');
  const blocks = [
    `# ${escapeMarkdown(document.title)}`,
    meta,
    `**Summary** (the editors’): ${escapeMarkdown(document.summary)}`,
    ...(document.structure ? [`**Structure** (the editors’): ${escapeMarkdown(document.structure)}`] : []),
    'The text is published verbatim, as the source gives it; the headings’ labels and everything marked as the editors’ are the edition’s.',
  ];
  if (document.notes.length) blocks.push('## Editorial notes on the whole text', document.notes.map(noteItem).join('\n'));
  let section: string | undefined;
  for (const passage of passages) {
    if (passage.section && passage.section.id !== section) {
      const note = document.sections.find((s) => s.id === passage.section!.id)?.note;
      blocks.push(`## ${escapeMarkdown(passage.section.title)}`);
      if (note) blocks.push(`*Editors’ note:* ${escapeMarkdown(note)}`);
    }
    section = passage.section?.id;
    blocks.push(passageMarkdown(passage, passage.section ? 3 : 2));
  }
  return `${blocks.join('\n\n')}\n`;
}
