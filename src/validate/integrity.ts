/**
 * Checks that span several content files, which no single schema can see:
 * duplicate 文号 and 统一编号, interpretations of documents that are not in the
 * gazette, items that name an issue with no issue file or sit in another
 * month's folder, a second per-issue file, sections an issue's table of
 * contents would leave out. Pure: takes plain records. The build and
 * `gazette check` both run it.
 */
import { isIssueMonth } from '../gazette/dates.ts';
import { docNumberSlug, parseCanonicalDocNumber } from '../gazette/docNumber.ts';
import { SECTION_LABEL, type Section } from '../gazette/sections.ts';
import { parseUnifiedNumber, unifiedNumberAscii } from '../gazette/unifiedNumber.ts';

export interface ContentProblem {
	/** Path of the file to fix, relative to the repo. */
	file: string;
	/** The field in that file. */
	field: string;
	/** What is wrong and what would fix it. */
	message: string;
}

/** Where an item sits: its file, its id (path in its collection folder without extension) and its issue. */
interface Placed {
	file: string;
	id: string;
	issue: string;
}

export interface IntegrityInput {
	issues: { file: string; id: string; month: string; sections: readonly Section[] }[];
	documents: (Placed & { docNumber: string; unifiedNumber?: string; category: Section })[];
	interpretations: (Placed & { interprets: string })[];
	/** Every other item that names its issue; `once` for kinds an issue has one file of (personnel, chronicle, …). */
	items: (Placed & { collection: string; section: Section; once: boolean })[];
	/**
	 * What files with errors of their own may hold: 文号 (as written or from the
	 * file name) and issue months. References to them are not reported again.
	 */
	unreadable?: { docNumbers: string[]; months: string[] };
}

export function checkIntegrity(input: IntegrityInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const months = new Set(input.issues.map((i) => i.month));
	const issueFiles = new Map<string, string>();
	for (const issue of input.issues) {
		const other = issueFiles.get(issue.month);
		if (other) problems.push({ file: issue.file, field: 'month', message: `issue ${issue.month} is already defined in ${other}; each month has one issue file` });
		issueFiles.set(issue.month, issue.file);
		if (issue.id !== issue.month) {
			problems.push({ file: issue.file, field: 'month', message: `the file is named ${issue.id}.yaml but month is "${issue.month}"; rename the file to ${issue.month}.yaml or correct month` });
		}
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

	const byUnified = new Map<string, { file: string; docNumber: string }>();
	for (const doc of input.documents) {
		const parsed = doc.unifiedNumber ? parseUnifiedNumber(doc.unifiedNumber) : null;
		if (!parsed) continue;
		const key = unifiedNumberAscii(parsed);
		const other = byUnified.get(key);
		if (other) {
			problems.push({ file: doc.file, field: 'unifiedNumber', message: `统一编号 ${doc.unifiedNumber} is already used by ${other.file} (${other.docNumber}); each normative document has its own 统一编号` });
		} else byUnified.set(key, doc);
	}

	const slugOf = (n: string) => {
		const parsed = parseCanonicalDocNumber(n);
		return parsed ? docNumberSlug(parsed) : n;
	};
	const unreadableDocs = new Set((input.unreadable?.docNumbers ?? []).map(slugOf));
	const unreadableMonths = new Set(input.unreadable?.months ?? []);
	for (const interp of input.interpretations) {
		const parsed = parseCanonicalDocNumber(interp.interprets);
		if (parsed && !bySlug.has(docNumberSlug(parsed)) && !unreadableDocs.has(docNumberSlug(parsed))) {
			problems.push({
				file: interp.file,
				field: 'interprets',
				message: `no document with 文号 ${interp.interprets} is in the gazette; add that document or correct the 文号`,
			});
		}
	}

	const onceFiles = new Map<string, string>();
	// The file named after its issue (personnel/2022-12.yaml) is the one the others are reported against.
	const named = (i: Placed) => (i.id === i.issue ? 0 : 1);
	for (const item of input.items.filter((i) => i.once).sort((a, b) => named(a) - named(b))) {
		const key = `${item.collection} ${item.issue}`;
		const other = onceFiles.get(key);
		if (other) problems.push({ file: item.file, field: 'issue', message: `issue ${item.issue} already has a ${item.collection} file (${other}); merge them` });
		else onceFiles.set(key, item.file);
	}

	const placed = [
		...input.documents.map((d) => ({ ...d, section: d.category })),
		...input.interpretations.map((i) => ({ ...i, section: 'interpretations' as const })),
		...input.items,
	];
	const unlisted = new Map<string, { section: Section; files: string[] }>();
	for (const item of placed) {
		if (!months.has(item.issue)) {
			if (!unreadableMonths.has(item.issue)) problems.push({ file: item.file, field: 'issue', message: `issue "${item.issue}" has no file content/issues/${item.issue}.yaml; create the issue or correct the month` });
			continue;
		}
		// The month folder (documents/2022-12/…) or file name (personnel/2022-12.yaml) it sits in.
		const folder = item.id.split('/')[0];
		if (isIssueMonth(folder) && folder !== item.issue) {
			problems.push({ file: item.file, field: 'issue', message: `the file is in ${folder} but says issue: "${item.issue}"; move it to the ${item.issue} folder or correct issue` });
		}
		const issue = input.issues.find((i) => i.month === item.issue)!;
		if (!issue.sections.includes(item.section)) {
			const key = `${issue.file} ${item.section}`;
			unlisted.set(key, { section: item.section, files: [...(unlisted.get(key)?.files ?? []), item.file] });
		}
	}
	for (const [key, { section, files }] of unlisted) {
		problems.push({
			file: key.slice(0, key.lastIndexOf(' ')),
			field: 'sections',
			message: `does not list ${section} (${SECTION_LABEL[section]}), so the table of contents would leave out ${files.join(', ')}; add "- ${section}" to sections in its printed place`,
		});
	}
	return problems;
}

/** One error for the build log, every problem on its own line. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
	return `The gazette content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
