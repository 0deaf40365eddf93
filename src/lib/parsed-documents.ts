import type { Document } from './documents';

/**
 * Documents as the loader parsed them, by the digest it stored them under. The pages ask the
 * content layer for entries and would parse every document's MDX again (some 8 s at 25,000
 * passages); within one process they take the loader's. The loader and the pages are bundled
 * apart, so the map is kept on the global object, under a key of this project's own.
 */
const KEY = Symbol.for('china-kazakhstan-documents.parsed-documents');

type Global = typeof globalThis & { [KEY]?: Map<string, Document> };

export function parsedDocuments(): Map<string, Document> {
  return ((globalThis as Global)[KEY] ??= new Map());
}
