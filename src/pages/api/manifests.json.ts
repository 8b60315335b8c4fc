import type { APIRoute } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import type { ManifestsIndex } from '../../opendata/manifest.ts';
import { jsonResponse } from '../../opendata/responses.ts';

/** The list of manifests; the build fills in their SHA-256 (manifestIntegration.ts). */
export const GET: APIRoute = async () => {
	const { manifests } = await getGazette();
	const index: ManifestsIndex = { manifests: manifests.map((m) => ({ issue: m.issue, path: m.url })) };
	return jsonResponse(index);
};
