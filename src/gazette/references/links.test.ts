/**
 * buildCrossReferences over a gazette small enough to read in full: three
 * documents that cite, repeal and assign measures, a brief, an interpretation,
 * a chronicle and personnel notices across two issues.
 */
import { describe, expect, it } from 'vitest';
import { buildCrossReferences, type CrossReferenceInput, type LinkTargetDoc } from './links.ts';

const doc = (d: Partial<LinkTargetDoc> & Pick<LinkTargetDoc, 'docNumber' | 'regulationTitle' | 'effectiveDate'>): LinkTargetDoc => ({
	url: `/documents/${d.docNumber.replace(/^(.+)〔(\d+)〕(\d+)号$/, '$1-$2-$3')}/`,
	markdown: '',
	title: `温州市人民政府办公室关于印发${d.regulationTitle}的通知`,
	issue: d.effectiveDate.slice(0, 7),
	repeals: [],
	...d,
});

const FIRE = doc({ docNumber: '温政办〔2022〕96号', regulationTitle: '温州市火灾事故调查处理规定', effectiveDate: '2023-02-01', issue: '2022-12' });
const PLAN = doc({
	docNumber: '温政办〔2022〕94号',
	regulationTitle: '温州市支持企业“留员工、稳生产、开门红”工作方案',
	effectiveDate: '2022-12-22',
	markdown: [
		'### 一、引导外地员工留温过年',
		'1.鼓励市外员工留温。发放留工补助。（责任单位：市人力社保局、市财政局）',
		'2.组建服务专班。帮助企业解决问题。（责任单位：市新设局）',
		'3.加强资金保障。按现行财政体制分担。（责任单位：市财政局；市人社局、市人力社保局）',
	].join('\n\n'),
});
// Both repeal 94号; the one in force first is the repeal that counts, whichever is listed first.
const LATER = doc({ docNumber: '温政办〔2023〕9号', regulationTitle: '温州市稳岗后续措施', effectiveDate: '2023-03-01', issue: '2023-01', repeals: [{ docNumber: PLAN.docNumber }] });
const NEW = doc({
	docNumber: '温政办〔2023〕1号',
	regulationTitle: '温州市支持企业稳岗留工若干措施',
	effectiveDate: '2023-01-20',
	issue: '2023-01',
	repeals: [{ docNumber: PLAN.docNumber }, { docNumber: '温政发〔2019〕5号', title: '温州市某旧办法' }],
});

const UNITS = [
	{ name: '温州市人力资源和社会保障局', aliases: ['市人力社保局', '市人社局'] },
	{ name: '温州市财政局', aliases: ['市财政局'] },
	// In the table but named by no measure: it has no page.
	{ name: '温州市应急管理局', aliases: ['市应急管理局'] },
];

const input: CrossReferenceInput = {
	documents: [LATER, FIRE, PLAN, NEW],
	sources: [
		{
			kind: 'document',
			url: NEW.url,
			title: NEW.title,
			date: '2023-01-10',
			self: NEW.docNumber,
			text: '落实《温州市火灾事故调查处理规定》（温政办〔2022〕96号），另见温政办〔2022〕96号。本措施即温政办〔2023〕1号。持《浙江省居住证》的员工，依照《中华人民共和国消防法》。',
		},
		{ kind: 'interpretation', url: '/interpretations/2023-01/温政办-2023-1/', title: '政策解读', date: '2023-01-12', self: NEW.docNumber, text: '衔接《温州市火灾事故调查处理规定》。' },
		{ kind: 'brief', url: '/briefs/2023-01/01/', title: '市政府常务会议', date: '2023-01-16', text: '会议研究审议《温州市火灾事故调查处理规定》。' },
		{ kind: 'brief', url: '/briefs/2023-01/02/', title: '另一条简讯', date: '2023-01-18', text: '另见《温州市火灾事故调查处理规定》。' },
		{ kind: 'chronicle', url: '/issues/2022-12/chronicle/#day-2022-12-22', title: '12月份市政府记事', date: '2022-12-22', text: '市长张振丰参加会议，听取温政办〔2022〕94号落实情况汇报。' },
		{ kind: 'feature', url: '/features/2023-01/鹿城区/', title: '县区风采', date: '2023-01-31', text: '鹿城区打造慈善品牌。' },
	],
	units: UNITS,
	unitUrl: (name) => `/units/${name}/`,
	// Notices out of order: the history still reads oldest first.
	personnel: [
		{
			issue: '2023-01',
			url: '/issues/2023-01/personnel/',
			decisions: [{ text: '免去瞿自杰的温州市林业局局长职务', changes: [{ name: '瞿自杰', action: 'remove', position: '局长', organisation: '温州市林业局' }] }],
		},
		{
			issue: '2022-12',
			url: '/issues/2022-12/personnel/',
			decisions: [
				{ text: '瞿自杰任温州市林业局局长', changes: [{ name: '瞿自杰', action: 'appoint', position: '局长', organisation: '温州市林业局' }] },
				{ text: '余颖聪任温州市市级公办医院管理中心主任（试用期一年）', changes: [{ name: '余颖聪', action: 'appoint', position: '主任', organisation: '温州市市级公办医院管理中心', probation: '一年' }] },
			],
		},
	],
	chronicle: [
		{ days: [{ date: '2023-01-16', entries: ['市长张振丰主持召开市政府常务会议，副市长陈宽参加。'] }] },
		{
			days: [
				{ date: '2022-12-02', entries: ['市长张振丰、副市长王振勇参加全省疫情防控工作视频会议。'] },
				{ date: '2022-12-09', entries: ['市长张振丰参加市委书记专题会议。', '市长张振丰，副市长陈宽参加市委常委会会议。'] },
			],
		},
	],
};

