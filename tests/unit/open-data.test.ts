import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { recordOfText } from '../../src/lib/record';
import { describe, expect, it } from 'vitest';
import { documentMarkdown, documentPlainText } from '../../src/lib/document-files';
import { escapeMarkdown } from '../../src/lib/markdown-escape';
import { remarkPlugins } from '../../src/lib/markdown';
import { dataJsonSchema, documentExport, documentExportSchema, documentsExport, validated } from '../../src/lib/open-data';
import type { Deployment } from '../../src/lib/urls';
import { smallEdition } from '../support/edition';

// A deployment under a sub-path, so that every address must carry the base.
const where: Deployment = { site: new URL('https://example.org'), base: '/sub/' };
const edition = smallEdition();
const [talks, statement] = edition.documents as [(typeof edition.documents)[number], (typeof edition.documents)[number]];

const ajv = () => {
  const instance = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(instance);
  return instance;
};

/** Markdown as the project reads it (remark with GFM), as a syntax tree. */
const markdownProcessor = unified().use(remarkParse).use(remarkPlugins);
const rendered = (markdown: string) => markdownProcessor.runSync(markdownProcessor.parse(markdown)) as Root;

describe('documents.json', () => {
  const data = documentsExport(edition, where);

  it('lists every document, newest first, with the addresses of its page and files under the base', () => {
    expect(data.documents.map((d) => d.id)).toEqual(['2024-07-03-astana-talks', '2023-05-17-joint-statement']);
    expect(data.documents[1]!.urls).toEqual({
      page: 'https://example.org/sub/documents/2023-05-17-joint-statement/',
      permalinkBase: 'https://example.org/sub/documents/2023-05-17-joint-statement/',
      json: 'https://example.org/sub/data/2023-05-17-joint-statement.json',
      text: 'https://example.org/sub/data/2023-05-17-joint-statement.txt',
      markdown: 'https://example.org/sub/data/2023-05-17-joint-statement.md',
    });
    expect(data.$schema).toBe('https://example.org/sub/data/schema/documents.schema.json');
    expect(data.site).toBe('https://example.org/sub/');
  });

  it('carries the notes on the whole text, and counts the notes on its passages', () => {
    const record = data.documents.find((d) => d.id === statement.id)!;
    if (!record.inEdition) throw new Error('the statement is in the edition');
    expect(record.notes).toEqual([
      { id: 'machine-translation', kind: 'clarification', reading: 'A machine translation.', evidence: 'No official English text is known.', confidence: 'inferred', sources: [] },
    ]);
    expect(record.counts).toEqual({ sections: 0, passages: 3, paragraphs: 3, notes: 2 });
    expect(record.speakers).toEqual([{ id: 'xi-jinping', name: 'Xi Jinping' }]);
    expect(record.source.url).toBeNull();
  });

  it('validates against its own JSON Schema', () => {
    const validate = ajv().compile(dataJsonSchema('documents', where));
    expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('<doc-id>.json', () => {
  const data = documentExport(edition, statement, where);

  it('gives every passage in order with its verbatim text, themes and permalink', () => {
    expect(data.passages.map((p) => p.id)).toEqual(['preamble-1', 'clause-1', 'clause-2']);
    expect(data.passages[2]).toMatchObject({
      label: 'Clause 2',
      kind: 'clause',
      section: null,
      speaker: null,
      text: 'China declared 2024 the year of tourism. The Astana International Financial Centre will help.',
      themes: [
        { id: 'tourism', title: 'Tourism' },
        { id: 'trade', title: 'Trade' },
      ],
      permalink: 'https://example.org/sub/documents/2023-05-17-joint-statement/clause-2/',
      path: '/documents/2023-05-17-joint-statement/clause-2/',
    });
  });

  it('places each note on its words, with its letter and resolved sources', () => {
    const preamble = data.passages[0]!;
    expect(preamble.notes).toEqual([
      {
        id: 'kasemal-tokayev',
        marker: 'a',
        span: 'Kasemal Tokayev',
        occurrence: null,
        start: 10,
        end: 25,
        kind: 'correction',
        reading: 'Kassym-Jomart Tokayev',
        replaceWith: 'Kassym-Jomart Tokayev',
        evidence: 'The official spelling.',
        confidence: 'confirmed',
        sources: [{ id: 'kazinform-2023-05-17', title: 'Kazakh, Chinese presidents hold talks', publisher: 'Kazinform', url: 'https://example.org/talks', date: '2023-05-17', note: null }],
      },
    ]);
    expect(preamble.text.slice(10, 25)).toBe('Kasemal Tokayev');
  });

  it('gives the editors’ reading text beside the verbatim, with the offsets to rebuild either from the other', () => {
    const [preamble, clause] = data.passages;
    expect(preamble!.reading).toEqual({
      text: 'President Kassym-Jomart Tokayev paid a state visit.',
      replacements: [{ note: 'kasemal-tokayev', start: 10, end: 25, readingStart: 10, readingEnd: 31 }],
    });
    expect(preamble!.text).toBe('President Kasemal Tokayev paid a state visit.');
    // A passage no note replaces words in has no reading text of its own.
    expect(clause!.reading).toBeNull();
  });

  it('names the speaker of an attributed paragraph', () => {
    const readout = documentExport(edition, talks, where);
    expect(readout.passages.map((p) => p.speaker)).toEqual([
      { id: 'narration', name: 'Narration' },
      { id: 'xi-jinping', name: 'Xi Jinping' },
    ]);
  });

  it('validates against its own JSON Schema, whose $id is its address', () => {
    const schema = dataJsonSchema('document', where);
    expect(schema.$id).toBe('https://example.org/sub/data/schema/document.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = ajv().compile(schema);
    expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, passages: [{ ...data.passages[0], text: 42 }] })).toBe(false);
  });

  it('fails, naming the file and the field, when an export breaks its format', () => {
    const broken = structuredClone(data);
    broken.passages[0]!.notes[0]!.start = 11;
    expect(() => validated(documentExportSchema, broken, '/data/x.json')).toThrow(
      /\/data\/x\.json does not match its schema[^]*passages\.0\.notes\.0\.span: note "kasemal-tokayev": text\.slice\(11, 25\) is not the span/,
    );
    const miscounted = { ...data, passages: data.passages.slice(1) };
    expect(() => validated(documentExportSchema, miscounted, '/data/x.json')).toThrow(/document\.counts\.passages: counts 3 passages, the file holds 2/);
  });

  it('refuses a document whose id is the name of an open data file', () => {
    const clash = { ...edition, record: [recordOfText({ ...statement, id: 'documents' })] };
    expect(() => documentsExport(clash, where)).toThrow(/content\/documents\/2023-05-17-joint-statement\.mdx: the id "documents" is the name of an open data file/);
  });
});

describe('<doc-id>.txt', () => {
  const text = documentPlainText(documentExport(edition, statement, where));
  const [header, ...passages] = text.trimEnd().split('\n\n\n');

  it('starts with a header naming the text, its source, the machine translation and the permalink', () => {
    expect(header).toContain('Joint Statement between the People’s Republic of China and the Republic of Kazakhstan');
    expect(header).toContain("Joint statement, Xi'an, China, 17 May 2023");
    expect(header).toContain('English text: Machine translation (original language: Chinese)');
    expect(header).toContain('Permalink: https://example.org/sub/documents/2023-05-17-joint-statement/');
  });

  it('gives each passage as its label on a line, then its text unchanged', () => {
    expect(passages).toEqual(statement.passages.map((p) => `${p.label}\n${p.blocks.join('\n\n')}`));
  });
});

describe('<doc-id>.md', () => {
  const markdown = documentMarkdown(documentExport(edition, statement, where));

  it('heads each passage with a link to its permalink, and lists the editors’ notes after it, marked as theirs', () => {
    expect(markdown).toContain('## [Preamble 1](https://example.org/sub/documents/2023-05-17-joint-statement/preamble-1/)\n\nPresident Kasemal Tokayev paid a state visit.\n\n**Editorial notes** (the editors’, not part of the text):\n\n- **a.** “Kasemal Tokayev”: Correction. Read: Kassym-Jomart Tokayev. The official spelling. *Confirmed by a source.* Sources: [Kazakh, Chinese presidents hold talks](https://example.org/talks), Kazinform, 17 May 2023.');
    expect(markdown).toContain('## Editorial notes on the whole text\n\n- Clarification. That is: A machine translation. No official English text is known. *Inferred by the editors.*');
  });

  it('renders, through the project’s Markdown pipeline, to the passages’ text', () => {
    const paragraphs = rendered(markdown).children.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    for (const passage of statement.passages) expect(paragraphs).toContain(passage.blocks[0]);
  });
});

describe('escaping for Markdown', () => {
  const cases = [
    '1. The two sides reaffirmed',
    '2013. President Xi Jinping first proposed',
    '1) first',
    'past <> years',
    '<div>not html</div>',
    '# not a heading',
    '- not a list',
    '+ not a list',
    '* not a list',
    '> not a quote',
    '=== not an underline',
    '--- not a rule',
    'a *star* and _underscores_ and __strong__',
    'code `ticks` and ```fences```',
    '[a link](https://example.org) and ![an image](x.png) and [ref]',
    'entities &amp; &#42; &copy; stay written',
    'a | b | c',
    '~~not struck~~ and ~single~',
    'back\\slash at the end\\',
    '<https://example.org> autolinks',
    'a bare https://example.org/a_b*c* address, www.example.org/a_b and a_b@example.org',
    'http://example.org<>',
    "Xi'an \"quoted\" (brackets) {braces} $dollars$ 100% ^caret",
    '    four spaces would be code',
    'trailing spaces would break  ',
    'one line\n2. and a list on the next\n# and a heading\nand a setext underline\n===',
    '\ttab first',
  ];

  it.each(cases)('renders %j as itself', (text) => {
    const tree = rendered(escapeMarkdown(text));
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
    expect(toString(tree)).toBe(text);
  });

  it('leaves plain prose alone', () => {
    expect(escapeMarkdown("The two sides agreed, in Xi'an, on 17 May 2023.")).toBe("The two sides agreed, in Xi'an, on 17 May 2023.");
  });
});
