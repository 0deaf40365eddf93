import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/documents';
import { frontMatter } from '../support/front-matter';
import { searchFilterOptions, searchRecords } from '../../src/lib/search';
import { MAX_QUERY_LENGTH, highlightHref, pagefindFilters, parseSearchState, toSearchParams } from '../../src/lib/search-query';

const data = frontMatter({
  title: 'The Leaders Hold Talks',
  shortTitle: 'Test talks',
  kind: 'talks-readout',
  date: '2024-07-03',
  place: { name: 'Astana', country: 'Kazakhstan' },
});
const { document } = readDocument({
  id: '2024-07-03-astana-talks',
  data,
  body: '<Paragraph id="para-1" speaker="narration" themes="visit-protocol">\nFirst.\n</Paragraph>\n\n<Paragraph id="para-2" speaker="xi-jinping" themes="energy trade-investment">\nSecond.\n\nThird.\n</Paragraph>',
});

describe('search records', () => {
  const records = searchRecords([document]);

  it('makes one record per passage, leading to the passage in context', () => {
    expect(records.map((r) => r.url)).toEqual(['/documents/2024-07-03-astana-talks/#para-1', '/documents/2024-07-03-astana-talks/#para-2']);
    expect(records[1]!.content).toBe('Second.\n\nThird.');
    expect(records[1]!.meta.title).toBe('¶ 2 · Talks, Astana 2024');
  });

  it('files each passage under its document, themes, kind, year and speaker', () => {
    expect(records[1]!.filters).toEqual({
      document: ['2024-07-03-astana-talks'],
      theme: ['energy', 'trade-investment'],
      kind: ['talks-readout'],
      year: ['2024'],
      speaker: ['xi-jinping'],
    });
  });

  it('sorts by date descending in reading order within a document', () => {
    const keys = records.map((r) => r.sort.date);
    expect([...keys].sort().reverse()).toEqual(keys);
  });

  it('offers the filter values the content has', () => {
    const themes = [
      { id: 'trade-investment', title: 'Trade and investment', description: '…', file: 'trade-investment.yaml' },
      { id: 'energy', title: 'Energy', description: '…', file: 'energy.yaml' },
    ];
    expect(searchFilterOptions([document], themes).theme.map((o) => o.label)).toEqual(['Energy', 'Trade and investment']);
    expect(searchFilterOptions([document], themes).speaker).toEqual([
      { value: 'narration', label: 'Narration' },
      { value: 'xi-jinping', label: 'Xi Jinping' },
    ]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and order', () => {
    const state = parseSearchState(new URLSearchParams('q=Luban+Workshop&document=a&document=b&speaker=xi-jinping&sort=date'));
    expect(state).toMatchObject({ query: 'Luban Workshop', sort: 'date', truncated: false });
    expect(state.filters).toEqual({ document: ['a', 'b'], theme: [], kind: [], year: [], speaker: ['xi-jinping'] });
    expect(toSearchParams(state).toString()).toBe('q=Luban+Workshop&document=a&document=b&speaker=xi-jinping&sort=date');
    expect(pagefindFilters(state)).toEqual({ document: { any: ['a', 'b'] }, speaker: { any: ['xi-jinping'] } });
  });

  it('cuts an overlong query and says so; keeps emoji and other scripts whole', () => {
    const long = parseSearchState(new URLSearchParams({ q: 'x'.repeat(10_000) }));
    expect(long.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.truncated).toBe(true);
    expect(parseSearchState(new URLSearchParams({ q: '  中国 \n Қазақстан 🇰🇿 ' })).query).toBe('中国 Қазақстан 🇰🇿');
    expect(parseSearchState(new URLSearchParams('sort=evil')).sort).toBe('relevance');
  });

  it('puts highlight terms before the fragment, one per word', () => {
    expect(highlightHref('/documents/d/#clause-15', 'uranium')).toBe('/documents/d/?pagefind-highlight=uranium#clause-15');
    expect(highlightHref('/documents/d/#para-10', '"Luban Workshop"')).toBe(
      '/documents/d/?pagefind-highlight=Luban&pagefind-highlight=Workshop#para-10',
    );
    expect(highlightHref('/documents/d/#para-10', '')).toBe('/documents/d/#para-10');
  });
});