const refs = buildCrossReferences(input);

describe('buildCrossReferences: who refers to whom', () => {
	it('a document citing another is in citedBy, once however often it cites', () => {
		expect(refs.citedBy.get(FIRE.docNumber)).toEqual([{ kind: 'document', url: NEW.url, title: NEW.title, date: '2023-01-10', context: '落实' }]);
	});

	it('briefs, interpretations and chronicle days are in mentionedIn, never in citedBy', () => {
		expect(refs.mentionedIn.get(FIRE.docNumber)!.map((r) => [r.kind, r.url])).toEqual([
			['interpretation', '/interpretations/2023-01/温政办-2023-1/'],
			['brief', '/briefs/2023-01/01/'],
			['brief', '/briefs/2023-01/02/'],
		]);
		expect(refs.mentionedIn.get(PLAN.docNumber)!.map((r) => [r.kind, r.url])).toEqual([['chronicle', '/issues/2022-12/chronicle/#day-2022-12-22']]);
		expect(refs.citedBy.get(PLAN.docNumber)).toBeUndefined();
		expect([...refs.citedBy.values()].flat().every((r) => r.kind === 'document')).toBe(true);
		expect([...refs.mentionedIn.values()].flat().some((r) => r.kind === 'document')).toBe(false);
	});

	it('says what happened, when the words before the reference say it', () => {
		const mentions = refs.mentionedIn.get(FIRE.docNumber)!;
		expect(mentions.find((r) => r.url === '/briefs/2023-01/01/')!.context).toBe('研究审议');
		expect(mentions.find((r) => r.url === '/briefs/2023-01/02/')).not.toHaveProperty('context');
		expect(refs.mentionedIn.get(PLAN.docNumber)![0].context).toBe('听取');
	});

	it('never counts a document as citing itself', () => {
		expect(refs.citedBy.get(NEW.docNumber)).toBeUndefined();
		expect(refs.mentionedIn.get(NEW.docNumber)).toBeUndefined();
		expect(refs.citations.get(NEW.docNumber)!.map((c) => c.docNumber)).not.toContain(NEW.docNumber);
	});

	it('lists what a document cites: one entry per 文号, rule titles without a number, not other 《》 names', () => {
		expect(refs.citations.get(NEW.docNumber)).toEqual([
			{ docNumber: FIRE.docNumber, printedNumber: '温政办〔2022〕96号', title: '温州市火灾事故调查处理规定', url: FIRE.url },
			{ title: '中华人民共和国消防法' },
		]);
	});
});

