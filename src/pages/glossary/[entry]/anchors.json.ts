import type { APIRoute } from 'astro';
import { getEdition } from '../../../lib/content';
import { glossaryEntryAnchors, glossaryEntryView, mentionsByYear } from '../../../lib/edition';
import type { GlossaryEntry } from '../../../lib/glossary';
import { eventPath, glossaryEntryYearPath, href } from '../../../lib/urls';

export async function getStaticPaths() {
  const edition = await getEdition();
  return edition.glossary.map((entry) => ({ params: { entry: entry.id }, props: { entry } }));
}

/** Each text's passages on an entry's page (by the text's id), each year and each event, with the page that holds it. */
export const GET: APIRoute<{ entry: GlossaryEntry }> = async ({ props: { entry } }) => {
  const { passages, events } = glossaryEntryView(await getEdition(), entry);
  const map = glossaryEntryAnchors(mentionsByYear(passages), events, (year) => href(glossaryEntryYearPath(entry.id, year)), (event) => href(eventPath(event)));
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
