/**
 * `gazette import FILE --issue YYYY-MM`: reads a printed issue's text, parses
 * all of it, and only then writes the content files, never over existing
 * ones unless told to (--force); --dry-run writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, isIssueMonth } from '../gazette/dates.ts';
import { loadSiteConfig, SITE_FILE } from '../gazette/site.ts';
import { importIssue } from '../importer/index.ts';
import { placeholderJpeg, TONES } from '../gazette/placeholderImage.ts';
import { UsageError } from './report.ts';

/** Image paths the imported files point at, as absolute paths. */
function imagesOf(files: { path: string; content: string }[], contentDir: string): string[] {
	return [...new Set(files.flatMap((f) => [...f.content.matchAll(/^\s*image:\s*["']?([^"'\s#]+)/gm)].map((m) => path.resolve(contentDir, path.dirname(f.path), m[1]))))];
}

export async function runImport(contentDir: string, input: string | undefined, flags: Map<string, string | true>): Promise<number> {
	const issue = flags.get('issue');
	const published = flags.get('published');
	if (!input) throw new UsageError('import needs the file to read, e.g. import samples/2022-12.txt --issue 2022-12');
	if (typeof issue !== 'string' || !isIssueMonth(issue)) throw new UsageError('import needs --issue YYYY-MM, the month the issue covers');
	if (published !== undefined && (typeof published !== 'string' || !isCalendarDate(published))) throw new UsageError('--published takes the publication date, YYYY-MM-DD');
	if (!existsSync(input)) {
		console.error(`${input}: no such file`);
		return 1;
	}
	const force = flags.has('force');
	const dryRun = flags.has('dry-run');
	let site;
	try {
		site = loadSiteConfig(contentDir);
	} catch (error) {
		// The city's issuer codes decide each document's section: no guessing without them.
		console.error(`${(error as Error).message.replace(/; run npm run gazette -- check$/, '')}\nThe importer files documents by the issuer codes in ${SITE_FILE} (issuerCodes); create or correct it first (copy the sample's site.yaml and change it).`);
		return 1;
	}

	console.log(`Reading ${input} …`);
	const text = readFileSync(input, 'utf8');
	console.log(`Parsing ${text.split('\n').length} lines …`);
	const result = importIssue(text, { issue, issuerCodes: site.issuerCodes, ...(typeof published === 'string' ? { publishedDate: published } : {}) });

	console.log('\nFound:');
	for (const s of result.summary) console.log(`  ${s.kind.padEnd(16)} ${String(s.count).padStart(3)}  ${s.items.join('；')}`);
	if (result.warnings.length > 0) {
		console.log(`\n${result.warnings.length} field(s) to check by hand:`);
		for (const w of result.warnings) console.log(`  WARNING ${input}:${w.line}  ${w.item} ${w.field}: ${w.message}`);
	}

	const images = imagesOf(result.files, contentDir).filter((img) => !existsSync(img));
	const targets = result.files.map((f) => ({ ...f, absolute: path.join(contentDir, f.path) }));
	const existing = targets.filter((t) => existsSync(t.absolute));
	if (existing.length > 0 && !force) {
		console.error(`\nThese files exist already; nothing was written (use --force to overwrite them):\n  ${existing.map((t) => path.relative(process.cwd(), t.absolute)).join('\n  ')}`);
		return 1;
	}
	console.log('');
	for (const t of targets) {
		const rel = path.relative(process.cwd(), t.absolute);
		if (dryRun) {
			console.log(`would write ${rel}`);
			continue;
		}
		mkdirSync(path.dirname(t.absolute), { recursive: true });
		writeFileSync(t.absolute, t.content);
		console.log(`${existing.includes(t) ? 'overwrote' : 'wrote'} ${rel}`);
	}
	for (const [i, img] of images.entries()) {
		const rel = path.relative(process.cwd(), img);
		if (dryRun) {
			console.log(`would write placeholder ${rel}`);
			continue;
		}
		mkdirSync(path.dirname(img), { recursive: true });
		writeFileSync(img, await placeholderJpeg({ tone: TONES[i % TONES.length], line2: path.basename(img, path.extname(img)), line3: `${issue} \u00b7 placeholder` }));
		console.log(`wrote placeholder ${rel} (replace it with the real photo, then remove sample: true)`);
	}
	console.log(dryRun ? '\nDry run: nothing was written.' : `\nDone. Next: npm run gazette -- check`);
	return 0;
}
