/**
 * Reads a content folder the way the site's collections do (same folders,
 * same file patterns), without Astro, for the editors' tools.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, UNITS_FILE, type CollectionFiles, type CollectionName } from '../schemas/collections.ts';
import { SITE_FILE } from '../gazette/site.ts';
import { load as loadYaml } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument, type Node, type YAMLError } from 'yaml';

export type { CollectionName };

/** A Markdown or YAML file as the editor wrote it, read and parsed. */
export interface TextFile {
	/** Path relative to the working directory, as messages name it. */
	file: string;
	/** Absolute path. */
	absolute: string;
	/** The same as Astro's YAML reader (js-yaml) reads it: unquoted dates become dates there. */
	astroData?: unknown;
	/** Parsed YAML data or front matter; undefined when it does not parse. */
	data: unknown;
	/** Markdown body (empty for YAML files). */
	body: string;
	/** Raw text, for line numbers. */
	text: string;
	/** Line where the body starts (1-based); 1 for YAML. */
	bodyLine: number;
	/** Why the file could not be read or parsed, with its line: '(file)' or a YAML '(syntax)' error. */
	parseError?: { line: number; field: '(file)' | '(syntax)'; message: string };
	/** The parsed YAML with its positions, for lineOf; absent when it does not parse. */
	yaml?: { doc: YamlDocument; lineCounter: LineCounter; firstLine: number };
}

/** A file of a collection. */
export interface ContentFile extends TextFile {
	collection: CollectionName;
	/** The id the site gives it: path under the collection folder without extension. */
	id: string;
}

/** Larger than any printed item: a Markdown or YAML file past this is not the file the editor meant. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Image files may sit in any collection folder (covers, news photos, features). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.tif', '.tiff'];

/** Files under `dir` (recursively when `nested`), symbolic links included; dotfiles left out. */
function filesUnder(dir: string, nested: boolean): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: nested })
		.filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && !path.relative(dir, e.parentPath).split(path.sep).some((p) => p.startsWith('.')))
		.map((e) => path.join(e.parentPath, e.name))
		.filter((f) => !lstatSync(f).isSymbolicLink() || !statSync(f, { throwIfNoEntry: false })?.isDirectory())
		.sort();
}

