// The README and docs/ link to each other and into the code: every relative link must lead to a
// file, and every #anchor on a Markdown file to one of its headings, as GitHub slugs them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

const README_MAX_LINES = 150;

/** README.md and every docs/*.md, as paths from the repository's root. */
const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** The anchors of a Markdown text's headings as GitHub makes them, repeats numbered (-1, -2…). */
function headingSlugs(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  walk(parse(text), (node) => {
    if (node.type === 'heading') slugs.add(slugger.slug(toString(node)));
  });
  return slugs;
}

interface Link {
  url: string;
  line: number;
}

/**
 * Every link, image and link definition of a Markdown text, with its line. Code (fenced,
 * indented or inline) is not parsed as links, so what it shows is never taken for one.
 */
function markdownLinks(text: string): Link[] {
  const links: Link[] = [];
  walk(parse(text), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    }
  });
  return links;
}

const isExternal = (url: string) => /^(?:https?:|mailto:|\/\/)/i.test(url);

/** Where a relative link from `from` leads: the file (from the repository's root) and the anchor. */
function target(from: string, url: string): { file: string; anchor: string | undefined } {
  const hash = url.indexOf('#');
  const path = decodeURIComponent(hash === -1 ? url : url.slice(0, hash));
  const anchor = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1));
  const file = path === '' ? from : path.startsWith('/') ? normalize(path.slice(1)) : normalize(join(dirname(from), path));
  return { file, anchor };
}

/** The links of one file that lead nowhere, as "line: url (why)". */
function brokenLinks(from: string): string[] {
  const broken: string[] = [];
  for (const { url, line } of markdownLinks(readFileSync(from, 'utf8'))) {
    if (isExternal(url)) continue;
    const { file, anchor } = target(from, url);
    if (file.startsWith('..') || !existsSync(file)) {
      broken.push(`${line}: ${url} (no file ${file})`);
    } else if (anchor !== undefined && file.endsWith('.md') && !headingSlugs(readFileSync(file, 'utf8')).has(anchor)) {
      broken.push(`${line}: ${url} (no heading #${anchor} in ${file})`);
    }
  }
  return broken;
}

describe('GitHub heading slugs', () => {
  it('lower-cases, turns spaces into hyphens, drops punctuation and numbers repeats', () => {
    const slugs = headingSlugs('# Dependencies, and why\n\n## What `npm test` checks\n\n### The modules of src/lib\n\n## Notes\n\n## Notes\n');
    expect([...slugs]).toEqual(['dependencies-and-why', 'what-npm-test-checks', 'the-modules-of-srclib', 'notes', 'notes-1']);
  });
});

describe('finding links', () => {
  it('finds links, anchors, images and definitions, and nothing in code', () => {
    const text = [
      'See [a](docs/a.md), [b](docs/b.md#part), [here](#top) and ![c](docs/c.png).',
      '',
      '`[not](inline-code.md)`',
      '',
      '```md',
      '[not](fenced.md)',
      '```',
      '',
      '[d]: docs/d.md',
    ].join('\n');
    expect(markdownLinks(text)).toEqual([
      { url: 'docs/a.md', line: 1 },
      { url: 'docs/b.md#part', line: 1 },
      { url: '#top', line: 1 },
      { url: 'docs/c.png', line: 1 },
      { url: 'docs/d.md', line: 9 },
    ]);
  });

  it('resolves a link against the folder of the file it is in', () => {
    expect(target('docs/editing.md', 'the-record.md#cataloguing-a-document')).toEqual({ file: 'docs/the-record.md', anchor: 'cataloguing-a-document' });
    expect(target('docs/open-data.md', '../src/pages/data/index.astro')).toEqual({ file: 'src/pages/data/index.astro', anchor: undefined });
    expect(target('README.md', '#where-to-read-on')).toEqual({ file: 'README.md', anchor: 'where-to-read-on' });
  });
});

describe('the README and docs/', () => {
  it.each(files)('%s: every relative link leads to a file, and every anchor to a heading', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it(`README.md is at most ${README_MAX_LINES} lines`, () => {
    const text = readFileSync('README.md', 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('every docs/*.md can be reached from README.md by its links', () => {
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
      for (const { url } of markdownLinks(readFileSync(from, 'utf8'))) {
        if (isExternal(url)) continue;
        const { file } = target(from, url);
        if (file.endsWith('.md') && existsSync(file) && !reached.has(file)) {
          reached.add(file);
          queue.push(file);
        }
      }
    }
    expect(files.filter((f) => !reached.has(f))).toEqual([]);
  });
});
