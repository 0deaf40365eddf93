import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../../lib/content';
import { anchorMap } from '../../../lib/periods';
import { themeOverview } from '../../../lib/theme-overview';
import type { Theme } from '../../../lib/themes';
import { href, themeYearPath } from '../../../lib/urls';

/** Where each anchor of a theme page lives when the page summarises by year: see AnchorRedirect. */
export const getStaticPaths = (async () => {
  const edition = await getEdition();
  return edition.themes.map((theme) => ({ params: { theme: theme.id }, props: { theme } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ theme: Theme }> = async ({ props: { theme } }) => {
  const edition = await getEdition();
  const overview = themeOverview(theme, edition.documents);
  const map = anchorMap(overview.years, (group) => [group.document.id], (year) => href(themeYearPath(theme.id, year)));
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } });
};
