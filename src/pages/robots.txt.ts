import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/crawlers';
import { deployment } from '../lib/urls';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(deployment(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
