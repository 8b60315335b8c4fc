import type { APIRoute } from 'astro';
import { sitemapUrl } from '../gazette/urls.ts';
import { robotsTxt } from '../opendata/discovery.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(sitemapUrl(), site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
