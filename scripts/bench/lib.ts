/**
 * Helpers shared by the benchmark scripts (run by tsx, so they import the
 * site's TypeScript modules directly): measuring folders and processes, and
 * running a step in its own Node process so its memory is its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The synthetic gazette's manifest sits beside its content folder: the content folder holds content only. */
export const manifestFileFor = (contentDir: string) => `${contentDir.replace(/[/\\]+$/, '')}.manifest.json`;

/** Total bytes and file count of a folder, and the same per kind of Pagefind file. */
export interface FolderStats {
	bytes: number;
	files: number;
	byKind: Partial<Record<PagefindKind, { bytes: number; files: number }>>;
}

export function folderStats(dir: string): FolderStats {
	const out: FolderStats = { bytes: 0, files: 0, byKind: {} };
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		const file = path.join(e.parentPath, e.name);
		const size = statSync(file).size;
		const kind = pagefindKind(path.relative(dir, file).split(path.sep).join('/'));
		out.bytes += size;
		out.files += 1;
		const counted = (out.byKind[kind] ??= { bytes: 0, files: 0 });
		counted.bytes += size;
		counted.files += 1;
	}
	return out;
}

/**
 * What a file of a Pagefind bundle is for, by its path in the bundle. `fixed`
 * files are loaded by every search whatever the query; index chunks, fragments
 * and filters depend on it. The UI files are not loaded by either search page.
 */
export type PagefindKind = ReturnType<typeof pagefindKind>;

export function pagefindKind(path: string) {
	// An older year's part is a folder of the bundle (src/search/parts.ts): its files are of the same kinds.
	const rel = path.replace(/^\d{4}\//, '');
	if (rel.startsWith('index/')) return 'index';
	if (rel.startsWith('fragment/')) return 'fragment';
	if (rel.startsWith('filter/')) return 'filter';
	if (rel.endsWith('.pf_meta')) return 'meta';
	if (rel.startsWith('wasm.')) return 'wasm';
	if (rel === 'pagefind.js' || rel === 'pagefind-entry.json' || rel === 'pagefind-worker.js' || rel === 'parts.json') return 'loader';
	return 'ui';
}

/** A memory figure of a live process from /proc/<pid>/status (Linux), in bytes; undefined when it is gone. */
function statusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
	try {
		const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}

/** Peak resident memory of a live process, in bytes. */
export const peakRss = (pid: number) => statusBytes(pid, 'VmHWM');

/** Current resident memory of a live process, in bytes. */
export const currentRss = (pid: number) => statusBytes(pid, 'VmRSS');

/** Children of a process (Linux), by reading every /proc/<pid>/stat. */
export function childPids(parent: number): number[] {
	const out = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// pid (comm) state ppid …; comm may hold spaces and parentheses.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (ppid === parent) out.push(Number(name));
		} catch {
			// Gone while we looked.
		}
	}
	return out;
}

/** MemAvailable from /proc/meminfo, in bytes. */
export function memAvailable() {
	const m = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
	return Number(m?.[1] ?? 0) * 1024;
}

/** Every descendant of a process (Linux). */
export function descendants(pid: number): number[] {
	const out: number[] = [];
	for (const child of childPids(pid)) out.push(child, ...descendants(child));
	return out;
}

export interface Measured {
	/** Wall-clock time from start to exit. */
	seconds: number;
	/** Peak of the summed resident memory of the process and all its descendants, sampled every 250 ms. */
	peakTreeRss: number;
	/** Peak resident memory of the largest single process among them. */
	peakLargestRss: number;
	/** stdout and stderr together. */
	output: string;
	/** Exit code; null when it was stopped. */
	code: number | null;
	/** Why it was stopped, when the machine ran short of memory. */
	stopped?: string;
}

/**
 * Runs a command and measures it as a whole: time, and memory summed over every
 * process it starts (Astro's Node process and the Pagefind service it talks to).
 * Stops the whole tree by PID when the machine's available memory falls under
 * `minAvailable`, and reports that instead of letting the kernel choose a victim.
 */
export function runMeasured(command: string, args: string[], { cwd = ROOT, env = process.env, minAvailable = 1.5e9, onOutput }: { cwd?: string; env?: NodeJS.ProcessEnv; minAvailable?: number; onOutput?: (text: string) => void } = {}): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let peakTreeRss = 0;
		let peakLargestRss = 0;
		let stopped: string | undefined;
		const sampler = setInterval(() => {
			const pids = [child.pid!, ...descendants(child.pid!)];
			let sum = 0;
			for (const pid of pids) {
				const rss = currentRss(pid) ?? 0;
				sum += rss;
				peakLargestRss = Math.max(peakLargestRss, rss);
			}
			peakTreeRss = Math.max(peakTreeRss, sum);
			if (!stopped && memAvailable() < minAvailable) {
				stopped = `stopped: the machine had less than ${(minAvailable / 1e9).toFixed(1)} GB available (all its processes together ${(sum / 1e9).toFixed(2)} GB)`;
				for (const pid of pids.reverse()) {
					try {
						process.kill(pid, 'SIGKILL');
					} catch {
						// Already gone.
					}
				}
			}
		}, 250);
		const take = (d: Buffer) => {
			const text = d.toString('utf8');
			output += text;
			onOutput?.(text);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', (error) => {
			clearInterval(sampler);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(sampler);
			resolve({ seconds: (performance.now() - started) / 1000, peakTreeRss, peakLargestRss, output, code, stopped });
		});
	});
}

