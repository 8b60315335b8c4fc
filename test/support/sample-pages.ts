/**
 * The sample gazette in content/ as pages for the search tests: a title and a
 * text made of blocks (one per line), read from the Markdown and YAML files
 * directly, so the tests do not need a build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

export interface SamplePage {
	file: string;
	title: string;
	/** Blocks joined with newlines, the way a page's text reads (h1 first). */
	text: string;
	/** The blocks: paragraphs, YAML text fields, table rows (cells joined with tabs). */
	blocks: string[];
}

type Yaml = null | boolean | number | string | Yaml[] | { [key: string]: Yaml };

const isRow = (v: Yaml): v is { [key: string]: Yaml } =>
	v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x !== 'object');

/** The text fields of a YAML document; a list of flat records (a table) as rows of tab-separated cells. */
function yamlBlocks(node: Yaml): string[] {
	if (typeof node === 'string') return node.trim() ? [node] : [];
	if (Array.isArray(node)) {
		if (node.length > 0 && node.every(isRow) && node.some((r) => Object.values(r).some((x) => typeof x === 'number'))) {
			return node.map((row) => Object.values(row).map((x) => (x === null ? '' : String(x))).join('\t'));
		}
		return node.flatMap(yamlBlocks);
	}
	if (node && typeof node === 'object') return Object.values(node).flatMap(yamlBlocks);
	return [];
}

export function samplePages(): SamplePage[] {
	const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(md|ya?ml)$/.test(f))
		.sort();
	return files.map((file) => {
		const source = readFileSync(path.join(CONTENT, file), 'utf8');
		let data: Yaml;
		let body: string[] = [];
		if (file.endsWith('.md')) {
			const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
			if (!m) throw new Error(`${file}: no front matter`);
			data = parse(m[1]) as Yaml;
			body = m[2]
				.split(/\n\s*\n/)
				.map((p) => p.replace(/^#+\s+/, '').trim())
				.filter(Boolean);
		} else {
			data = parse(source) as Yaml;
		}
		const fields = yamlBlocks(data);
		const title = data && typeof data === 'object' && !Array.isArray(data) && typeof data.title === 'string' ? data.title : file;
		const blocks = [title, ...fields.filter((f) => f !== title), ...body];
		return { file, title, text: blocks.join('\n'), blocks };
	});
}
