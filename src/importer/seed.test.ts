/**
 * The key test: importing the December 2022 issue as extracted from print
 * reproduces the hand-made content of that issue, field by field after
 * parsing both with the yaml package, and every Markdown body modulo
 * whitespace. Where the hand-made content made a judgement the importer
 * cannot reproduce from the text, the difference is listed below, explained.
 */
import { ISSUER_CODES } from './testkit.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importIssue } from './index.ts';

const CONTENT = 'content';
const ISSUE = '2022-12';
const result = importIssue(readFileSync('samples/2022-12.txt', 'utf8'), { issue: ISSUE, issuerCodes: ISSUER_CODES, publishedDate: '2022-12-31' });
const produced = new Map(result.files.map((f) => [f.path, f.content]));

interface Parsed {
	data: Record<string, unknown>;
	body: string;
}

function split(content: string): Parsed {
	const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
	return m ? { data: parse(m[1]), body: m[2] } : { data: parse(content), body: '' };
}

const handMade = (file: string) => split(readFileSync(path.join(CONTENT, file), 'utf8'));
function imported(file: string): Parsed {
	const content = produced.get(file);
	expect(content, `the importer wrote no ${file}; it wrote ${[...produced.keys()].join(', ')}`).toBeDefined();
	return split(content!);
}

const filesIn = (dir: string) =>
	readdirSync(path.join(CONTENT, dir))
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => `${dir}/${f}`);

/** Whitespace removed: bodies are compared as text, layout ignored. */
const flat = (s: string) => s.replace(/\s+/gu, '');

interface KnownDifference {
	file: string;
	why: string;
	/** Text of the imported body (whitespace removed) replaced by the hand-made text before comparing. */
	edits?: [imported: string, handMade: string][];
	/** A form between two markers: the hand-made file lays it out as a table; compared by its cell text in reading order. */
	formBetween?: [string, string];
}

const KNOWN: KnownDifference[] = [
	{
		file: 'documents/2022-12/温政办-2022-94.md',
		why: 'The heading 附则 is extracted after the three clauses it heads (the print sets it beside them); the hand-made file moves it above 1.适用对象.',
		edits: [
			['政策也作相应调整。###附则', '政策也作相应调整。'],
			['（责任单位：市人力社保局）1.适用对象。', '（责任单位：市人力社保局）###附则1.适用对象。'],
		],
	},
	{
		file: 'documents/2022-12/温人社发-2022-73.md',
		why: 'The two forms (附件1, 附件2) lose their cell layout in extraction; the hand-made file rebuilt them as tables. The importer keeps their printed lines; the cell text in reading order is the same.',
		formBetween: ['###附件1温州市事业单位特设岗位设置核准表', '单位联系人：'],
	},
	{
		file: 'documents/2022-12/温人社发-2022-73.md',
		why: 'as above, the second form',
		formBetween: ['###附件2温州市事业单位特设岗位核销备案表', '单位联系人：'],
	},
];

function compareBodies(file: string, mine: string, theirs: string) {
	let a = flat(mine);
	let b = flat(theirs);
	for (const k of KNOWN.filter((k) => k.file === file)) {
		for (const [from, to] of k.edits ?? []) {
			expect(a, `known difference no longer present in ${file}: ${k.why}`).toContain(from);
			a = a.replace(from, to);
		}
		if (k.formBetween) {
			const [start, end] = k.formBetween;
			const cut = (s: string) => {
				const i = s.indexOf(start);
				const j = s.indexOf(end, i + start.length);
				expect(i, `${start} in ${file}`).toBeGreaterThanOrEqual(0);
				return [s.slice(0, i + start.length), s.slice(i + start.length, j), s.slice(j)];
			};
			const [aHead, aForm, aTail] = cut(a);
			const [bHead, bForm, bTail] = cut(b);
			expect(aForm, `${file}: the form's text in reading order`).toBe(bForm.replace(/\|(?:---\|)+/gu, '').replace(/\|/gu, ''));
			a = aHead + bForm + aTail;
			b = bHead + bForm + bTail;
		}
	}
	expect(a).toBe(b);
}

