import type { APIRoute } from 'astro';
import { getEdition } from '../lib/content';
import { searchRecords } from '../lib/search';

// A build intermediate: the search-index integration indexes these records, then removes the file.
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(searchRecords(await getEdition())));
};
