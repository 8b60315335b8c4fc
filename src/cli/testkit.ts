/**
 * For the editors' tool's tests: scratch copies of content/, and main() run
 * in-process against one of them with its console output captured.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from './gazette.ts';

const scratchDirs: string[] = [];

/** An empty scratch folder under the system temp folder. */
export function emptyDir(prefix = 'gazette-cli-'): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	scratchDirs.push(dir);
	return dir;
}

/** A scratch copy of the sample content/ folder. */
export function contentCopy(): string {
	const dir = emptyDir('gazette-content-');
	cpSync(path.resolve('content'), dir, { recursive: true });
	return dir;
}

/** Removes every scratch folder made so far (for afterAll/afterEach). */
export function removeScratch(): void {
	for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `text` to `dir/relative`, creating folders. */
export function put(dir: string, relative: string, text: string | Buffer): string {
	const target = path.join(dir, relative);
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, text);
	return target;
}

/** Every file under `dir`, relative, sorted; [] when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
			.sort();
	} catch {
		return [];
	}
}

/** How a message names a file: relative to the working directory. */
export const shown = (absolute: string) => path.relative(process.cwd(), absolute);

export interface CliRun {
	code: number;
	/** console.log output, one entry per call. */
	out: string[];
	/** console.error output, one entry per call. */
	err: string[];
	/** Both, in call order, joined by newlines. */
	all: string;
}

/** Runs `gazette <argv>` in-process with GAZETTE_CONTENT_DIR=`contentDir` and a build cache of its own. */
export async function runCli(argv: string[], contentDir?: string): Promise<CliRun> {
	const saved = process.env.GAZETTE_CONTENT_DIR;
	const savedCache = process.env.GAZETTE_CACHE_DIR;
	// Not the repository's node_modules/.astro: a test's texts stay out of the developer's cache.
	const cache = mkdtempSync(path.join(tmpdir(), 'gazette-cli-cache-'));
	process.env.GAZETTE_CACHE_DIR = cache;
	const out: string[] = [];
	const err: string[] = [];
	const all: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
		const line = args.map(String).join(' ');
		out.push(line);
		all.push(line);
	});
	const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		const line = args.map(String).join(' ');
		err.push(line);
		all.push(line);
	});
	if (contentDir === undefined) delete process.env.GAZETTE_CONTENT_DIR;
	else process.env.GAZETTE_CONTENT_DIR = contentDir;
	try {
		const code = await main(argv);
		return { code, out, err, all: all.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
		if (saved === undefined) delete process.env.GAZETTE_CONTENT_DIR;
		else process.env.GAZETTE_CONTENT_DIR = saved;
		if (savedCache === undefined) delete process.env.GAZETTE_CACHE_DIR;
		else process.env.GAZETTE_CACHE_DIR = savedCache;
		rmSync(cache, { recursive: true, force: true });
	}
}

/** The lines of a check run for one file, at one level. */
export function problemLines(run: CliRun, level: 'ERROR' | 'WARNING', file: string): string[] {
	return run.out.filter((l) => l.startsWith(level) && l.includes(` ${file}:`));
}
