import type { APIRoute } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import { jsonResponse } from '../../opendata/responses.ts';

export const GET: APIRoute = async () => {
	const { indicators } = await getGazette();
	return jsonResponse({ indicators: indicators.map(({ indicator, parent, json, csv }) => ({ indicator, parent, json, csv })) });
};
