import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '../../src/lib/cross-references';
import { followThrough, passageConnections, placesWithEvents, timeline } from '../../src/lib/edition';
import { parsePassageRef } from '../../src/lib/passage-refs';
import { passagesOnTheme, themeCounts } from '../../src/lib/themes';
import { smallEdition } from '../support/edition';

const messages = (edition: ReturnType<typeof smallEdition>) => checkCrossReferences(edition).map((e) => e.message);

describe('the edition', () => {
  const edition = smallEdition();
  const [talks, statement] = edition.documents as [NonNullable<(typeof edition.documents)[0]>, NonNullable<(typeof edition.documents)[0]>];

  it('gathers a theme across documents and counts it per document', () => {
    expect(passagesOnTheme(edition.documents, 'tourism').map((g) => [g.document.id, g.passages.map((p) => p.id)])).toEqual([
      ['2024-07-03-astana-talks', ['para-2']],
      ['2023-05-17-joint-statement', ['clause-2']],
    ]);
    expect(themeCounts(edition.themes.filter((t) => t.id === 'trade'), edition.documents)).toEqual([[0, 2]]);
  });

  it('shows a relation on both sides: follows up on the later passage, followed up in on the earlier', () => {
    const later = passageConnections(edition, talks, talks.passages[1]!);
    expect(later.outgoing.map((r) => [r.relation.type, r.to.passage.id])).toEqual([
      ['reports-on', 'clause-1'],
      ['follows-up', 'clause-2'],
    ]);
    expect(later.incoming).toEqual([]);
    const earlier = passageConnections(edition, statement, statement.passages[2]!);
    expect(earlier.incoming.map((r) => [r.relation.type, r.from.passage.id])).toEqual([['follows-up', 'para-2']]);
    expect(earlier.themes.map((t) => t.id)).toEqual(['tourism', 'trade']);
    expect(earlier.events.map((e) => e.id)).toEqual(['2024-tourism-year']);
    expect(earlier.mentions.map((g) => g.id)).toEqual(['aifc']);
  });

  it('lists commitments in reading order, oldest document first, with what was said of them later', () => {
    expect(followThrough(edition).map((c) => [c.earlier.passage.id, c.later.map((l) => l.from.passage.id)])).toEqual([
      ['clause-1', ['para-2']],
      ['clause-2', ['para-2']],
    ]);
  });

  it('builds the timeline by year and the map from places with events', () => {
    expect(timeline(edition).map((y) => [y.year, y.items.map((i) => i.event.id)])).toEqual([[2024, ['2024-tourism-year', '2024-07-03-talks']]]);
    expect(placesWithEvents(edition).map((p) => [p.place.id, p.events.length])).toEqual([['astana', 1]]);
  });
});

describe('cross-reference checks', () => {
  it('accept a consistent edition', () => {
    expect(messages(smallEdition())).toEqual([]);
  });

  it('name the document file and line of a passage with an unknown theme', () => {
    const edition = smallEdition();
    edition.documents[1]!.passages[1]!.themes = ['trad'];
    expect(messages(edition)).toEqual([
      expect.stringContaining('content/documents/2023-05-17-joint-statement.mdx:5: clause-1: unknown theme "trad" (themes are the files in content/themes/: tourism, trade, visits)'),
    ]);
  });

  it('name the event file and the dangling passage or place', () => {
    const edition = smallEdition();
    edition.events[0]!.passages.push(parsePassageRef('2024-07-03-astana-talks/para-9'), parsePassageRef('2099-01-01-nothing/para-1'));
    edition.events[0]!.place = 'kassym-jomart-tokayev';
    const [error] = checkCrossReferences(edition);
    expect(error?.file).toBe('content/events/2024-07-03-talks.yaml');
    expect(error?.message).toContain('passages: 2024-07-03-astana-talks/para-9: content/documents/2024-07-03-astana-talks.mdx has no passage "para-9"');
    expect(error?.message).toContain('passages: 2099-01-01-nothing/para-1: there is no document "2099-01-01-nothing"');
    expect(error?.message).toContain('place: "kassym-jomart-tokayev" is a person, not a place');
  });

  it('name the relations file, the relation and what is wrong with it', () => {
    const edition = smallEdition();
    edition.relations[0]!.to = parsePassageRef('2023-05-17-joint-statement/clause-99');
    edition.relations[1]!.to = parsePassageRef('2024-07-03-astana-talks/para-1');
    const message = messages(edition).join('\n');
    expect(message).toContain(
      'content/relations/2024-07-03-astana-talks.yaml: relations[1] (para-2 → 2023-05-17-joint-statement/clause-99): target 2023-05-17-joint-statement/clause-99: content/documents/2023-05-17-joint-statement.mdx has no passage "clause-99"',
    );
    expect(message).toContain('relations[2] (para-2 → 2024-07-03-astana-talks/para-1): a relation links two documents');
  });

  it('refuse a relation pointing forward in time, and a relations file named for no document', () => {
    const edition = smallEdition();
    const [first] = edition.relations;
    edition.relations = [
      { ...first!, from: parsePassageRef('2023-05-17-joint-statement/clause-1'), to: parsePassageRef('2024-07-03-astana-talks/para-1') },
      { ...first!, from: parsePassageRef('2099-astana-talks/para-2'), file: 'content/relations/2099-astana-talks.yaml' },
    ];
    const message = messages(edition).join('\n');
    expect(message).toContain('the target must be in an earlier document');
    expect(message).toContain('content/relations/2099-astana-talks.yaml: the file is named for a document, and there is no document "2099-astana-talks"');
  });

  it('name a glossary spelling that occurs in no passage', () => {
    const edition = smallEdition();
    edition.glossary[1]!.mentions.push('President Xi');
    expect(messages(edition)).toEqual([
      expect.stringContaining('content/glossary/xi-jinping.yaml: mentions: "President Xi" occurs in no passage'),
    ]);
  });
});
