/**
 * `gazette import FILE --issue YYYY-MM` reads a printed issue's text;
 * `gazette import FOLDER` reads every issue's text in a folder (each one's
 * month from its name or masthead), in month order. Either way all of it is
 * parsed, and only then are the content files written, never over existing
 * ones unless told to (--force), and for a folder only if every issue can be
 * written; --dry-run writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, isIssueMonth } from '../gazette/dates.ts';
import { loadSiteConfig, SITE_FILE, type SiteConfig } from '../gazette/site.ts';
import { importIssue, type ImportResult } from '../importer/index.ts';
import { issueMonthOf, type KnownDocument } from '../importer/archive.ts';
import { placeholderJpeg, TONES } from '../gazette/placeholderImage.ts';
import { readCollection } from '../validate/files.ts';
import { UsageError } from './report.ts';

/** Image paths the imported files point at, as absolute paths. */
function imagesOf(files: { path: string; content: string }[], contentDir: string): string[] {
	return [...new Set(files.flatMap((f) => [...f.content.matchAll(/^\s*image:\s*["']?([^"'\s#]+)/gm)].map((m) => path.resolve(contentDir, path.dirname(f.path), m[1]))))];
}

/** The documents the gazette holds already, read as check reads them: what imported texts may repeal. */
function documentsIn(contentDir: string): KnownDocument[] {
	return readCollection(contentDir, 'documents').flatMap((f) => {
		const d = f.data as Partial<KnownDocument> | undefined;
		// A file check would refuse repeals nothing here; check names it.
		return d?.docNumber ? [{ docNumber: String(d.docNumber), title: String(d.title ?? ''), regulationTitle: String(d.regulationTitle ?? '') }] : [];
	});
}

/** One issue read: its input file and month, and what the importer made of it. */
interface ImportedIssue {
	input: string;
	month: string;
	result: ImportResult;
}

function siteOf(contentDir: string): SiteConfig | undefined {
	try {
		return loadSiteConfig(contentDir);
	} catch (error) {
		// The city's issuer codes decide each document's section: no guessing without them.
		console.error(`${(error as Error).message.replace(/; run npm run gazette -- check$/, '')}\nThe importer files documents by the issuer codes in ${SITE_FILE} (issuerCodes); create or correct it first (copy the sample's site.yaml and change it).`);
		return undefined;
	}
}

export async function runImport(contentDir: string, input: string | undefined, flags: Map<string, string | true>): Promise<number> {
	const issue = flags.get('issue');
	const published = flags.get('published');
	if (!input) throw new UsageError('import needs the file to read, e.g. import samples/2022-12.txt --issue 2022-12, or a folder of issues');
	if (!existsSync(input)) {
		console.error(`${input}: no such file`);
		return 1;
	}
	const folder = statSync(input).isDirectory();
	if (folder && (issue !== undefined || published !== undefined)) throw new UsageError('import FOLDER takes each issue’s month from its file name or masthead: no --issue or --published');
	if (!folder && (typeof issue !== 'string' || !isIssueMonth(issue))) throw new UsageError('import needs --issue YYYY-MM, the month the issue covers');
	if (published !== undefined && (typeof published !== 'string' || !isCalendarDate(published))) throw new UsageError('--published takes the publication date, YYYY-MM-DD');
	const site = siteOf(contentDir);
	if (!site) return 1;
	const existing = documentsIn(contentDir);

	let issues: ImportedIssue[];
	if (folder) {
		const read = readFolder(input);
		if ('problems' in read) {
			console.error(`\nNothing was written: ${read.problems.length} file(s) cannot be imported as they are:\n  ${read.problems.join('\n  ')}`);
			return 1;
		}
		// Every issue's documents first: a later issue may repeal an earlier one, and the reverse is a slip to flag.
		const brought = read.issues.flatMap((i) => importIssue(i.text, { issue: i.month, issuerCodes: site.issuerCodes }).documents);
		issues = [];
		for (const [n, i] of read.issues.entries()) {
			console.log(`[${n + 1}/${read.issues.length}] ${i.month}  ${i.input}: parsing ${i.text.split('\n').length} lines …`);
			issues.push({
				input: i.input,
				month: i.month,
				result: importIssue(i.text, {
					issue: i.month,
					issuerCodes: site.issuerCodes,
					gazette: [...existing, ...brought],
				}),
			});
		}
		const clash = clashes(issues, existing);
		if (clash.length > 0) {
			console.error(`\nNothing was written: ${clash.join('\n')}`);
			return 1;
		}
	} else {
		console.log(`Reading ${input} …`);
		const text = readFileSync(input, 'utf8');
		console.log(`Parsing ${text.split('\n').length} lines …`);
		const result = importIssue(text, {
			issue: issue as string,
			issuerCodes: site.issuerCodes,
			gazette: existing,
			...(typeof published === 'string' ? { publishedDate: published } : {}),
		});
		issues = [{ input, month: issue as string, result }];
	}
	return write(issues, contentDir, {
		force: flags.has('force'),
		dryRun: flags.has('dry-run'),
	});
}

/** The folder's issue texts in month order, or every reason some cannot be read. */
function readFolder(folder: string): { issues: { input: string; month: string; text: string }[] } | { problems: string[] } {
	const inputs = readdirSync(folder)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => path.join(folder, f));
	if (inputs.length === 0)
		return {
			problems: [`${folder}: no .txt files (each printed issue's extracted text, one file per issue)`],
		};
	const problems: string[] = [];
	const issues: { input: string; month: string; text: string }[] = [];
	for (const input of inputs) {
		const text = readFileSync(input, 'utf8');
		if (text.trim() === '') {
			problems.push(`${input}:1: the file is empty`);
			continue;
		}
		const found = issueMonthOf(input, text);
		if ('problem' in found) problems.push(`${input}:1: ${found.problem}`);
		else issues.push({ input, month: found.month, text });
	}
	const byMonth = new Map<string, typeof issues>();
	for (const i of issues) byMonth.set(i.month, [...(byMonth.get(i.month) ?? []), i]);
	for (const [month, same] of byMonth) if (same.length > 1) problems.push(`${same.map((i) => i.input).join(' and ')} are both issue ${month}; keep one`);
	return problems.length > 0 ? { problems } : { issues: issues.sort((a, b) => a.month.localeCompare(b.month)) };
}

/** A 文号 printed as a document in two issues of the folder, or in the folder and the gazette. */
function clashes(issues: ImportedIssue[], existing: readonly KnownDocument[]): string[] {
	const seen = new Map<string, string>(existing.map((d) => [d.docNumber, 'content/ (already in the gazette)']));
	const out: string[] = [];
	for (const i of issues) {
		for (const d of i.result.documents) {
			const where = `${i.input}:${d.line}`;
			const earlier = seen.get(d.docNumber);
			if (earlier && !earlier.startsWith('content/')) out.push(`${d.docNumber} is printed as a document in ${earlier} and in ${where}; one issue carries each document`);
			seen.set(d.docNumber, earlier ?? where);
		}
	}
	return out;
}

/** The summary, the warnings, then the files: all of them, or (a target exists, no --force) none. */
async function write(issues: ImportedIssue[], contentDir: string, { force, dryRun }: { force: boolean; dryRun: boolean }): Promise<number> {
	console.log('\nFound:');
	for (const i of issues) {
		if (issues.length > 1) console.log(`  ${i.month} (${i.input})`);
		for (const s of i.result.summary) console.log(`  ${s.kind.padEnd(16)} ${String(s.count).padStart(3)}  ${s.items.join('；')}`);
	}
	const warnings = issues.flatMap((i) => i.result.warnings.map((w) => `  WARNING ${i.input}:${w.line}  ${w.item} ${w.field}: ${w.message}`));
	if (warnings.length > 0) console.log(`\n${warnings.length} field(s) to check by hand:\n${warnings.join('\n')}`);

	const files = issues.flatMap((i) =>
		i.result.files.map((f) => ({
			...f,
			absolute: path.join(contentDir, f.path),
		})),
	);
	const images = issues.flatMap((i) =>
		imagesOf(i.result.files, contentDir)
			.filter((img) => !existsSync(img))
			.map((img) => ({ img, month: i.month })),
	);
	const existing = files.filter((t) => existsSync(t.absolute));
	if (existing.length > 0 && !force) {
		console.error(`\nThese files exist already; nothing was written (use --force to overwrite them):\n  ${existing.map((t) => path.relative(process.cwd(), t.absolute)).join('\n  ')}`);
		return 1;
	}
	console.log('');
	for (const t of files) {
		const rel = path.relative(process.cwd(), t.absolute);
		if (dryRun) {
			console.log(`would write ${rel}`);
			continue;
		}
		mkdirSync(path.dirname(t.absolute), { recursive: true });
		writeFileSync(t.absolute, t.content);
		console.log(`${existing.includes(t) ? 'overwrote' : 'wrote'} ${rel}`);
	}
	for (const [i, { img, month }] of images.entries()) {
		const rel = path.relative(process.cwd(), img);
		if (dryRun) {
			console.log(`would write placeholder ${rel}`);
			continue;
		}
		mkdirSync(path.dirname(img), { recursive: true });
		writeFileSync(
			img,
			await placeholderJpeg({
				tone: TONES[i % TONES.length],
				line2: path.basename(img, path.extname(img)),
				line3: `${month} \u00b7 placeholder`,
			}),
		);
		console.log(`wrote placeholder ${rel} (replace it with the real photo, then remove sample: true)`);
	}
	console.log(dryRun ? '\nDry run: nothing was written.' : `\nDone${issues.length > 1 ? `: ${issues.length} issues` : ''}. Next: npm run gazette -- check`);
	return 0;
}
