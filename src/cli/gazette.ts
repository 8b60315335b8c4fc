/**
 * The editors' tool: `npm run gazette -- <command>`.
 * Exit codes: 0 done, 1 the content or input has problems, 2 the command was mistyped.
 */
import { spawn } from 'node:child_process';
import { cacheDir, contentDir } from '../gazette/paths.ts';
import { textAnchorsCacheIn } from '../cache/textAnchors.ts';
import { checkContent } from '../validate/check.ts';
import { newIssue, publishIssue } from './issueDrafts.ts';
import { formatProblem, UsageError } from './report.ts';

const HELP = `政府公报编辑工具 (gazette editors' tool)

Usage: npm run gazette -- <command> [options]

Commands:
  new-issue YYYY-MM          create a draft issue in content/drafts/YYYY-MM/ with every
                             required field marked 待填写; the site ignores drafts
  publish YYYY-MM            move a completed draft into the gazette (after check passes)
  import FILE --issue YYYY-MM [--published YYYY-MM-DD] [--force] [--dry-run]
                             read a printed issue's extracted text and write content files
                             for every item; never overwrites without --force
  import FOLDER [--force] [--dry-run]
                             import every issue's text in a folder (month from each file's
                             name or masthead), all parsed before anything is written
  check                      validate all content without building; lists every problem
  units                      list the 责任单位 short names content/units.yaml lacks, each
                             with the full name it most likely stands for
  units add SHORT [FULL]     record a short name as FULL's (FULL defaults to the proposal);
  units add --all            record every proposal; comments and order are kept
  preview                    build the site and serve it at http://127.0.0.1:4321/
  verify FOLDER|ADDRESS [--manifests-sha256 HEX]
                             check a built folder, a download or the deployed site against
                             the integrity manifests it carries; names every file that
                             differs or is missing (exit 1); with the SHA-256 of
                             /api/manifests.json as published, also that these are the
                             published manifests
  help                       this text

Exit codes: 0 done; 1 problems found; 2 the command line was wrong.
Set GAZETTE_CONTENT_DIR to work on a content folder other than content/.`;

/** Options after the command: --flag, --key value, and positional words. */
export function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
	const positional: string[] = [];
	const flags = new Map<string, string | true>();
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (!a.startsWith('--')) positional.push(a);
		else if (['--issue', '--published', '--manifests-sha256'].includes(a)) {
			if (args[i + 1] === undefined) throw new UsageError(`${a} needs a value`);
			flags.set(a.slice(2), args[++i]);
		} else if (['--force', '--dry-run', '--help', '--all'].includes(a)) flags.set(a.slice(2), true);
		else throw new UsageError(`unknown option ${a}`);
	}
	return { positional, flags };
}

async function check(): Promise<number> {
	const dir = contentDir();
	console.log(`Checking ${dir} …`);
	// The build's cache of texts' anchors: a text unchanged since the last check or build is not read again.
	const { cache: texts } = await textAnchorsCacheIn(cacheDir());
	const report = await checkContent(dir, { anchors: texts.anchors });
	await texts.save();
	const counted = Object.entries(report.counts).map(([k, v]) => `${k} ${v}`).join(', ');
	console.log(`Read ${counted || 'no files'}.`);
	for (const p of report.errors) console.log(formatProblem('ERROR', p));
	for (const p of report.warnings) console.log(formatProblem('WARNING', p));
	console.log(`${report.errors.length} error(s), ${report.warnings.length} warning(s).`);
	return report.errors.length > 0 ? 1 : 0;
}

function preview(): Promise<number> {
	const astro = new URL('../../node_modules/astro/astro.js', import.meta.url).pathname;
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const run = (args: string[]) =>
		new Promise<number>((resolve) => spawn(process.execPath, [astro, ...args], { stdio: 'inherit', env }).on('close', (code) => resolve(code ?? 1)));
	return run(['build']).then((code) => (code === 0 ? run(['preview', '--host', '127.0.0.1']) : 1));
}

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		const { positional, flags } = parseArgs(rest);
		switch (command) {
			case undefined:
			case 'help':
			case '--help':
				console.log(HELP);
				return command === undefined ? 2 : 0;
			case 'check':
				return await check();
			case 'new-issue':
				return newIssue(contentDir(), positional[0]);
			case 'publish':
				return await publishIssue(contentDir(), positional[0]);
			case 'import':
				// Loaded on demand: the other commands need none of the importer.
				return await (await import('./importCommand.ts')).runImport(contentDir(), positional[0], flags);
			case 'units':
				return await (await import('./unitsCommand.ts')).runUnits(contentDir(), positional, flags);
			case 'preview':
				return await preview();
			case 'verify':
				return await (await import('./verifyCommand.ts')).runVerify(positional[0], flags.get('manifests-sha256'));
			default:
				throw new UsageError(`unknown command ${command}`);
		}
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`gazette: ${error.message}\nRun \`npm run gazette -- help\` for the commands.`);
			return 2;
		}
		throw error;
	}
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
	main(process.argv.slice(2)).then((code) => process.exit(code));
}
