import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content';
import { documentsExport, toJsonFile } from '../../lib/open-data';
import { deployment } from '../../lib/urls';

/** Every document, newest first: the entry point of the open data. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toJsonFile(documentsExport(await getEdition(), deployment(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
