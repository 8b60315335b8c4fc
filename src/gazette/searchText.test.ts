/**
 * The index form of text and queries (searchText.ts), checked against the
 * sample gazette in content/ and against a model of how Pagefind 1.6 matches.
 *
 * The model (checked by hand against the pagefind 1.6.0 binary and its
 * pagefind.js, by indexing custom records and searching them):
 * - Indexing splits a record's content on spaces; each word is one position.
 *   A word is normalised by keeping its alphanumeric characters only and
 *   lower-casing them: punctuation and symbols, including ␣ (U+2423) and
 *   ␤ (U+2424), which are \p{So}, are dropped ("ef␤ gh" is found by "ef gh").
 * - A query is normalised by pagefind.js: every grapheme matching
 *   /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u is dropped (the quotes too),
 *   the rest lower-cased, diacritics stripped, and the result split on spaces.
 * - A query in double quotes is an exact phrase: its words at consecutive
 *   positions, each equal to the index word ("火灾 灾" does not find "火灾 灾害").
 *   An unquoted single word is a prefix search over index words.
 * - A word with punctuation in it is also indexed, at the same position, as
 *   the parts Pagefind's compound-word splitting finds in it: "ZJCC01–" as
 *   zjcc and 01 too. That only ever splits Latin/digit runs (see the last test).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toSearchRecord } from './searchRecord.ts';
import { fromIndexText, toIndexText, toQueryTerm, toTitleIndexText } from './searchText.ts';

// ---------------------------------------------------------------------------
// The sample gazette as pages: a title and a text made of blocks (one per line).

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

interface SamplePage {
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

function samplePages(): SamplePage[] {
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

const PAGES = samplePages();
const BLOCKS = PAGES.flatMap((p) => p.blocks);

// ---------------------------------------------------------------------------
// What the module promises, restated from its documentation.

const HAN = /\p{Script=Han}/u;
const ALNUM = /[A-Za-z0-9]/;
const halfWidth = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const kindOf = (c: string) => (HAN.test(c) ? 'han' : ALNUM.test(c) ? 'alnum' : 'other');

/**
 * What fromIndexText(toIndexText(p)) reads back: p in NFC with full-width
 * letters and digits made half-width, and each run of whitespace
 *  - containing a newline or tab (a block break): a space between a Latin
 *    letter/digit and a Latin letter, digit, + or - (two figures in adjacent
 *    table cells), otherwise nothing;
 *  - otherwise: a single space when the punctuation around it sits between two
 *    Latin/digit runs (a space between Latin words), otherwise nothing
 *    (spacing inside Chinese text is print layout);
 *  - nothing at the start or end.
 */
function readBack(p: string): string {
	const s = [...halfWidth(p.normalize('NFC'))];
	const nearest = (from: number, step: 1 | -1) => {
		for (let i = from; i >= 0 && i < s.length; i += step) if (kindOf(s[i]) !== 'other') return kindOf(s[i]);
		return undefined;
	};
	let out = '';
	for (let i = 0; i < s.length; ) {
		if (!/\s/u.test(s[i])) {
			out += s[i++];
			continue;
		}
		let j = i;
		while (j < s.length && /\s/u.test(s[j])) j++;
		const ws = s.slice(i, j).join('');
		const before = s[i - 1];
		const after = s[j];
		if (before !== undefined && after !== undefined) {
			if (/[\n\t]/.test(ws)) {
				if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9+-]/.test(after)) out += ' ';
			} else if (nearest(i - 1, -1) === 'alnum' && nearest(j, 1) === 'alnum') out += ' ';
		}
		i = j;
	}
	return out;
}

/**
 * Text as search compares it: Han characters; each Latin/digit run a whole
 * token ⟨…⟩ in lower case; `|` where punctuation or a block break comes between
 * two Han characters (their bigram is not a word); nothing for spacing between
 * two Han characters on one line (print layout), nor for punctuation next to a
 * Latin/digit run (a run is its own word whatever surrounds it). A query matches
 * a page exactly when the query's form is a substring of the page's form.
 */
