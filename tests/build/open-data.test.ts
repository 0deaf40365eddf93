// The open data: every file validates against the JSON Schema served beside it, carries every
// passage's text exactly as the source gives it (in JSON, plain text and rendered Markdown), and
// names addresses that the build serves.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { NOTES_INTRO } from '../../src/lib/document-files';
import { remarkPlugins } from '../../src/lib/markdown';
import type { DocumentExport, DocumentsExport } from '../../src/lib/open-data';
import { SITE_ORIGIN, fileOf } from '../support/addresses';
import { sourceParagraphs, textRecords, writtenCatalogue, writtenDocuments } from '../support/content';
import { SITE_DIR, page } from '../support/dist';

const ROOT = `${SITE_ORIGIN}/`;
const DATA = join(SITE_DIR, 'data');
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The documents with their text, as the content writes them: the file name is the id, the front matter names the source. */
const documents = writtenDocuments().map((d) => ({ id: d.id, source: sourceParagraphs(d) }));
const catalogue = writtenCatalogue();

const index = readJson<DocumentsExport>(join(DATA, 'documents.json'));
const exportOf = (id: string) => readJson<DocumentExport>(join(DATA, `${id}.json`));

/** A passage's text as the source's paragraphs: a table row is one paragraph, its cells joined by a space, as src/lib/fidelity.ts compares. */
const paragraphsOf = (text: string) => text.split('\n\n');

describe('open data', () => {
  it('validates every JSON file against the JSON Schema it names, served by the site', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['documents.json', 'glossary.json', ...documents.map((d) => `${d.id}.json`)].sort());
    for (const file of files) {
      const data = readJson<{ $schema: string }>(join(DATA, file));
      const schemaFile = fileOf(data.$schema, SITE_DIR, ROOT);
      expect(schemaFile && existsSync(schemaFile), `${file}: $schema ${data.$schema}`).toBe(true);
      const schema = readJson<{ $id: string }>(schemaFile!);
      expect(schema.$id).toBe(data.$schema);
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('lists every document of content/documents in documents.json, newest first, saying which have their text', () => {
    expect(index.documents.map((d) => [d.id, d.inEdition]).sort()).toEqual(
      [...documents.map((d) => [d.id, true]), ...catalogue.map((d) => [d.id, false])].sort(),
    );
    const dates = index.documents.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives each catalogued document its page, its references and no data files of its own', () => {
    for (const entry of catalogue) {
      const record = index.documents.find((d) => d.id === entry.id);
      if (!record || record.inEdition) throw new Error(`${entry.id} is not listed as catalogued`);
      expect(record.urls).toEqual({ page: `${ROOT}documents/${entry.id}/` });
      expect(existsSync(join(SITE_DIR, 'documents', entry.id, 'index.html')), entry.id).toBe(true);
      expect(record.references.length).toBe(entry.references.length);
      expect(existsSync(join(DATA, `${entry.id}.json`)), entry.id).toBe(false);
    }
  });

  it('serves every address of each document with its text, its record equal to its own file’s', () => {
    for (const document of textRecords(index)) {
      for (const [name, url] of Object.entries(document.urls)) {
        const file = fileOf(url, SITE_DIR, ROOT);
        expect(file && existsSync(file), `${document.id} ${name}: ${url}`).toBe(true);
      }
      expect(exportOf(document.id).document).toEqual(document);
    }
  });

  describe.each(documents)('$id', ({ id, source }) => {
    const data = exportOf(id);

    it('is linked from the document’s page, each link naming its file type', () => {
      const links = selectAll('.downloads a[download]', page(`/documents/${id}/`)).map((a) => [toText(a), String(a.properties.href)]);
      expect(links).toEqual([
        ['JSON file (.json)', `/data/${id}.json`],
        ['Markdown file (.md)', `/data/${id}.md`],
        ['Plain text file (.txt)', `/data/${id}.txt`],
        ['TEI XML file (.xml)', `/data/${id}.xml`],
        ['RIS file (.ris)', `/data/${id}.ris`],
      ]);
    });

    it('gives every passage’s text exactly as the source’s paragraphs, in order', () => {
      expect(data.passages.flatMap((p) => paragraphsOf(p.text))).toEqual(source);
      expect(data.document.counts.paragraphs).toBe(source.length);
    });

    it('gives each passage its permalink, a page the build serves', () => {
      for (const passage of data.passages) {
        expect(passage.permalink).toBe(`${SITE_ORIGIN}${passage.path}`);
        expect(existsSync(fileOf(passage.permalink, SITE_DIR, ROOT)!), passage.permalink).toBe(true);
      }
    });

    it('places every note on its words: text.slice(start, end) is the span', () => {
      for (const passage of data.passages) {
        for (const note of passage.notes) expect(passage.text.slice(note.start, note.end), `${passage.id} ${note.id}`).toBe(note.span);
      }
    });

    it('writes the plain text as a header, then each passage’s label and its source paragraphs unchanged', () => {
      const [header, ...chunks] = readFileSync(join(DATA, `${id}.txt`), 'utf8').trimEnd().split('\n\n\n');
      expect(header).toContain(`Permalink: ${data.document.urls.page}`);
      if (data.document.source.translation === 'machine') expect(header).toContain('Machine translation');
      expect(chunks.map((c) => c.slice(0, c.indexOf('\n')))).toEqual(data.passages.map((p) => p.label));
      expect(chunks.flatMap((c) => paragraphsOf(c.slice(c.indexOf('\n') + 1)))).toEqual(source);
    });

    it('writes Markdown that renders, through the project’s pipeline, to the same text under each passage’s permalink', () => {
      const processor = unified().use(remarkParse).use(remarkPlugins);
      const tree = processor.runSync(processor.parse(readFileSync(join(DATA, `${id}.md`), 'utf8'))) as Root;
      const byPermalink = new Map<string, string[]>();
      let current: string[] | undefined;
      for (const node of tree.children) {
        if (node.type === 'heading') {
          const permalink = passageLink(node);
          current = permalink ? [] : undefined;
          if (permalink) byPermalink.set(permalink, current!);
        } else if (current && node.type === 'paragraph' && !isNotesIntro(node)) current.push(toString(node));
        else current = undefined;
      }
      expect([...byPermalink.keys()]).toEqual(data.passages.map((p) => p.permalink));
      expect([...byPermalink.values()].flat()).toEqual(source);
    });
  });
});

/** The permalink a passage's heading links to: "### [Clause 12](…/clause-12/)". */
function passageLink(heading: Heading): string | undefined {
  const [only, ...rest] = heading.children;
  return only?.type === 'link' && rest.length === 0 ? only.url : undefined;
}

/** The paragraph that opens the editors' notes; a passage's escaped text can never start with strong emphasis. */
function isNotesIntro(node: Paragraph | RootContent): boolean {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong' && NOTES_INTRO.startsWith(`**${toString(node.children[0])}**`);
}
