import { describe, expect, it } from 'vitest';
import { entriesMentioned, findMentions, glossaryByKind, passagesMentioning } from '../../src/lib/glossary';
import { smallEdition } from '../support/edition';

const entries = [
  { id: 'astana', mentions: ['Astana'] },
  { id: 'aifc', mentions: ['Astana International Financial Centre'] },
  { id: 'xi-jinping', mentions: ['Xi Jinping'] },
  { id: 'xian', mentions: ["Xi'an"] },
];

describe('finding mentions', () => {
  it('finds whole words, case-sensitively, with their positions in the unchanged text', () => {
    const text = "Xi Jinping met him in Xi'an, not in astana or Astanaville; then in Astana.";
    const found = findMentions(text, entries);
    expect(found.map((m) => [m.entryId, m.text])).toEqual([
      ['xi-jinping', 'Xi Jinping'],
      ['xian', "Xi'an"],
      ['astana', 'Astana'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lets the longest spelling win where two overlap', () => {
    expect(entriesMentioned('The Astana International Financial Centre in Astana.', entries)).toEqual(['aifc', 'astana']);
    expect(entriesMentioned('The Astana International Financial Centre.', entries)).toEqual(['aifc']);
  });

  it('lists the passages that name an entry, by document', () => {
    const edition = smallEdition();
    const tokayev = edition.glossary.find((g) => g.id === 'kassym-jomart-tokayev')!;
    const groups = passagesMentioning(edition.documents, tokayev, edition.glossary);
    expect(groups.map((g) => [g.document.id, g.passages.map((p) => p.id)])).toEqual([['2023-05-17-joint-statement', ['preamble-1']]]);
  });

  it('groups the glossary by kind, people first, alphabetical within', () => {
    const groups = glossaryByKind(smallEdition().glossary);
    expect(groups.map((g) => [g.kind, g.entries.map((e) => e.id)])).toEqual([
      ['person', ['kassym-jomart-tokayev', 'xi-jinping']],
      ['organisation', ['aifc']],
      ['place', ['astana']],
    ]);
  });
});

describe('mention excerpts', () => {
  it('shows the words around the first mention, cut at word boundaries', async () => {
    const { mentionExcerpt } = await import('../../src/lib/glossary');
    const edition = smallEdition();
    const aifc = edition.glossary.find((g) => g.id === 'aifc')!;
    const clause = edition.documents[1]!.passages[2]!;
    expect(mentionExcerpt(clause, aifc, edition.glossary)).toContain('Astana International Financial Centre');
    const long = { ...clause, blocks: [`${'Word '.repeat(60)}then the Astana International Financial Centre will help. ${'More '.repeat(60)}`] };
    const text = mentionExcerpt(long, aifc, edition.glossary);
    expect(text).toMatch(/^….*Astana International Financial Centre.*…$/);
    expect(text.length).toBeLessThanOrEqual(162);
  });
});