describe('the December 2022 issue reproduces the hand-made content', () => {
	it('writes the same files (briefs named by their number; their keywords are the editor’s own)', () => {
		const expected = [
			...['documents', 'interpretations'].flatMap((d) => filesIn(`${d}/${ISSUE}`)),
			`features/${ISSUE}/鹿城区.md`,
			...['issues', 'personnel', 'chronicle', 'statistics', 'photos'].map((d) => `${d}/${ISSUE}.yaml`),
		].sort();
		const paths = [...produced.keys()];
		expect(paths.filter((p) => !p.startsWith('briefs/')).sort()).toEqual(expected);
		expect(paths.filter((p) => p.startsWith('briefs/')).map((p) => path.basename(p).slice(0, 3))).toEqual(filesIn(`briefs/${ISSUE}`).map((p) => path.basename(p).slice(0, 3)));
	});

	const DOCUMENT_FIELDS = [
		'title',
		'regulationTitle',
		'docNumber',
		'unifiedNumber',
		'category',
		'issuers',
		'recipients',
		'notice',
		'signedDate',
		'publishedDate',
		'effectiveDate',
		'effectiveBasis',
		'expiryDate',
		'expiryBasis',
		'attachments',
		'issue',
	];
	const documents = filesIn(`documents/${ISSUE}`);
	describe.each(documents)('%s', (file) => {
		it.each(DOCUMENT_FIELDS)('%s', (field) => {
			expect(imported(file).data[field]).toEqual(handMade(file).data[field]);
		});
		it('has no fields the hand-made file lacks', () => {
			expect(Object.keys(imported(file).data).sort()).toEqual(Object.keys(handMade(file).data).sort());
		});
		it('body', () => compareBodies(file, imported(file).body, handMade(file).body));
	});

	const interpretations = filesIn(`interpretations/${ISSUE}`);
	describe.each(interpretations)('%s', (file) => {
		it.each(['title', 'interprets', 'interpretingBodies', 'contacts', 'issue'])('%s', (field) => {
			expect(imported(file).data[field]).toEqual(handMade(file).data[field]);
		});
		it('body', () => compareBodies(file, imported(file).body, handMade(file).body));
	});

	const briefs = filesIn(`briefs/${ISSUE}`).map((file, i) => [file, [...produced.keys()].filter((p) => p.startsWith('briefs/'))[i]] as const);
	describe.each(briefs)('%s', (file, mine) => {
		it.each(['title', 'date', 'issue'])('%s', (field) => {
			expect(imported(mine).data[field]).toEqual(handMade(file).data[field]);
		});
		it('body', () => compareBodies(file, imported(mine).body, handMade(file).body));
	});

	describe('personnel', () => {
		const file = `personnel/${ISSUE}.yaml`;
		it.each(['title', 'decidedBy', 'issue'])('%s', (field) => expect(imported(file).data[field]).toEqual(handMade(file).data[field]));
		const decisions = handMade(file).data.decisions as { text: string }[];
		it.each(decisions.map((d, i) => [d.text, i] as const))('decision %s', (_text, i) => {
			expect((imported(file).data.decisions as unknown[])[i]).toEqual(decisions[i]);
		});
		it('no further decisions', () => expect((imported(file).data.decisions as unknown[]).length).toBe(decisions.length));
	});

	describe('chronicle', () => {
		const file = `chronicle/${ISSUE}.yaml`;
		it.each(['title', 'issue'])('%s', (field) => expect(imported(file).data[field]).toEqual(handMade(file).data[field]));
		const days = handMade(file).data.days as { date: string }[];
		it.each(days.map((d, i) => [d.date, i] as const))('day %s', (_date, i) => {
			expect((imported(file).data.days as unknown[])[i]).toEqual(days[i]);
		});
		it('no further days', () => expect((imported(file).data.days as unknown[]).length).toBe(days.length));
	});

	describe('statistics', () => {
		const file = `statistics/${ISSUE}.yaml`;
		it.each(['title', 'source', 'month', 'notes', 'issue'])('%s', (field) => expect(imported(file).data[field]).toEqual(handMade(file).data[field]));
		const rows = handMade(file).data.rows as { indicator: string }[];
		it.each(rows.map((r, i) => [r.indicator, i] as const))('row %s', (_indicator, i) => {
			expect((imported(file).data.rows as unknown[])[i]).toEqual(rows[i]);
		});
		it('no further rows', () => expect((imported(file).data.rows as unknown[]).length).toBe(rows.length));
	});

	describe('photos', () => {
		const file = `photos/${ISSUE}.yaml`;
		it('issue', () => expect(imported(file).data.issue).toEqual(handMade(file).data.issue));
		const photos = handMade(file).data.photos as { caption: string }[];
		it.each(photos.map((_p, i) => [i + 1, i] as const))('photo %i: caption, credit, image', (_n, i) => {
			expect((imported(file).data.photos as unknown[])[i]).toEqual(photos[i]);
		});
		it('no further photos', () => expect((imported(file).data.photos as unknown[]).length).toBe(photos.length));
	});

	describe('feature', () => {
		const file = `features/${ISSUE}/鹿城区.md`;
		it.each(['title', 'subtitle', 'place', 'photos', 'issue'])('%s', (field) => expect(imported(file).data[field]).toEqual(handMade(file).data[field]));
		it('body', () => compareBodies(file, imported(file).body, handMade(file).body));
	});

	describe('issue', () => {
		const file = `issues/${ISSUE}.yaml`;
		it.each(['year', 'number', 'month', 'publishedDate', 'sections', 'cover'])('%s', (field) => expect(imported(file).data[field]).toEqual(handMade(file).data[field]));
		it('has no fields the hand-made file lacks', () => expect(Object.keys(imported(file).data).sort()).toEqual(Object.keys(handMade(file).data).sort()));
	});

	it('lists the known differences for files that exist', () => {
		for (const k of KNOWN) expect(produced.has(k.file), k.file).toBe(true);
	});
});

