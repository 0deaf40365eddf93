import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content';
import { anchorMap } from '../../lib/periods';
import { timelineOverview } from '../../lib/timeline-overview';
import { href, timelineYearPath } from '../../lib/urls';

/** Where each entry of the timeline lives when /timeline/ summarises by year: see AnchorRedirect. */
export const GET: APIRoute = async () => {
  const { years } = timelineOverview(await getEdition());
  const map = anchorMap(years, (item) => [item.event.id], (year) => href(timelineYearPath(year)));
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } });
};
