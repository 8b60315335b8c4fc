/**
 * `gazette check` on a scratch copy of content/: the sample is clean, and
 * every kind of mistake is reported in one run, each with file:line, field and
 * what to do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCopy, problemLines, put, removeScratch, runCli, shown, type CliRun } from '../cli/testkit.ts';

afterAll(removeScratch);

/** The sample's 12 stand-in photos: the issue cover, six news photos, five feature photos. */
const SAMPLE_PLACEHOLDERS = 12;

/** A valid document's front matter, field by field; `undefined` leaves a field out. */
const BASE_DOC: Record<string, string> = {
	title: '温州市人民政府办公室关于印发测试办法的通知',
	regulationTitle: '温州市测试办法',
	docNumber: '温政办〔2022〕201号',
	category: 'general-office',
	issuers: '[温州市人民政府办公室]',
	recipients: '各县（市、区）人民政府，市政府直属各单位',
	notice: '《温州市测试办法》已经市政府同意，现印发给你们，请认真组织实施。',
	signedDate: '2022-12-20',
	publishedDate: '2022-12-20',
	effectiveDate: '2022-12-20',
	effectiveBasis: '自印发之日起施行',
	issue: '"2022-12"',
};

/** A document file: `---`, one `key: value` per line from line 2, `---`, the body. */
function doc(fields: Record<string, string | undefined>, body = '正文。\n'): string {
	const merged: Record<string, string | undefined> = { ...BASE_DOC, ...fields };
	const lines = Object.entries(merged)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${v}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** 1-based line of the first line of `text` that starts with `prefix`. */
function lineStarting(text: string, prefix: string): number {
	const at = text.split('\n').findIndex((l) => l.startsWith(prefix));
	if (at < 0) throw new Error(`no line starts with ${prefix}`);
	return at + 1;
}

describe('gazette check on the sample content', () => {
	let run: CliRun;
	beforeAll(async () => {
		run = await runCli(['check'], contentCopy());
	});

	it('finds no error and exits 0', () => {
		expect(run.code).toBe(0);
		expect(run.out.filter((l) => l.startsWith('ERROR'))).toEqual([]);
		expect(run.out.at(-1)).toBe(`0 error(s), ${SAMPLE_PLACEHOLDERS} warning(s).`);
	});

	it('counts the files it read', () => {
		expect(run.out).toContain('Read issues 1, documents 5, interpretations 5, briefs 6, personnel 1, chronicle 1, statistics 1, photos 1, features 1.');
	});

	it('warns only about the placeholder photos (sample: true), each on its image line', () => {
		const warnings = run.out.filter((l) => l.startsWith('WARNING'));
		expect(warnings).toHaveLength(SAMPLE_PLACEHOLDERS);
		for (const w of warnings) expect(w).toMatch(/^WARNING \S+\.(yaml|md):\d+ {2}image: \S+\.jpg is a placeholder \(sample: true\); replace it with the real photo and remove sample: true$/);
		const photos = warnings.filter((w) => w.includes('photos/2022-12.yaml:'));
		expect(photos.map((w) => /:(\d+) /.exec(w)![1])).toEqual(['4', '8', '12', '16', '20', '24']);
		expect(warnings.filter((w) => w.includes('issues/2022-12.yaml:17  image: ../photos/2022-12/photo-1.jpg'))).toHaveLength(1);
		expect(warnings.filter((w) => w.includes('features/2022-12/鹿城区.md:'))).toHaveLength(5);
	});
});

describe('gazette check on content with every kind of mistake', () => {
	let dir: string;
	let run: CliRun;
	/** The file as check names it, for a path under the scratch content folder. */
	const f = (relative: string) => shown(path.join(dir, relative));
	const errorsIn = (relative: string) => problemLines(run, 'ERROR', f(relative));
	const warningsIn = (relative: string) => problemLines(run, 'WARNING', f(relative));
	const text = (relative: string) => readFileSync(path.join(dir, relative), 'utf8');

	beforeAll(async () => {
		dir = contentCopy();
		const D = 'documents/2022-12/';
		// YAML syntax: a field without its colon, on line 7 of the file.
		put(dir, `${D}yaml-syntax.md`, doc({ docNumber: '温政办〔2022〕202号' }).replace('recipients: ', 'recipients '));
		put(dir, `${D}missing-field.md`, doc({ docNumber: '温政办〔2022〕203号', regulationTitle: undefined }));
		put(dir, `${D}bad-docnumber.md`, doc({ docNumber: '温政办[2022]204号' }));
		put(dir, `${D}date-unquoted.md`, doc({ docNumber: '温政办〔2022〕205号', signedDate: '2022-12-32' }));
		put(dir, `${D}date-quoted.md`, doc({ docNumber: '温政办〔2022〕206号', signedDate: '"2022-12-32"' }));
		put(dir, `${D}expiry-before-effective.md`, doc({ docNumber: '温政办〔2022〕207号', expiryDate: '2022-12-01', expiryBasis: '有效期至2022年12月1日' }));
		put(dir, `${D}backdated-far.md`, doc({ docNumber: '温政办〔2022〕208号', effectiveDate: '2021-11-30' }));
		put(dir, `${D}backdated-near.md`, doc({ docNumber: '温政办〔2022〕209号', effectiveDate: '2022-12-15' }));
		// Same 文号 as the sample's 温政办-2022-94.md; its name sorts after that one's, so it is the one reported.
		put(dir, `${D}温政办-2022-94（重复）.md`, doc({ docNumber: '温政办〔2022〕94号' }));
		// A malformed 文号 inside repeals: its own line, not the document's docNumber line.
		put(dir, `${D}bad-repeal.md`, doc({ docNumber: '温政办〔2022〕213号', repeals: '\n  - docNumber: 温政办〔2019〕6号\n  - docNumber: 温政办[2019]7号' }));
		put(dir, `${D}normative.md`, doc({ docNumber: '温政办〔2022〕210号', unifiedNumber: 'ZJCC01–2022–0099' }));
		put(dir, `${D}unknown-unit.md`, doc({ docNumber: '温政办〔2022〕211号' }, '### 一、工作措施\n\n1.做好测试工作。（责任单位：市财政局）\n\n2.加强测试保障。（责任单位：市测试保障局）\n'));
		put(dir, `${D}repeals.md`, doc({ docNumber: '温政办〔2022〕212号' }, '正文。\n\n本办法自印发之日起施行，《温州市旧测试办法》（温政办〔2019〕5号）同时废止。\n'));
		put(
			dir,
			'interpretations/2022-12/orphan.md',
			'---\ntitle: 关于《温州市测试办法》的政策解读\ninterprets: 温政办〔2022〕999号\ninterpretingBodies: [温州市财政局]\ncontacts:\n  - body: 温州市财政局\n    name: 张三\n    phone: 0577-88888888\nissue: "2022-12"\n---\n\n解读。\n',
		);
		put(dir, 'briefs/2023-02/01-无期次.md', '---\ntitle: 某会议召开\ndate: 2023-02-01\nissue: "2023-02"\n---\n\n简讯。\n');
		// Two photos; the second is missing, so the error belongs on its line, not the first's.
		put(dir, 'features/2022-12/missing-image/photo-1.jpg', await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888888' } }).jpeg().toBuffer());
		put(
			dir,
			'features/2022-12/missing-image.md',
			'---\ntitle: 测试风采\nplace: 龙湾区\nphotos:\n  - caption: 有图\n    image: ./missing-image/photo-1.jpg\n  - caption: 缺图\n    image: ./missing-image/photo-2.jpg\nissue: "2022-12"\n---\n\n正文。\n',
		);
		put(dir, 'features/2022-12/tiny-image/photo-1.jpg', await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888888' } }).jpeg().toBuffer());
		put(dir, 'features/2022-12/tiny-image.md', '---\ntitle: 小图风采\nplace: 瓯海区\nphotos:\n  - caption: 小图\n    image: ./tiny-image/photo-1.jpg\nissue: "2022-12"\n---\n\n正文。\n');
		put(dir, 'drafts/2023-03/issues/2023-03.yaml', 'year: 2023\nnumber: 3\nmonth: "2023-03"\npublishedDate: 待填写\n');
		run = await runCli(['check'], dir);
	});

	it('exits 1 and reports every error in the one run', () => {
		expect(run.code).toBe(1);
		const errors = run.out.filter((l) => l.startsWith('ERROR'));
		// Each problem once: nothing else in the sample goes wrong.
		expect(errors).toHaveLength(12);
		expect(run.out.at(-1)).toMatch(/^12 error\(s\), \d+ warning\(s\)\.$/);
		for (const e of [...errors, ...run.out.filter((l) => l.startsWith('WARNING'))]) expect(e).toMatch(/^(ERROR  |WARNING) \S+:\d+ {2}\S.*: \S/);
	});

	it('a YAML syntax error, on the line where it is', () => {
		const file = 'documents/2022-12/yaml-syntax.md';
		const line = lineStarting(text(file), 'recipients 各县');
		expect(line).toBe(7);
		expect(errorsIn(file)).toEqual([expect.stringMatching(new RegExp(`^ERROR   ${f(file)}:${line}  \\(syntax\\): .*; fix the YAML so it parses$`))]);
	});

	it('a missing required field', () => {
		expect(errorsIn('documents/2022-12/missing-field.md')).toEqual([`ERROR   ${f('documents/2022-12/missing-field.md')}:1  regulationTitle: regulationTitle is required`]);
	});

	it('a malformed 文号, saying how to write one', () => {
		const file = 'documents/2022-12/bad-docnumber.md';
		expect(errorsIn(file)).toEqual([expect.stringContaining(`${f(file)}:${lineStarting(text(file), 'docNumber:')}  docNumber: "温政办[2022]204号" is not a 文号 in the form`)]);
		expect(errorsIn(file)[0]).toContain('六角括号〔〕');
	});

	it('a malformed 文号 in repeals, on that entry’s line', () => {
		const file = 'documents/2022-12/bad-repeal.md';
		expect(errorsIn(file)).toEqual([expect.stringContaining(`${f(file)}:${lineStarting(text(file), '  - docNumber: 温政办[2019]7号')}  repeals.1.docNumber: "温政办[2019]7号" is not a 文号`)]);
	});

	it.each(['date-unquoted', 'date-quoted'])('an impossible date, 2022-12-32 (%s)', (name) => {
		const file = `documents/2022-12/${name}.md`;
		expect(errorsIn(file)).toEqual([`ERROR   ${f(file)}:${lineStarting(text(file), 'signedDate:')}  signedDate: expected a calendar date written YYYY-MM-DD (e.g. 2022-12-22), got "2022-12-32"`]);
	});

	it('an expiry date before the effective date', () => {
		const file = 'documents/2022-12/expiry-before-effective.md';
		expect(errorsIn(file)).toEqual([expect.stringContaining(`${f(file)}:${lineStarting(text(file), 'expiryDate:')}  expiryDate: expiryDate 2022-12-01 is before effectiveDate 2022-12-20`)]);
	});

	it('an effective date more than a year before the signed date is an error; a few days is a warning', () => {
		const far = 'documents/2022-12/backdated-far.md';
		expect(errorsIn(far)).toEqual([`ERROR   ${f(far)}:${lineStarting(text(far), 'effectiveDate:')}  effectiveDate: effectiveDate 2021-11-30 is before signedDate 2022-12-20 by more than a year; check both against the print`]);
		expect(warningsIn(far)).toEqual([]);
		const near = 'documents/2022-12/backdated-near.md';
		expect(errorsIn(near)).toEqual([]);
		expect(warningsIn(near)).toEqual([`WARNING ${f(near)}:${lineStarting(text(near), 'effectiveDate:')}  effectiveDate: effectiveDate 2022-12-15 is before signedDate 2022-12-20; check both against the print`]);
	});

	it('a 文号 used by two files, on the second, naming the first', () => {
		const file = 'documents/2022-12/温政办-2022-94（重复）.md';
		expect(errorsIn(file)).toEqual([
			`ERROR   ${f(file)}:${lineStarting(text(file), 'docNumber:')}  docNumber: 文号 温政办〔2022〕94号 is already used by ${f('documents/2022-12/温政办-2022-94.md')}; each document needs its own 文号`,
		]);
		expect(errorsIn('documents/2022-12/温政办-2022-94.md')).toEqual([]);
	});

	it('an interpretation of a 文号 the gazette does not hold', () => {
		const file = 'interpretations/2022-12/orphan.md';
		expect(errorsIn(file)).toEqual([`ERROR   ${f(file)}:3  interprets: no document with 文号 温政办〔2022〕999号 is in the gazette; add that document or correct the 文号`]);
	});

	it('an item naming an issue month that has no issue file', () => {
		const file = 'briefs/2023-02/01-无期次.md';
		expect(errorsIn(file)).toEqual([`ERROR   ${f(file)}:4  issue: issue "2023-02" has no file content/issues/2023-02.yaml; create the issue or correct the month`]);
	});

	it('a missing image file is an error on its own image line', () => {
		const file = 'features/2022-12/missing-image.md';
		const errors = errorsIn(file);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(new RegExp(`^ERROR   ${f(file)}:8  photos\\.1\\.image: image file \\./missing-image/photo-2\\.jpg does not exist \\(looked for .*missing-image/photo-2\\.jpg\\); add the photo or correct the path$`));
	});

	it('an image under 600 px wide is a warning', () => {
		const file = 'features/2022-12/tiny-image.md';
		expect(errorsIn(file)).toEqual([]);
		expect(warningsIn(file)).toEqual([`WARNING ${f(file)}:6  photos.0.image: ${f('features/2022-12/tiny-image/photo-1.jpg')} is only 300px wide; use a photo at least 600px wide`]);
		// The 800 px photo beside the missing one is fine.
		expect(warningsIn('features/2022-12/missing-image.md')).toEqual([]);
	});

	it('a normative document (统一编号) without an interpretation is a warning', () => {
		const file = 'documents/2022-12/normative.md';
		expect(warningsIn(file)).toEqual([
			`WARNING ${f(file)}:${lineStarting(text(file), 'unifiedNumber:')}  unifiedNumber: normative document 温政办〔2022〕210号 has no 政策解读; add content/interpretations/2022-12/<文号>.md when the interpretation is published`,
		]);
	});

	it('an unknown 责任单位 is a warning on its measure’s line', () => {
		const file = 'documents/2022-12/unknown-unit.md';
		const warnings = warningsIn(file);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(new RegExp(`^WARNING ${f(file)}:${lineStarting(text(file), '2.加强测试保障')}  body #measure-2: 温政办〔2022〕211号 measure-2: 责任单位 "市测试保障局" is not in content/units\\.yaml; likely 温州市测试保障局 \\(not listed there yet\\): confirm with npm run gazette -- units add 市测试保障局 温州市测试保障局$`));
	});

	it('text repealing (…同时废止) a 文号 that repeals does not list: a warning proposing it', () => {
		const file = 'documents/2022-12/repeals.md';
		const warnings = warningsIn(file);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`${f(file)}:${lineStarting(text(file), '本办法自印发之日起施行')}  repeals: the text says`);
		expect(warnings[0]).toContain('add "- docNumber: 温政办〔2019〕5号"');
		expect(warnings[0]).toContain('to repeals');
	});

	it('a draft in content/drafts is a warning: not published, files still to fill', () => {
		const warnings = problemLines(run, 'WARNING', f('drafts/2023-03'));
		expect(warnings).toEqual([`WARNING ${f('drafts/2023-03')}:1  (draft): draft issue, not published: 1 file(s) still contain 待填写: ${f('drafts/2023-03/issues/2023-03.yaml')}`]);
	});

	it('still warns about the sample placeholders, and about nothing else', () => {
		const warnings = run.out.filter((l) => l.startsWith('WARNING'));
		expect(warnings.filter((w) => w.includes('is a placeholder (sample: true)'))).toHaveLength(SAMPLE_PLACEHOLDERS);
		// near backdate, tiny image, normative, unknown unit, repeals, draft
		expect(warnings).toHaveLength(SAMPLE_PLACEHOLDERS + 6);
	});
});
