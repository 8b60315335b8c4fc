/**
 * Ground truth for the search benchmark: the text of every content page (the
 * element marked data-pagefind-body, without what is marked
 * data-pagefind-ignore), read with linkedom rather than with the modules the
 * search index uses, so that a mistake in those is not copied into the truth.
 *
 * A page matches a query when every one of the query's truth terms is a
 * substring of the page's normalised text: NFC, full-width letters and digits
 * to ASCII, lower case, dashes folded to '-', and all whitespace removed. The
 * block-aware variant keeps a break between blocks (paragraphs, headings, list
 * items, table cells), so a term that only occurs across two blocks does not
 * count there. The aligned variant does not count a match that cuts a run of
 * letters or digits (30人 in 64930人次), as a reader who means the whole
 * number would judge; both indexes are scored against the plain truth first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
	'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Text with '\n' between blocks. */
function blockText(node) {
	let out = '';
	const walk = (n) => {
		for (const child of n.childNodes) {
			if (child.nodeType === 3) out += child.nodeValue;
			else if (child.nodeType === 1) {
				if (SKIP.has(child.tagName)) continue;
				const block = BLOCK.has(child.tagName);
				if (block) out += '\n';
				walk(child);
				if (block) out += '\n';
			}
		}
	};
	walk(node);
	return out;
}

/** The fold the truth uses, for page text and query terms alike. */
export function normalise(text, { keepBlocks = false } = {}) {
	let s = text
		.normalize('NFC')
		.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.toLowerCase()
		.replace(/[‐‑‒–—―−－]/g, '-');
	if (keepBlocks) return s.replace(/[^\S\n]+/g, '').replace(/\n+/g, '\n');
	return s.replace(/\s+/g, '');
}

/** /documents/温政办-2022-94/index.html → /documents/温政办-2022-94/ (as the integration does). */
export function pageUrl(site, file) {
	const rel = path.relative(site, file).split(path.sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every content page of a built site: url, h1, normalised text, block-aware text, data-search facts. */
export function readPages(site) {
	const files = readdirSync(site, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
	const pages = [];
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const { document } = parseHTML(html);
		const body = document.querySelector('[data-pagefind-body]');
		if (!body) continue;
		for (const el of [...body.querySelectorAll('[data-pagefind-ignore]')]) el.remove();
		const raw = blockText(body);
		let info = {};
		try {
			info = JSON.parse(body.getAttribute('data-search') ?? '{}');
		} catch {
			// Not ours to judge here.
		}
		pages.push({
			url: pageUrl(site, file),
			title: (body.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
			text: normalise(raw),
			blocks: normalise(raw, { keepBlocks: true }),
			rawChars: raw.replace(/\s+/g, '').length,
			info,
		});
	}
	return pages;
}

const ALNUM = /[a-z0-9]/;

/** Whether `term` occurs in `text` without cutting a run of letters or digits (30人 is not in 64930人次). */
function includesAligned(text, term) {
	const cutsStart = ALNUM.test(term[0]);
	const cutsEnd = ALNUM.test(term.at(-1));
	for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
		if (cutsStart && at > 0 && ALNUM.test(text[at - 1])) continue;
		if (cutsEnd && ALNUM.test(text[at + term.length] ?? '')) continue;
		return true;
	}
	return false;
}

/**
 * URLs of the pages that contain every term. `keepBlocks`: not across a block
 * break. `aligned`: letters and digits as whole runs, so 2015 is not found in
 * 20150.
 */
export function matching(pages, terms, { keepBlocks = false, aligned = false } = {}) {
	const t = terms.map((x) => normalise(x));
	return pages
		.filter((p) => {
			const text = keepBlocks ? p.blocks : p.text;
			return t.every((x) => (aligned ? includesAligned(text, x) : text.includes(x)));
		})
		.map((p) => p.url);
}
