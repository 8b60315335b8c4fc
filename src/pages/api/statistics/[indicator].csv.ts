import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette, type GazetteIndicator } from '../../../data/gazette.ts';
import { seriesCsv } from '../../../opendata/statistics.ts';
import { csvResponse } from '../../../opendata/responses.ts';

export const getStaticPaths = (async () => (await getGazette()).indicators.map((indicator) => ({ params: indicator.params, props: { indicator } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse(seriesCsv((props as { indicator: GazetteIndicator }).indicator));