function searchForm(text: string): string {
	const chars = [...halfWidth(text.normalize('NFC'))];
	type U = { kind: string; text: string };
	const us: U[] = [];
	for (const c of chars) {
		const kind = kindOf(c);
		const last = us.at(-1);
		if (kind !== 'han' && last?.kind === kind) last.text += c;
		else us.push({ kind, text: c });
	}
	return us
		.map((u, i) => {
			if (u.kind === 'han') return u.text;
			if (u.kind === 'alnum') return `⟨${u.text.toLowerCase()}⟩`;
			if (us[i - 1]?.kind !== 'han' || us[i + 1]?.kind !== 'han') return '';
			return /^[^\S\n\t]+$/.test(u.text) ? '' : '|';
		})
		.join('');
}

const contains = (text: string, query: string) => searchForm(text).includes(searchForm(query));

// ---------------------------------------------------------------------------
// A model of Pagefind's matching.

const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u; // verbatim from pagefind.js
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** pagefind.js: a query's words. */
function queryWordsOf(query: string): string[] {
	let kept = '';
	for (const { segment } of graphemes.segment(query)) if (!PUNCTUATION.test(segment)) kept += segment.toLocaleLowerCase();
	return kept
		.replace(/\s{2,}/g, ' ')
		.trim()
		.split(' ')
		.map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''))
		.filter(Boolean);
}

/** The indexer: a word's alphanumeric characters, lower case. */
const indexWordOf = (word: string) => [...word].filter((c) => /[\p{Alphabetic}\p{N}]/u.test(c)).join('').toLowerCase();

/** Compound-word parts of a word with punctuation in it: its Latin/digit run split at letter–digit and case changes. */
function compoundParts(word: string): string[] {
	if (!/[^\p{Alphabetic}\p{N}]/u.test(word)) return [];
	return (word.match(/[A-Za-z0-9]+/g) ?? []).flatMap((run) => run.match(/[a-z]+|[A-Z][a-z]*|[0-9]+/g) ?? []).map((p) => p.toLowerCase());
}

class PagefindModel {
	private readonly positions: Set<string>[][] = [];
	private readonly byWord = new Map<string, [number, number][]>();

	constructor(contents: string[], options: { compoundWords?: boolean } = {}) {
		contents.forEach((content, page) => {
			const words = content.split(/\s+/).filter(Boolean);
			this.positions.push(
				words.map((word, at) => {
					const forms = new Set([indexWordOf(word), ...(options.compoundWords ? compoundParts(word) : [])]);
					forms.delete('');
					for (const form of forms) {
						if (!this.byWord.has(form)) this.byWord.set(form, []);
						this.byWord.get(form)!.push([page, at]);
					}
					return forms;
				}),
			);
		});
	}

	/** The pages (by index) a Pagefind query finds. */
	search(query: string): Set<number> {
		const words = queryWordsOf(query);
		const found = new Set<number>();
		if (words.length === 0) return found;
		if (/^\s*".+"\s*$/.test(query)) {
			for (const [page, at] of this.byWord.get(words[0]) ?? []) {
				if (words.every((w, k) => this.positions[page][at + k]?.has(w))) found.add(page);
			}
			return found;
		}
		if (words.length !== 1) throw new Error(`the module never asks an unquoted query of several words: ${query}`);
		for (const [word, hits] of this.byWord) if (word.startsWith(words[0])) for (const [page] of hits) found.add(page);
		return found;
	}
}

const INFO = { section: '测试', issue: '2022-12', date: '2022-12-01' };
const contentOf = (title: string, text: string) => toSearchRecord({ url: '/x/', title, text, info: INFO }).content;
const SAMPLE = new PagefindModel(PAGES.map((p) => contentOf(p.title, p.text)));
const FORMS = PAGES.map((p) => ({ text: searchForm(p.text), title: searchForm(p.title) }));
/** The pages (by index) whose text, or title, contains `query`. */
const pagesContaining = (query: string, field: 'text' | 'title' = 'text') => {
	const form = searchForm(query);
	return new Set(FORMS.flatMap((f, i) => (f[field].includes(form) ? [i] : [])));
};
const names = (pages: Set<number>) => [...pages].map((i) => PAGES[i].file).sort();

