import type { APIRoute, GetStaticPaths } from 'astro';
import type { GazetteIssue } from '../../../../data/gazette.ts';
import { issuePaths } from '../../../../data/issuePaths.ts';
import { monthCsv } from '../../../../opendata/statistics.ts';
import { csvResponse } from '../../../../opendata/responses.ts';

export const getStaticPaths = (() => issuePaths((issue) => issue.pages.statistics !== undefined)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse(monthCsv((props as { issue: GazetteIssue }).issue.statistics!));
