import { buildStore } from './build-store';
import type { Document } from './documents';

/**
 * Documents as the loader parsed them, by the digest it stored them under. The pages ask the
 * content layer for entries and would parse every document's MDX again (some 8 s at 25,000
 * passages); within one process they take the loader's.
 */
export function parsedDocuments(): Map<string, Document> {
  return buildStore<Document>('parsed-documents');
}