/** What a reader can type of one line: no spacing, but for one space between Latin/digit runs. */
function typed(line: string): string {
	const chars = [...halfWidth(line.normalize('NFC'))];
	const nearest = (from: number, step: 1 | -1) => {
		for (let i = from; i >= 0 && i < chars.length; i += step) if (!/\s/u.test(chars[i]) && kindOf(chars[i]) !== 'other') return kindOf(chars[i]);
		return undefined;
	};
	return chars
		.map((c, i) => (!/\s/u.test(c) ? c : /\s/u.test(chars[i - 1] ?? '') ? '' : nearest(i, -1) === 'alnum' && nearest(i, 1) === 'alnum' ? ' ' : ''))
		.join('');
}

/**
 * Substrings of 1..8 characters starting at every 7th character of every line
 * (block, table cell) of the sample, as typed; true for those that begin and
 * end with a Han character or a whole Latin/digit run.
 */
function substrings(): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const block of BLOCKS) {
		for (const line of block.split(/[\n\t]/)) {
			const chars = [...typed(line)];
			for (let start = 0; start < chars.length; start += 7) {
				for (let n = 1; n <= 8 && start + n <= chars.length; n++) {
					const first = chars[start];
					const last = chars[start + n - 1];
					const wellCut =
						kindOf(first) !== 'other' &&
						kindOf(last) !== 'other' &&
						!(ALNUM.test(first) && ALNUM.test(chars[start - 1] ?? '')) &&
						!(ALNUM.test(last) && ALNUM.test(chars[start + n] ?? ''));
					const s = chars.slice(start, start + n).join('');
					out.set(s, out.get(s) || wellCut);
				}
			}
		}
	}
	return out;
}

const SUBSTRINGS = substrings();
const hanOnly = (s: string) => [...s].every((c) => HAN.test(c));
const HAN_SUBSTRINGS = [...SUBSTRINGS.keys()].filter(hanOnly);
const MIXED_SUBSTRINGS = [...SUBSTRINGS].filter(([s, wellCut]) => wellCut && !hanOnly(s)).map(([s]) => s);

/** Query `q` for each of `queries`; the ones whose pages differ from `expected`. */
function mismatches(queries: string[], form: (q: string) => string | undefined, expected: (q: string) => Set<number>): string[] {
	const wrong: string[] = [];
	for (const q of queries) {
		const query = form(q);
		const found = query === undefined ? new Set<number>() : SAMPLE.search(query);
		const want = expected(q);
		if (names(found).join() !== names(want).join()) wrong.push(`${q} (${query}): found [${names(found)}], expected [${names(want)}]`);
	}
	return wrong;
}

// ---------------------------------------------------------------------------

describe('the sample content', () => {
	it('has enough text to test with, including the cases the module handles specially', () => {
		expect(PAGES.length).toBeGreaterThanOrEqual(20);
		const all = BLOCKS.join('\n');
		expect(all.length).toBeGreaterThan(20_000);
		for (const needle of ['〔2022〕', '《', '“', 'RCEP', '–', '19140.41', '-3.4', '0577-', '改革 强化', '\t']) expect(all).toContain(needle);
	});
});

