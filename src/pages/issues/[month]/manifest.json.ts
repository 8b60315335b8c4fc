import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette } from '../../../data/gazette.ts';
import type { IssueManifest } from '../../../opendata/manifest.ts';
import { jsonResponse } from '../../../opendata/responses.ts';

/** The list of files; the build fills in their SHA-256 once every page is final (manifestIntegration.ts). */
export const getStaticPaths = (async () => (await getGazette()).manifests.map((m) => ({ params: m.params, props: { manifest: { issue: m.issue, files: m.files.map((path) => ({ path })) } } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { manifest: IssueManifest }).manifest);