describe('warnings for what the print does not say', () => {
	const fields = (item: string) => result.warnings.filter((w) => w.item === item).map((w) => w.field);

	it('every document: publishedDate taken from the signed date', () => {
		for (const n of ['温政办〔2022〕94号', '温政办〔2022〕96号', '温政办〔2022〕98号', '温人社发〔2022〕73号', '温政服〔2022〕41号']) expect(fields(n)).toContain('publishedDate');
	});

	it('温政服〔2022〕41号 states no effective date: signed date, with a warning at the signature', () => {
		const w = result.warnings.find((x) => x.item === '温政服〔2022〕41号' && x.field === 'effectiveDate')!;
		expect(w.line).toBe(1712);
		expect(w.message).toContain('2022-12-30');
	});

	it('department categories guessed from the 文号 prefix', () => {
		expect(fields('温人社发〔2022〕73号')).toContain('category');
		expect(fields('温政服〔2022〕41号')).toContain('category');
		expect(fields('温政办〔2022〕94号')).not.toContain('category');
	});

	it('no paragraph ends mid-sentence: the only ones not ending a sentence are headings, tables, attachment lines and form cells', () => {
		const sentenceEnd = /[。！？；：][”’）》]*$|[。！？；]（[^（）]*）$/u;
		const unfinished = [...produced]
			.filter(([file]) => file.endsWith('.md'))
			.flatMap(([file, content]) => split(content).body.split(/\n{2,}/u).map((p) => [file, p.trim()] as const))
			.filter(([, p]) => p !== '' && !/^[#|]/u.test(p) && !sentenceEnd.test(p))
			.map(([file, p]) => `${path.basename(file)} ${p.replace(/\s+/gu, '').slice(-12)}`);
		expect(unfinished).toEqual([
			'温政办-2022-98.md 返贫防范长效机制建议指标',
			'温人社发-2022-73.md 业单位特设岗位设置核准表',
			'温人社发-2022-73.md 业单位特设岗位核销备案表',
			'温人社发-2022-73.md 单位人事综合管理部门意见',
			'温人社发-2022-73.md 单位人事综合管理部门意见',
		]);
	});

	it('the first photo has no credit', () => {
		expect(result.warnings).toContainEqual(expect.objectContaining({ line: 1, item: 'photo 1', field: 'credit' }));
	});

	it('the 招投标 interpretation names its document by a different title: matched by similarity, with a warning', () => {
		const w = result.warnings.find((x) => x.field === 'interprets')!;
		expect(w.line).toBe(3117);
		expect(w.message).toContain('温政服〔2022〕41号');
	});

	it('no other warnings', () => {
		expect(result.warnings.map((w) => `${w.line} ${w.field}`)).toEqual([
			'1 credit',
			'31 publishedDate',
			'350 publishedDate',
			'734 publishedDate',
			'1294 category',
			'1304 publishedDate',
			'1562 effectiveDate',
			'1712 publishedDate',
			'1712 effectiveDate',
			'1714 category',
			'3117 interprets',
			'4077 photos',
		]);
	});

	it('summary counts every kind of item', () => {
		expect(result.summary.map((s) => [s.kind, s.count])).toEqual([
			['photos', 6],
			['documents', 5],
			['interpretations', 5],
			['personnel', 5],
			['briefs', 6],
			['chronicle days', 20],
			['statistics rows', 9],
			['features', 1],
		]);
	});
});
