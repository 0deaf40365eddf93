/**
 * A source text as received: the reference that the published passages must match
 * character for character.
 */
export interface SourceText {
  /** The date a copy carries in a leading ` date YYYY-MM-DD` line, which is not part of the text. */
  date?: string;
  paragraphs: string[];
}

// Copies taken from news sites begin with the date of the copy (" date 2024-07-12 On the morning…").
const DATE_HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

/** Splits a source file into its paragraphs (separated by blank lines), trimmed, in order. */
export function parseSourceText(raw: string): SourceText {
  const header = DATE_HEADER.exec(raw);
  const body = header ? raw.slice(header[0].length) : raw;
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return header?.[1] ? { date: header[1], paragraphs } : { paragraphs };
}
