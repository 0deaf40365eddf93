// Search benchmark, in Chromium against the built site: median time from submitting a query
// to rendered results (a first query on a cold page, and later ones), and the bytes the first
// query fetches from the index. Run `npm run bench:search` (it builds first).
import { measureSearch } from '../bench/search-latency.ts';

const QUERIES = ['uranium', 'visa', 'Luban Workshop', 'Trans-Caspian', 'natural gas', 'tourism', 'SCO', 'water', 'Belt and Road', 'one-China'];
const RUNS = Number(process.env.RUNS ?? 11);
/** READER_PAUSE_MS: time left to the cold page before the first query, as a reader takes to type it (default 0). */
const PAUSE = Number(process.env.READER_PAUSE_MS ?? 0);

const r = await measureSearch('dist', QUERIES, RUNS, PAUSE);
const result = { runs: r.runs, firstQueryMs: r.firstQueryMs, laterQueryMs: r.laterQueryMs, firstQueryIndexBytes: r.firstQueryIndexBytes };
console.log(`first query: median ${r.firstQueryMs} ms over ${RUNS} cold pages${PAUSE ? ` left ${PAUSE} ms first` : ''} (${r.first.map(Math.round).join(', ')})`);
console.log(`later queries: median ${r.laterQueryMs} ms over ${r.later.length}`);
console.log(`index fetched by a first query: ${r.firstQueryIndexBytes} bytes, as served without compression:\n  ${r.files.join('\n  ')}`);
console.log(JSON.stringify(result));
