import type { APIRoute } from 'astro';
import { aboutAnchorMap } from '../../lib/about';
import { getEdition } from '../../lib/content';
import { href } from '../../lib/urls';

/** Where each anchor /about/ once held now lives (a note on its text's notes page), as links in this deployment. */
export const GET: APIRoute = async () => {
  const map = aboutAnchorMap(await getEdition());
  const links = Object.fromEntries(Object.entries(map).map(([anchor, path]) => [anchor, href(path)]));
  return new Response(JSON.stringify(links), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
