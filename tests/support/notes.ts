import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** A note as written in content/notes/<doc-id>.yaml, read independently of the site's own code. */
export interface WrittenNote {
  document: string;
  id: string;
  passage?: string;
  span?: string;
  occurrence?: number;
  kind: string;
  reading: string;
  replaceWith?: string;
  confidence: 'confirmed' | 'inferred';
  sources?: string[];
}

export function writtenNotes(contentDir = 'content'): WrittenNote[] {
  const dir = `${contentDir}/notes`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const { notes } = parse(readFileSync(`${dir}/${f}`, 'utf8')) as { notes: Omit<WrittenNote, 'document'>[] };
      return notes.map((n) => ({ ...n, document: f.replace(/\.yaml$/, '') }));
    });
}
