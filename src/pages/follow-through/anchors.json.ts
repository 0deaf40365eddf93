import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content';
import { followThrough, followThroughAnchors, followThroughByYear } from '../../lib/edition';
import { followThroughYearPath, href } from '../../lib/urls';

/** Each row of /follow-through/ (by its anchor) and each year, with the year page that holds it: how a published /follow-through/#<id> finds its row. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(followThroughAnchors(followThroughByYear(followThrough(await getEdition())), (year) => href(followThroughYearPath(year)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
