/** How the editors' tool reports: one line per problem, and mistakes on the command line. */

export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
}

/** A mistyped command line: exit code 2. */
export class UsageError extends Error {}

export function formatProblem(kind: 'ERROR' | 'WARNING', p: Problem): string {
	return `${kind.padEnd(7)} ${p.file}:${p.line}  ${p.field}: ${p.message}`;
}
