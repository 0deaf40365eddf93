/**
 * The home page's strip of years. Years are evenly spaced, one slot each (an ordinal axis):
 * the record runs 1943, 1992, 2013…2025, and a true time scale would crush the recent years
 * into a corner. A slot after skipped years is marked, so the gaps are not hidden.
 */
export interface TimelineStripInput {
  /** Only years that have events, ascending. */
  years: { year: number; href: string; events: { title: string }[] }[];
}

export interface TimelineStripLayout {
  slots: {
    year: number;
    href: string;
    count: number;
    /** Years skipped since the previous slot (0 when consecutive). */
    skipped: number;
    /** y of each event's dot, stacked up from the bottom of a `height`-unit column. */
    dots: number[];
  }[];
  /** Height of the dots column in SVG units: the busiest year fills it. */
  height: number;
  dotRadius: number;
  /** Events each dot stands for: 1 until the busiest year would need more than MAX_DOTS. */
  perDot: number;
}

const DOT_STEP = 12;
const DOT_RADIUS = 4.5;
/** The tallest stack: beyond it a dot stands for several events, so the strip stays small at any size. */
export const MAX_DOTS = 10;

export function timelineStrip(input: TimelineStripInput): TimelineStripLayout {
  const busiest = Math.max(1, ...input.years.map((y) => y.events.length));
  const perDot = Math.ceil(busiest / MAX_DOTS);
  const most = Math.ceil(busiest / perDot);
  const height = most * DOT_STEP;
  return {
    slots: input.years.map((y, i) => ({
      year: y.year,
      href: y.href,
      count: y.events.length,
      skipped: i === 0 ? 0 : Math.max(0, y.year - input.years[i - 1]!.year - 1),
      dots: Array.from({ length: Math.ceil(y.events.length / perDot) }, (_, k) => height - DOT_STEP * (k + 0.5)),
    })),
    height,
    dotRadius: DOT_RADIUS,
    perDot,
  };
}
