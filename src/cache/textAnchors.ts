/**
 * What a text's Markdown gives its anchors (textAnchors: every anchor, and
 * the measures that name their 责任单位), kept in the build's cache for the
 * next build. Reading Markdown is the costliest step of both the content
 * check and the cross-references, and a month's publication changes a few
 * texts of thousands: the others are taken from here.
 *
 * Entries are keyed by the text's SHA-256 and the file is stamped with the
 * key of the code that reads anchors (codeKey.ts): a changed text is read
 * again, and changed code empties the cache. The check writes the file (only
 * the texts it read, so removed content leaves it); the query module of the
 * same build reads it, told where by the check.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnchors, textAnchors, type TextAnchors } from '../gazette/markdownAnchors.ts';
import { codeKey } from './codeKey.ts';

/** Where the cache is and the key of the code that made it: what the check hands the query module. */
export interface TextAnchorsCacheLocation {
	file: string;
	key: string;
}

/** The cache's file in the build's cache folder. */
const TEXT_ANCHORS_FILE = 'gazette-text-anchors.json';

/** The environment variable through which the build's check tells the query module where the cache is. */
export const TEXT_ANCHORS_CACHE_ENV = 'GAZETTE_TEXT_ANCHORS_CACHE';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The key of the code that reads anchors today (read from the sources: the check computes it, not the bundled pages). */
export const textAnchorsCode = () => codeKey(path.join(src, 'gazette', 'markdownAnchors.ts'), src);

interface CacheFile {
	key: string;
	texts: Record<string, TextAnchors>;
}

export interface TextAnchorsCache {
	/** textAnchors(markdown), from the cache when the text was read before. */
	anchors(markdown: string): TextAnchors;
	/** Texts read this time, and texts taken from the cache (each text counted once). */
	readonly read: number;
	readonly reused: number;
	/** Writes the texts used since opening (and no others) to the file. */
	save(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The cache in a build's cache folder, under the key of today's code. */
export async function textAnchorsCacheIn(cacheDir: string): Promise<{ location: TextAnchorsCacheLocation; cache: TextAnchorsCache }> {
	const location = { file: path.join(cacheDir, TEXT_ANCHORS_FILE), key: await textAnchorsCode() };
	return { location, cache: await openTextAnchorsCache(location) };
}

/** Where this build's check left the cache, when a check of this process did (`astro build`); undefined otherwise. */
export function checkedTextAnchorsCache(): TextAnchorsCacheLocation | undefined {
	const value = process.env[TEXT_ANCHORS_CACHE_ENV];
	return value ? (JSON.parse(value) as TextAnchorsCacheLocation) : undefined;
}

/** Opens the cache at `location`; a missing, unreadable or other code's file is an empty cache. */
export async function openTextAnchorsCache(location: TextAnchorsCacheLocation): Promise<TextAnchorsCache> {
	let kept: Record<string, TextAnchors> = {};
	try {
		const stored = JSON.parse(await readFile(location.file, 'utf8')) as CacheFile;
		if (stored.key === location.key && stored.texts && typeof stored.texts === 'object') kept = stored.texts;
	} catch {
		// No cache yet, or one cut short: every text is read.
	}
	const used = new Map<string, TextAnchors>();
	let read = 0;
	let reused = 0;
	return {
		anchors: (markdown) =>
			textAnchors(markdown, (text) => {
				const hash = sha256(text);
				const again = used.get(hash);
				if (again) return again;
				let found = kept[hash];
				if (found) reused++;
				else {
					found = readAnchors(text);
					read++;
				}
				used.set(hash, found);
				return found;
			}),
		get read() {
			return read;
		},
		get reused() {
			return reused;
		},
		async save() {
			const file: CacheFile = { key: location.key, texts: Object.fromEntries(used) };
			await mkdir(path.dirname(location.file), { recursive: true });
			// Written whole, then renamed: a build stopped halfway leaves the last complete cache, and
			// two checks at once (an editor's and a build's) each leave a whole one.
			const partial = `${location.file}.${process.pid}-${randomUUID()}.partial`;
			await writeFile(partial, JSON.stringify(file));
			await rename(partial, location.file);
		},
	};
}
