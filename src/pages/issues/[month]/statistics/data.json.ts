import type { APIRoute, GetStaticPaths } from 'astro';
import type { GazetteIssue } from '../../../../data/gazette.ts';
import { issuePaths } from '../../../../data/issuePaths.ts';
import { monthJson } from '../../../../opendata/statistics.ts';
import { jsonResponse } from '../../../../opendata/responses.ts';

export const getStaticPaths = (() => issuePaths((issue) => issue.pages.statistics !== undefined)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { issue } = props as { issue: GazetteIssue };
	return jsonResponse(monthJson(issue.statistics!, issue.pages.statistics!.url));
};
