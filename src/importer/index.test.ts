import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefSchema } from '../schemas/brief.ts';
import { chronicleSchema } from '../schemas/chronicle.ts';
import { documentSchema } from '../schemas/document.ts';
import { interpretationSchema } from '../schemas/interpretation.ts';
import { personnelSchema } from '../schemas/personnel.ts';
import { statisticsSchema } from '../schemas/statistics.ts';
import { importIssue } from './index.ts';
import { ISSUER_CODES, SYNTHETIC_ISSUE } from './testkit.ts';

const frontMatter = (content: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(content)?.[1] ?? content);

const SCHEMAS: [RegExp, { safeParse: (v: unknown) => { success: boolean; error?: unknown } }][] = [
	[/^documents\//, documentSchema],
	[/^interpretations\//, interpretationSchema],
	[/^briefs\//, briefSchema],
	[/^personnel\//, personnelSchema],
	[/^chronicle\//, chronicleSchema],
	[/^statistics\//, statisticsSchema],
];

describe.each([
	['the sample issue', readFileSync('samples/2022-12.txt', 'utf8'), '2022-12'],
	['a made-up issue in messier layouts', SYNTHETIC_ISSUE, '2023-01'],
])('importIssue: %s', (_name, text, issue) => {
	const result = importIssue(text, { issue, issuerCodes: ISSUER_CODES });

	it.each(result.files.map((f) => [f.path, f.content]))('%s passes its schema', (path, content) => {
		const schema = SCHEMAS.find(([re]) => re.test(path))?.[1];
		if (!schema) return;
		const parsed = schema.safeParse(frontMatter(content));
		expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
	});

	it('without a publication date: the last day of the month, warned', () => {
		expect(parse(result.files.find((f) => f.path === `issues/${issue}.yaml`)!.content).publishedDate).toBe(issue === '2022-12' ? '2022-12-31' : '2023-01-31');
		expect(result.warnings).toContainEqual(expect.objectContaining({ line: 1, field: 'publishedDate', item: `issue ${issue}` }));
	});

	it('every warning names a line of the input', () => {
		const lines = text.split('\n').length;
		for (const w of result.warnings) {
			expect(w.line).toBeGreaterThanOrEqual(1);
			expect(w.line).toBeLessThanOrEqual(lines);
		}
	});
});

describe('importIssue: the made-up issue', () => {
	const result = importIssue(SYNTHETIC_ISSUE, { issue: '2023-01', issuerCodes: ISSUER_CODES, publishedDate: '2023-01-31' });
	const file = (path: string) => result.files.find((f) => f.path === path)!.content;

	it('finds every item', () => {
		expect(result.summary.map((s) => [s.kind, s.count])).toEqual([
			['photos', 2],
			['documents', 2],
			['interpretations', 2],
			['personnel', 3],
			['briefs', 2],
			['chronicle days', 2],
			['statistics rows', 2],
			['features', 1],
		]);
	});

	it('a 文号 split over two lines, a unified number typed with hyphens, a page head dropped', () => {
		const doc = frontMatter(file('documents/2023-01/温政发-2023-1.md'));
		expect(doc).toMatchObject({ docNumber: '温政发〔2023〕1号', unifiedNumber: 'ZJCC01–2023–0001', effectiveBasis: '自发布之日起施行', expiryBasis: '有效期为五年', expiryDate: '2028-01-09' });
		expect(file('documents/2023-01/温政发-2023-1.md')).not.toMatch(/\n温州市测试管理办法\n/);
	});

	it('the joint document: ASCII colon, no effective phrase, attachment table', () => {
		const doc = frontMatter(file('documents/2023-01/温财发-2023-5.md'));
		expect(doc).toMatchObject({ recipients: '各有关单位', issuers: ['温州市财政局', '温州市审计局'], effectiveBasis: '未载明施行日期，以成文日期为准', attachments: [{ label: '附件', title: '温州市测试资金申请表', anchor: 'attachment-1' }] });
		expect(file('documents/2023-01/温财发-2023-5.md')).toContain('| 2 | 差旅 | 200 | 详见说明 |');
		expect(result.warnings.filter((w) => w.item === '温财发〔2023〕5号').map((w) => w.field)).toEqual(['category', 'publishedDate', 'effectiveDate']);
	});

	it('interpretations matched to their documents, title at the foot of a page or at the end', () => {
		expect(frontMatter(file('interpretations/2023-01/温政发-2023-1.md'))).toMatchObject({ interprets: '温政发〔2023〕1号', contacts: [{ body: '温州市测试局', name: '李四', phone: '0577-12345678' }] });
		expect(frontMatter(file('interpretations/2023-01/温财发-2023-5.md'))).toMatchObject({ interprets: '温财发〔2023〕5号', interpretingBodies: ['温州市财政局'] });
	});

	it('the chronicle entry running over a page break', () => {
		expect(parse(file('chronicle/2023-01.yaml')).days[0].entries).toEqual(['市长张振丰参加全省测试工作会议。', '副市长陈应许参加全市测试工作推进会。']);
	});

	it('returns content only: nothing is written', () => {
		expect(result.files.every((f) => typeof f.content === 'string' && !f.path.startsWith('/'))).toBe(true);
	});
});

describe('importIssue: an empty input', () => {
	it('writes only the issue file, and says why it has no cover', () => {
		const result = importIssue('', { issue: '2023-02', issuerCodes: ISSUER_CODES, publishedDate: '2023-02-28' });
		expect(result.files.map((f) => f.path)).toEqual(['issues/2023-02.yaml']);
		expect(result.summary).toEqual([]);
		expect(result.warnings.map((w) => w.field)).toEqual(['cover']);
	});
});
