// The search page: reads the search from the URL, asks the Pagefind index built with the
// site, and renders passages. Results are built with DOM methods from text, never as HTML.
import { suggestNames, type SuggestableEntry } from '../lib/name-suggestions';
import { CATALOGUE_RESULT, answersQuery, firstPageKnown, matchReasons, textMatchesFirst, verbatimExcerpt, type MatchReason } from '../lib/search-match';
import {
  MAX_QUERY_LENGTH,
  hasFilters,
  highlightHref,
  pagefindFilters,
  parseSearchState,
  toSearchParams,
  type SearchState,
} from '../lib/search-query';

interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: { title?: string; document?: string; words?: string; aliases?: string; result?: string };
}
interface Pagefind {
  options(o: object): Promise<void>;
  /** Starts Pagefind's worker, WebAssembly and index metadata without waiting for them. */
  init(): Promise<void>;
  /** Fetches the index chunks a search for the term needs, stopping short of searching. */
  preload(query: string, o?: object): Promise<void>;
  search(
    query: string | null,
    o: object,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGE_SIZE = 10;
/** How many of the best results are ordered so that those with the words come first among them. */
const RANKED = 30;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const suggestions = document.getElementById('search-suggestions')!;
const EXCERPT_WORDS = 36;

form.hidden = false;
document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;

const bundles = new Map<string, Promise<Pagefind>>();
/** A Pagefind bundle of the site, loaded once: the whole index, or the catalogue entries apart. */
function loadIndex(bundle = 'pagefind'): Promise<Pagefind> {
  let loaded = bundles.get(bundle);
  if (!loaded) {
    loaded = (async () => {
      const module = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}${bundle}/pagefind.js`)) as Pagefind;
      // Records hold site paths; Pagefind puts this deployment's base in front of them.
      await module.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: EXCERPT_WORDS });
      // Its WebAssembly and the index metadata load now, not when the first search is made.
      await module.init();
      return module;
    })();
    bundles.set(bundle, loaded);
  }
  return loaded;
}

function stateFromForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showState(state: SearchState): void {
  input.value = state.query;
  for (const field of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    field.checked = state.filters[field.name as keyof SearchState['filters']]?.includes(field.value) ?? false;
  }
  for (const field of form.querySelectorAll<HTMLInputElement>('input[name=sort]')) field.checked = field.value === state.sort;
  // Chosen filters are never hidden from the reader.
  if (hasFilters(state) || state.sort === 'date') form.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
}

/** The excerpt: the passage's own words, the matched ones marked; built from text, never as HTML. */
function excerptNodes(data: ResultData): Node[] {
  return verbatimExcerpt(data, EXCERPT_WORDS).map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** "Matched via the editors’ note: Nurly Zhol" or "names Kassym-Jomart Tokayev (Токаев)", the name in its language. */
function reasonLine(reasons: MatchReason[]): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'why';
  line.append('Not in the words of the text: matched ');
  reasons.forEach((reason, i) => {
    if (i > 0) line.append('; ');
    line.append(reason.label);
    if (reason.name) {
      const name = document.createElement('span');
      name.lang = reason.name.lang;
      name.textContent = reason.name.text;
      line.append(' (', name, ')');
    }
  });
  line.append('.');
  return line;
}

function resultItem(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  const reasons = matchReasons(data);
  const ownWords = Number(data.meta.words ?? Infinity);
  // Highlight only where the passage has the words; a match through a note or a name has none to mark.
  link.href = data.locations.some((l) => l < ownWords) ? highlightHref(data.url, query) : data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data));
  const where = document.createElement('p');
  where.className = data.meta.result === CATALOGUE_RESULT ? 'where catalogue' : 'where';
  where.textContent = data.meta.document ?? '';
  item.append(heading, excerpt);
  if (reasons.length) item.append(reasonLine(reasons));
  item.append(where);
  return item;
}

let glossary: Promise<SuggestableEntry[]> | undefined;
function loadGlossary(): Promise<SuggestableEntry[]> {
  glossary ??= fetch(form.dataset.glossary!)
    .then((response) => (response.ok ? (response.json() as Promise<{ entries: SuggestableEntry[] }>) : { entries: [] }))
    .then((data) => data.entries)
    .catch(() => []);
  return glossary;
}

/** When nothing matches: the glossary entries whose names are close to the query, each with a search for its name. */
async function showSuggestions(query: string, current: number): Promise<void> {
  const found = suggestNames(query, await loadGlossary());
  if (current !== run || found.length === 0) return;
  const heading = document.createElement('h2');
  heading.textContent = 'Names in the edition close to your search';
  const list = document.createElement('ul');
  for (const { entry, form: near } of found) {
    const item = document.createElement('li');
    const page = document.createElement('a');
    page.href = `${import.meta.env.BASE_URL}${entry.path.replace(/^\//, '')}`;
    page.textContent = entry.name;
    const again = document.createElement('a');
    again.href = `?${toSearchParams({ query: near.text, filters: stateFromForm().filters, sort: 'relevance' })}`;
    const name = document.createElement('span');
    name.lang = near.lang;
    name.textContent = near.text;
    again.append('search for “', name, '”');
    item.append(page, ' — ', again);
    list.append(item);
  }
  suggestions.replaceChildren(heading, list);
  suggestions.hidden = false;
}

function describe(count: number, state: SearchState, catalogued = 0): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state) ? ' with the filters chosen' : '';
  const cut = state.truncated ? ` Only the first ${MAX_QUERY_LENGTH} characters of the search were used.` : '';
  if (count === 0) return `No passage matches${what}${filtered}. Try fewer or other words, or remove a filter.${cut}`;
  const passages = count - catalogued;
  const counted = [
    passages > 0 && `${passages} ${passages === 1 ? 'passage' : 'passages'}`,
    catalogued > 0 && `${catalogued} ${catalogued === 1 ? 'catalogue entry' : 'catalogue entries'} (documents whose text is not yet in the edition)`,
  ].filter(Boolean);
  return `${counted.join(' and ')} ${count === 1 ? 'matches' : 'match'}${what}${filtered}${state.sort === 'date' ? ', newest document first' : ''}.${cut}`;
}

let run = 0;
async function search(state: SearchState): Promise<void> {
  const current = ++run;
  list.replaceChildren();
  suggestions.replaceChildren();
  suggestions.hidden = true;
  more.hidden = true;
  if (!state.query && !hasFilters(state)) {
    status.textContent = state.truncated ? describe(0, state) : 'Type a word or phrase, or choose a filter.';
    return;
  }
  status.textContent = 'Searching…';
  const options = { filters: pagefindFilters(state), sort: state.sort === 'date' ? { date: 'desc' } : {} };
  // The catalogue entries among the results, counted in their own small bundle at the same time.
  const [found, catalogue] = await Promise.all([
    loadIndex().then((index) => index.search(state.query || null, options)),
    // A count that cannot be had never holds up the results: they are then counted as passages.
    form.dataset.catalogue
      ? loadIndex(form.dataset.catalogue)
          .then((index) => index.search(state.query || null, options))
          .catch(() => null)
      : null,
  ]);
  if (current !== run || !found) return;
  // The best results are ordered with the passages that have the words first; the rest follow
  // as Pagefind ranks them, a page at a time. Each result read is a fetch, so a first page's
  // worth is read, and the rest of the best only when the first page is not yet known from it
  // (or when the reader asks for more): at most two rounds of fetches before results show.
  const best: ResultData[] = [];
  const readBest = async (until: number) => {
    const unread = found.results.slice(best.length, Math.min(until, RANKED));
    best.push(...(await Promise.all(unread.map((r) => r.data()))));
  };
  await readBest(PAGE_SIZE);
  if (state.sort !== 'date' && !firstPageKnown(best, PAGE_SIZE)) await readBest(RANKED);
  const ranked = () => (state.sort === 'date' ? best : textMatchesFirst(best));
  if (current !== run) return;
  // Pagefind answers a word it does not know with passages that have its first letters
  // ("Tokaeyv" → "to"): that is no match, and the reader is better served by names close to it.
  if (state.query && !ranked().slice(0, PAGE_SIZE).some((data) => answersQuery(state.query, data))) {
    status.textContent = describe(0, state);
    void showSuggestions(state.query, current);
    return;
  }
  let shown = 0;
  const showMore = async () => {
    // Past the first page, the order of the best depends on every one of them.
    if (shown > 0) await readBest(RANKED);
    const next =
      shown < best.length
        ? ranked().slice(shown, shown + PAGE_SIZE)
        : await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== run) return;
    list.append(...next.map((data) => resultItem(data, state.query)));
    shown += next.length;
    more.hidden = shown >= found.results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
  if (current !== run) return;
  status.textContent = describe(found.results.length, state, catalogue?.results.length ?? 0);
}

function go(mode: 'push' | 'replace'): void {
  const state = stateFromForm();
  const query = toSearchParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void search(state);
}

/**
 * Opening the search page is the reader's intent to search: Pagefind starts loading at once,
 * so that a first search does not wait for it. A bundle that fails to load here fails in the
 * same way for the search that needs it, and is handled there as before.
 */
function warm(): void {
  loadIndex().catch(() => undefined);
  if (form.dataset.catalogue) loadIndex(form.dataset.catalogue).catch(() => undefined);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  // The index chunks for the words typed so far, fetched while the reader goes on typing.
  const typed = stateFromForm();
  if (typed.query) {
    loadIndex()
      .then((index) => index.preload(typed.query, { filters: pagefindFilters(typed) }))
      .catch(() => undefined);
  }
  clearTimeout(typing);
  typing = setTimeout(() => go('replace'), 200);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) go('push');
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  go('push');
});
addEventListener('popstate', () => {
  const state = parseSearchState(new URLSearchParams(location.search));
  showState(state);
  void search(state);
});

warm();
const initial = parseSearchState(new URLSearchParams(location.search));
showState(initial);
void search(initial);
