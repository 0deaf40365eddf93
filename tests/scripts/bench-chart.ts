// `npm run bench:chart`: draws docs/bench.svg (and keeps docs/bench-results.json) from the figures `npm run bench` wrote: build time and peak memory
// against pages, this site's cold and warm builds beside a bare Astro build of as many pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
type Result = { pages: number; buildSeconds: number; warmBuildSeconds?: number; floorSeconds: number; peakMemoryMB: number; warmPeakMemoryMB?: number; floorPeakMemoryMB: number };
const results = [2, 50, 500]
  .map((d) => resolve(ROOT, `tests/.tmp/bench/result-${d}.json`))
  .filter(existsSync)
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Result);

const W = 320;
const H = 220;
const M = { left: 46, right: 28, top: 28, bottom: 36 };
interface Series {
  cls: string;
  value: (r: Result) => number | undefined;
}
function panel(title: string, unit: string, series: Series[], x0: number): string {
  const maxX = Math.max(...results.map((r) => r.pages));
  const maxY = Math.max(...series.flatMap((s) => results.map((r) => s.value(r) ?? 0))) * 1.1;
  const px = (v: number) => x0 + M.left + (v / maxX) * (W - M.left - M.right);
  const py = (v: number) => M.top + (1 - v / maxY) * (H - M.top - M.bottom);
  // A run that did not measure a series (older runs had no warm build) is left out of its line.
  const measured = (f: Series['value']) => results.filter((r) => f(r) !== undefined);
  const line = (f: Series['value']) => measured(f).map((r, i) => `${i ? 'L' : 'M'}${px(r.pages).toFixed(1)},${py(f(r)!).toFixed(1)}`).join(' ');
  const dots = (f: Series['value'], cls: string) =>
    measured(f).map((r) => `<circle class="${cls}" cx="${px(r.pages).toFixed(1)}" cy="${py(f(r)!).toFixed(1)}" r="3"><title>${r.pages} pages: ${f(r)} ${unit}</title></circle>`).join('');
  const ticks = [0, 0.5, 1].map((t) => `<text x="${x0 + M.left - 6}" y="${py(maxY * t) + 4}" text-anchor="end">${Math.round(maxY * t)}</text>`).join('');
  // A label too close to the next one is left out (the points keep their tooltips).
  const xticks = results
    .filter((r, i) => i === results.length - 1 || px(results[i + 1]!.pages) - px(r.pages) > 40)
    .map((r) => `<text x="${px(r.pages)}" y="${H - M.bottom + 16}" text-anchor="middle">${r.pages.toLocaleString('en')}</text>`)
    .join('');
  return `<g><text class="title" x="${x0 + M.left}" y="16">${title} (${unit})</text>
<line class="axis" x1="${x0 + M.left}" y1="${H - M.bottom}" x2="${x0 + W - M.right}" y2="${H - M.bottom}"/>
${series.map((s) => `<path class="${s.cls}" d="${line(s.value)}"/>${dots(s.value, s.cls)}`).join('')}${ticks}${xticks}
<text x="${x0 + (W + M.left) / 2}" y="${H - 4}" text-anchor="middle">pages</text></g>`;
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W * 2} ${H + 20}" role="img" aria-labelledby="t">
<title id="t">Build time and peak memory against pages: cold and warm builds of this site, and a bare Astro build of as many pages</title>
<style>text{font:11px system-ui,sans-serif;fill:#333}.title{font-weight:600}.axis{stroke:#999}.ours{stroke:#1d4e89;fill:none;stroke-width:2}circle.ours{fill:#1d4e89}.warm{stroke:#2f7d4f;fill:none;stroke-width:2;stroke-dasharray:1 3}circle.warm{fill:#2f7d4f}.floor{stroke:#b45309;fill:none;stroke-width:2;stroke-dasharray:4 3}circle.floor{fill:#b45309}</style>
<rect width="100%" height="100%" fill="#fff"/>
${panel('Build time', 's', [{ cls: 'ours', value: (r) => r.buildSeconds }, { cls: 'warm', value: (r) => r.warmBuildSeconds }, { cls: 'floor', value: (r) => r.floorSeconds }], 0)}
${panel('Peak memory', 'MB', [{ cls: 'ours', value: (r) => r.peakMemoryMB }, { cls: 'warm', value: (r) => r.warmPeakMemoryMB }, { cls: 'floor', value: (r) => r.floorPeakMemoryMB }], W)}
<g transform="translate(${M.left},${H + 12})"><line class="ours" x1="0" y1="-4" x2="20" y2="-4"/><text x="26" y="0">cold build</text><line class="warm" x1="100" y1="-4" x2="120" y2="-4"/><text x="126" y="0">warm build</text><line class="floor" x1="210" y1="-4" x2="230" y2="-4"/><text x="236" y="0">bare Astro, same number of pages</text></g>
</svg>
`;
mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
writeFileSync(resolve(ROOT, 'docs/bench.svg'), svg);
// The figures behind the chart and the table in docs/scale.md, kept with them.
writeFileSync(resolve(ROOT, 'docs/bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`docs/bench.svg from ${results.length} runs`);
