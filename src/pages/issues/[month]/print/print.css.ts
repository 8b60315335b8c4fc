import type { APIRoute } from 'astro';
import { getGazette, type GazetteIssue } from '../../../../data/gazette.ts';

export async function getStaticPaths() {
	const { issues } = await getGazette();
	return issues.map((issue) => ({ params: { month: issue.month }, props: { issue } }));
}

/** The print view's page styles and running heads (a file: the security policy allows no inline style). */
export const GET: APIRoute = ({ props }) => new Response((props as { issue: GazetteIssue }).issue.print.stylesheet.css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
