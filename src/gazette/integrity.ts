/**
 * Checks that span several content files, which no single schema can see:
 * duplicate 文号, interpretations of documents that are not in the gazette,
 * items that name an issue with no issue file. Pure: takes plain records.
 */
import { docNumberSlug, parseCanonicalDocNumber } from './docNumber.ts';

export interface ContentProblem {
	/** Path of the file to fix, relative to the repo. */
	file: string;
	/** The field in that file. */
	field: string;
	/** What is wrong and what would fix it. */
	message: string;
}

export interface IntegrityInput {
	issues: { file: string; month: string }[];
	documents: { file: string; docNumber: string; issue: string }[];
	interpretations: { file: string; interprets: string; issue: string }[];
	/** Every other item that names its issue. */
	items: { file: string; issue: string }[];
}

export function checkIntegrity(input: IntegrityInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const months = new Set(input.issues.map((i) => i.month));
	const issueFiles = new Map<string, string>();
	for (const issue of input.issues) {
		const other = issueFiles.get(issue.month);
		if (other) problems.push({ file: issue.file, field: 'month', message: `issue ${issue.month} is already defined in ${other}; each month has one issue file` });
		issueFiles.set(issue.month, issue.file);
	}

	const bySlug = new Map<string, string>();
	for (const doc of input.documents) {
		const parsed = parseCanonicalDocNumber(doc.docNumber);
		if (!parsed) continue; // the schema already reported it
		const slug = docNumberSlug(parsed);
		const other = bySlug.get(slug);
		if (other) {
			problems.push({ file: doc.file, field: 'docNumber', message: `文号 ${doc.docNumber} is already used by ${other}; each document needs its own 文号` });
		} else bySlug.set(slug, doc.file);
	}

	for (const interp of input.interpretations) {
		const parsed = parseCanonicalDocNumber(interp.interprets);
		if (parsed && !bySlug.has(docNumberSlug(parsed))) {
			problems.push({
				file: interp.file,
				field: 'interprets',
				message: `no document with 文号 ${interp.interprets} is in the gazette; add that document or correct the 文号`,
			});
		}
	}

	for (const item of [...input.documents, ...input.interpretations, ...input.items]) {
		if (!months.has(item.issue)) {
			problems.push({ file: item.file, field: 'issue', message: `issue "${item.issue}" has no file content/issues/${item.issue}.yaml; create the issue or correct the month` });
		}
	}
	return problems;
}

/** One error for the build log, every problem on its own line. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
	return `The gazette content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
