import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette, type GazetteInterpretation } from '../../../data/gazette.ts';
import { interpretationDataFile } from '../../../opendata/api.ts';
import { jsonResponse } from '../../../opendata/responses.ts';

export const getStaticPaths = (async () => (await getGazette()).interpretations.map((interp) => ({ params: interp.route.params, props: { interp } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { interp } = props as { interp: GazetteInterpretation };
	return jsonResponse(interpretationDataFile(interp, { markdown: interp.entry.body ?? '', html: interp.route.html }));
};
