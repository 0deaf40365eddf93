// Content in, site out: a fixture site builds with its lists, pages and registry, and each kind
// of bad content fails the real build with a message naming the file and the problem.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSiteAsync } from './support/build';
import { fixture, type Edit } from './support/fixtures';
import { checkContent } from '../src/loaders/content-check';
import type { DocumentExport, DocumentsExport, GlossaryExport } from '../src/lib/open-data';
import { textRecords } from './support/content';
import { htmlPages } from './support/dist';
import { byPath, isRegistered } from '../src/lib/permalinks';

const STATEMENT = 'documents/2020-01-01-test-statement.mdx';
const TALKS = 'documents/2021-02-02-test-talks.mdx';
const EVENT = 'events/2021-02-02-test-talks.yaml';
const SIGNED = 'events/2020-01-01-test-statement-signed.yaml';
const RELATIONS = 'relations/2021-02-02-test-talks.yaml';
const NOTES = 'notes/2020-01-01-test-statement.yaml';
const TREATY = 'documents/2019-06-test-treaty.mdx';
const TREATY_PAGE = '/documents/2019-06-test-treaty/';

/**
 * Starts the real build of a fixture site; its result is awaited where it is asserted on. Each
 * describe starts its builds when it is collected, so that they run side by side (see
 * `buildSiteAsync`) while the file's tests run in order.
 */
function build(name: string, edits: Edit[] = [], env: Record<string, string> = {}) {
  const contentDir = fixture(name, edits);
  return buildSiteAsync({ contentDir: relative(ROOT, contentDir), outDir: join(TMP, 'fixture-builds', name), env }).then((result) => ({
    ...result,
    contentDir,
    file: (path: string) => `${relative(ROOT, contentDir)}/${path}`,
  }));
}

