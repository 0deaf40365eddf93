// The search page: reads the search from the URL, asks the Pagefind index built with the
// site, and renders passages. Results are built with DOM methods from text, never as HTML.
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
  excerpt: string;
  meta: { title?: string; document?: string };
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(query: string | null, o: object): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGE_SIZE = 10;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;

form.hidden = false;
document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;

let pagefind: Promise<Pagefind> | undefined;
function loadIndex(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    // Records hold site paths; Pagefind puts this deployment's base in front of them.
    await module.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 36 });
    return module;
  })();
  return pagefind;
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

/** Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = highlightHref(data.url, query);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  const where = document.createElement('p');
  where.className = 'where';
  where.textContent = data.meta.document ?? '';
  item.append(heading, excerpt, where);
  return item;
}

function describe(count: number, state: SearchState): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state) ? ' with the filters chosen' : '';
  const cut = state.truncated ? ` Only the first ${MAX_QUERY_LENGTH} characters of the search were used.` : '';
  if (count === 0) return `No passage matches${what}${filtered}. Try fewer or other words, or remove a filter.${cut}`;
  return `${count} ${count === 1 ? 'passage matches' : 'passages match'}${what}${filtered}${state.sort === 'date' ? ', newest document first' : ''}.${cut}`;
}

let run = 0;
async function search(state: SearchState): Promise<void> {
  const current = ++run;
  list.replaceChildren();
  more.hidden = true;
  if (!state.query && !hasFilters(state)) {
    status.textContent = state.truncated ? describe(0, state) : 'Type a word or phrase, or choose a filter.';
    return;
  }
  status.textContent = 'Searching…';
  const index = await loadIndex();
  const found = await index.search(state.query || null, {
    filters: pagefindFilters(state),
    sort: state.sort === 'date' ? { date: 'desc' } : {},
  });
  if (current !== run || !found) return;
  let shown = 0;
  const showMore = async () => {
    const page = await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== run) return;
    list.append(...page.map((data) => resultItem(data, state.query)));
    shown += page.length;
    more.hidden = shown >= found.results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
  if (current === run) status.textContent = describe(found.results.length, state);
}

function go(mode: 'push' | 'replace'): void {
  const state = stateFromForm();
  const query = toSearchParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
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

const initial = parseSearchState(new URLSearchParams(location.search));
showState(initial);
void search(initial);