describe('toIndexText / fromIndexText', () => {
	it('reads every paragraph, field and table row of the sample back', () => {
		for (const block of BLOCKS) expect(fromIndexText(toIndexText(block)), block).toBe(readBack(block));
	});

	it('reads whole pages (blocks separated by newlines) back', () => {
		for (const page of PAGES) expect(fromIndexText(toIndexText(page.text)), page.file).toBe(readBack(page.text));
	});

	it.each([
		['full-width digits and letters become half-width', '２０２３年ＲＣＥＰ成员国', '2023年RCEP成员国'],
		['en dashes and hyphens stay', 'ZJCC01–2022–0021，电话0577-88925672', 'ZJCC01–2022–0021，电话0577-88925672'],
		['六角括号 and 书名号', '温政办〔2022〕94号《温州市火灾事故调查处理规定》', '温政办〔2022〕94号《温州市火灾事故调查处理规定》'],
		['curly quotes', '“留员工、稳生产、开门红”', '“留员工、稳生产、开门红”'],
		['Latin inside Chinese, with and without spaces', '加大RCEP合作交流支持，赴 RCEP 其他成员国', '加大RCEP合作交流支持，赴RCEP其他成员国'],
		['a space between Latin words stays', 'Regional Comprehensive  Economic Partnership', 'Regional Comprehensive Economic Partnership'],
		['figures in adjacent table cells stay apart', '金融机构人民币存款余额\t亿元\t\t\t19140.41\t15.8', '金融机构人民币存款余额亿元19140.41 15.8'],
		['a negative figure after a cell break', '规模以上工业增加值\t亿元\t137.74\t-3.4\t1467.79\t4.7', '规模以上工业增加值亿元137.74 -3.4 1467.79 4.7'],
		['leading punctuation', '（一）加强组织领导。', '（一）加强组织领导。'],
		['only punctuation', '……', '……'],
		['spacing inside Chinese text goes', '改革 强化　第一条 为', '改革强化第一条为'],
		['paragraph breaks inside Chinese go', '会议强调。\n\n要强化', '会议强调。要强化'],
		['a lone Han character', '定', '定'],
		['surrogate-pair Han characters', '𠀋𠀋的𠀋', '𠀋𠀋的𠀋'],
	])('%s', (_, text, expected) => {
		expect(fromIndexText(toIndexText(text))).toBe(expected);
		expect(readBack(text)).toBe(expected);
	});

	it('keeps punctuation, ␣ and ␤ outside the Han or Latin/digit part of every word', () => {
		const first = /^[^\p{Script=Han}A-Za-z0-9 ]*(?:\p{Script=Han}{1,2}|[A-Za-z0-9]+)[^\p{Script=Han}A-Za-z0-9 ]*$/u;
		const rest = /^(?:\p{Script=Han}{1,2}|[A-Za-z0-9]+)[^\p{Script=Han}A-Za-z0-9 ]*$/u;
		for (const block of BLOCKS) {
			const words = toIndexText(block).split(' ');
			words.forEach((w, i) => expect(w, `${w} in ${block}`).toMatch(i === 0 ? first : rest));
			// Under pagefind.js's own rule (punctuation only) ␣ and ␤ would stay; they only ever trail a word.
			for (const w of words) expect(w.replace(/[␣␤]+$/u, '').replace(/^[^\p{Script=Han}A-Za-z0-9]+/u, '')).not.toMatch(/[␣␤]/u);
		}
	});

	it('makes every Han character start an index word', () => {
		for (const block of BLOCKS.slice(0, 40)) {
			const han = [...halfWidth(block)].filter((c) => HAN.test(c));
			const starts = toIndexText(block)
				.split(' ')
				.map(indexWordOf)
				.filter((w) => HAN.test([...w][0] ?? ''))
				.map((w) => [...w][0]);
			// Each character starts its own word; the first of a run also starts a lone word.
			expect(new Set(starts)).toEqual(new Set(han));
			expect(starts.length).toBeGreaterThanOrEqual(han.length);
		}
	});
});

describe('toQueryTerm', () => {
	it.each([
		['火', '火', '火火'],
		['火灾', '"火灾"', '"火火灾灾"'],
		['故调查组', '"故调 调查 查组"', '"故故调调 调调查查 查查组组"'],
		['RCEP合作', '"rcep 合 合作"', '"rceprcep 合合合 合合作作"'],
		['ＲＣＥＰ', '"rcep"', '"rceprcep"'],
		['0577-88925672', '"0577 88925672"', '"05770577 8892567288925672"'],
		['温政办〔2022〕94号', '"温政 政办 办 2022 94 号"', '"温温政政 政政办办 办办办 20222022 9494 号号号"'],
		['500元', '"500 元"', '"500500 元元元"'],
		['留员工、稳生产', '"留员 员工 工 稳 稳生 生产"', '"留留员员 员员工工 工工工 稳稳稳 稳稳生生 生生产产"'],
	])('%s → %s', (text, anywhere, inTitle) => {
		expect(toQueryTerm(text)).toEqual({ text, anywhere, inTitle });
	});

	it.each(['', '   ', '，。、', '——', '《》', '“”'])('%j has nothing to search', (text) => {
		expect(toQueryTerm(text)).toBeNull();
	});
});