describe('a fixture site', () => {
  const built = build('valid', [], { PERMALINKS: 'update' });
  let site: Awaited<typeof built>;
  beforeAll(async () => {
    site = await built;
  });
  // Without Astro's scoping attributes, so that assertions read as the markup a reader gets.
  const html = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8').replace(/ data-astro-cid-\w+/g, '')
      // Astro's scoping classes, so that markup reads as written: class="name astro-x1" → class="name".
      .replace(/ class="astro-[\w-]+"/g, '')
      .replace(/ astro-[a-z0-9]{8}(?=[ "])/g, '');

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('lists its documents oldest first and builds a page per passage: adding a document is adding a file', () => {
    const list = html('documents');
    const byDate = list.slice(list.indexOf('id="decade-'));
    expect(byDate.indexOf('/documents/2020-01-01-test-statement/')).toBeLessThan(byDate.indexOf('/documents/2021-02-02-test-talks/'));
    for (const id of ['preamble-1', 'clause-1', 'clause-2', 'signing', 'signatures']) {
      expect(existsSync(join(site.outDir, 'documents/2020-01-01-test-statement', id, 'index.html')), id).toBe(true);
    }
    expect(html('documents/2021-02-02-test-talks/para-2')).toContain('The First Leader');
  });

  const json = <T>(path: string) => JSON.parse(readFileSync(join(site.outDir, 'data', path), 'utf8')) as T;

  it('writes its open data: both documents, each note placed on its words, table cells included', () => {
    expect(textRecords(json<DocumentsExport>('documents.json')).map((d) => [d.id, d.notes.map((n) => n.id)])).toEqual([
      ['2021-02-02-test-talks', []],
      ['2020-01-01-test-statement', ['test-whole-text']],
    ]);
    const statement = json<DocumentExport>('2020-01-01-test-statement.json');
    const notes = statement.passages.flatMap((p) => p.notes.map((n) => ({ passage: p.id, id: n.id, words: p.text.slice(n.start, n.end), span: n.span })));
    expect(notes.map((n) => [n.passage, n.id])).toEqual([
      ['preamble-1', 'test-visit-dates'],
      ['clause-2', 'test-section-numeral'],
      ['signing', 'test-signing-date'],
      ['signatures', 'test-second-signatory'],
    ]);
    for (const note of notes) expect(note.words, note.id).toBe(note.span);
    const markdown = readFileSync(join(site.outDir, 'data/2020-01-01-test-statement.md'), 'utf8');
    expect(markdown).toContain('2013\\. The two sides will promote \\<\\> projects.\n\n**Editorial notes** (the editors’, not part of the text):\n\n- **a.** “2013\\.”: Correction. Read: II.');
  });

  it('writes its glossary with each name’s language and sources, and where each passage names an entry', () => {
    const xian = json<GlossaryExport>('glossary.json').entries.find((e) => e.id === 'xian')!;
    expect(xian.names.map((n) => [n.text, n.lang, n.kind, n.sources.map((r) => r.id)])).toEqual([
      ['西安', 'zh-Hans', 'name', ['test-times-signing']],
      ['Sian', 'en', 'transliteration', ['test-times-signing']],
    ]);
    const mentions = json<DocumentExport>('2020-01-01-test-statement.json').passages.flatMap((p) => p.mentions.map((m) => [p.id, m.entry, p.text.slice(m.start, m.end)]));
    expect(mentions).toContainEqual(['signing', 'xian', "Xi'an"]);
    const page = html('glossary/xian');
    expect(page).toMatch(/<span class="name" lang="zh-Hans"[^>]*>西安<\/span>/);
  });

  it('gives a reading text only to the document whose notes replace words', () => {
    expect(existsSync(join(site.outDir, 'documents/2020-01-01-test-statement/reading/index.html'))).toBe(true);
    expect(existsSync(join(site.outDir, 'documents/2021-02-02-test-talks/reading/index.html'))).toBe(false);
    expect(html('documents/2021-02-02-test-talks')).not.toContain('/reading/');
    expect(html('documents/2020-01-01-test-statement/signing')).toContain('href="/documents/2020-01-01-test-statement/reading/#signing"');
  });

  it('catalogues a document without its text: its page says so, with its facts, sources, the passages that point to it and its timeline entry', () => {
    const page = html('documents/2019-06-test-treaty');
    expect(page).toContain('The text of this document is not yet in the edition.');
    expect(page).toContain('<time datetime="2019-06">June 2019</time>');
    expect(page).toContain('The report gives the month of the signing, not the day.');
    expect(page).toContain('In force since <time datetime="2019-12">December 2019</time>');
    expect(page).toContain('href="https://example.org/treaties/test-treaty"');
    expect(page).toContain('href="/documents/2021-02-02-test-talks/para-3/"');
    expect(page).toContain('href="/timeline/2019/#document-2019-06-test-treaty"');
    // Its citation names the treaty registry that publishes it, not this page.
    const cite = page.slice(page.indexOf('Cite this document'));
    expect(cite).toContain('The Test Treaty Registry');
    expect(cite).toContain('https://example.org/treaties/test-treaty');
    expect(existsSync(join(site.outDir, 'cards/2019-06-test-treaty.png'))).toBe(true);
  });

  it('lists the whole record by date and kind, says how much of it the edition holds, and links each side of a relation', () => {
    const list = html('documents');
    const byDate = list.slice(list.indexOf('id="decade-'));
    expect(byDate.indexOf(TREATY_PAGE)).toBeLessThan(byDate.indexOf('/documents/2020-01-01-test-statement/'));
    expect(list).toContain('3 documents between China and Kazakhstan');
    expect(list).toMatch(/<a href="\/documents\/kinds\/treaty\/">Treaty<\/a> <span class="count">\(1\)<\/span>/);
    expect(html('')).toContain('The record holds 3 documents');
    expect(html('documents/2021-02-02-test-talks/para-3')).toContain(`href="${TREATY_PAGE}"`);
    const timeline = html('timeline');
    expect(timeline).toContain('id="document-2019-06-test-treaty"');
    // A text whose event names it is on the timeline once, through that event.
    expect(timeline).not.toContain('id="document-2021-02-02-test-talks"');
    const record = json<DocumentsExport>('documents.json').documents.find((d) => d.id === '2019-06-test-treaty');
    expect(record && !record.inEdition && record.references.map((r) => r.url)).toEqual(['https://example.org/treaties/test-treaty', 'https://example.org/signing']);
    expect(existsSync(join(site.outDir, 'data/2019-06-test-treaty.json'))).toBe(false);
  });

  it('records its new permanent URLs in its registry: every page it builds under a permanent prefix, and the open data', () => {
    const registry = JSON.parse(readFileSync(join(site.contentDir, 'permalinks.json'), 'utf8')) as { urls: string[] };
    const pages = htmlPages(site.outDir)
      .map((p) => p.path)
      .filter((path) => path.endsWith('/') && isRegistered(path));
    const data = readdirSync(join(site.outDir, 'data'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[a-z]+$/.test(f) && !f.endsWith('.html'))
      .map((f) => `/data/${f}`);
    expect(registry.urls).toEqual([...pages, ...data].sort(byPath));
    expect(registry.urls).toEqual(expect.arrayContaining(['/documents/2019-06-test-treaty/', '/timeline/2019/', '/themes/trade/2020/', '/follow-through/2020/', '/glossary/xian/2020/', '/about/sources/', '/documents/2020-01-01-test-statement/notes/', '/documents/2019/', '/documents/kinds/treaty/', '/data/documents.json']));
  });
});

describe('a catalogued document whose text is added', () => {
  const registered = ['/documents/2019-06-test-treaty/'];
  const built = build(
    'catalogued-document-gets-its-text',
    [
      { file: 'permalinks.json', write: JSON.stringify({ urls: registered, redirects: {} }) },
      { file: TREATY, replace: 'date: "2019-06"', with: 'date: "2019-06-15"' },
      { file: TREATY, replace: 'references:\n  - test-treaty-registry\n  - test-times-signing\n---\n', with: 'references:\n  - test-treaty-registry\n  - test-times-signing\nsource:\n  file: test-treaty.txt\n  description: A test treaty.\n  publisher: The test suite\n  originalLanguage: English\n  translation: none\n  date: "2019-06-15"\n---\n\n<Clause id="article-1" themes="partnership">\nThe two republics shall be good neighbours.\n</Clause>\n' },
      { file: 'sources/test-treaty.txt', write: ' date 2019-06-15 The two republics shall be good neighbours.\n' },
    ],
    { PERMALINKS: 'update' },
  );

  it('keeps its address and its registry entry: its page becomes the text, its passages get theirs', async () => {
    const result = await built;
    expect(result.status, result.output).toBe(0);
    const registry = JSON.parse(readFileSync(join(result.contentDir, 'permalinks.json'), 'utf8')) as { urls: string[]; redirects: Record<string, string> };
    expect(registry.urls).toContain('/documents/2019-06-test-treaty/');
    expect(registry.urls).toContain('/documents/2019-06-test-treaty/article-1/');
    expect(registry.redirects).toEqual({});
    const page = readFileSync(join(result.outDir, 'documents/2019-06-test-treaty/index.html'), 'utf8');
    expect(page).not.toContain('not yet in the edition');
    expect(page).toContain('The two republics shall be good neighbours.');
  });
});

describe('a retired URL', () => {
  const retired = '/documents/2020-01-01-test-statement/clause-9/';

  const lost = build('registry-lost-url', [{ file: 'permalinks.json', replace: '"urls": []', with: `"urls": ["${retired}"]` }]);
  const redirected = build(
    'registry-redirect',
    [{ file: 'permalinks.json', replace: '"redirects": {}', with: `"redirects": { "${retired}": "/documents/2020-01-01-test-statement/clause-1/" }` }],
    { PERMALINKS: 'update' },
  );

  it('fails the build while it is registered but no longer built', async () => {
    const result = await lost;
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${retired} is registered in ${result.file('permalinks.json')} but no longer built`);
  });

  it('builds as a redirect once the registry retires it', async () => {
    const result = await redirected;
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(result.outDir, retired, 'index.html'), 'utf8');
    expect(page).toContain('/documents/2020-01-01-test-statement/clause-1/');
  });
});

describe('bad content is reported with the file, the line and the problem (check:content reads content as the build does)', () => {
  const cases: { name: string; edits: Edit[]; file: string; message: RegExp }[] = [
    {
      name: 'duplicate passage id',
      edits: [{ file: STATEMENT, replace: 'id="clause-2"', with: 'id="clause-1"' }],
      file: `${STATEMENT}:32`,
      message: /duplicate id "clause-1" \(first used on line 28\)/,
    },
    {
      name: 'passage without id',
      edits: [{ file: STATEMENT, replace: '<Clause id="clause-2" themes="trade partnership">', with: '<Clause themes="trade partnership">' }],
      file: `${STATEMENT}:32`,
      message: /<Clause> has no id/,
    },
    {
      name: 'unknown kind',
      edits: [{ file: TALKS, replace: 'kind: talks-readout', with: 'kind: communique' }],
      file: TALKS,
      message: /kind: unknown kind "communique" \(kinds are the files in content\/kinds\/: joint-statement, talks-readout, treaty; a new kind is a new file there\)/,
    },
    {
      name: 'invalid date',
      edits: [{ file: STATEMENT, replace: 'date: "2020-01-01"', with: 'date: "2020-02-30"' }],
      file: STATEMENT,
      message: /date: "2020-02-30" is not a date that exists/,
    },
    {
      // YAML 1.1 readers turn an unquoted date into a timestamp and roll 30 February over to 1 March.
      name: 'unquoted impossible date',
      edits: [{ file: STATEMENT, replace: 'date: "2020-01-01"', with: 'date: 2020-02-30' }],
      file: `${STATEMENT}:5`,
      message: /date: "2020-02-30" is not a date that exists/,
    },
    {
      name: 'missing required field',
      edits: [{ file: STATEMENT, replace: 'summary: A small statement for the tests.\n', with: '' }],
      file: STATEMENT,
      message: /summary: missing: this field is required/,
    },
    {
      name: 'text that no longer matches its source',
      edits: [{ file: STATEMENT, replace: 'promote \\<> projects', with: 'promote joint projects' }],
      file: STATEMENT,
      message: /clause-2 does not match paragraph 3 of .*test-statement\.txt: at character 34 the passage has "… sides will promote joint projects\." where the source has "… sides will promote <> projects\."/,
    },
    {
      name: 'text outside any passage',
      edits: [{ file: STATEMENT, replace: '<Closing id="signing"', with: 'A stray sentence.\n\n<Closing id="signing"' }],
      file: `${STATEMENT}:38`,
      message: /text \("A stray sentence\."\) outside any passage/,
    },
    {
      name: 'unknown speaker',
      edits: [{ file: TALKS, replace: 'speaker="first-leader"', with: 'speaker="first-lady"' }],
      file: TALKS,
      message: /para-2: unknown speaker "first-lady"/,
    },
    {
      name: 'missing source text',
      edits: [{ file: 'sources/test-talks.txt', remove: true }],
      file: TALKS,
      message: /source\.file: .*test-talks\.txt does not exist/,
    },
    {
      name: 'a document that is not MDX',
      edits: [{ file: 'documents/2022-01-01-notes.md', write: '# Notes\n' }],
      file: 'documents/2022-01-01-notes.md',
      message: /a document is an \.mdx file; this file would not be published/,
    },
    {
      name: 'unknown theme',
      edits: [{ file: STATEMENT, replace: 'themes="trade partnership"', with: 'themes="trade partnershp"' }],
      file: `${STATEMENT}:32`,
      message: /clause-2: unknown theme "partnershp" \(themes are the files in content\/themes\/: partnership, trade, visits\)/,
    },
    {
      name: 'event pointing at a passage that does not exist',
      edits: [{ file: EVENT, replace: '2021-02-02-test-talks/para-1', with: '2021-02-02-test-talks/para-9' }],
      file: EVENT,
      message: /passages: 2021-02-02-test-talks\/para-9: .*2021-02-02-test-talks\.mdx has no passage "para-9"/,
    },
    {
      name: 'event at a place not in the glossary',
      edits: [{ file: SIGNED, replace: 'place: xian', with: 'place: testville' }],
      file: SIGNED,
      message: /place: "testville" is not in the glossary/,
    },
    {
      name: 'event with an inferred date and no account of it',
      edits: [{ file: EVENT, replace: 'dateBasis: stated', with: 'dateBasis: inferred' }],
      file: EVENT,
      message: /dateNote: an inferred date needs a dateNote saying how it was inferred/,
    },
    {
      name: 'event with a date that does not exist',
      edits: [{ file: EVENT, replace: 'date: "2021-02-02"', with: 'date: "2021-02-30"' }],
      file: EVENT,
      message: /date: "2021-02-30" is not a date/,
    },
    {
      name: 'dangling cross-reference',
      edits: [{ file: RELATIONS, replace: 'target: 2020-01-01-test-statement/clause-2', with: 'target: 2020-01-01-test-statement/clause-3' }],
      file: RELATIONS,
      message: /relations\[1\] \(para-2 → 2020-01-01-test-statement\/clause-3\): target .*has no passage "clause-3"/,
    },
    {
      name: 'note on words that are not in its passage',
      edits: [{ file: NOTES, replace: 'span: "May 2023, 5"', with: 'span: "May 17, 2023"' }],
      file: NOTES,
      message: /notes\[3\] \(test-signing-date\) on signing: the words "May 17, 2023" are not in the passage/,
    },
    {
      name: 'note on words that occur twice, without saying which',
      edits: [{ file: NOTES, replace: 'span: "from May 2023 to 5, 17"', with: 'span: "the President"' }],
      file: NOTES,
      message: /notes\[1\] \(test-visit-dates\) on preamble-1: the words "the President" occur 2 times in the passage: add occurrence \(1 to 2\)/,
    },
    {
      name: 'note citing a reference that does not exist',
      edits: [{ file: NOTES, replace: '      - test-times-signing\n  - id: test-section-numeral', with: '      - test-times-signin\n  - id: test-section-numeral' }],
      file: NOTES,
      message: /notes\[1\] \(test-visit-dates\): sources: "test-times-signin" is not in content\/references\//,
    },
    {
      name: 'confirmed note without a source',
      edits: [{ file: NOTES, replace: '    confidence: confirmed\n    sources:\n      - test-times-signing\n  - id: test-section-numeral', with: '    confidence: confirmed\n  - id: test-section-numeral' }],
      file: NOTES,
      message: /note "test-visit-dates" is confirmed: list the sources that confirm it/,
    },
    {
      name: 'two notes on overlapping words',
      edits: [{ file: NOTES, replace: 'span: "Second Signatory"', with: 'span: "Second Republic"' }, { file: NOTES, replace: '  - id: test-whole-text', with: '  - id: test-overlap\n    passage: signatures\n    span: "of the Second"\n    kind: clarification\n    reading: "x"\n    evidence: "y"\n    confidence: inferred\n  - id: test-whole-text' }],
      file: NOTES,
      message: /notes "test-overlap" and "test-second-signatory" on 2020-01-01-test-statement\/signatures are on overlapping words/,
    },
    {
      name: 'two notes replacing overlapping words',
      edits: [{ file: NOTES, replace: '  - id: test-whole-text', with: '  - id: test-overlap\n    passage: preamble-1\n    span: "2023 to 5"\n    kind: correction\n    reading: "x"\n    replaceWith: "x"\n    evidence: "y"\n    confidence: inferred\n  - id: test-whole-text' }],
      file: NOTES,
      message: /notes "test-visit-dates" and "test-overlap" on 2020-01-01-test-statement\/preamble-1 are on overlapping words, and both replace them in the reading text/,
    },
    {
      name: 'a clarification that replaces its words',
      edits: [{ file: NOTES, replace: '    reading: "The President of the Second Republic"\n', with: '    reading: "The President of the Second Republic"\n    replaceWith: "The President"\n' }],
      file: NOTES,
      message: /replaceWith: note "test-second-signatory" is a clarification: only a correction replaces its words in the reading text/,
    },
    {
      name: 'a catalogued document with passages',
      edits: [{ file: TREATY, replace: 'test-times-signing\n---\n', with: 'test-times-signing\n---\n\n<Clause id="clause-1" themes="trade">\nAn article.\n</Clause>\n' }],
      file: `${TREATY}:27`,
      message: /a catalogued document \(no `source` in its front matter\) has no text: to publish its text, add `source`/,
    },
    {
      name: 'a catalogued document citing a reference that is not a file',
      edits: [{ file: TREATY, replace: '  - test-treaty-registry\n  - test-times-signing', with: '  - test-treaty-registri\n  - test-times-signing' }],
      file: TREATY,
      message: /references: "test-treaty-registri" is not in content\/references\//,
    },
    {
      name: 'a catalogued document whose date has no basis',
      edits: [{ file: TREATY, replace: 'dateBasis: confirmed\n', with: '' }],
      file: TREATY,
      message: /dateBasis: missing: a catalogued document \(no `source`\) says how its date is known/,
    },
    {
      name: 'a catalogued document without references',
      edits: [{ file: TREATY, replace: 'references:\n  - test-treaty-registry\n  - test-times-signing\n---', with: '---' }],
      file: TREATY,
      message: /references: missing: a catalogued document \(no `source`\) cites at least one reference/,
    },
    {
      name: 'a relation to a document that does not exist',
      edits: [{ file: RELATIONS, replace: 'target: 2019-06-test-treaty', with: 'target: 2019-06-test-treat' }],
      file: RELATIONS,
      message: /relations\[2\] \(para-3 → 2019-06-test-treat\): target: there is no document "2019-06-test-treat" in content\/documents\//,
    },
    {
      name: 'an event naming a document that does not exist',
      edits: [{ file: EVENT, replace: 'document: 2021-02-02-test-talks', with: 'document: 2021-02-02-test-talk' }],
      file: EVENT,
      message: /document: there is no document "2021-02-02-test-talk"/,
    },
    {
      name: 'glossary spelling found in no passage',
      edits: [{ file: 'glossary/first-leader.yaml', replace: '- first leader', with: '- First Leader' }],
      file: 'glossary/first-leader.yaml',
      message: /mentions: "First Leader" occurs in no passage/,
    },
    {
      name: 'glossary name without its language',
      edits: [{ file: 'glossary/xian.yaml', replace: '    lang: "zh-Hans"\n', with: '' }],
      file: 'glossary/xian.yaml',
      message: /names\W+0\W+lang\W.*give the name's language as a BCP 47 tag/,
    },
    {
      name: 'glossary name citing no source that exists',
      edits: [{ file: 'glossary/xian.yaml', replace: 'sources: ["test-times-signing"]\n  - text: "Sian"', with: 'sources: ["test-times-signin"]\n  - text: "Sian"' }],
      file: 'glossary/xian.yaml',
      message: /names\[0\] \(西安\): sources: "test-times-signin" is not in content\/references\//,
    },
  ];


  it.each(cases)('$name', ({ name, edits, file, message }) => {
    const dir = relative(ROOT, fixture(name.replace(/\W+/g, '-'), edits));
    const output = checkContent(dir).errors.map((e) => e.message).join('\n');
    expect(output).toContain(`${dir}/${file}`);
    expect(output).toMatch(message);
  });
});

describe('bad content fails the build, every problem at once, with the project’s hint', () => {
  const manyProblems = build('a-document-with-many-problems', [
    { file: STATEMENT, replace: 'summary: A small', with: 'sumary: A small' },
    { file: STATEMENT, replace: 'reaffirmed their "comprehensive', with: 'reaffirmed their {comprehensive' },
    { file: STATEMENT, replace: '<Clause id="clause-2" themes="trade partnership">\n2013\\. The two sides will promote \\<> projects.\n</Clause>', with: '' },
    { file: TALKS, replace: 'trade had doubled', with: 'trade had *doubled*' },
    { file: TALKS, replace: 'id="para-3"', with: 'id="para-2"' },
  ]);
  const badYaml = build('a-yaml-file-with-a-problem', [{ file: EVENT, replace: 'date: "2021-02-02"', with: 'date: "2021-02-30"' }]);
  const badReference = build('a-theme-that-does-not-exist', [{ file: STATEMENT, replace: 'themes="trade partnership"', with: 'themes="trade partnershp"' }]);
  const catalogueWithText = build('a-catalogued-document-with-text-but-no-source', [
    { file: TREATY, replace: 'test-times-signing\n---\n', with: 'test-times-signing\n---\n\n<Clause id="clause-1" themes="trade">\nAn article.\n</Clause>\n' },
  ]);

  it('reports every problem of a document in one run: schema, structure, MDX and text, each on its line with its fix', async () => {
    const result = await manyProblems;
    expect(result.status).not.toBe(0);
    const problems = [
      [`${STATEMENT}:12`, /sumary: not a field here \(misspelt\?\)/],
      [`${STATEMENT}:29`, /column \d+: `\{` starts an MDX expression: write `\\\{`/],
      [`${STATEMENT}:28`, /clause-1 does not match paragraph 2 of .*test-statement\.txt: at character 35/],
      [`${STATEMENT}:36`, /paragraph 3 of .*test-statement\.txt \("2013\. The two sides will promote <> projects\."\) is missing: it belongs between clause-1 and signing/],
      [`${TALKS}:35`, /duplicate id "para-2" \(first used on line 31\)/],
      [`${TALKS}:32`, /column \d+: Markdown read "\*doubled\*" as emphasis \(italics\): a passage is the source's plain text/],
    ] as const;
    for (const [file, message] of problems) {
      expect(result.output).toContain(result.file(file));
      expect(result.output).toMatch(message);
    }
    // Astro swaps the hint of any error mentioning "document" for advice on browser APIs.
    expect(result.output).not.toContain('Browser APIs are not available');
    expect(result.output).toContain('`npm run check:content` runs the same checks');
  });

  it('fails on a data file and on a reference that points at nothing, with their own hints', async () => {
    const yaml = await badYaml;
    expect(yaml.status).not.toBe(0);
    expect(yaml.output).toMatch(new RegExp(`${escaped(yaml.file(EVENT))}:\\d+: date: "2021-02-30" is not a date`));
    const reference = await badReference;
    expect(reference.status).not.toBe(0);
    expect(reference.output).toContain(`${reference.file(STATEMENT)}:32: clause-2: unknown theme "partnershp"`);
    for (const output of [yaml.output, reference.output]) expect(output).not.toContain('Browser APIs are not available');
  });

  it('fails on a catalogued document that has passages but no source, naming the file and the line', async () => {
    const result = await catalogueWithText;
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${result.file(TREATY)}:27: a catalogued document (no \`source\` in its front matter) has no text`);
    expect(result.output).not.toContain('Browser APIs are not available');
  });

  it.each([
    {
      // The card would silently lack the two characters: the build stops instead.
      name: 'a passage whose social card no font can draw',
      edits: [
        { file: STATEMENT, replace: "signed in Xi'an on", with: "signed in Xi'an (西安) on" },
        { file: 'sources/test-statement.txt', replace: "signed in Xi'an on", with: "signed in Xi'an (西安) on" },
      ],
      file: `${STATEMENT}:38`,
      message: /the social card \/cards\/2020-01-01-test-statement\/signing\.png \("Signing"\) could not be rendered: no face has "西", "安"/,
      // Cards are rendered after the pages: the fixture's registry must not stop the build first.
      env: { PERMALINKS: 'update' },
    },
  ].map((c) => ({ ...c, built: build(c.name.replace(/\W+/g, '-'), c.edits, c.env) })))('$name', async ({ file, message, built }) => {
    const result = await built;
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(result.file(file));
    expect(result.output).toMatch(message);
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
