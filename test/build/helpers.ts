/**
 * Reading a built gazette and the content it was built from, for the build tests.
 * Expectations are derived from content/ (parsed with `yaml`, which keeps
 * unquoted dates as the text the editor wrote), never from src/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/build.ts';

export const CONTENT = path.join(ROOT, 'content');

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function walk(dir: string, base = dir): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
		});
}

// ---------------------------------------------------------------- content

export interface MarkdownFile<T = Record<string, any>> {
	/** Path relative to content/, e.g. documents/2022-12/温政办-2022-94.md. */
	file: string;
	/** Collection id: the path inside the collection folder without extension. */
	id: string;
	data: T;
	body: string;
}

export function readYaml<T = any>(relative: string): T {
	return parseYaml(readFileSync(path.join(CONTENT, relative), 'utf8')) as T;
}

/** Every Markdown file of a collection, by path. */
export function readCollection<T = Record<string, any>>(collection: string): MarkdownFile<T>[] {
	return walk(path.join(CONTENT, collection))
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const text = readFileSync(path.join(CONTENT, collection, f), 'utf8');
			const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
			if (!m) throw new Error(`${collection}/${f}: no front matter`);
			return { file: `${collection}/${f}`, id: f.replace(/\.md$/, ''), data: parseYaml(m[1]) as T, body: m[2] };
		});
}

export type Block =
	| { kind: 'heading'; depth: number; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'table'; rows: string[][] };

/** Inline Markdown to the text a reader sees. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|`)/g, '')
		.replace(/\s*\n\s*/g, '')
		.trim();
}

/** The blocks of a Markdown body: headings, paragraphs and pipe tables. */
export function markdownBlocks(body: string): Block[] {
	return body
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean)
		.map((block): Block => {
			const lines = block.split('\n').map((l) => l.trim());
			if (lines.every((l) => l.startsWith('|'))) {
				const rows = lines
					.filter((l) => !/^\|(\s*:?-+:?\s*\|)+$/.test(l))
					.map((l) => l.replace(/^\||\|$/g, '').split('|').map((c) => plainText(c)));
				return { kind: 'table', rows };
			}
			const heading = /^(#{1,6})\s+(.*)$/s.exec(block);
			if (heading) return { kind: 'heading', depth: heading[1].length, text: plainText(heading[2]) };
			return { kind: 'paragraph', text: plainText(block) };
		});
}

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 → 1, 十二 → 12, 二十三 → 23 (enough for the gazette's articles and parts). */
export function chineseNumber(text: string): number {
	const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
	return (text.includes('十') ? (tens ? NUMERAL[tens] : 1) * 10 : 0) + (units ? NUMERAL[units] : 0);
}

/** 2022-12-06 → 2022年12月6日. */
export function chineseDate(date: string): string {
	const [y, m, d] = date.split('-');
	return `${y}年${Number(m)}月${Number(d)}日`;
}

/** 温政办〔2022〕94号 → 温政办-2022-94, the URL segment of a document. */
export function docSlug(docNumber: string): string {
	const m = /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u.exec(docNumber);
	if (!m) throw new Error(`not a canonical 文号: ${docNumber}`);
	return `${m[1]}-${m[2]}-${m[3]}`;
}

/** All whitespace removed, for comparing text across Markdown line breaks and HTML layout. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

// ---------------------------------------------------------------- built site

export class Site {
	#pages = new Map<string, Document>();
	constructor(readonly dir: string) {}

	/** The file a site URL is served from: /issues/ → issues/index.html; undefined when none. */
	fileFor(url: string): string | undefined {
		const pathname = decodeURIComponent(new URL(url, 'https://site.invalid').pathname);
		const file = path.join(this.dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
		return existsSync(file) && statSync(file).isFile() ? file : undefined;
	}

	read(url: string): string {
		const file = this.fileFor(url);
		if (!file) throw new Error(`${url} was not built`);
		return readFileSync(file, 'utf8');
	}

	/** The parsed page at a site URL such as /documents/温政办-2022-94/. */
	page(url: string): Document {
		const key = decodeURIComponent(url.split('#')[0]);
		let doc = this.#pages.get(key);
		if (!doc) {
			doc = parseHTML(this.read(key)).document as unknown as Document;
			this.#pages.set(key, doc);
		}
		return doc;
	}

	json<T = any>(url: string): T {
		return JSON.parse(this.read(url)) as T;
	}

	/** Site URLs of every HTML page: index.html → /, issues/index.html → /issues/. */
	htmlPages(): string[] {
		return walk(this.dir)
			.filter((f) => f.endsWith('.html'))
			.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
	}

	/** True when `url` is built and, with a #fragment, the page has that id. */
	resolves(url: string): boolean {
		if (!this.fileFor(url)) return false;
		const hash = new URL(url, 'https://site.invalid').hash;
		if (!hash || !url.split('#')[0].endsWith('/')) return true;
		const id = decodeURIComponent(hash.slice(1));
		return this.page(url).getElementById(id) !== null;
	}
}

/** Schemes a page may link to outside the site. */
const EXTERNAL = /^(https?|mailto|tel):/i;

/**
 * Every reference of every page of a built site (href, src, srcset, action)
 * that does not resolve: a path that was not built, an id the page does not
 * have (fragments decoded, so #第三条 and #%E7%AC%AC match alike), or a scheme
 * other than http(s), mailto and tel. Also returns how many were checked.
 */
export function brokenReferences(site: Site): { broken: string[]; checked: number } {
	const broken: string[] = [];
	let checked = 0;
	for (const url of site.htmlPages()) {
		const doc = site.page(url);
		const refs = all(doc, '[href], [src], [srcset], [action]').flatMap((el) => [
			...['href', 'src', 'action'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
			...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean),
		]);
		for (const ref of refs) {
			checked++;
			if (/^[a-z][a-z\d+.-]*:/i.test(ref) && !ref.startsWith('//')) {
				if (!EXTERNAL.test(ref)) broken.push(`${url} → ${ref} (a scheme pages may not use)`);
				continue;
			}
			const target = new URL(ref, `https://site.invalid${encodeURI(url)}`);
			if (target.host !== 'site.invalid') continue;
			const resolved = `${target.pathname}${target.hash}`;
			if (!site.resolves(resolved)) broken.push(`${url} → ${decodeURIComponent(resolved)}`);
		}
	}
	return { broken, checked };
}

/**
 * The text a reader sees in an element: scripts left out, runs of ASCII white space
 * (HTML layout) made one space; the ideographic space U+3000 is text and stays.
 */
export function text(el: Element | null | undefined): string {
	let out = '';
	const visit = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) out += child.textContent;
			else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes((child as Element).tagName)) visit(child);
		}
	};
	if (el) visit(el);
	return out.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
export const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
export const meta = (doc: Document, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
export const metaProperty = (doc: Document, property: string) => all(doc, `meta[property="${property}"]`);
