/**
 * Reads a content folder the way the site's collections do (same folders,
 * same file patterns), without Astro, for the editors' tools.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml';

/** Each collection: its folder under content/, the file extension, one entry per file. */
export const COLLECTION_FILES = {
	issues: { folder: 'issues', ext: '.yaml', nested: false },
	documents: { folder: 'documents', ext: '.md', nested: true },
	interpretations: { folder: 'interpretations', ext: '.md', nested: true },
	briefs: { folder: 'briefs', ext: '.md', nested: true },
	personnel: { folder: 'personnel', ext: '.yaml', nested: false },
	chronicle: { folder: 'chronicle', ext: '.yaml', nested: false },
	statistics: { folder: 'statistics', ext: '.yaml', nested: false },
	photos: { folder: 'photos', ext: '.yaml', nested: false },
	features: { folder: 'features', ext: '.md', nested: true },
} as const;
export type CollectionName = keyof typeof COLLECTION_FILES;

export interface ContentFile {
	collection: CollectionName;
	/** Path relative to the working directory, as messages name it. */
	file: string;
	/** Absolute path. */
	absolute: string;
	/** The id the site gives it: path under the collection folder without extension. */
	id: string;
	/** Parsed YAML data or front matter; undefined when it does not parse. */
	data: unknown;
	/** Markdown body (empty for YAML files). */
	body: string;
	/** Raw text, for line numbers. */
	text: string;
	/** Line where the body starts (1-based); 1 for YAML. */
	bodyLine: number;
	/** A YAML syntax error, with its line. */
	parseError?: { line: number; message: string };
}

function walk(dir: string, nested: boolean, ext: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: nested })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

export function readContentFile(collection: CollectionName, base: string, absolute: string): ContentFile {
	const text = readFileSync(absolute, 'utf8');
	const { ext } = COLLECTION_FILES[collection];
	const id = path.relative(base, absolute).split(path.sep).join('/').slice(0, -ext.length);
	const file = path.relative(process.cwd(), absolute);
	let yamlText = text;
	let body = '';
	let bodyLine = 1;
	let yamlLine = 1;
	if (ext === '.md') {
		const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
		if (!m) return { collection, file, absolute, id, data: undefined, body: text, text, bodyLine: 1, parseError: { line: 1, message: 'the file does not start with front matter between two --- lines' } };
		yamlText = m[1];
		yamlLine = 2;
		body = text.slice(m[0].length);
		bodyLine = m[0].split('\n').length;
	}
	try {
		return { collection, file, absolute, id, data: parse(yamlText) ?? {}, body, text, bodyLine };
	} catch (error) {
		const e = error as { linePos?: { line: number }[]; message: string };
		return { collection, file, absolute, id, data: undefined, body, text, bodyLine, parseError: { line: (e.linePos?.[0]?.line ?? 1) + yamlLine - 1, message: e.message.split('\n')[0] } };
	}
}

/** Every content file of every collection under `contentDir`. */
export function readContent(contentDir: string): ContentFile[] {
	return (Object.keys(COLLECTION_FILES) as CollectionName[]).flatMap((collection) => {
		const { folder, ext, nested } = COLLECTION_FILES[collection];
		const base = path.join(contentDir, folder);
		return walk(base, nested, ext).map((f) => readContentFile(collection, base, f));
	});
}

/**
 * The line of the field at `fieldPath` (e.g. ['photos', 1, 'image']) in a
 * file's YAML, following the path through maps and lists, so that the second
 * photo's image is not reported on the first's line; when the path leads to a
 * field the file does not have, the line of the nearest enclosing item (the
 * first line for a missing top-level field).
 */
export function lineOf(file: ContentFile, fieldPath: (string | number)[]): number {
	const frontMatter = COLLECTION_FILES[file.collection].ext === '.md' ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text) : null;
	const lineCounter = new LineCounter();
	const doc = parseDocument(frontMatter ? frontMatter[1] : file.text, { lineCounter });
	const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + (frontMatter ? 1 : 0) : undefined);
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
export function lineContaining(file: ContentFile, needle: string): number {
	const at = file.text.split('\n').findIndex((l) => l.includes(needle));
	return at >= 0 ? at + 1 : 1;
}