describe('buildCrossReferences: repeals', () => {
	it('the earliest repeal wins, whatever the order of the documents', () => {
		expect(refs.repealedBy.get(PLAN.docNumber)).toEqual({ docNumber: NEW.docNumber, url: NEW.url, date: '2023-01-20' });
		const reversed = buildCrossReferences({ ...input, documents: [...input.documents].reverse() });
		expect(reversed.repealedBy.get(PLAN.docNumber)).toEqual({ docNumber: NEW.docNumber, url: NEW.url, date: '2023-01-20' });
	});

	it('records a repeal of a document the gazette does not hold', () => {
		expect(refs.repealedBy.get('温政发〔2019〕5号')).toEqual({ docNumber: NEW.docNumber, url: NEW.url, date: '2023-01-20' });
	});

	it('a document nobody repeals has no entry', () => {
		expect(refs.repealedBy.has(FIRE.docNumber)).toBe(false);
		expect(refs.repealedBy.has(NEW.docNumber)).toBe(false);
	});
});

describe('buildCrossReferences: 责任单位', () => {
	it('gives each measure its units’ full names', () => {
		expect(refs.measures.get(PLAN.docNumber)).toEqual([
			{ anchor: 'measure-1', heading: '1.鼓励市外员工留温。', units: ['市人力社保局', '市财政局'], unitNames: ['温州市人力资源和社会保障局', '温州市财政局'], line: expect.any(Number) },
			{ anchor: 'measure-2', heading: '2.组建服务专班。', units: ['市新设局'], unitNames: ['市新设局'], line: expect.any(Number) },
			{
				anchor: 'measure-3',
				heading: '3.加强资金保障。',
				units: ['市财政局', '市人社局', '市人力社保局'],
				unitNames: ['温州市财政局', '温州市人力资源和社会保障局', '温州市人力资源和社会保障局'],
				line: expect.any(Number),
			},
		]);
		expect(refs.measures.get(FIRE.docNumber)).toEqual([]);
	});

	it('lists each unit’s measures once, with the anchor on the document page', () => {
		const anchors = (name: string) => refs.units.get(name)?.map((m) => m.url);
		expect(anchors('温州市财政局')).toEqual([`${PLAN.url}#measure-1`, `${PLAN.url}#measure-3`]);
		expect(anchors('温州市人力资源和社会保障局')).toEqual([`${PLAN.url}#measure-1`, `${PLAN.url}#measure-3`]);
		expect(refs.units.get('温州市财政局')![0]).toMatchObject({ docNumber: PLAN.docNumber, docTitle: PLAN.regulationTitle, issue: '2022-12' });
	});

	it('warns about a unit the table does not know, naming the document and the measure', () => {
		expect(refs.warnings).toEqual([
			{ docNumber: PLAN.docNumber, anchor: 'measure-2', line: expect.any(Number), unit: '市新设局', message: `${PLAN.docNumber} measure-2: 责任单位 "市新设局" is not in content/units.yaml; add it with its full name` },
		]);
		// The line is the measure's own, in the document's text.
		expect(PLAN.markdown.split('\n')[refs.warnings[0].line! - 1]).toMatch(/^2\.组建服务专班。/);
	});

	it('keeps the unknown unit under its printed name', () => {
		expect(refs.units.get('市新设局')!.map((m) => m.url)).toEqual([`${PLAN.url}#measure-2`]);
	});
});

describe('buildCrossReferences: ambiguous titles', () => {
	it('warn and stay unlinked', () => {
		const twin = (docNumber: string) => doc({ docNumber, regulationTitle: '温州市某某管理细则', effectiveDate: '2022-01-01' });
		const result = buildCrossReferences({
			...input,
			documents: [twin('温政办〔2021〕5号'), twin('温政发〔2022〕7号')],
			sources: [{ kind: 'brief', url: '/briefs/x/', title: 'x', date: '2022-02-01', text: '学习《温州市某某管理细则》。' }],
			personnel: [],
			chronicle: [],
		});
		expect(result.warnings).toEqual([{ message: expect.stringMatching(/《温州市某某管理细则》.*温政办〔2021〕5号、温政发〔2022〕7号/) }]);
		expect(result.mentionedIn.size).toBe(0);
		expect(result.segments('学习《温州市某某管理细则》。')).toEqual([{ text: '学习《温州市某某管理细则》。' }]);
	});
});

