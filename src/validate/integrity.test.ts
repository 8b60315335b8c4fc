import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentProblem, type IntegrityInput } from './integrity.ts';
import { SECTIONS, type Section } from '../gazette/sections.ts';

/** The id a collection gives a file: its path in the collection folder without extension. */
const idOf = (file: string) => file.replace(/^content\/[^/]+\//, '').replace(/\.(md|yaml)$/, '');
const issue = (file: string, month: string, sections: readonly Section[] = SECTIONS) => ({ file, id: idOf(file), month, sections });
const doc = (file: string, docNumber: string, issueMonth: string, more: { unifiedNumber?: string; category?: Section } = {}) => ({
	file,
	id: idOf(file),
	docNumber,
	issue: issueMonth,
	category: more.category ?? ('general-office' as Section),
	unifiedNumber: more.unifiedNumber,
});
const interp = (file: string, interprets: string, issueMonth: string) => ({ file, id: idOf(file), interprets, issue: issueMonth });
const ONCE = ['personnel', 'chronicle', 'statistics', 'photos'];
const item = (file: string, issueMonth: string, collection = file.split('/')[1] ?? 'briefs') => ({
	file,
	id: idOf(file),
	issue: issueMonth,
	collection,
	section: collection as Section,
	once: ONCE.includes(collection),
});

/** The December 2022 issue, reduced to what checkIntegrity reads. Clean. */
function clean(): IntegrityInput {
	return {
		issues: [issue('content/issues/2022-11.yaml', '2022-11'), issue('content/issues/2022-12.yaml', '2022-12')],
		documents: [
			doc('content/documents/2022-12/温政办-2022-94.md', '温政办〔2022〕94号', '2022-12', { unifiedNumber: 'ZJCC01–2022–0021' }),
			doc('content/documents/2022-12/温人社发-2022-73.md', '温人社发〔2022〕73号', '2022-12', { category: 'department' }),
			doc('content/documents/2022-11/温政办-2022-80.md', '温政办〔2022〕80号', '2022-11'),
		],
		interpretations: [
			interp('content/interpretations/2022-12/温政办-2022-94.md', '温政办〔2022〕94号', '2022-12'),
			interp('content/interpretations/2022-12/温人社发-2022-73.md', '温人社发〔2022〕73号', '2022-12'),
		],
		items: [item('content/briefs/2022-12/meeting.md', '2022-12'), item('content/chronicle/2022-12.yaml', '2022-12')],
	};
}

describe('checkIntegrity', () => {
	it('finds nothing wrong in clean content', () => {
		expect(checkIntegrity(clean())).toEqual([]);
	});

	it('finds nothing wrong in empty content', () => {
		expect(checkIntegrity({ issues: [], documents: [], interpretations: [], items: [] })).toEqual([]);
	});

	it('reports a duplicate 文号 on the second file, naming the first', () => {
		const input = clean();
		input.documents.push(doc('content/documents/2022-12/温政办-2022-94-copy.md', '温政办〔2022〕94号', '2022-12'));
		const problems = checkIntegrity(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/documents/2022-12/温政办-2022-94-copy.md', field: 'docNumber' });
		expect(problems[0].message).toContain('温政办〔2022〕94号');
		expect(problems[0].message).toContain('content/documents/2022-12/温政办-2022-94.md');
	});

	it('reports every further duplicate against the first file', () => {
		const input = clean();
		input.documents.push(
			doc('b.md', '温政办〔2022〕94号', '2022-12'),
			doc('c.md', '温政办〔2022〕94号', '2022-12'),
		);
		const problems = checkIntegrity(input);
		expect(problems.map((p) => p.file)).toEqual(['b.md', 'c.md']);
		for (const p of problems) expect(p.message).toContain('content/documents/2022-12/温政办-2022-94.md');
	});

	it('does not confuse 文号 that differ only in issuer, year or serial', () => {
		const input = clean();
		input.documents.push(
			doc('a.md', '温政发〔2022〕94号', '2022-12'),
			doc('b.md', '温政办〔2021〕94号', '2022-12'),
			doc('c.md', '温政办〔2022〕9号', '2022-12'),
		);
		expect(checkIntegrity(input)).toEqual([]);
	});

	it('leaves a non-canonical 文号 to the schema', () => {
		const input = clean();
		input.documents.push(doc('a.md', '温政办[2022]94号', '2022-12'));
		expect(checkIntegrity(input)).toEqual([]);
	});

	it('reports an interpretation of a 文号 that is not in the gazette', () => {
		const input = clean();
		input.interpretations.push(interp('content/interpretations/2022-12/温政办-2022-99.md', '温政办〔2022〕99号', '2022-12'));
		const problems = checkIntegrity(input);
		expect(problems).toEqual([
			{
				file: 'content/interpretations/2022-12/温政办-2022-99.md',
				field: 'interprets',
				message: expect.stringContaining('温政办〔2022〕99号'),
			},
		]);
	});

	it('reports an item whose issue month has no issue file', () => {
		const input = clean();
		input.items.push(item('content/briefs/2023-01/new-year.md', '2023-01'));
		const problems = checkIntegrity(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/briefs/2023-01/new-year.md', field: 'issue' });
		expect(problems[0].message).toContain('2023-01');
		expect(problems[0].message).toContain('content/issues/2023-01.yaml');
	});

	it('checks the issue of documents and interpretations too', () => {
		const input = clean();
		input.documents[0].issue = '2023-01';
		input.interpretations[1].issue = '2022-10';
		const problems = checkIntegrity(input);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/documents/2022-12/温政办-2022-94.md', 'issue'],
			['content/interpretations/2022-12/温人社发-2022-73.md', 'issue'],
		]);
	});

	it('reports a second issue file for the same month, naming the first', () => {
		const input = clean();
		input.issues.push(issue('content/issues/2022-12-copy.yaml', '2022-12'));
		const problems = checkIntegrity(input);
		expect(problems).toEqual([
			{ file: 'content/issues/2022-12-copy.yaml', field: 'month', message: 'issue 2022-12 is already defined in content/issues/2022-12.yaml; each month has one issue file' },
			{ file: 'content/issues/2022-12-copy.yaml', field: 'month', message: 'the file is named 2022-12-copy.yaml but month is "2022-12"; rename the file to 2022-12.yaml or correct month' },
		]);
	});

	it('reports several problems at once', () => {
		const input = clean();
		input.issues.push(issue('2022-11.yaml', '2022-11'));
		input.documents.push(doc('dup.md', '温人社发〔2022〕73号', '2022-12'));
		input.interpretations.push(interp('orphan.md', '温政服〔2022〕41号', '2022-12'));
		input.items.push(item('late.md', '2023-02'));
		expect(checkIntegrity(input).map((p) => `${p.file} ${p.field}`)).toEqual(['2022-11.yaml month', 'dup.md docNumber', 'orphan.md interprets', 'late.md issue']);
	});
});

describe('checkIntegrity: what the gazette would publish wrongly or leave out', () => {
	it('reports a 统一编号 used by two documents, however its dashes are typed', () => {
		const input = clean();
		input.documents.push(doc('content/documents/2022-12/温政办-2022-95.md', '温政办〔2022〕95号', '2022-12', { unifiedNumber: 'ZJCC01-2022-0021' }));
		expect(checkIntegrity(input)).toEqual([
			{
				file: 'content/documents/2022-12/温政办-2022-95.md',
				field: 'unifiedNumber',
				message: '统一编号 ZJCC01-2022-0021 is already used by content/documents/2022-12/温政办-2022-94.md (温政办〔2022〕94号); each normative document has its own 统一编号',
			},
		]);
	});

	it('reports a second personnel file for an issue, naming the first', () => {
		const input = clean();
		input.items.push(item('content/personnel/2022-12.yaml', '2022-12'), item('content/personnel/2022-12-2.yaml', '2022-12', 'personnel'));
		expect(checkIntegrity(input)).toEqual([
			{ file: 'content/personnel/2022-12-2.yaml', field: 'issue', message: 'issue 2022-12 already has a personnel file (content/personnel/2022-12.yaml); merge them' },
		]);
	});

	it('reports an item filed under another month than its issue', () => {
		const input = clean();
		input.items.push(item('content/briefs/2022-11/late.md', '2022-12'));
		expect(checkIntegrity(input)).toEqual([
			{ file: 'content/briefs/2022-11/late.md', field: 'issue', message: 'the file is in 2022-11 but says issue: "2022-12"; move it to the 2022-12 folder or correct issue' },
		]);
	});

	it('reports, on the issue file, a section its table of contents would leave out, naming the items', () => {
		const input = clean();
		input.issues[1] = issue('content/issues/2022-12.yaml', '2022-12', ['general-office', 'interpretations', 'chronicle']);
		expect(checkIntegrity(input)).toEqual([
			{
				file: 'content/issues/2022-12.yaml',
				field: 'sections',
				message: 'does not list department (部门文件), so the table of contents would leave out content/documents/2022-12/温人社发-2022-73.md; add "- department" to sections in its printed place',
			},
			{
				file: 'content/issues/2022-12.yaml',
				field: 'sections',
				message: 'does not list briefs (政务简讯), so the table of contents would leave out content/briefs/2022-12/meeting.md; add "- briefs" to sections in its printed place',
			},
		]);
	});
});

describe('formatProblems', () => {
	const problems: ContentProblem[] = [
		{ file: 'content/documents/2022-12/b.md', field: 'docNumber', message: '文号 温政办〔2022〕94号 is already used by a.md' },
		{ file: 'content/briefs/2023-01/x.md', field: 'issue', message: 'issue "2023-01" has no file' },
	];

	it('puts each problem on its own line with file, field and message', () => {
		const lines = formatProblems(problems).split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe('The gazette content has 2 problems:');
		expect(lines[1]).toBe('  content/documents/2022-12/b.md: docNumber: 文号 温政办〔2022〕94号 is already used by a.md');
		expect(lines[2]).toBe('  content/briefs/2023-01/x.md: issue: issue "2023-01" has no file');
	});

	it('says "problem" for one', () => {
		expect(formatProblems(problems.slice(0, 1)).split('\n')[0]).toBe('The gazette content has 1 problem:');
	});

	it('formats what checkIntegrity finds', () => {
		const input = clean();
		input.items.push(item('content/briefs/2023-01/new-year.md', '2023-01'));
		const text = formatProblems(checkIntegrity(input));
		expect(text.split('\n')[1]).toMatch(/^ {2}content\/briefs\/2023-01\/new-year\.md: issue: issue "2023-01" has no file content\/issues\/2023-01\.yaml/);
	});
});
