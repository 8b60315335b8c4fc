/**
 * Malformed content fails the build, and the build log says which file, which
 * field and what was expected. Each case copies the sample content/ into a
 * temporary folder and breaks one thing, so the fixtures follow the sample.
 *
 * Builds run one after another: every build of this project shares
 * <repo>/.astro (Astro's generated content modules, and its server build when
 * outDir is outside the project), so two builds at once can break each other.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite } from '../support/build.ts';
import { CONTENT } from './helpers.ts';

const DOC_94 = 'documents/2022-12/温政办-2022-94.md';
const INTERP_94 = 'interpretations/2022-12/温政办-2022-94.md';
const CHRONICLE = 'chronicle/2022-12.yaml';

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the sample content with one change; `change` gets the content folder. */
function fixture(change: (dir: string) => void): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'gazette-fixture-'));
	temporary.push(dir);
	cpSync(CONTENT, dir, { recursive: true });
	change(dir);
	return dir;
}

/** Rewrites one YAML line of a content file; fails if the sample no longer has that line. */
function editLine(file: string, field: RegExp, replacement: string | null) {
	return (dir: string) => {
		const full = path.join(dir, file);
		const before = readFileSync(full, 'utf8');
		const after = before.replace(new RegExp(`^${field.source}.*\\n`, 'm'), replacement === null ? '' : `${replacement}\n`);
		if (after === before) throw new Error(`${file} has no line matching ${field}: update the fixture`);
		writeFileSync(full, after);
	};
}

/** The log as a reader sees it: no colour codes, no Markdown bold markers. */
const readable = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '').replaceAll('**', '');

interface Case {
	name: string;
	change: (dir: string) => void;
	/** What the log must say; a function gets the fixture's content folder. */
	says: (dir: string) => (string | RegExp)[];
}

/** Astro's schema error: collection → entry id, the field and message, and the file's absolute path. */
const schemaError = (file: string, field: string, message: string) => (dir: string) => [
	`[InvalidContentEntryDataError] ${file.split('/')[0]} → ${file.slice(file.indexOf('/') + 1).replace(/\.md$/, '')} data does not match collection schema.`,
	`${field}: ${message}`,
	new RegExp(`Location:\\s+${escape(path.join(dir, file))}:\\d+:\\d+`),
];

/** The gazette's own cross-file check: `<file relative to the repo>: <field>: <message>`. */
const contentProblem = (file: string, field: string, message: string) => (dir: string) => [
	/The gazette content has \d+ problems?:/,
	`${path.relative(ROOT, path.join(dir, file))}: ${field}: ${message}`,
];

const cases: Case[] = [
	{
		name: 'a required field is missing (recipients deleted from a document)',
		change: editLine(DOC_94, /recipients:/, null),
		says: schemaError(DOC_94, 'recipients', 'Required'),
	},
	{
		name: 'a field has a value outside its list (category: city)',
		change: editLine(DOC_94, /category:/, 'category: city'),
		says: schemaError(DOC_94, 'category', 'category must be one of municipal-government, general-office, department'),
	},
	{
		name: 'a date that does not exist (signedDate: 2022-12-32, which YAML reads as 2023-01-01)',
		change: editLine(DOC_94, /signedDate:/, 'signedDate: 2022-12-32'),
		says: contentProblem(DOC_94, 'signedDate', '2022-12-32 is not a calendar date; expected a real day written YYYY-MM-DD (e.g. 2022-12-22)'),
	},
	{
		name: 'a quoted date that does not exist (signedDate: "2022-12-32")',
		change: editLine(DOC_94, /signedDate:/, 'signedDate: "2022-12-32"'),
		says: schemaError(DOC_94, 'signedDate', 'expected a calendar date written YYYY-MM-DD (e.g. 2022-12-22), got "2022-12-32"'),
	},
	{
		name: 'a date that does not exist in a YAML data file (chronicle day 2022-11-31)',
		change: editLine(CHRONICLE, / {2}- date: 2022-12-01/, '  - date: 2022-11-31'),
		says: contentProblem(CHRONICLE, 'date', '2022-11-31 is not a calendar date; expected a real day written YYYY-MM-DD (e.g. 2022-12-22)'),
	},
	{
		name: 'a 文号 with square brackets (温政办[2022]94号)',
		change: editLine(DOC_94, /docNumber:/, 'docNumber: 温政办[2022]94号'),
		says: schemaError(
			DOC_94,
			'docNumber',
			'"温政办[2022]94号" is not a 文号 in the form 机关代字〔年份〕序号号, e.g. 温政办〔2022〕94号 (六角括号〔〕, no leading zeros, ending in 号)',
		),
	},
	{
		name: 'two documents with the same 文号 (a document copied under another name)',
		change: (dir) => copyFileSync(path.join(dir, DOC_94), path.join(dir, 'documents/2022-12/温政办-2022-94-copy.md')),
		says: (dir) => {
			const [a, b] = [DOC_94, 'documents/2022-12/温政办-2022-94-copy.md'].map((f) => path.relative(ROOT, path.join(dir, f)));
			const message = (x: string, y: string) => `${x}: docNumber: 文号 温政办〔2022〕94号 is already used by ${y}; each document needs its own 文号`;
			// Which of the two is named first depends on the order the files are read in.
			return [/The gazette content has 1 problem:/, new RegExp(`${escape(message(a, b))}|${escape(message(b, a))}`)];
		},
	},
	{
		name: 'an interpretation of a 文号 that is not in the gazette (interprets: 温政办〔2022〕99号)',
		change: editLine(INTERP_94, /interprets:/, 'interprets: 温政办〔2022〕99号'),
		says: contentProblem(INTERP_94, 'interprets', 'no document with 文号 温政办〔2022〕99号 is in the gazette; add that document or correct the 文号'),
	},
	{
		name: 'an expiry date before the effective date (expiryDate: 2022-12-21, effective 2022-12-22)',
		change: editLine(DOC_94, /expiryDate:/, 'expiryDate: 2022-12-21'),
		says: schemaError(DOC_94, 'expiryDate', 'expiryDate 2022-12-21 is before effectiveDate 2022-12-22; the last day in force cannot precede the first'),
	},
];

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('malformed content fails the build and says where and why', () => {
	it.each(cases)('$name', async ({ change, says }) => {
		const dir = fixture(change);
		const result = await buildSite({ contentDir: dir });
		temporary.push(result.outDir, `${result.outDir}.cache`);
		const log = readable(result.output);

		expect(result.code, `the build should fail:\n${log}`).not.toBe(0);
		expect(log).not.toContain('[build] Complete!');
		for (const expected of says(dir)) {
			if (typeof expected === 'string') expect(log).toContain(expected);
			else expect(log).toMatch(expected);
		}
	});
});
