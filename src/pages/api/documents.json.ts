import type { APIRoute } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import { apiDocument } from '../../opendata/api.ts';
import { jsonResponse } from '../../opendata/responses.ts';

export const GET: APIRoute = async () => {
	const { documents, buildDate } = await getGazette();
	return jsonResponse({ generated: buildDate, documents: documents.map(apiDocument) });
};
