import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDocuments } from '../lib/content';
import { documentFeed } from '../lib/feed';
import { deployment } from '../lib/urls';

/** RSS 2.0: every document, newest first, each item its page. */
export const GET: APIRoute = async ({ site }) => rss(documentFeed(await getDocuments(), deployment(site)));
