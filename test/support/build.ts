/** Builds a gazette into a temporary folder, the way `npm run build` does. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The day the sample builds pretend to run on, so page output is reproducible. */
export const SAMPLE_BUILD_DATE = '2026-11-28';

export interface BuildResult {
	code: number | null;
	output: string;
	outDir: string;
}

export interface BuildOptions {
	/** Content folder; defaults to the sample gazette in content/. */
	contentDir?: string;
	buildDate?: string;
	outDir?: string;
}

/**
 * A fresh output folder inside the repo (tmp/ is ignored by git): Astro builds an
 * outDir outside the working directory in a shared .astro/ scratch folder, so two
 * builds at once would overwrite each other's files.
 */
function newOutDir(): string {
	const parent = path.join(ROOT, 'tmp', 'builds');
	mkdirSync(parent, { recursive: true });
	return mkdtempSync(path.join(parent, 'site-'));
}

/** Removes a build's output and its content cache. */
export function removeBuild(outDir: string): void {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(`${outDir}.cache`, { recursive: true, force: true });
}

export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
	const outDir = options.outDir ?? newOutDir();
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		GAZETTE_CONTENT_DIR: path.resolve(options.contentDir ?? path.join(ROOT, 'content')),
		GAZETTE_OUT_DIR: outDir,
		// A cache per build: content from one fixture must never leak into another.
		// Beside outDir, not inside it: Astro empties outDir before rendering pages,
		// which deleted the content store and built an empty gazette with exit code 0.
		GAZETTE_CACHE_DIR: `${outDir}.cache`,
		GAZETTE_BUILD_DATE: options.buildDate ?? SAMPLE_BUILD_DATE,
	};
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, env });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, outDir }));
	});
}
