// Search benchmark, in Chromium against the built site: median time from submitting a query
// to rendered results (a first query on a cold page, and later ones), and the bytes the first
// query fetches from the index. Run `npm run bench:search` (it builds first).
import { measureSearch } from '../bench/search-latency.ts';

const QUERIES = ['uranium', 'visa', 'Luban Workshop', 'Trans-Caspian', 'natural gas', 'tourism', 'SCO', 'water', 'Belt and Road', 'one-China'];
const RUNS = Number(process.env.RUNS ?? 11);

const r = await measureSearch('dist', QUERIES, RUNS);
const result = { runs: r.runs, firstQueryMs: r.firstQueryMs, laterQueryMs: r.laterQueryMs, firstQueryIndexBytes: r.firstQueryIndexBytes };
console.log(`first query: median ${r.firstQueryMs} ms over ${RUNS} cold pages (${r.first.map(Math.round).join(', ')})`);
console.log(`later queries: median ${r.laterQueryMs} ms over ${r.later.length}`);
console.log(`index fetched by a first query: ${r.firstQueryIndexBytes} bytes, as served without compression:\n  ${r.files.join('\n  ')}`);
console.log(JSON.stringify(result));
