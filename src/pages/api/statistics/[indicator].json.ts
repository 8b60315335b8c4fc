import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette, type GazetteIndicator } from '../../../data/gazette.ts';
import { seriesJson } from '../../../opendata/statistics.ts';
import { jsonResponse } from '../../../opendata/responses.ts';

export const getStaticPaths = (async () => (await getGazette()).indicators.map((indicator) => ({ params: indicator.params, props: { indicator } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(seriesJson((props as { indicator: GazetteIndicator }).indicator));