/** True when `target` is `root` or inside it. */
export function isInside(root: string, target: string): boolean {
	const rel = path.relative(root, target);
	return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why a file cannot be read as content, or undefined: a link leading outside
 * the content folder, a file too large to be one item, text that is not UTF-8.
 */
function unreadable(absolute: string, contentRoot: string): string | undefined {
	if (lstatSync(absolute).isSymbolicLink()) {
		const target = existsSync(absolute) ? realpathSync(absolute) : undefined;
		if (!target) return `the file is a symbolic link to ${readlinkSync(absolute)}, which does not exist; replace the link with the file itself`;
		if (!isInside(realpathSync(contentRoot), target)) return `the file is a symbolic link to ${target}, outside the content folder; copy the file into the content folder instead of linking to it`;
	}
	const size = statSync(absolute).size;
	if (size > MAX_TEXT_BYTES) return `the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than any gazette item (at most ${MAX_TEXT_BYTES / 1024 / 1024} MB); check that this is the right file, or split it`;
	return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readContentFile(collection: CollectionName, base: string, absolute: string, contentRoot = path.dirname(base)): ContentFile {
	const { ext } = COLLECTIONS[collection];
	const id = path.relative(base, absolute).split(path.sep).join('/').slice(0, -ext.length);
	return { collection, id, ...readTextFile(absolute, ext, contentRoot) };
}

/** Reads a Markdown file's front matter and body, or a YAML file, as the collections' loaders do. */
export function readTextFile(absolute: string, ext: '.md' | '.yaml', contentRoot: string): TextFile {
	const file = path.relative(process.cwd(), absolute);
	const empty = { file, absolute, data: undefined, body: '', text: '', bodyLine: 1 };
	const refused = unreadable(absolute, contentRoot);
	if (refused) return { ...empty, parseError: { line: 1, field: '(file)', message: refused } };
	let text: string;
	try {
		text = utf8.decode(readFileSync(absolute));
	} catch {
		return { ...empty, parseError: { line: 1, field: '(file)', message: 'the file is not UTF-8 text (it may have been saved as GBK or GB2312); save it again with the encoding UTF-8' } };
	}
	// A byte-order mark is read as if absent, as Astro reads it.
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	let yamlText = text;
	let body = '';
	let bodyLine = 1;
	let yamlLine = 1;
	if (ext === '.md') {
		const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
		if (!m) return { ...empty, body: text, text, parseError: { line: 1, field: '(syntax)', message: 'the file does not start with front matter between two --- lines; put the fields between a first line --- and a closing ---, then the text' } };
		yamlText = m[1];
		yamlLine = 2;
		body = text.slice(m[0].length);
		bodyLine = m[0].split('\n').length;
	}
	// Merge keys (<<: *defaults) as Astro's YAML reader takes them.
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { uniqueKeys: true, merge: true, lineCounter });
	const error = doc.errors[0];
	if (error) {
		const line = (error.linePos?.[0]?.line ?? 1) + yamlLine - 1;
		return { ...empty, body, text, bodyLine, parseError: { line, field: '(syntax)', message: yamlAdvice(error) } };
	}
	try {
		const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
		let astroData: unknown = data;
		try {
			astroData = loadYaml(yamlText) ?? {};
		} catch {
			// js-yaml refuses what yaml took: the schema check of `data` speaks for the file.
		}
		return { file, absolute, data, astroData, body, text, bodyLine, yaml: { doc, lineCounter, firstLine: yamlLine } };
	} catch (e) {
		// Aliases (*name) that expand to more than any gazette item holds.
		return { ...empty, body, text, bodyLine, parseError: { line: yamlLine, field: '(syntax)', message: `the YAML's aliases (*name) expand too far (${(e as Error).message}); write the values out instead of repeating aliases` } };
	}
}

/** The YAML library's complaint, and what the editor should do about it. */
function yamlAdvice(error: YAMLError): string {
	const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
	switch (error.code) {
		case 'TAB_AS_INDENT':
			return `${what}; indent with spaces, not tabs`;
		case 'DUPLICATE_KEY':
			return `${what}: a field is written twice; keep one of them`;
		default:
			return `${what}; fix the YAML so it parses`;
	}
}

/** Every content file of one collection under `contentDir`. */
export function readCollection(contentDir: string, collection: CollectionName): ContentFile[] {
	const { folder, ext, nested } = COLLECTIONS[collection];
	const base = path.join(contentDir, folder);
	return filesUnder(base, nested)
		.filter((f) => f.endsWith(ext))
		.map((f) => readContentFile(collection, base, f, contentDir));
}

/** Every content file of every collection under `contentDir`. */
export function readContent(contentDir: string): ContentFile[] {
	return COLLECTION_NAMES.flatMap((collection) => readCollection(contentDir, collection));
}

/** What the content folder may hold besides the collections' folders. */
const OTHER_ENTRIES = new Set([SITE_FILE, UNITS_FILE, 'drafts']);

/**
 * Files in the content folder that the gazette would not read, each with the
 * reason: nothing an editor puts there is left out without a word.
 */
export function strayFiles(contentDir: string): { file: string; message: string }[] {
	const strays: { file: string; message: string }[] = [];
	const folders = new Map<string, CollectionFiles>(Object.values(COLLECTIONS).map((c) => [c.folder, c]));
	const shown = (f: string) => path.relative(process.cwd(), f);
	for (const entry of existsSync(contentDir) ? readdirSync(contentDir).sort() : []) {
		if (entry.startsWith('.') || folders.has(entry) || OTHER_ENTRIES.has(entry)) continue;
		strays.push({ file: shown(path.join(contentDir, entry)), message: `not read by the gazette: content/ holds the folders ${[...folders.keys()].join(', ')}, site.yaml, units.yaml and drafts/; move or rename it` });
	}
	// A linked folder is read by Astro (which follows links) but could hold anything from anywhere: refused.
	const linkedFolders = (dir: string): string[] =>
		existsSync(dir)
			? readdirSync(dir, { withFileTypes: true, recursive: true })
					.map((e) => path.join(e.parentPath, e.name))
					.filter((f) => lstatSync(f).isSymbolicLink() && statSync(f, { throwIfNoEntry: false })?.isDirectory())
			: [];
	for (const folder of folders.keys()) {
		const base = path.join(contentDir, folder);
		const links = existsSync(base) && lstatSync(base).isSymbolicLink() ? [base] : linkedFolders(base);
		for (const link of links) {
			strays.push({ file: shown(link), message: `is a symbolic link to the folder ${realpathSync(link)}; the gazette reads only real folders inside content/: copy the files in instead of linking` });
		}
	}
	for (const [folder, { ext, nested }] of folders) {
		const base = path.join(contentDir, folder);
		if (existsSync(base) && lstatSync(base).isSymbolicLink()) continue;
		for (const f of filesUnder(base, true)) {
			const name = path.basename(f);
			// The file's path becomes its page's address (/briefs/2022-12/01-会议/).
			const unsafe = /[?#%\\]/.exec(path.relative(base, f));
			if (unsafe) {
				strays.push({ file: shown(f), message: `its name has ${unsafe[0]}, which a page address cannot hold; rename the file without ? # % \\` });
				continue;
			}
			if (IMAGE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) continue;
			const direct = path.dirname(f) === base;
			if (name.endsWith(ext) && (nested || direct)) continue;
			const where = nested ? `content/${folder}/YYYY-MM/` : `content/${folder}/`;
			strays.push({ file: shown(f), message: `not read by the gazette: ${folder} are ${ext} files directly in ${where}; rename or move it (or remove it if it is not content)` });
		}
	}
	return strays;
}

/**
 * The line of the field at `fieldPath` (e.g. ['photos', 1, 'image']) in a
 * file's YAML, following the path through maps and lists, so that the second
 * photo's image is not reported on the first's line; when the path leads to a
 * field the file does not have, the line of the nearest enclosing item (the
 * first line for a missing top-level field).
 */
export function lineOf(file: TextFile, fieldPath: (string | number)[]): number {
	if (!file.yaml) return 1;
	const { doc, lineCounter, firstLine } = file.yaml;
	const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : undefined);
	let node: unknown = doc.contents;
	let line = 1;
	for (const key of fieldPath) {
		let next: unknown;
		let at: number | undefined;
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
			next = pair?.value;
			at = pair && isScalar(pair.key) ? lineAt(pair.key) : undefined;
		} else if (isSeq(node) && typeof key === 'number' && isNode(node.items[key])) {
			next = node.items[key];
			at = lineAt(next as Node);
		}
		if (at === undefined) break;
		line = at;
		node = next;
	}
	return line;
}

/** The first line that contains `needle`, for messages about one value; 1 when absent. */
export function lineContaining(file: TextFile, needle: string): number {
	const at = file.text.split('\n').findIndex((l) => l.includes(needle));
	return at >= 0 ? at + 1 : 1;
}
