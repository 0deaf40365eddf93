import { describe, expect, it } from 'vitest';
import { KINDS } from '../support/kinds';
import { readDocument } from '../../src/lib/documents';
import { frontMatter } from '../support/front-matter';
import type { GlossaryEntry } from '../../src/lib/glossary';
import type { EditorialNote } from '../../src/lib/notes';
import { ALIAS_WEIGHT, DOCUMENT_FILTER_LIMIT, aliasWords, passageAliases, searchFilterOptions, searchRecordHtml, searchRecords } from '../../src/lib/search';
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
}, KINDS);

describe('search records', () => {
  const records = searchRecords({ documents: [document], notes: [], glossary: [] });

  it('makes one record per passage, leading to the passage in context', () => {
    expect(records.map((r) => r.url)).toEqual(['/documents/2024-07-03-astana-talks/#para-1', '/documents/2024-07-03-astana-talks/#para-2']);
    expect(records[1]!.text).toBe('Second.\n\nThird.');
    expect(records[1]!.aliases).toEqual([]);
    expect(records[1]!.meta.title).toBe('¶ 2 · Talks, Astana 2024');
  });

  it('files each passage under its document, themes, kind, year and speaker', () => {
    expect(records[1]!.filters).toEqual({
      document: ['2024-07-03-astana-talks'],
      theme: ['energy', 'trade-investment'],
      kind: ['talks-readout'],
      year: ['2024'],
      speaker: ['xi-jinping'],
      result: ['passage'],
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

  it('offers a box a text while the texts are few, and at scale narrows by year and kind instead', () => {
    expect(searchFilterOptions([document], []).document.map((o) => o.value)).toEqual([document.id]);
    const many = Array.from({ length: DOCUMENT_FILTER_LIMIT + 1 }, (_, i) => ({ ...document, id: `${document.id}-${i}` }));
    const options = searchFilterOptions(many, []);
    expect(options.document).toEqual([]);
    expect(options.year.length).toBeGreaterThan(0);
    expect(options.kind.length).toBeGreaterThan(0);
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

const entry = (id: string, name: string, mentions: string[], names: GlossaryEntry['names'] = []): GlossaryEntry => ({
  id,
  name,
  kind: 'person',
  description: '…',
  mentions,
  names,
  references: [],
  file: `glossary/${id}.yaml`,
});

describe('what a record knows beyond its words', () => {
  const { document: doc } = readDocument({
    id: '2023-05-17-joint-statement',
    data: frontMatter({ title: 'A Statement', shortTitle: 'Joint Statement', kind: 'joint-statement', date: '2023-05-17', place: { name: "Xi'an", country: 'China' } }),
    body: '<Clause id="clause-10" themes="energy">\nThe "Bright Road" policy of Kasemal Tokayev.\n</Clause>',
  }, KINDS);
  const passage = doc.passages[0]!;
  const note = { id: 'n1', document: doc.id, passage: 'clause-10', span: '"Bright Road"', reading: 'Nurly Zhol', kind: 'correction' } as EditorialNote;
  const tokayev = entry('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', ['Kasemal Tokayev'], [
    { text: 'Токаев', lang: 'ru', kind: 'name', sources: ['r'] },
    { text: '托卡耶夫', lang: 'zh-Hans', kind: 'name', sources: ['r'] },
    { text: 'Tokayev', lang: 'en', kind: 'name', sources: ['r'] },
  ]);
  const unnamed = entry('xi-jinping', 'Xi Jinping', ['Xi Jinping'], [{ text: '习近平', lang: 'zh-Hans', kind: 'name', sources: ['r'] }]);
  const aliases = passageAliases(passage, [note], [tokayev, unnamed]);

  it('carries the readings of the notes on the passage, then the names of the entries it names, never a form the text has', () => {
    expect(aliases).toEqual([
      { label: 'via the editors’ note: Nurly Zhol', text: 'Nurly Zhol' },
      { label: 'names Kassym-Jomart Tokayev', name: undefined, text: 'Kassym-Jomart Tokayev' },
      { label: 'names Kassym-Jomart Tokayev', name: { text: 'Токаев', lang: 'ru' }, text: 'Токаев' },
      { label: 'names Kassym-Jomart Tokayev', name: { text: '托卡耶夫', lang: 'zh-Hans' }, text: '托卡耶夫' },
    ]);
  });

  it('indexes every tail of a Chinese name, so that any part of it finds it', () => {
    expect(aliasWords('阿斯塔纳国际金融中心')).toEqual(['阿斯塔纳国际金融中心', '斯塔纳国际金融中心', '塔纳国际金融中心', '纳国际金融中心', '国际金融中心', '际金融中心', '金融中心', '融中心', '中心']);
    expect(aliasWords('卡瑟姆·托卡耶夫')).toEqual(['卡瑟姆·托卡耶夫', '瑟姆', '卡耶夫', '耶夫']);
    expect(aliasWords('Касым-Жомарт Токаев')).toEqual(['Касым-Жомарт', 'Токаев']);
  });

  it('gives Pagefind the passage at full weight and the aliases below it, with the metadata to explain a match', () => {
    const [record] = searchRecords({ documents: [doc], notes: [note], glossary: [tokayev, unnamed] });
    const html = searchRecordHtml(record!);
    expect(html).toContain('<body><p>The &quot;Bright Road&quot; policy of Kasemal Tokayev.</p>');
    expect(html).toContain(`<div data-pagefind-weight="${ALIAS_WEIGHT}"><p>Nurly Zhol</p>`);
    expect(html).toContain('<meta data-pagefind-meta="words[content]" content="7">');
    expect(html).toContain('<meta data-pagefind-filter="theme[content]" content="energy">');
    expect(ALIAS_WEIGHT).toBeLessThan(1);
  });
});
