/**
 * The state of a search as it lives in the URL (`/search/?q=uranium&document=…&sort=date`),
 * so that a search can be shared and the back button works. Pure: used by the search page's
 * script and by the tests alike.
 */
export const FILTERS = ['document', 'theme', 'kind', 'year', 'speaker'] as const;
export type Filter = (typeof FILTERS)[number];

/** Longer queries are cut: no passage needs more, and a huge query only slows the index. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  filters: Record<Filter, string[]>;
  sort: 'relevance' | 'date';
  /** True when the query in the URL was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const raw = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const query = Array.from(raw).slice(0, MAX_QUERY_LENGTH).join('').trim();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, [...new Set(params.getAll(f).filter(Boolean))]])) as Record<Filter, string[]>;
  return { query, filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance', truncated: Array.from(raw).length > MAX_QUERY_LENGTH };
}

export function toSearchParams(state: Pick<SearchState, 'query' | 'filters' | 'sort'>): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const f of FILTERS) for (const v of state.filters[f]) params.append(f, v);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function hasFilters(state: Pick<SearchState, 'filters'>): boolean {
  return FILTERS.some((f) => state.filters[f].length > 0);
}

/** Pagefind's filter object: any of the chosen values, for each filter that has some. */
export function pagefindFilters(state: Pick<SearchState, 'filters'>): Record<string, { any: string[] }> {
  return Object.fromEntries(FILTERS.filter((f) => state.filters[f].length).map((f) => [f, { any: state.filters[f] }]));
}

/**
 * A result's link with the query for pagefind-highlight, placed before the fragment so that
 * the browser still scrolls to the passage: `/documents/d/?pagefind-highlight=uranium#clause-15`.
 */
export function highlightHref(url: string, query: string): string {
  const [path, hash] = url.split('#', 2);
  // One parameter per word: pagefind-highlight marks each value as a whole.
  const words = [...new Set(query.split(/\s+/).map((w) => w.replace(/^["'“”‘’(]+|["'“”‘’),.;:!?]+$/g, '')).filter(Boolean))];
  if (words.length === 0) return url;
  const params = new URLSearchParams(words.map((w) => ['pagefind-highlight', w]));
  return `${path}${path!.includes('?') ? '&' : '?'}${params}${hash ? `#${hash}` : ''}`;
}