describe('queries against the sample, through the Pagefind model', () => {
	it('has a generous set of substrings to try', () => {
		expect(SUBSTRINGS.filter(hanOnly).length).toBeGreaterThan(5_000);
		expect(SUBSTRINGS.filter((s) => !hanOnly(s)).length).toBeGreaterThan(1_000);
	});

	it('finds a page for a Han substring exactly when the page contains it', () => {
		const wrong: string[] = [];
		for (const s of SUBSTRINGS.filter(hanOnly)) {
			const found = SAMPLE.search(toQueryTerm(s)!.anywhere);
			const expected = pagesWhere((p) => contains(p.text, s));
			if (names(found).join() !== names(expected).join()) wrong.push(`${s}: found ${names(found)}, expected ${names(expected)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('finds a page for a substring mixing Han, Latin, digits and punctuation exactly when the page contains it', () => {
		const mixed: string[] = [];
		for (const block of BLOCKS) {
			for (const line of block.split(/[\n\t]/)) {
				const t = typed(line);
				for (const s of SUBSTRINGS) if (!hanOnly(s) && t.includes(s) && wellCut(s, t)) mixed.push(s);
			}
		}
		expect(new Set(mixed).size).toBeGreaterThan(500);
		const wrong: string[] = [];
		for (const s of new Set(mixed)) {
			const found = SAMPLE.search(toQueryTerm(s)!.anywhere);
			const expected = pagesWhere((p) => contains(p.text, s));
			if (names(found).join() !== names(expected).join()) wrong.push(`${s}: found ${names(found)}, expected ${names(expected)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('finds nothing for substrings with two characters swapped, unless a page has that too', () => {
		let absent = 0;
		const wrong: string[] = [];
		for (const s of SUBSTRINGS.filter((x) => hanOnly(x) && [...x].length >= 3)) {
			const c = [...s];
			[c[1], c[2]] = [c[2], c[1]];
			const swapped = c.join('');
			if (swapped === s) continue;
			const expected = pagesWhere((p) => contains(p.text, swapped));
			if (expected.size === 0) absent++;
			const found = SAMPLE.search(toQueryTerm(swapped)!.anywhere);
			if (names(found).join() !== names(expected).join()) wrong.push(swapped);
		}
		expect(absent).toBeGreaterThan(3_000);
		expect(wrong).toEqual([]);
	});

	it.each([
		['故调查组', '事故|调查组'],
		['工留温', '员工|留温'],
		['温过年', '留温|过年'],
		['改革强化', 'a space between 改革 and 强化 in the text'],
		['500元', '每人500元的标准: 元 goes on into 元的'],
		['2023年', '2023年元旦: 年 goes on into 年元'],
		['12月', '12月份'],
		['30人', '30人以上'],
		['留员工、稳生产', 'punctuation inside the query'],
		['温政办〔2022〕94号', 'the 文号'],
		['ZJCC01–2022–0021', 'the unified number'],
		['19140.41', 'a figure with a decimal point'],
		['0577-88925672', 'a telephone number'],
	])('finds %s (%s) where the text has it', (q, _) => {
		const expected = pagesWhere((p) => contains(p.text, q));
		expect(expected.size).toBeGreaterThan(0);
		expect(names(SAMPLE.search(toQueryTerm(q)!.anywhere))).toEqual(names(expected));
	});

	it.each(['杭州市火灾', '火灾保险', 'RCEP协定', '调故查组', '留工员', '改强革化', '温政办〔2022〕95号', '2022年13月', '稳生产、留员工'])(
		'finds nothing for %s',
		(q) => {
			expect(pagesWhere((p) => contains(p.text, q)).size).toBe(0);
			expect(SAMPLE.search(toQueryTerm(q)!.anywhere).size).toBe(0);
		},
	);
});

describe('title searches through the Pagefind model', () => {
	const titleSubstrings = () => {
		const out = new Set<string>();
		for (const p of PAGES) {
			const chars = [...typed(p.title)];
			for (let start = 0; start < chars.length; start++) for (let n = 2; n <= 8 && start + n <= chars.length; n++) out.add(chars.slice(start, start + n).join(''));
		}
		return [...out].filter(hanOnly);
	};

	it('finds a page for a Han substring of two or more characters exactly when its title contains it', () => {
		const subs = titleSubstrings();
		expect(subs.length).toBeGreaterThan(1_000);
		const wrong: string[] = [];
		for (const s of subs) {
			const found = SAMPLE.search(toQueryTerm(s)!.inTitle);
			const expected = pagesWhere((p) => contains(p.title, s));
			if (names(found).join() !== names(expected).join()) wrong.push(`${s}: found ${names(found)}, expected ${names(expected)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('never finds a title for a text-only phrase', () => {
		for (const s of ['调查组', '留员工', '补助', '张振丰', '事故调查']) {
			const inText = pagesWhere((p) => contains(p.text, s) && !contains(p.title, s));
			expect(inText.size, s).toBeGreaterThan(0);
			for (const i of SAMPLE.search(toQueryTerm(s)!.inTitle)) expect(contains(PAGES[i].title, s), `${s} in ${PAGES[i].file}`).toBe(true);
		}
	});

	it('finds every title with a single character in it, and otherwise only pages whose text doubles it', () => {
		// Known imprecision: the single-character title search is the prefix 火火, which
		// also starts a text bigram 火火. The sample has 何小小 in a text whose title has no 小.
		const chars = new Set(PAGES.flatMap((p) => [...p.title].filter((c) => HAN.test(c))));
		for (const c of chars) {
			const found = SAMPLE.search(toQueryTerm(c)!.inTitle);
			for (const i of pagesWhere((p) => p.title.includes(c))) expect(found.has(i), `${c} in ${PAGES[i].file}`).toBe(true);
			for (const i of found) expect(PAGES[i].title.includes(c) || contains(PAGES[i].text, c + c), `${c} in ${PAGES[i].file}`).toBe(true);
		}
		const small = SAMPLE.search(toQueryTerm('小')!.inTitle);
		const doubledOnly = [...small].filter((i) => !PAGES[i].title.includes('小'));
		expect(doubledOnly.map((i) => PAGES[i].text.includes('小小'))).toContain(true);
	});

	it('keeps title words out of reach of text queries and the other way round', () => {
		const model = new PagefindModel([contentOf('火灾事故', '统计数据'), contentOf('统计数据', '火灾事故')]);
		expect(model.search(toQueryTerm('火灾')!.inTitle)).toEqual(new Set([0]));
		expect(model.search(toQueryTerm('火灾')!.anywhere)).toEqual(new Set([1]));
		expect(model.search(toQueryTerm('火')!.anywhere)).toEqual(new Set([0, 1])); // the title is part of the page too
		expect(model.search(toQueryTerm('灾事')!.inTitle)).toEqual(new Set([0]));
		expect(model.search(toQueryTerm('定')!.inTitle)).toEqual(new Set());
		expect(new PagefindModel([contentOf('规定', '')]).search(toQueryTerm('定')!.inTitle)).toEqual(new Set([0]));
	});
});

describe('Pagefind compound words (known imprecision for Latin/digit runs)', () => {
	it('finds ZJCC01–2022–0021 for "01" as well, through the parts Pagefind splits off a word with punctuation', () => {
		const model = new PagefindModel([contentOf('编号', '统一编号ZJCC01–2022–0021'), contentOf('日期', '2022-12-01')], { compoundWords: true });
		expect(model.search(toQueryTerm('ZJCC01–2022–0021')!.anywhere)).toEqual(new Set([0]));
		expect(model.search(toQueryTerm('01')!.anywhere)).toEqual(new Set([0, 1]));
		// Han words never split further: the model with compound words agrees on every Han query of the sample.
		const withParts = new PagefindModel(
			PAGES.map((p) => contentOf(p.title, p.text)),
			{ compoundWords: true },
		);
		for (const s of SUBSTRINGS.filter(hanOnly).slice(0, 2_000)) {
			const q = toQueryTerm(s)!.anywhere;
			expect(names(withParts.search(q)), s).toEqual(names(SAMPLE.search(q)));
		}
	});
});
