import { geoConicConformal, geoContains, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

/**
 * The map of where events happened, drawn at build time from Natural Earth's boundaries
 * (world-atlas, 1:110m) as a static SVG: no tiles, no script, no request to another origin.
 */
export interface MapPlace {
  id: string;
  name: string;
  longitude: number;
  latitude: number;
  href: string;
  /** "9 events": shown in the map's list of places. */
  caption: string;
}

export interface DrawnPlace extends MapPlace {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface DrawnMap {
  width: number;
  height: number;
  countries: { id: string; name: string; path: string; emphasis: boolean }[];
  places: DrawnPlace[];
}

/** ISO 3166 numeric codes of the two parties, drawn in emphasis. */
export const PARTIES = { china: '156', kazakhstan: '398' } as const;

type Country = Feature<Geometry, { name: string }>;

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const partyIds: readonly string[] = Object.values(PARTIES);

export function countryAt(longitude: number, latitude: number): string | undefined {
  return world.features.find((c) => geoContains(c, [longitude, latitude]))?.properties.name;
}

const LABEL_SIZE = 26;
const LABEL_GAP = 12;
/** A label's width in SVG units, roughly: ~0.55 em per character of a sans-serif. */
const labelWidth = (name: string) => name.length * LABEL_SIZE * 0.55;

/** Projects the two parties to fill the frame, and places each label beside its point without overlap. */
export function drawMap(places: readonly MapPlace[], { width = 600 }: { width?: number } = {}): DrawnMap {
  const parties: FeatureCollection = { type: 'FeatureCollection', features: world.features.filter((c) => partyIds.includes(String(c.id))) };
  // A conic projection with standard parallels across the two countries keeps their shapes familiar.
  const projection = geoConicConformal().parallels([30, 50]).rotate([-95, 0]);
  const margin = 12;
  projection.fitWidth(width - 2 * margin, parties);
  const [[, y0], [, y1]] = geoPath(projection).bounds(parties);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    parties,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  // Whole pixels: on a 600-unit map no reader sees a tenth, and the page is 1 kB lighter.
  const path = geoPath(projection).digits(0);

  const countries = (world.features as Country[])
    .map((c) => ({ id: String(c.id), name: c.properties.name, path: relativePath(path(c) ?? ''), emphasis: partyIds.includes(String(c.id)) }))
    .filter((c) => c.path !== '')
    // The parties last, so their outlines are drawn over their neighbours'.
    .sort((a, b) => Number(a.emphasis) - Number(b.emphasis) || a.name.localeCompare(b.name, 'en'));

  const drawn: DrawnPlace[] = [];
  for (const place of [...places].sort((a, b) => a.id.localeCompare(b.id))) {
    const [x, y] = projection([place.longitude, place.latitude]) ?? [Number.NaN, Number.NaN];
    const box = (anchor: 'start' | 'end') => {
      const w = labelWidth(place.name);
      const left = anchor === 'start' ? x + LABEL_GAP : x - LABEL_GAP - w;
      return { left, right: left + w, top: y - LABEL_SIZE * 0.7, bottom: y + LABEL_SIZE * 0.3 };
    };
    const fits = (anchor: 'start' | 'end') => {
      const b = box(anchor);
      const inside = b.left >= 0 && b.right <= width;
      const clear = drawn.every((d) => {
        const o = labelBox(d);
        return b.right < o.left || b.left > o.right || b.bottom < o.top || b.top > o.bottom;
      });
      return inside && clear;
    };
    const anchor = fits('start') || !fits('end') ? 'start' : 'end';
    drawn.push({ ...place, x: round(x), y: round(y), labelX: round(anchor === 'start' ? x + LABEL_GAP : x - LABEL_GAP), labelY: round(y + LABEL_SIZE * 0.3), anchor });
  }
  return { width, height, countries, places: drawn.sort((a, b) => a.name.localeCompare(b.name, 'en')) };
}

/** The box a drawn label occupies, for the overlap test. */
export function labelBox(p: Pick<DrawnPlace, 'name' | 'labelX' | 'labelY' | 'anchor'>): { left: number; right: number; top: number; bottom: number } {
  const w = labelWidth(p.name);
  const left = p.anchor === 'start' ? p.labelX : p.labelX - w;
  return { left, right: left + w, top: p.labelY - LABEL_SIZE, bottom: p.labelY };
}

export const MAP_LABEL_SIZE = LABEL_SIZE;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * An SVG path of whole-pixel moves and lines (what d3-geo writes for a country) with each line
 * written relative to the point before: small numbers, a third lighter in the page. Any other
 * command leaves the path as it is.
 */
export function relativePath(d: string): string {
  if (!/^[MLZ\d,\s-]*$/.test(d)) return d;
  let out = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let lineRun = false;
  for (const [, command, a, b] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y, lineRun] = [startX, startY, false];
      continue;
    }
    const [nx, ny] = [Number(a), Number(b)];
    if (command === 'M') {
      out += `M${nx} ${ny}`;
      [startX, startY, lineRun] = [nx, ny, false];
    } else {
      const pair = `${nx - x} ${ny - y}`.replace(' -', '-');
      // A run of lines needs its letter once; a negative number needs no space before it.
      out += lineRun ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
      lineRun = true;
    }
    [x, y] = [nx, ny];
  }
  return out;
}
