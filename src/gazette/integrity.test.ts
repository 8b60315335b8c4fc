import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentProblem, type IntegrityInput } from './integrity.ts';

/** The December 2022 issue, reduced to what checkIntegrity reads. Clean. */
function clean(): IntegrityInput {
	return {
		issues: [
			{ file: 'content/issues/2022-11.yaml', month: '2022-11' },
			{ file: 'content/issues/2022-12.yaml', month: '2022-12' },
		],
		documents: [
			{ file: 'content/documents/2022-12/温政办-2022-94.md', docNumber: '温政办〔2022〕94号', issue: '2022-12' },
			{ file: 'content/documents/2022-12/温人社发-2022-73.md', docNumber: '温人社发〔2022〕73号', issue: '2022-12' },
			{ file: 'content/documents/2022-11/温政办-2022-80.md', docNumber: '温政办〔2022〕80号', issue: '2022-11' },
		],
		interpretations: [
			{ file: 'content/interpretations/2022-12/温政办-2022-94.md', interprets: '温政办〔2022〕94号', issue: '2022-12' },
			{ file: 'content/interpretations/2022-12/温人社发-2022-73.md', interprets: '温人社发〔2022〕73号', issue: '2022-12' },
		],
		items: [
			{ file: 'content/briefs/2022-12/meeting.md', issue: '2022-12' },
			{ file: 'content/chronicle/2022-12.yaml', issue: '2022-12' },
		],
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
		input.documents.push({ file: 'content/documents/2022-12/温政办-2022-94-copy.md', docNumber: '温政办〔2022〕94号', issue: '2022-12' });
		const problems = checkIntegrity(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/documents/2022-12/温政办-2022-94-copy.md', field: 'docNumber' });
		expect(problems[0].message).toContain('温政办〔2022〕94号');
		expect(problems[0].message).toContain('content/documents/2022-12/温政办-2022-94.md');
	});

	it('reports every further duplicate against the first file', () => {
		const input = clean();
		input.documents.push(
			{ file: 'b.md', docNumber: '温政办〔2022〕94号', issue: '2022-12' },
			{ file: 'c.md', docNumber: '温政办〔2022〕94号', issue: '2022-12' },
		);
		const problems = checkIntegrity(input);
		expect(problems.map((p) => p.file)).toEqual(['b.md', 'c.md']);
		for (const p of problems) expect(p.message).toContain('content/documents/2022-12/温政办-2022-94.md');
	});

	it('does not confuse 文号 that differ only in issuer, year or serial', () => {
		const input = clean();
		input.documents.push(
			{ file: 'a.md', docNumber: '温政发〔2022〕94号', issue: '2022-12' },
			{ file: 'b.md', docNumber: '温政办〔2021〕94号', issue: '2022-12' },
			{ file: 'c.md', docNumber: '温政办〔2022〕9号', issue: '2022-12' },
		);
		expect(checkIntegrity(input)).toEqual([]);
	});

	it('leaves a non-canonical 文号 to the schema', () => {
		const input = clean();
		input.documents.push({ file: 'a.md', docNumber: '温政办[2022]94号', issue: '2022-12' });
		expect(checkIntegrity(input)).toEqual([]);
	});

	it('reports an interpretation of a 文号 that is not in the gazette', () => {
		const input = clean();
		input.interpretations.push({ file: 'content/interpretations/2022-12/温政办-2022-99.md', interprets: '温政办〔2022〕99号', issue: '2022-12' });
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
		input.items.push({ file: 'content/briefs/2023-01/new-year.md', issue: '2023-01' });
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
		input.issues.push({ file: 'content/issues/2022-12-copy.yaml', month: '2022-12' });
		const problems = checkIntegrity(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/issues/2022-12-copy.yaml', field: 'month' });
		expect(problems[0].message).toContain('2022-12');
		expect(problems[0].message).toContain('content/issues/2022-12.yaml');
	});

	it('reports several problems at once', () => {
		const input = clean();
		input.issues.push({ file: 'dup.yaml', month: '2022-11' });
		input.documents.push({ file: 'dup.md', docNumber: '温人社发〔2022〕73号', issue: '2022-12' });
		input.interpretations.push({ file: 'orphan.md', interprets: '温政服〔2022〕41号', issue: '2022-12' });
		input.items.push({ file: 'late.md', issue: '2023-02' });
		expect(checkIntegrity(input).map((p) => `${p.file} ${p.field}`)).toEqual(['dup.yaml month', 'dup.md docNumber', 'orphan.md interprets', 'late.md issue']);
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
		input.items.push({ file: 'content/briefs/2023-01/new-year.md', issue: '2023-01' });
		const text = formatProblems(checkIntegrity(input));
		expect(text.split('\n')[1]).toMatch(/^ {2}content\/briefs\/2023-01\/new-year\.md: issue: issue "2023-01" has no file content\/issues\/2023-01\.yaml/);
	});
});
