import { describe, expect, it } from 'vitest';
import { citationItem } from '../../src/lib/citations';
import { citationMetaTags } from '../../src/lib/citation-meta';
import { smallEdition } from '../support/edition';
import { readAsZotero } from '../support/zotero';

const edition = smallEdition();
const statement = edition.documents.find((d) => d.id === '2023-05-17-joint-statement')!;
const clause = statement.passages.find((p) => p.id === 'clause-1')!;

describe('reference-manager metadata', () => {
  it('says of a document what its citation item says', () => {
    const item = citationItem(statement, 'https://example.org/documents/x/');
    const read = readAsZotero(citationMetaTags(item, 'en'));
    expect(read).toEqual({
      title: item.title,
      creators: item.author!.map((a) => a.literal),
      date: item.issued!['date-parts'][0]!.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-'),
      publisher: item['container-title'],
      bookTitle: undefined,
      url: item.URL,
      language: 'en',
    });
  });

  it('names a passage by its label, with its document as the work it is part of', () => {
    const item = citationItem(statement, 'https://example.org/documents/x/clause-1/', clause);
    const tags = citationMetaTags(item, 'en', clause);
    const read = readAsZotero(tags);
    expect(read.title).toBe(`${clause.label}, ${item.title}`);
    expect(read.bookTitle).toBe(item.title);
    expect(read.url).toBe(item.URL);
    // Highwire and Dublin Core agree.
    expect(tags.find((t) => t.name === 'DC.title')!.content).toBe(read.title);
    expect(tags.filter((t) => t.name === 'DC.creator').map((t) => t.content)).toEqual(read.creators);
    expect(tags.find((t) => t.name === 'DC.relation.isPartOf')!.content).toBe(item.title);
  });
});
