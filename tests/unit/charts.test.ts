import { describe, expect, it } from 'vitest';
import { countryAt, drawMap, labelBox, relativePath, type MapPlace } from '../../src/lib/place-map';
import { themeChart } from '../../src/lib/theme-chart';
import { MAX_DOTS, timelineStrip } from '../../src/lib/timeline-strip';

const place = (id: string, name: string, longitude: number, latitude: number): MapPlace => ({ id, name, longitude, latitude, href: `/glossary/${id}/`, caption: '1 event' });
const PLACES = [
  place('astana', 'Astana', 71.4491, 51.1694),
  place('almaty', 'Almaty', 76.8512, 43.222),
  place('xian', "Xi'an", 108.9398, 34.3416),
  place('beijing', 'Beijing', 116.4074, 39.9042),
];

describe('the map', () => {
  const map = drawMap(PLACES);

  it('uses real boundaries: the cities lie in their countries', () => {
    expect(countryAt(71.4491, 51.1694)).toBe('Kazakhstan');
    expect(countryAt(76.8512, 43.222)).toBe('Kazakhstan');
    expect(countryAt(116.4074, 39.9042)).toBe('China');
    expect(countryAt(108.9398, 34.3416)).toBe('China');
  });

  it('emphasises the two parties and draws their neighbours faintly, within a light budget', () => {
    expect(map.countries.filter((c) => c.emphasis).map((c) => c.name).sort()).toEqual(['China', 'Kazakhstan']);
    expect(map.countries.length).toBeGreaterThan(10);
    expect(map.countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Mongolia', 'Russia', 'Uzbekistan']));
    // The map is inline in the page: its paths stay under 25 kB.
    expect(map.countries.reduce((n, c) => n + c.path.length, 0)).toBeLessThan(25_000);
  });

  it('puts every place and its label inside the frame, labels clear of each other', () => {
    for (const p of map.places) {
      expect(p.x, p.id).toBeGreaterThan(0);
      expect(p.x, p.id).toBeLessThan(map.width);
      expect(p.y, p.id).toBeGreaterThan(0);
      expect(p.y, p.id).toBeLessThan(map.height);
      const box = labelBox(p);
      expect(box.left, p.id).toBeGreaterThanOrEqual(0);
      expect(box.right, p.id).toBeLessThanOrEqual(map.width);
    }
    const boxes = map.places.map(labelBox);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${map.places[i]!.id} and ${map.places[j]!.id}`).toBe(false);
      }
    }
  });

  it('is the same map for the same places, in whatever order they come', () => {
    expect(drawMap([...PLACES].reverse())).toEqual(map);
    expect(map.places.map((p) => p.name)).toEqual(['Almaty', 'Astana', 'Beijing', "Xi'an"]);
  });

  it('puts Astana north-west of Beijing', () => {
    const [astana, beijing] = ['astana', 'beijing'].map((id) => map.places.find((p) => p.id === id)!);
    expect(astana!.x).toBeLessThan(beijing!.x);
    expect(astana!.y).toBeLessThan(beijing!.y);
  });
});

describe('a country’s path, relative', () => {
  /** The absolute points a path visits, as an SVG renderer reads it (M, l and z only). */
  const points = (d: string): [number, number][] => {
    const out: [number, number][] = [];
    let [x, y, sx, sy] = [0, 0, 0, 0];
    for (const [, command, rest] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
      const numbers = (rest!.match(/-?\d+/g) ?? []).map(Number);
      if (/[Zz]/.test(command!)) {
        [x, y] = [sx, sy];
        out.push([x, y]);
      }
      for (let i = 0; i < numbers.length; i += 2) {
        if (command === 'M') [x, y, sx, sy] = [numbers[i]!, numbers[i + 1]!, numbers[i]!, numbers[i + 1]!];
        else if (command === 'L') [x, y] = [numbers[i]!, numbers[i + 1]!];
        else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
        out.push([x, y]);
      }
    }
    return out;
  };

  it('visits the same points, in fewer bytes, rings and negative steps included', () => {
    const d = 'M10,10L15,12L12,8L10,10ZM100,50L90,40L95,60Z';
    expect(relativePath(d)).toBe('M10 10l5 2-3-4-2 2zM100 50l-10-10 5 20z');
    expect(points(relativePath(d))).toEqual(points(d));
    for (const country of drawMap([]).countries) expect(relativePath(country.path)).toBe(country.path);
  });

  it('leaves a path with other commands as it is', () => {
    expect(relativePath('M0,0A5,5,0,1,1,10,10Z')).toBe('M0,0A5,5,0,1,1,10,10Z');
  });
});

describe('the theme chart', () => {
  const chart = themeChart({
    themes: [
      { id: 'energy', title: 'Energy', href: '/themes/energy/' },
      { id: 'water', title: 'Water', href: '/themes/water/' },
    ],
    columns: [
      { id: 'a', label: 'A', href: '/documents/a/' },
      { id: 'b', label: 'B', href: '/documents/b/' },
    ],
    per: 'document',
    counts: [
      [4, 2],
      [1, 0],
    ],
    hrefs: [
      ['/themes/energy/2023/#a', '/themes/energy/2024/#b'],
      ['/themes/water/2023/#a', '/themes/water/2024/#b'],
    ],
  });

  it('draws each count as a bar in proportion to the largest, and no bar for zero', () => {
    expect(chart.max).toBe(4);
    expect(chart.rows.map((r) => r.cells.map((c) => c.bar))).toEqual([
      [100, 50],
      [25, 0],
    ]);
    expect(chart.rows.map((r) => r.total)).toEqual([6, 1]);
  });

  it('leads each cell to its passages', () => {
    expect(chart.rows[0]!.cells.map((c) => c.href)).toEqual(['/themes/energy/2023/#a', '/themes/energy/2024/#b']);
  });

  it('copes with an edition with no passages on any theme', () => {
    const empty = themeChart({ themes: [{ id: 't', title: 'T', href: '/' }], columns: [{ id: 'a', label: 'A', href: '/' }], per: 'document', counts: [[0]], hrefs: [['/t/']] });
    expect(empty.rows[0]!.cells).toEqual([{ count: 0, href: '/t/', bar: 0 }]);
  });
});

describe('the year strip', () => {
  const strip = timelineStrip({
    years: [
      { year: 1992, href: '#1992', events: [{ title: 'a' }] },
      { year: 2022, href: '#2022', events: [{ title: 'b' }, { title: 'c' }, { title: 'd' }] },
      { year: 2023, href: '#2023', events: [{ title: 'e' }] },
    ],
  });

  it('marks the years skipped between slots', () => {
    expect(strip.slots.map((s) => [s.year, s.skipped])).toEqual([
      [1992, 0],
      [2022, 29],
      [2023, 0],
    ]);
  });

  it('stacks one dot per event upwards, the busiest year filling the column', () => {
    const busiest = strip.slots[1]!;
    expect(busiest.dots).toHaveLength(3);
    expect(busiest.dots).toEqual([...busiest.dots].sort((a, b) => b - a));
    expect(Math.min(...busiest.dots) - strip.dotRadius).toBeGreaterThanOrEqual(0);
    expect(Math.max(...busiest.dots) + strip.dotRadius).toBeLessThanOrEqual(strip.height);
    expect(strip.perDot).toBe(1);
  });

  it('lets a dot stand for several events when a year would stack more than MAX_DOTS, rounding up so no year shows none', () => {
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ title: String(i) }));
    const big = timelineStrip({ years: [{ year: 2000, href: '#', events: events(MAX_DOTS * 7 + 3) }, { year: 2001, href: '#', events: events(1) }] });
    expect(big.perDot).toBe(8);
    expect(big.slots[0]!.dots.length).toBeLessThanOrEqual(MAX_DOTS);
    expect(big.slots[0]!.count).toBe(MAX_DOTS * 7 + 3);
    expect(big.slots[1]!.dots).toHaveLength(1);
  });
});
