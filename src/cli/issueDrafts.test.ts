/**
 * `gazette new-issue` and `gazette publish` on scratch copies of content/:
 * drafts live outside every collection folder until a complete one is moved in.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { loadSiteConfig } from '../gazette/site.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { briefSchema } from '../schemas/brief.ts';
import { chronicleSchema } from '../schemas/chronicle.ts';
import { documentSchema } from '../schemas/document.ts';
import { featureSchema } from '../schemas/feature.ts';
import { interpretationSchema } from '../schemas/interpretation.ts';
import { issueSchema } from '../schemas/issue.ts';
import { personnelSchema } from '../schemas/personnel.ts';
import { photoSchema } from '../schemas/photo.ts';
import { statisticsSchema } from '../schemas/statistics.ts';
import { TO_FILL } from '../validate/check.ts';
import { COLLECTIONS, UNITS_FILE, type CollectionName } from '../schemas/collections.ts';
import { readContentFile } from '../validate/files.ts';
import { draftFiles } from './issueDrafts.ts';
import { contentCopy, filesUnder, put, removeScratch, runCli, shown } from './testkit.ts';

afterAll(removeScratch);

/** Every file under `dir` with its bytes, to show that a refused command changed nothing. */
function snapshot(dir: string): Map<string, string> {
	return new Map(filesUnder(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

const image = () => z.string();
const SCHEMAS: Record<CollectionName, z.ZodTypeAny> = {
	issues: issueSchema({ image } as never),
	documents: documentSchema,
	interpretations: interpretationSchema,
	briefs: briefSchema,
	personnel: personnelSchema,
	chronicle: chronicleSchema,
	statistics: statisticsSchema,
	photos: photoSchema({ image } as never),
	features: featureSchema({ image } as never),
};

/** The top-level fields a schema requires (neither optional nor defaulted). */
function requiredFields(schema: z.ZodTypeAny): string[] {
	let s: z.ZodTypeAny = schema;
	while (s instanceof z.ZodEffects) s = s.innerType();
	const shape = (s as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
	return Object.entries(shape)
		.filter(([, field]) => !field.isOptional())
		.map(([key]) => key);
}

/** Fields new-issue can fill in itself from the month, or that are the same every month. */
const PREFILLED: Record<CollectionName, string[]> = {
	issues: ['year', 'number', 'month', 'sections'],
	documents: ['issue'],
	interpretations: ['issue'],
	briefs: ['issue'],
	personnel: ['decidedBy', 'issue'],
	chronicle: ['title', 'issue'],
	statistics: ['title', 'source', 'month', 'issue'],
	photos: ['issue'],
	features: ['issue'],
};

/** A complete one-brief issue for 2023-01, written into `dir` (a draft folder or the content folder). */
function completeIssue(dir: string, content: string): void {
	put(dir, 'issues/2023-01.yaml', 'year: 2023\nnumber: 1\nmonth: "2023-01"\npublishedDate: 2023-01-31\nsections: [briefs]\ncover:\n  caption: 封面\n  image: ../photos/2023-01/photo-1.jpg\n');
	put(dir, 'photos/2023-01/photo-1.jpg', readFileSync(path.join(content, 'photos/2022-12/photo-1.jpg')));
	put(dir, 'briefs/2023-01/01-会议.md', '---\ntitle: 市政府常务会议召开\ndate: 2023-01-05\nissue: "2023-01"\n---\n\n简讯正文。\n');
}
const COMPLETE_FILES = ['briefs/2023-01/01-会议.md', 'issues/2023-01.yaml', 'photos/2023-01/photo-1.jpg'];

describe('gazette new-issue', () => {
	let content: string;
	beforeEach(() => {
		content = contentCopy();
	});

	it('creates content/drafts/YYYY-MM/ with one file per section', async () => {
		const run = await runCli(['new-issue', '2023-01'], content);
		expect(run.code).toBe(0);
		const draft = path.join(content, 'drafts', '2023-01');
		const files = filesUnder(draft);
		expect(files).toEqual(Object.keys(draftFiles('2023-01', loadSiteConfig(content))).sort());
		// Every collection's folder has exactly one file.
		expect(files.map((f) => f.split('/')[0]).sort()).toEqual(Object.values(COLLECTIONS).map((c) => c.folder).sort());
		for (const f of files) expect(run.out).toContain(`created ${shown(path.join(draft, f))}`);
		expect(run.out.at(-1)).toContain('publish 2023-01');
		// Nothing outside the draft.
		expect(filesUnder(content).filter((f) => !f.startsWith('drafts/'))).toEqual(filesUnder(contentCopy()));
	});

	it('writes every required field, marking with 待填写 each one the editor must supply', async () => {
		await runCli(['new-issue', '2023-01'], content);
		const draft = path.join(content, 'drafts', '2023-01');
		for (const [collection, { folder }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
			const [relative] = filesUnder(draft).filter((f) => f.startsWith(`${folder}/`));
			const file = readContentFile(collection, path.join(draft, folder), path.join(draft, relative));
			expect(file.parseError, relative).toBeUndefined();
			const data = file.data as Record<string, unknown>;
			for (const field of requiredFields(SCHEMAS[collection])) {
				expect(data, `${relative}: ${field}`).toHaveProperty(field);
				if (!PREFILLED[collection].includes(field)) expect(JSON.stringify(data[field]), `${relative}: ${field}`).toContain(TO_FILL);
			}
			for (const field of PREFILLED[collection]) expect(JSON.stringify(data[field]), `${relative}: ${field}`).not.toContain(TO_FILL);
			expect(data.issue ?? data.month).toBe('2023-01');
		}
	});

	it('puts 待填写 only where a value goes, never in a comment, so that filling the fields clears the draft', async () => {
		await runCli(['new-issue', '2023-01'], content);
		const draft = path.join(content, 'drafts', '2023-01');
		for (const relative of filesUnder(draft)) {
			const text = readFileSync(path.join(draft, relative), 'utf8');
			// The YAML: the whole file, or a Markdown file's front matter.
			const yaml = relative.endsWith('.md') ? /^---\n([\s\S]*?)\n---\n/.exec(text)![1] : text;
			for (const [i, line] of yaml.split('\n').entries()) {
				const comment = /(^|\s)#.*$/.exec(line)?.[0] ?? '';
				expect(comment, `${relative}:${i + 1 + (relative.endsWith('.md') ? 1 : 0)}`).not.toContain(TO_FILL);
			}
		}
	});

	it('refuses when the draft exists already: exit 1, nothing written', async () => {
		expect((await runCli(['new-issue', '2023-01'], content)).code).toBe(0);
		const draftIssue = path.join(content, 'drafts/2023-01/issues/2023-01.yaml');
		writeFileSync(draftIssue, 'year: 2023\n# the editor has started\n');
		const before = snapshot(content);
		const run = await runCli(['new-issue', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('already exists; nothing was written');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses when the issue is already published: exit 1, nothing written', async () => {
		const before = snapshot(content);
		const run = await runCli(['new-issue', '2022-12'], content);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('issue 2022-12 is already published');
		expect(snapshot(content)).toEqual(before);
		expect(existsSync(path.join(content, 'drafts'))).toBe(false);
	});

	it.each([['2023-13'], ['2023-1'], ['23-01'], ['January'], [undefined]])('refuses the month %s with a usage message: exit 2', async (month) => {
		const before = snapshot(content);
		const run = await runCli(month === undefined ? ['new-issue'] : ['new-issue', month], content);
		expect(run.code).toBe(2);
		expect(run.err.join('\n')).toContain('new-issue needs the issue month, e.g. new-issue 2023-01');
		expect(run.err.join('\n')).toContain('npm run gazette -- help');
		expect(snapshot(content)).toEqual(before);
	});

	it('makes check report the draft as not published, and nothing else new', async () => {
		await runCli(['new-issue', '2023-01'], content);
		const run = await runCli(['check'], content);
		expect(run.code).toBe(0);
		const draftWarnings = run.out.filter((l) => l.includes('(draft)'));
		expect(draftWarnings).toEqual([
			expect.stringMatching(new RegExp(`^WARNING ${shown(path.join(content, 'drafts/2023-01'))}:1  \\(draft\\): draft issue, not published: 9 file\\(s\\) still contain 待填写: `)),
		]);
		// The draft's files are not read as content: same counts as the sample alone.
		expect(run.out).toContain('Read issues 1, documents 5, interpretations 5, briefs 6, personnel 1, chronicle 1, statistics 1, photos 1, features 1.');
		expect(run.out.filter((l) => l.startsWith('WARNING') && !l.includes('(sample: true)'))).toEqual(draftWarnings);
	});

	it('puts the draft outside every folder the site builds from (the collections table)', async () => {
		await runCli(['new-issue', '2023-01'], content);
		const folders = Object.values(COLLECTIONS).map((c) => c.folder);
		const files = [UNITS_FILE];
		const draft = path.join(content, 'drafts', '2023-01');
		for (const relative of filesUnder(draft)) {
			const absolute = path.join(draft, relative);
			for (const folder of folders) expect(path.relative(path.join(content, folder), absolute).startsWith('..'), `${relative} in ${folder}`).toBe(true);
			for (const file of files) expect(absolute).not.toBe(path.join(content, file));
		}
	});
});

describe('gazette publish', () => {
	let content: string;
	let draft: string;
	beforeEach(() => {
		content = contentCopy();
		draft = path.join(content, 'drafts', '2023-01');
	});

	it('refuses a fresh draft full of 待填写: exit 1, nothing moved', async () => {
		await runCli(['new-issue', '2023-01'], content);
		const before = snapshot(content);
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('draft 2023-01 is not ready');
		expect(run.err.join('\n')).toContain('nothing was moved');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses a draft that passes the schemas but still contains 待填写 in a text field', async () => {
		completeIssue(draft, content);
		writeFileSync(path.join(draft, 'briefs/2023-01/01-会议.md'), `---\ntitle: ${TO_FILL}\ndate: 2023-01-05\nissue: "2023-01"\n---\n\n简讯正文。\n`);
		const before = snapshot(content);
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.out).toEqual([]); // no schema error: only the marker stops it
		expect(run.err.join('\n')).toContain(`1 file(s) still contain ${TO_FILL}:\n  briefs/2023-01/01-会议.md`);
		expect(run.err.join('\n')).toContain('nothing was moved');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses a draft with errors, listing them with the draft’s paths', async () => {
		completeIssue(draft, content);
		writeFileSync(path.join(draft, 'briefs/2023-01/01-会议.md'), '---\ntitle: 会议\ndate: 2023-01-32\nissue: "2023-01"\n---\n\n正文。\n');
		const before = snapshot(content);
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.out).toEqual([expect.stringMatching(new RegExp(`^ERROR   ${shown(path.join(draft, 'briefs/2023-01/01-会议.md'))}:3  date: expected a calendar date`))]);
		expect(snapshot(content)).toEqual(before);
	});

	it('moves a completed draft into the content folder and removes the draft', async () => {
		completeIssue(draft, content);
		const sample = filesUnder(content).filter((f) => !f.startsWith('drafts/'));
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(0);
		for (const f of COMPLETE_FILES) expect(run.out).toContain(`published ${shown(path.join(content, f))}`);
		expect(existsSync(draft)).toBe(false);
		expect(filesUnder(content).sort()).toEqual([...sample, ...COMPLETE_FILES].sort());
		expect(parse(readFileSync(path.join(content, 'issues/2023-01.yaml'), 'utf8')).month).toBe('2023-01');
		const check = await runCli(['check'], content);
		expect(check.code).toBe(0);
		expect(check.out).toContain('Read issues 2, documents 5, interpretations 5, briefs 7, personnel 1, chronicle 1, statistics 1, photos 1, features 1.');
		expect(check.out.filter((l) => l.startsWith('WARNING') && !l.includes('(sample: true)'))).toEqual([]);
	});

	it('refuses when a file it would move exists in the gazette: exit 1, lists it, nothing moved', async () => {
		completeIssue(draft, content);
		put(content, 'briefs/2023-01/01-会议.md', '---\ntitle: 已有的简讯\ndate: 2023-01-05\nissue: "2023-01"\n---\n\n已有。\n');
		const before = snapshot(content);
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('these files already exist in the gazette; nothing was moved:\n  briefs/2023-01/01-会议.md');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses a month with no draft: exit 1', async () => {
		const run = await runCli(['publish', '2023-01'], content);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('no draft');
	});

	it.each([['2023-13'], [undefined]])('refuses the month %s with a usage message: exit 2', async (month) => {
		const run = await runCli(month === undefined ? ['publish'] : ['publish', month], content);
		expect(run.code).toBe(2);
		expect(run.err.join('\n')).toContain('publish needs the issue month, e.g. publish 2023-01');
	});
});
