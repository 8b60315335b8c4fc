/** Every content file, published as the editor wrote it, beside the page made from it (…/source.md, …/source.yaml). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getGazette, type PublishedSource } from '../data/gazette.ts';

export const getStaticPaths = (async () => (await getGazette()).sources.map((source) => ({ params: source.params, props: { source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { source } = props as { source: PublishedSource };
	const type = source.file.endsWith('.md') ? 'text/markdown' : 'application/yaml';
	return new Response(await readFile(source.file), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
