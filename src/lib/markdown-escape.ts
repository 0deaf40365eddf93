/**
 * Text escaped so that Markdown, or MDX, reads back exactly the characters given: "1. The two
 * sides" stays a sentence, not a list; "past <> years" keeps its brackets. Used for the Markdown
 * downloads and by the scaffolder that writes a source's paragraphs into a document file.
 */

interface Rules {
  /** Characters that are syntax wherever they stand. */
  syntax: RegExp;
  /** A "www." that GFM would turn into a link. */
  www: RegExp;
  /** Marks that open a block (list, heading, quote, setext underline, table) at the start of a line. */
  blockStart: RegExp;
  /** Whether a line starting "import " or "export " would be read as JavaScript (MDX). */
  esm: boolean;
}

const MARKDOWN: Rules = {
  // Characters that are Markdown (or GFM) syntax wherever they stand. "&" starts a character reference.
  syntax: /[\\`*_[\]<>&|~]/g,
  // As for MDX, below: GFM links "www." after "_", and a line ":-" under text makes a table.
  www: /(www)\./gi,
  blockStart: /^([ \t]*)([#+\-=:])/,
  esm: false,
};

const MDX: Rules = {
  // MDX adds expressions: "{" opens one; "}" is escaped too, so that no brace is ever read as code.
  syntax: /[\\`*_[\]<>&|~{}]/g,
  // GFM links "www." after "_", "*" or "~" as well ("\_www.example.org"), and a link shows the
  // escapes inside it as written: so every "www." is escaped, whatever stands before it.
  www: /(www)\./gi,
  // ":" too: a line ":-" (or ":-:") under a line of text makes a one-column GFM table.
  blockStart: /^([ \t]*)([#+\-=:])/,
  esm: true,
};

const entity = (whitespace: string) => [...whitespace].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join('');

function escapeLines(text: string, rules: Rules): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line
        .replace(rules.syntax, '\\$&')
        // GFM turns bare addresses into links and ignores escapes inside them: keep them from forming.
        .replace(/:\/\//g, '\\://')
        .replace(rules.www, '$1\\.')
        .replace(/@/g, '\\@')
        // A list, heading, quote or setext underline may start any line.
        .replace(rules.blockStart, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])/, '$1\\$2');
      // MDX reads a line starting "import " or "export " as an import or export; a letter cannot be
      // escaped with "\", so the first one is written as a character reference ("&#105;mport").
      if (rules.esm) out = out.replace(/^(?:import|export)(?=[ \t])/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
      // Whitespace at the edges of a line, which Markdown would drop or read as a break.
      return out.replace(/^[ \t]+/, entity).replace(/[ \t]+$/, entity);
    })
    .join('\n');
}

/** For Markdown files (the /data/<doc-id>.md downloads). */
export function escapeMarkdown(text: string): string {
  return escapeLines(text, MARKDOWN);
}

/** For the text of a passage in a document's MDX file. */
export function escapeMdx(text: string): string {
  return escapeLines(text, MDX);
}
