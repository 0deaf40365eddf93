import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content';
import { glossaryExport, toJsonFile } from '../../lib/open-data';
import { deployment } from '../../lib/urls';

/** Every glossary entry with its names by language and other spellings, each with its sources. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toJsonFile(glossaryExport(await getEdition(), deployment(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
