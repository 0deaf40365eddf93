import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecord } from '../lib/content';
import { documentFeed } from '../lib/feed';
import { deployment } from '../lib/urls';

/** RSS 2.0: every document of the record, newest first, each item its page. */
export const GET: APIRoute = async ({ site }) => rss(documentFeed(await getRecord(), deployment(site)));
