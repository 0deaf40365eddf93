// `npm run bench:overviews -- DIST`: the overview pages of a built site, each template's largest
// page in gzip bytes (with its CSS and scripts) and DOM elements, and where one scrolls sideways.
import { resolve } from 'node:path';
import { measureOverviews, overBudget, summariseOverviews } from '../support/overviews.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const pages = await measureOverviews(dist);
const summary = summariseOverviews(pages);
for (const t of summary) {
  console.log(`${t.template.padEnd(28)} ${String(t.pages).padStart(5)} pages  ${String(t.gzipBytes).padStart(7)} B gzip  ${String(t.elements).padStart(6)} elements${t.overflowAt.length ? `  sideways at ${t.overflowAt.join(', ')} px` : ''}  (${t.elementsPage})`);
}
const misses = overBudget(pages);
console.log(misses.length ? `${misses.length} page(s) over budget:\n${misses.slice(0, 40).join('\n')}` : 'every overview page within budget');
console.log(JSON.stringify(summary));