describe('buildCrossReferences: people', () => {
	it('reads personnel changes oldest issue first', () => {
		const p = refs.people.get('瞿自杰')!;
		expect(p.changes.map((c) => [c.issue, c.action, c.organisation, c.position, c.url])).toEqual([
			['2022-12', 'appoint', '温州市林业局', '局长', '/issues/2022-12/personnel/'],
			['2023-01', 'remove', '温州市林业局', '局长', '/issues/2023-01/personnel/'],
		]);
		expect(p.changes[1].text).toBe('免去瞿自杰的温州市林业局局长职务');
		expect(p.engagements).toEqual([]);
		expect(refs.people.get('余颖聪')!.changes[0].probation).toBe('一年');
	});

	it('reads chronicle engagements by date across chronicles, with the day’s address', () => {
		const p = refs.people.get('张振丰')!;
		expect(p.changes).toEqual([]);
		expect(p.engagements.map((e) => [e.date, e.post, e.url])).toEqual([
			['2022-12-02', '市长', '/issues/2022-12/chronicle/#day-2022-12-02'],
			['2022-12-09', '市长', '/issues/2022-12/chronicle/#day-2022-12-09'],
			['2022-12-09', '市长', '/issues/2022-12/chronicle/#day-2022-12-09'],
			['2023-01-16', '市长', '/issues/2023-01/chronicle/#day-2023-01-16'],
		]);
		expect(refs.people.get('陈宽')!.engagements.map((e) => e.date)).toEqual(['2022-12-09', '2023-01-16']);
		expect(refs.people.get('王振勇')!.engagements[0]).toMatchObject({ post: '副市长', text: '市长张振丰、副市长王振勇参加全省疫情防控工作视频会议。' });
	});

	it('holds everyone named, and no one else', () => {
		expect([...refs.people.keys()].sort()).toEqual(['余颖聪', '张振丰', '王振勇', '瞿自杰', '陈宽'].sort());
	});
});

describe('buildCrossReferences: the linker', () => {
	it('links documents and the units inside （责任单位：…）', () => {
		expect(refs.segments('按温政办〔2022〕96号执行。（责任单位：市财政局、市新设局）')).toEqual([
			{ text: '按' },
			{ text: '温政办〔2022〕96号', href: FIRE.url },
			{ text: '执行。（责任单位：' },
			{ text: '市财政局', href: '/units/温州市财政局/' },
			{ text: '、' },
			{ text: '市新设局' },
			{ text: '）' },
		]);
	});

	it('links a unit only when it has a page: a unit the table knows but no measure names stays text', () => {
		expect(refs.segments('（责任单位：市财政局、市应急管理局）')).toEqual([
			{ text: '（责任单位：' },
			{ text: '市财政局', href: '/units/温州市财政局/' },
			{ text: '、' },
			{ text: '市应急管理局' },
			{ text: '）' },
		]);
		expect(refs.units.has('温州市应急管理局')).toBe(false);
	});

	it('links every unit whatever separator the measure prints, as the unit pages count them', () => {
		const linked = refs.segments('（责任单位：市财政局；市人社局，市人力社保局）').filter((s) => s.href).map((s) => s.text);
		expect(linked).toEqual(['市财政局', '市人社局', '市人力社保局']);
	});

	it('keeps a text’s anchor ids and drops the slugs Astro gives other headings, which could take the page’s own ids', () => {
		expect(refs.linkHtml('<h3 id="main">main</h3><h3 id="part-1">一、总则</h3><p id="article-3">第三条</p>')).toBe('<h3>main</h3><h3 id="part-1">一、总则</h3><p id="article-3">第三条</p>');
	});

	it('leaves the text whole', () => {
		const text = '（责任单位：市财政局；市人社局）按温政办〔2022〕96号，（责任单位:市人力社保局）';
		expect(refs.segments(text).map((s) => s.text).join('')).toBe(text);
	});

	it('links rendered HTML, except references to the page itself', () => {
		const html = '<p id="measure-1">按温政办〔2022〕96号执行。（责任单位：市财政局）</p>';
		expect(refs.linkHtml(html)).toBe(
			'<p id="measure-1">按<a href="/documents/温政办-2022-96/">温政办〔2022〕96号</a>执行。（责任单位：<a href="/units/温州市财政局/">市财政局</a>）</p>',
		);
		expect(refs.linkHtml(html, FIRE.docNumber)).toBe('<p id="measure-1">按温政办〔2022〕96号执行。（责任单位：<a href="/units/温州市财政局/">市财政局</a>）</p>');
	});
});
