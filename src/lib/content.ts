import { getCollection } from 'astro:content';
import { byDateDescending } from './dates';
import { readDocument, type Document } from './documents';

// Parsed once per entry version: every page of a build asks for the same documents.
const parsed = new Map<string, { key: string; document: Document }>();

/** Every published document, newest first. Content problems were reported by the loader. */
export async function getDocuments(): Promise<Document[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => {
      const key = `${JSON.stringify(entry.data)}\n${entry.body}`;
      const cached = parsed.get(entry.id);
      if (cached?.key === key) return cached.document;
      const { document } = readDocument({ id: entry.id, data: entry.data, body: entry.body ?? '' });
      parsed.set(entry.id, { key, document });
      return document;
    })
    .sort(byDateDescending);
}
