import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette, type GazetteDocument } from '../../../data/gazette.ts';
import { documentDataFile } from '../../../opendata/api.ts';
import { jsonResponse } from '../../../opendata/responses.ts';

export const getStaticPaths = (async () => (await getGazette()).documents.map((doc) => ({ params: doc.route.params, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { doc } = props as { doc: GazetteDocument };
	return jsonResponse(documentDataFile(doc, { markdown: doc.entry.body ?? '', html: doc.route.html }, (await getGazette()).buildDate));
};
