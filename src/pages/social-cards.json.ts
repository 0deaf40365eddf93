import type { APIRoute } from 'astro';
import { getRecord } from '../lib/content';
import { cardSpecs } from '../lib/social-cards';

// A build intermediate: the social-cards integration renders these cards, then removes the file.
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(cardSpecs(await getRecord())));
};
