/** Two built sites compared file by file: what a publication must leave equal to a cold build. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative path → SHA-256. */
function fileHashes(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		out.set(path.relative(dir, file).split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return out;
}

/** Files missing on one side or with different bytes, sorted. */
export function differingFiles(a: string, b: string): string[] {
	const left = fileHashes(a);
	const right = fileHashes(b);
	const out = new Set<string>();
	for (const [file, hash] of left) if (right.get(file) !== hash) out.add(file);
	for (const file of right.keys()) if (!left.has(file)) out.add(file);
	return [...out].sort();
}