/**
 * Runs `node script args…` (a .ts script through tsx), measured by runMeasured
 * (memory of it and every process it starts, stopped if the machine runs short),
 * and resolves with the JSON it prints on its last stdout line, with the peak
 * of all its processes together as `treePeakRss`. Lines starting [progress] are
 * passed on to stderr.
 */
export async function runStep(script: string, args: string[], { minAvailable = 1.5e9, env = process.env, label = path.basename(script) } = {}): Promise<Record<string, any>> {
	const typescript = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
	const run = await runMeasured(process.execPath, ['--max-old-space-size=8192', ...typescript, script, ...args], {
		env,
		minAvailable,
		onOutput: (text) => {
			for (const line of text.split('\n')) if (line.startsWith('[progress]')) process.stderr.write(`  ${label}: ${line.slice(11)}\n`);
		},
	});
	if (run.stopped) throw new Error(`${label} ${run.stopped}`);
	if (run.code !== 0) throw new Error(`${label} exited with code ${run.code}:\n${run.output.slice(-2000)}`);
	const last = run.output.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
	try {
		return { ...JSON.parse(last ?? ''), treePeakRss: run.peakTreeRss };
	} catch {
		throw new Error(`${label} printed no JSON result:\n${run.output.slice(-2000)}`);
	}
}

/** Finds the Pagefind service process this Node process started (pagefind_extended --service). */
export function pagefindBackendPid() {
	for (const pid of childPids(process.pid)) {
		try {
			if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) return pid;
		} catch {
			// Gone.
		}
	}
	return undefined;
}

export const median = (xs: unknown[]) => quantile(xs, 0.5);
/** Quantile with linear interpolation between the closest ranks (R's type 7); null for no values. */
export function quantile(xs: unknown[], p: number): number | null {
	const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const h = (v.length - 1) * p;
	const lo = Math.floor(h);
	return v[lo] + (h - lo) * ((v[lo + 1] ?? v[lo]) - v[lo]);
}

/**
 * A fingerprint of the search code (src/search/ and what it reads, the
 * indexing integration, the search page): the working tree may change between
 * a build and a later step, and results should say which code they measured.
 */
export function searchSourceFingerprint() {
	const files = [
		...readdirSync(path.join(ROOT, 'src/search'), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.map((f) => `src/search/${f.split(path.sep).join('/')}`),
		'src/gazette/text.ts',
		'src/pages/search.astro',
		'src/components/Searchable.astro',
	].sort();
	const hash = createHash('sha256');
	for (const f of files) {
		try {
			hash.update(f).update(readFileSync(path.join(ROOT, f)));
		} catch {
			hash.update(`${f} missing`);
		}
	}
	let modified: string[] = [];
	try {
		modified = spawnSync('git', ['status', '--porcelain', '--', ...files], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((l) => l.slice(3));
	} catch {
		// No git: no list.
	}
	let commit = 'unknown';
	try {
		commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
	} catch {
		// No git.
	}
	return { hash: hash.digest('hex').slice(0, 12), commit, modified };
}

/**
 * Writes a Pagefind index to `outputPath` and closes the Pagefind service, as
 * both index scripts end: the write time and the service's peak memory.
 */
export async function writeIndex(pagefind: typeof import('pagefind'), index: import('pagefind').PagefindIndex, outputPath: string, backend: number | undefined): Promise<{ writeMs: number; backendPeakRss: number | null }> {
	const w = performance.now();
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	const writeMs = performance.now() - w;
	const backendPeakRss = backend ? peakRss(backend) : null;
	await pagefind.close();
	return { writeMs, backendPeakRss: backendPeakRss ?? null };
}

/** The commit checked out, short, with " (modified)" when any of `paths` has changes not committed; 'unknown' without git. */
export function gitCommit(paths: string[] = ['src', 'astro.config.ts', 'package-lock.json']): string {
	try {
		const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
		const dirty = spawnSync('git', ['status', '--porcelain', '--', ...paths], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
		return head ? (dirty ? `${head} (modified)` : head) : 'unknown';
	} catch {
		return 'unknown';
	}
}
