import type { APIRoute } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import { apiDocument } from '../../gazette/api.ts';

export const GET: APIRoute = async () => {
	const { documents, buildDate } = await getGazette();
	const body = { generated: buildDate, documents: documents.map(apiDocument) };
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
