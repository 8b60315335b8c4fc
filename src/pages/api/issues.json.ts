import type { APIRoute } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import { apiIssue } from '../../opendata/api.ts';
import { jsonResponse } from '../../opendata/responses.ts';

export const GET: APIRoute = async () => {
	const { issues, buildDate } = await getGazette();
	return jsonResponse({ generated: buildDate, issues: issues.map(apiIssue) });
};
