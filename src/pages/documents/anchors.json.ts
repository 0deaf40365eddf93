import type { APIRoute } from 'astro';
import { getRecord } from '../../lib/content';
import { recordAnchorMap } from '../../lib/record-listing';
import { href } from '../../lib/urls';

// The anchor map of /documents/: a published /documents/#year-<year> leads to the year's page
// when /documents/ only counts the record (AnchorRedirect reads it).
export const GET: APIRoute = async () => new Response(JSON.stringify(recordAnchorMap(await getRecord(), href)));
