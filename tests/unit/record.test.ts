import { describe, expect, it } from 'vitest';
import { catalogueCitationItem, catalogueCitations } from '../../src/lib/citations';
import { checkCrossReferences } from '../../src/lib/cross-references';
import type { Edition } from '../../src/lib/edition';
import { documentEventId, eventOfDocument, readCatalogued, recordByKind, recordCounts, type RecordDocument } from '../../src/lib/record';
import { toDocumentRelations } from '../../src/lib/relations';
import { searchRecords } from '../../src/lib/search';
import { documentSchema } from '../../src/schemas/document';
import { smallEdition } from '../support/edition';
import { frontMatter } from '../support/front-matter';
import { KINDS } from '../support/kinds';

/** A treaty catalogued without its text, as its front matter would give it. */
function treaty(overrides: Record<string, unknown> = {}): RecordDocument {
  const { source: _source, place: _place, ...data } = frontMatter();
  const parsed = documentSchema.parse({ ...data, kind: 'treaty', shortTitle: 'Treaty of Friendship', date: '2002-12', dateBasis: 'confirmed', references: ['kazinform-2023-05-17'], ...overrides });
  const { document, problems } = readCatalogued({ id: '2002-12-treaty', data: parsed, body: '' }, KINDS);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return document;
}

/** The small edition with the treaty in its record and a relation from the readout to it. */
function editionWithTreaty(target = '2002-12-treaty'): Edition {
  const edition = smallEdition();
  const documentRelations = toDocumentRelations('2024-07-03-astana-talks', 'content/relations/2024-07-03-astana-talks.yaml', {
    relations: [{ passage: 'para-1', type: 'refers-to', target, subject: 'The treaty' }],
  });
  return { ...edition, record: [treaty(), ...edition.record], documentRelations };
}

describe('a catalogued document', () => {
  const schemaMessages = (data: Record<string, unknown>) => {
    const parsed = documentSchema.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const { source: _source, ...withoutSource } = frontMatter();

  it('needs the basis of its date, a note for an inferred one, and a reference', () => {
    expect(schemaMessages({ ...withoutSource })).toEqual([
      expect.stringMatching(/^dateBasis: missing: a catalogued document/),
      expect.stringMatching(/^references: missing: a catalogued document/),
    ]);
    expect(schemaMessages({ ...withoutSource, dateBasis: 'inferred', references: ['r'] })).toEqual([expect.stringMatching(/^dateNote: missing: an inferred date/)]);
    expect(schemaMessages({ ...withoutSource, date: '2002', dateBasis: 'confirmed', references: ['r'] })).toEqual([]);
  });

  it('may be dated to the month or year; a document with its text is dated to the day', () => {
    expect(schemaMessages({ ...frontMatter(), date: '2023-05' })).toEqual([expect.stringMatching(/^date: a document with its text is dated to the day/)]);
  });

  it('has no text: a body is refused, on its line, with the way to add the text', () => {
    const { source: _s, ...data } = frontMatter({ dateBasis: 'confirmed', references: ['r'] });
    const { problems } = readCatalogued({ id: 'x', data: documentSchema.parse(data), body: '\n\n<Clause id="clause-1">\nA.\n</Clause>\n', lineOffset: 10 }, KINDS);
    expect(problems).toEqual([{ line: 13, message: expect.stringMatching(/^a catalogued document \(no `source` in its front matter\) has no text: to publish its text, add `source`/) }]);
  });

  it('is on the timeline as its own entry, named once by its kind', () => {
    const event = eventOfDocument(treaty(), [{ document: 'doc', passage: 'para-1' }]);
    expect(event).toMatchObject({ id: documentEventId('2002-12-treaty'), date: '2002-12', dateBasis: 'confirmed', document: '2002-12-treaty', references: ['kazinform-2023-05-17'] });
    expect(event.title).toBe('Treaty of Friendship');
    expect(eventOfDocument(treaty({ shortTitle: 'Good-Neighbourliness' }), []).title).toBe('Treaty: Good-Neighbourliness');
  });

  it('is cited by where it is published, with a partial date', () => {
    const item = catalogueCitationItem(treaty(), { publisher: 'Treaty Registry', url: 'https://example.org/t' });
    expect(item).toMatchObject({ type: 'document', URL: 'https://example.org/t', publisher: 'Treaty Registry', issued: { 'date-parts': [[2002, 12]] }, genre: 'Treaty' });
    const cited = catalogueCitations(treaty(), { publisher: 'Treaty Registry', url: 'https://example.org/t' }, 'https://site.example/documents/2002-12-treaty/');
    const chicago = cited.styles.find((s) => s.id === 'chicago')!.entries.find((e) => e.label === 'Bibliography')!.text;
    expect(chicago).toContain('https://example.org/t');
    expect(chicago).not.toContain('site.example');
    expect(cited.permalink).toBe('https://site.example/documents/2002-12-treaty/');
  });

  it('is found by search by its title and summary, as a catalogue entry leading to its page', () => {
    const records = searchRecords(editionWithTreaty());
    const entry = records.find((r) => r.url === '/documents/2002-12-treaty/')!;
    expect(entry.text).toContain('A summary.');
    expect(entry.meta.result).toBe('catalogue');
    expect(entry.filters).toMatchObject({ kind: ['treaty'], year: ['2002'], result: ['catalogue'], document: [] });
  });
});

describe('the record', () => {
  const edition = editionWithTreaty();

  it('counts its documents and those in full, groups them by kind', () => {
    expect(recordCounts(edition.record)).toEqual({ total: 3, inEdition: 2 });
    expect(recordByKind(edition.record).map((g) => [g.kind.label, g.documents.length])).toEqual([
      ['Joint statement', 1],
      ['Talks readout', 1],
      ['Treaty', 1],
    ]);
  });

  it('checks that a relation to a whole document points at one that exists and is not later', () => {
    expect(checkCrossReferences(edition).map((e) => e.message)).toEqual([]);
    const missing = checkCrossReferences(editionWithTreaty('2002-12-treat')).map((e) => e.message).join('\n');
    expect(missing).toMatch(/content\/relations\/2024-07-03-astana-talks\.yaml[\s\S]*relations\[1\] \(para-1 → 2002-12-treat\): target: there is no document "2002-12-treat"/);
    const later = { ...edition, record: [...edition.record.filter((d) => d.id !== '2002-12-treaty'), treaty({ date: '2025' })] };
    expect(checkCrossReferences(later).map((e) => e.message).join('\n')).toMatch(/the target must not be later than the passage's document \(2002-12-treaty is dated 2025/);
  });

  it('checks that a catalogued document’s references are files in content/references/', () => {
    const unknown = { ...edition, record: [treaty({ references: ['no-such-reference'] })] };
    expect(checkCrossReferences(unknown).map((e) => e.message).join('\n')).toMatch(/references: "no-such-reference" is not in content\/references\//);
  });
});
