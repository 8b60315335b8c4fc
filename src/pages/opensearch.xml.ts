import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../gazette/site.ts';
import { iconUrl, searchUrl } from '../gazette/urls.ts';
import { openSearchXml } from '../opendata/discovery.ts';

export const GET: APIRoute = () => {
	const site = loadSiteConfig();
	const body = openSearchXml({ name: site.name, description: site.description, url: site.url, searchPath: searchUrl(), iconPath: iconUrl() });
	return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
