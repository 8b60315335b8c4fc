/** getStaticPaths for the one-per-issue pages: only issues that carry the section get a page. */
import { getGazette, type GazetteIssue } from './gazette.ts';

export async function issuePaths(has: (issue: GazetteIssue) => boolean) {
	const { issues } = await getGazette();
	return issues.filter(has).map((issue) => ({ params: { month: issue.month }, props: { issue } }));
}
