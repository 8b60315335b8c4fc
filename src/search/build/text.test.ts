/**
 * The index form of text and queries (searchText.ts), checked against the
 * sample gazette in content/ and against a model of how Pagefind 1.6 matches.
 *
 * The model, from pagefind 1.6.0's pagefind.js and indexer (fossick/splitting.rs):
 * - A record's content is split on whitespace; each word is one position. The
 *   indexer keeps a word's alphanumeric characters only, lower-cased:
 *   punctuation and symbols go, including ␣ (U+2423) and ␤ (U+2424), which are
 *   \p{So} ("ef␤ gh" is found by "ef gh").
 * - A word with punctuation or an inner capital is also indexed, at the same
 *   position, as its compound-word parts (see compoundParts).
 * - Meta values are searchable too, each field on its own; the worker keeps
 *   only results with a matching content word (see the last tests).
 * - pagefind.js normalises a query: graphemes matching
 *   /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u are dropped (the quotes too),
 *   the rest lower-cased, diacritics stripped, and it is split on spaces.
 * - A query in double quotes is an exact phrase: its words at consecutive
 *   positions, each equal to the indexed word ("火灾 灾" does not find "火灾 灾害").
 * - An unquoted single word is a prefix search. The module never asks one: a
 *   lone character is the exact word search "火" too (every character a page
 *   holds is an index word alone, toCharIndexText), so the model refuses them.
 * - A word of punctuation alone holds a position but indexes nothing.
 *
 * With compound words and meta on, the model found the same pages as a real
 * pagefind 1.6.0 index of these records (built with its Node API, searched
 * with its pagefind.js) for each of the 77,177 queries these tests made from
 * the sample when lone characters were still prefix searches. The properties below use the content alone, without compound
 * parts: what the module itself guarantees. The last tests show the rest.
 */
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../../test/support/sample-pages.ts';
import { matchPlace, TEXT_START, TITLE_WORDS, toSearchRecord } from './record.ts';
import { fromIndexText, toCharIndexText, toIndexText, toNumberIndexText, toQueryTerm, toTitleIndexText } from './text.ts';

const PAGES = samplePages();
const BLOCKS = PAGES.flatMap((p) => p.blocks);

// ---------------------------------------------------------------------------
// What the module promises, restated from its documentation.

const HAN = /\p{Script=Han}/u;
// What Pagefind keeps of a word (its indexer's alphanumerics, and _): letters and numbers other than Han are 'alnum'.
const ALNUM = /[\p{Alphabetic}\p{N}_]/u;
// Full-width letters, digits and underscore are the ASCII ones.
const halfWidth = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ＿]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
// A percent sign is a character of its run, like a digit (written as a letter Pagefind keeps).
const kindOf = (c: string) => (HAN.test(c) ? 'han' : ALNUM.test(c) || /^[%％]$/u.test(c) ? 'alnum' : 'other');

/**
 * What fromIndexText(toIndexText(p)) reads back: p in NFC with full-width
 * letters, digits and percent signs made half-width, and each run of whitespace
 *  - containing a newline or tab (a block break): a space between a Latin
 *    letter/digit and a Latin letter, digit, + or - (two figures in adjacent
 *    table cells), otherwise one newline;
 *  - otherwise: a single space when the punctuation around it sits between two
 *    Latin/digit runs (a space between Latin words), otherwise nothing
 *    (spacing inside Chinese text is print layout);
 *  - nothing at the start or end.
 */
function readBack(p: string): string {
	const s = [...halfWidth(p.normalize('NFC')).replace(/％/gu, '%')];
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
				out += /[A-Za-z0-9%]/.test(before) && /[A-Za-z0-9+-]/.test(after) ? ' ' : '\n';
			} else if (nearest(i - 1, -1) === 'alnum' && nearest(j, 1) === 'alnum') out += ' ';
		}
		i = j;
	}
	return out;
}

/**
 * Text as search compares it: Han characters, letters (lower case), numbers
 * and percent signs as themselves, whitespace as nothing (spacing, line and
 * cell breaks are not text), and where a run of characters ends or starts (at
 * punctuation, at the edges of a page) a separator |f…l| showing the first punctuation mark after
 * the run before it and the last before the run after it: the marks each run
 * edge records. A query's form leaves out what it cannot know: the left part
 * of a separator it starts with, the right part of one it ends with, and any
 * separator at an edge without punctuation (the page may go on there). A
 * query matches a page exactly when its form is a substring of the page's.
 */
function searchForm(text: string, edges: { start: boolean; end: boolean } = { start: false, end: false }): string {
	const tokens: { kind: 'word' | 'marks'; text: string }[] = [];
	for (const c of halfWidth(text.normalize('NFC')).replace(/％/gu, '%')) {
		if (/\s/u.test(c)) continue;
		const kind = kindOf(c) === 'other' ? 'marks' : 'word';
		const last = tokens.at(-1);
		if (kind === 'marks' && last?.kind === 'marks') last.text += c;
		else tokens.push({ kind, text: c });
	}
	// Marks as typed and printed alike: full-width ASCII punctuation as ASCII, every dash as a hyphen.
	const fold = (m: string) => (/^[‐‑‒–—―−－]$/u.test(m) ? '-' : m.replace(/[\uFF01-\uFF5E]/u, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
	// A side of a separator: the mark next to a word; at an edge of a page, nothing but the edge; at an edge of a query, unknown.
	const side = (kind: string | undefined, mark: string, known: boolean) => (kind === 'word' ? fold(mark) : known ? '' : undefined);
	const separator = (marks: string, before: string | undefined, after: string | undefined) => {
		const left = side(before, [...marks][0] ?? '', edges.start);
		const right = side(after, [...marks].at(-1) ?? '', edges.end);
		return `${left === undefined ? '' : `|${left}`}…${right === undefined ? '' : `${right}|`}`;
	};
	let form = '';
	tokens.forEach((t, i) => {
		if (t.kind === 'marks') {
			form += separator(t.text, tokens[i - 1]?.kind, tokens[i + 1]?.kind);
			return;
		}
		if (i === 0 && edges.start) form += separator('', undefined, t.kind);
		form += t.text.toLowerCase();
		if (i === tokens.length - 1 && edges.end) form += separator('', t.kind, undefined);
	});
	return form;
}
/** A page's form: its start and end are edges of runs. */
const pageForm = (text: string) => searchForm(text, { start: true, end: true });
/** A title's form: the page's text goes on after it. */
const titleForm = (text: string) => searchForm(text, { start: true, end: false });

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
const indexWordOf = (word: string) => [...word].filter((c) => /[\p{Alphabetic}\p{N}_]/u.test(c)).join('').toLowerCase();

/**
 * The extra words Pagefind indexes at the same position for a word with
 * punctuation or an inner capital in it: the word with ASCII punctuation made
 * spaces and split at case changes and between a cased letter and a digit,
 * lower case, parts of two
 * or more bytes; non-ASCII punctuation stays in a part (so it only ever
 * matches a prefix search). "ZJCC01-" gives zjcc and 01.
 */
function compoundParts(word: string): string[] {
	const normalised = indexWordOf(word);
	if (!/[^\p{Alphabetic}\p{N}]/u.test(word) && !/\p{Lu}/u.test([...word].slice(1).join(''))) return [];
	const parts = word
		.replace(/[!-/:-@[-`{-~]/g, ' ')
		.replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=[\p{Ll}\p{Lu}])(?=\p{Nd})|(?<=\p{Nd})(?=[\p{Ll}\p{Lu}])|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' ')
		.toLowerCase()
		.trim();
	if (!/\s/.test(parts) && normalised.startsWith(parts)) return [];
	return parts.split(/\s+/).filter((w) => new TextEncoder().encode(w).length > 1);
}

interface ModelRecord {
	content: string;
	meta?: Record<string, string>;
}

/**
 * Pages, each a list of fields (the content, then its meta fields when
 * `meta` is on: Pagefind 1.6 makes meta values searchable too), each a list
 * of positions holding the words indexed there.
 */
class PagefindModel {
	private readonly pages: Set<string>[][][] = [];
	private readonly byWord = new Map<string, [number, number, number][]>();

	constructor(records: (ModelRecord | string)[], options: { compoundWords?: boolean; meta?: boolean } = {}) {
		records.forEach((record, page) => {
			const { content, meta = {} } = typeof record === 'string' ? { content: record } : record;
			const fields = [content, ...(options.meta ? Object.values(meta) : [])];
			this.pages.push(
				fields.map((text, field) =>
					text
						.split(/\s+/)
						.filter(Boolean)
						.map((word, at) => {
							const forms = new Set([indexWordOf(word), ...(options.compoundWords ? compoundParts(word) : [])]);
							forms.delete('');
							for (const form of forms) {
								if (!this.byWord.has(form)) this.byWord.set(form, []);
								this.byWord.get(form)!.push([page, field, at]);
							}
							return forms;
						}),
				),
			);
		});
	}

	/** The pages (by index) a Pagefind query finds. */
	search(query: string): Set<number> {
		return new Set(this.firstMatches(query).keys());
	}

	/**
	 * The pages a Pagefind query finds, each with the position of its first
	 * match in the content (-1 when only a meta field matched): what a
	 * result's `words` starts with.
	 */
	firstMatches(query: string): Map<number, number> {
		const words = queryWordsOf(query);
		const found = new Map<number, number>();
		if (words.length === 0) return found;
		if (/^\s*".+"\s*$/.test(query)) {
			for (const [page, field, at] of this.byWord.get(words[0]) ?? []) {
				if (!words.every((w, k) => this.pages[page][field][at + k]?.has(w))) continue;
				const first = found.get(page);
				const here = field === 0 ? at : -1;
				if (first === undefined || first === -1 || (here >= 0 && here < first)) found.set(page, here);
			}
			return found;
		}
		// Pagefind would search a prefix: at 10,000 pages it reads only the index chunk where the
		// prefix sorts and misses the words beyond it, so the module asks exact words only.
		throw new Error(`the module never asks an unquoted query: ${query}`);
	}
}

const INFO = { section: '测试', issue: '2022-12', date: '2022-12-01' };
/** The record content as toSearchRecord builds it: text words, the text's lone characters, the title's words. */
const contentOf = (title: string, text: string) => toSearchRecord({ url: '/x/', title, text, info: INFO }).content;
const SAMPLE = new PagefindModel(PAGES.map((p) => contentOf(p.title, p.text)));
/** The Pagefind query the module makes of `q`. */
const phrase = (q: string) => toQueryTerm(q)?.phrase;
const FORMS = PAGES.map((p) => ({ text: pageForm(p.text), title: titleForm(p.title) }));
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
 * end with a Han character, a Latin letter, a digit or a percent sign.
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
					const wellCut = kindOf(first) !== 'other' && kindOf(last) !== 'other';
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
		['figures in adjacent table cells stay apart', '金融机构人民币存款余额\t亿元\t\t\t19140.41\t15.8', '金融机构人民币存款余额\n亿元\n19140.41 15.8'],
		['a negative figure after a cell break', '规模以上工业增加值\t亿元\t137.74\t-3.4\t1467.79\t4.7', '规模以上工业增加值\n亿元\n137.74 -3.4 1467.79 4.7'],
		['leading punctuation', '（一）加强组织领导。', '（一）加强组织领导。'],
		['only punctuation', '……', '……'],
		['spacing inside Chinese text goes', '改革 强化　第一条 为', '改革强化第一条为'],
		['a paragraph break is one line break', '会议强调。\n\n要强化', '会议强调。\n要强化'],
		['a lone Han character', '定', '定'],
		['a run starting with its own first character again', '何小小，火 火灾，火\n火灾', '何小小，火火灾，火\n火灾'],
		['surrogate-pair Han characters', '𠀋𠀋的𠀋', '𠀋𠀋的𠀋'],
		['a letter before a percent sign', 'up%和p%', 'up%和p%'],
	])('%s', (_, text, expected) => {
		expect(fromIndexText(toIndexText(text))).toBe(expected);
		expect(readBack(text)).toBe(expected);
	});

	it('keeps punctuation, ␣ and ␤ outside the Han or Latin/digit part of every word', () => {
		const first = /^[^\p{Alphabetic}\p{N}_ ]*(?:[\p{Alphabetic}\p{N}_][qz](?:[a-p]+|x)|[\p{Alphabetic}\p{N}_]{1,2})[^\p{Alphabetic}\p{N}_ ]*$/u;
		const rest = /^(?:[\p{Alphabetic}\p{N}_][qz](?:[a-p]+|x)|[\p{Alphabetic}\p{N}_]{1,2})[^\p{Alphabetic}\p{N}_ ]*$/u;
		const wrong: string[] = [];
		for (const block of BLOCKS) {
			toIndexText(block)
				.split(' ')
				.forEach((w, i) => {
					if (!(i === 0 ? first : rest).test(w)) wrong.push(`${w} in ${block}`);
					// The indexer keeps only the Han or Latin/digit part (pagefind.js's query rule, punctuation
					// only, would keep ␣ and ␤: they are symbols). Either way they never split that part.
					else if (indexWordOf(w) !== /(?:[\p{Alphabetic}\p{N}_][qz](?:[a-p]+|x)|[\p{Alphabetic}\p{N}_]{1,2})/u.exec(w)![0].toLowerCase()) wrong.push(w);
				});
		}
		expect(wrong).toEqual([]);
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

describe('toCharIndexText', () => {
	const lone = (indexText: string) => indexText.split(' ').map(indexWordOf).filter((w) => [...w].length === 1 && HAN.test(w));

	it('makes every Han character of a text an index word alone, with the text words: each character once, none twice', () => {
		for (const block of [...BLOCKS, ...PAGES.map((p) => p.text)]) {
			const han = new Set([...halfWidth(block.normalize('NFC'))].filter((c) => HAN.test(c)));
			const text = lone(toIndexText(block));
			const chars = lone(toCharIndexText(block));
			expect(new Set([...text, ...chars]), block).toEqual(han);
			expect(new Set(chars).size, block).toBe(chars.length);
			expect(chars.filter((c) => text.includes(c)), block).toEqual([]);
		}
	});

	it.each([
		['消防安全', '消 防 安 全'],
		['大安全，小安全', '大 安 全 小'],
		['火灾，火', '火 灾'],
		['火', '火'],
		['温政办〔2022〕94号', '温 政 办 2 0 9 4 号'],
		['RCEP合作', 'r c e p 合 作'],
		['留员工、稳生产', '留 员 工 稳 生 产'],
		['30%，A', '3 0 ꝑ a'],
		['（一）1.', '一 1'],
		['', ''],
	])('%s: %j', (text, form) => {
		expect(toCharIndexText(text)).toBe(form);
	});

	it('never repeats a word of the text: every index word holds two characters of words or more', () => {
		for (const block of [...BLOCKS, ...PAGES.map((p) => p.text), '30%，A', '（一）1.', 'x', 'Ａ']) {
			const single = toIndexText(block).split(' ').filter((w) => [...indexWordOf(w)].length === 1);
			expect(single, block).toEqual([]);
		}
	});

	it('needs no gap between the characters: a query holds a character alone only when it is that one character', () => {
		expect(toCharIndexText('中央国家')).toBe('中 央 国 家');
		const model = new PagefindModel([contentOf('统计', '中央国家'), contentOf('统计', '中央、国家，央')]);
		expect(model.search(toQueryTerm('央、国')!.phrase)).toEqual(new Set([1]));
		expect(model.search(toQueryTerm('家，央')!.phrase)).toEqual(new Set([1]));
		expect(model.search(toQueryTerm('央国')!.phrase)).toEqual(new Set([0]));
		for (const q of [...SUBSTRINGS.keys()].filter((q) => [...q].length > 1)) {
			const words = toQueryTerm(q)?.phrase.slice(1, -1).split(' ') ?? [];
			if (words.length > 1) expect(words.filter((w) => [...w].length === 1), q).toEqual([]);
		}
	});
});

describe('toNumberIndexText', () => {
	it.each([
		['温政办〔2022〕94号', '温政办202294 政办202294 办202294'],
		['见温政办[2022]94号', '见温政办202294 温政办202294 政办202294 办202294'],
		['（温政办【２０２２】９４号）', '温政办202294 政办202294 办202294'],
		['温政办〔2022〕094号', '温政办202294 政办202294 办202294'],
		['温政办 〔2022〕 94 号', '温政办202294 政办202294 办202294'],
		['厅字〔2019〕第34号', ''],
		['温政办〔2022〕94', ''],
		['ZJCC01–2022–0021', 'zjcc0120220021'],
		['ＺＪＣＣ０１－２０２２－００２１', 'zjcc0120220021'],
		['ZJCC01 2022 0021', ''],
		['2022年12月22日', ''],
	])('%s → %j', (text, words) => {
		expect(toNumberIndexText(text)).toBe(words);
	});

	it('writes each number once, however often the text prints it', () => {
		expect(toNumberIndexText('温政发〔2015〕63号，温政发〔2015〕63号')).toBe('温政发201563 政发201563 发201563');
	});
});

describe('toQueryTerm', () => {
	it.each([
		['火', '"火"'],
		['火灾', '"火灾"'],
		['故调查组', '"故调 调查 查组"'],
		['RCEP合作', '"rc ce ep p合 合作"'],
		['ＲＣＥＰ', '"rc ce ep"'],
		// A full-width underscore is _, which Pagefind keeps in a word (blanks in forms: ＿＿年).
		['＿＿年', '"__ _年"'],
		['__年', '"__ _年"'],
		// Punctuation is kept as the mark after the run before it and before the run after it (- is 2d: cn).
		['0577-88925672', '"05 57 77 7zcn 8qcn 88 89 92 25 56 67 72"'],
		['温政办〔2022〕94号', '"温政 政办 办zdabe 2qdabe 20 02 22 2zdabf 9qdabf 94 4号"'],
		['500元', '"50 00 0元"'],
		['30.人', '"30 0zco 人qco"'],
		['30人', '"30 0人"'],
		// Full-width brackets are read as ASCII ones: （ as (, code 28 (ci).
		['（试行）', '"试qci 试行 行zcj"'],
		['100㎡', '"10 00 0zddkb"'],
		['“开门红”', '"开qcabm 开门 门红 红zcabn"'],
		['留员工、稳生产', '"留员 员工 工zdaab 稳qdaab 稳生 生产"'],
	])('%s → %s', (text, phrase) => {
		expect(toQueryTerm(text)).toEqual({ text, phrase });
	});

	it.each([
		['规定', '规qx 规定 规 定'],
		['火', '火qx 火'],
		['RCEP合作', 'Rqx RC CE EP P合 合作 r c e p 合 作'],
		['温政办〔2022〕94号', '温qx 温政 政办 办zdabe〔 2qdabe 20 02 22 2zdabf〕 9qdabf 94 4号 温 政 办 2 0 9 4 号'],
		['“留员工、稳生产”', '“留qcabm 留员 员工 工zdaab、 稳qdaab 稳生 生产 产zcabn” 留 员 工 稳 生 产'],
		['火灾火', '火qx 火灾 灾火 火 灾'],
		['', ''],
	])('the title %s is written %s: its text words but no end word (the page goes on after it), then its characters alone', (title, form) => {
		expect(toTitleIndexText(title)).toBe(form);
	});

	it.each(['', '   ', '，。、', '——', '《》', '“”'])('%j has nothing to search', (text) => {
		expect(toQueryTerm(text)).toBeNull();
	});
});

describe('queries against the sample, through the Pagefind model', () => {

	it('has a generous set of substrings to try', () => {
		expect(HAN_SUBSTRINGS.length).toBeGreaterThan(5_000);
		expect(MIXED_SUBSTRINGS.length).toBeGreaterThan(500);
		for (const s of ['RCEP', '2023年', '19140.41']) expect(MIXED_SUBSTRINGS.some((m) => m.includes(s)), s).toBe(true);
	});

	it('finds a page for a Han substring exactly when the page contains it', () => {
		expect(mismatches(HAN_SUBSTRINGS, phrase, (q) => pagesContaining(q))).toEqual([]);
	});

	it('finds a page for a substring mixing Han, Latin, digits and punctuation exactly when the page contains it', () => {
		expect(mismatches(MIXED_SUBSTRINGS, phrase, (q) => pagesContaining(q))).toEqual([]);
	});

	it('finds a substring that starts or ends with punctuation exactly when the page has that punctuation there', () => {
		const edged = [...SUBSTRINGS].filter(([q, wellCut]) => !wellCut && [...q].some((c) => kindOf(c) !== 'other')).map(([q]) => q);
		expect(edged.length).toBeGreaterThan(1_000);
		expect(mismatches(edged, phrase, (q) => pagesContaining(q))).toEqual([]);
	});

	it('finds nothing for substrings with two characters swapped, unless a page has that too', () => {
		const swapped = HAN_SUBSTRINGS.filter((s) => [...s].length >= 3)
			.map((s) => {
				const c = [...s];
				[c[1], c[2]] = [c[2], c[1]];
				return c.join('');
			})
			.filter((s) => !SUBSTRINGS.has(s));
		expect(swapped.filter((s) => pagesContaining(s).size === 0).length).toBeGreaterThan(3_000);
		expect(mismatches(swapped, phrase, (q) => pagesContaining(q))).toEqual([]);
	});

	it('finds a phrase across a block break (the end of one paragraph, field or table cell and the start of the next) exactly when the page has it', () => {
		const across: string[] = [];
		for (const page of PAGES) {
			const lines = page.text.split(/[\n\t]+/).map(typed).filter(Boolean);
			for (let i = 1; i < lines.length; i++) {
				const [before, after] = [[...lines[i - 1]], [...lines[i]]];
				for (const n of [1, 2]) across.push([...before.slice(-n), ...after.slice(0, 3 - n)].join(''));
			}
		}
		const wellCut = [...new Set(across)].filter((q) => kindOf([...q][0]) !== 'other' && kindOf([...q].at(-1)!) !== 'other');
		expect(wellCut.length).toBeGreaterThan(300);
		expect(mismatches(wellCut, phrase, (q) => pagesContaining(q))).toEqual([]);
	});

	it.each([
		['2015', ['20\t15', '20\n\n15'], ['20、15', '20.15']],
		['通知各县', ['通知\n各县（市、区）'], ['通知。各县']],
		['30人', ['30人员', '1930 人', '30\t人'], ['30.人员', '30、人员']],
		['第3条', ['第3条'], ['第，3条', '第3、条']],
		['0.5', ['0.5', '10.50'], ['05', '0\n5']],
		// A percent sign is a character of its run: the marks next to it count like any other.
		['30%）', ['增长30%）', '增长130％）'], ['增长30%以上', '增长30）']],
		['%以上', ['30%以上', '30％以上'], ['30%，以上', '30以上']],
		// Characters Pagefind keeps beyond Han, ASCII letters and digits are characters of runs.
		['措施①加强', ['措施①加强'], ['措施加强']],
		['Ⅱ类', ['领导；Ⅱ类'], ['领导；Ⅰ类']],
		['100m²', ['面积100m²'], ['面积100m']],
		['姓名：____', ['姓名：____。'], ['姓名：']],
		// A Kangxi radical is dropped by Pagefind: a mark here, like punctuation.
		['⼈民', ['⼈民政府'], ['人民政府']],
	])('finds %s in the texts %j, and not in %j', (q, have, lack) => {
		const texts = [...have, ...lack];
		const model = new PagefindModel(texts.map((t) => contentOf('统计', t)));
		const found = [...model.search(phrase(q)!)].map((i) => texts[i]);
		expect(found).toEqual(have);
		expect(texts.filter((t) => pageForm(t).includes(searchForm(q)))).toEqual(have);
		for (const t of texts) expect(fromIndexText(toIndexText(t))).toBe(readBack(t));
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
		['RCEP', 'Latin letters'],
	])('finds %s (%s) where the text has it', (q) => {
		expect(pagesContaining(q).size).toBeGreaterThan(0);
		expect(mismatches([q], phrase, (x) => pagesContaining(x))).toEqual([]);
	});

	it.each(['杭州市火灾', '火灾保险', 'RCEP协定', '调故查组', '留工员', '改强革化', '温政办〔2022〕95号', '2022年13月', '稳生产、留员工', '1914041'])(
		'finds nothing for %s',
		(q) => {
			expect(pagesContaining(q).size).toBe(0);
			expect(SAMPLE.search(phrase(q)!).size).toBe(0);
		},
	);
});

describe('where a phrase first matches, through the Pagefind model', () => {
	/** The pages (by index) whose first match of `q` is in the title block, as the worker reads it. */
	const titled = (model: PagefindModel, q: string) =>
		new Set([...model.firstMatches(toQueryTerm(q)!.phrase)].filter(([, at]) => at >= 0 && matchPlace(at) === 'title').map(([page]) => page));
	const titleSubstrings = () => {
		const out = new Set<string>();
		for (const p of PAGES) {
			const chars = [...typed(p.title)];
			for (let start = 0; start < chars.length; start++) {
				for (let n = 1; n <= 8 && start + n <= chars.length; n++) out.add(chars.slice(start, start + n).join(''));
			}
		}
		return [...out].filter((s) => kindOf([...s][0]) !== 'other' && kindOf([...s].at(-1)!) !== 'other');
	};
	const titleMismatches = (queries: string[]) =>
		queries.flatMap((q) => {
			const [found, want] = [names(titled(SAMPLE, q)), names(pagesContaining(q, 'title'))];
			return found.join() === want.join() ? [] : [`${q}: in the title of [${found}], expected [${want}]`];
		});

	it('is in the title block exactly when the title contains the query: every substring of every title', () => {
		const subs = titleSubstrings();
		expect(subs.length).toBeGreaterThan(1_000);
		expect(subs.filter((q) => [...q].length === 1).length).toBeGreaterThan(100);
		expect(titleMismatches(subs)).toEqual([]);
	});

	it('is in the text for phrases the text has and the title not', () => {
		const queries = ['调查组', '留员工', '补助', '张振丰', '事故调查', '小'];
		for (const q of queries) expect(pagesContaining(q).size, q).toBeGreaterThan(pagesContaining(q, 'title').size);
		expect(titleMismatches(queries)).toEqual([]);
	});

	it('finds the same pages as the text alone: a title is part of its page\'s text', () => {
		const textOnly = new PagefindModel(PAGES.map((p) => `${toIndexText(p.text)} ${toCharIndexText(p.text)}`));
		const wrong = HAN_SUBSTRINGS.filter((_, i) => i % 5 === 0).filter((q) => names(SAMPLE.search(phrase(q)!)).join() !== names(textOnly.search(phrase(q)!)).join());
		expect(wrong).toEqual([]);
	});

	it('keeps the blocks apart: no phrase runs from the title into the numbers or the text', () => {
		const record = (title: string, text: string, docNumber?: string) =>
			toSearchRecord({ url: '/x/', title, text, info: { ...INFO, ...(docNumber ? { docNumber } : {}) } }).content;
		const model = new PagefindModel([record('火灾', '事故调查'), record('规定', '规定', '温政发〔2022〕5号')]);
		expect(model.search(phrase('火灾事故')!)).toEqual(new Set());
		expect(model.search(phrase('规定温政发')!)).toEqual(new Set());
		expect(model.search(phrase('5号规定')!)).toEqual(new Set());
		expect(model.search(phrase('定')!)).toEqual(new Set([1]));
		// A 文号 query is the one word the index writes for the 文号 (planSearch), found first in the number block.
		expect([...model.firstMatches('"温政发20225"').values()].map(matchPlace)).toEqual(['own-number']);
		expect([...model.firstMatches(phrase('事故')!).values()].map(matchPlace)).toEqual(['text']);
	});

	it('cuts a title too long for its block rather than letting it into the next', () => {
		const title = '关于'.repeat(400);
		const words = toSearchRecord({ url: '/x/', title, text: '正文', info: INFO }).content.split(' ');
		expect(indexWordOf(words[TITLE_WORDS - 1])).toBe('');
		expect(words[TEXT_START]).toBe('正qx');
	});
});

describe('what Pagefind adds on top (known imprecision)', () => {
	const full = (records: (ModelRecord | string)[]) => new PagefindModel(records, { compoundWords: true, meta: true });

	it('adds no compound-word part a query could match: a part of a bigram is one character, which Pagefind drops, the code of a mark alone, or keeps punctuation, which query words never have', () => {
		const words = PAGES.flatMap((p) => contentOf(p.title, p.text).split(' '));
		expect(words.flatMap(compoundParts).length).toBeGreaterThan(0);
		// The words a query is made of: one or two characters, a character with q or z and a mark's code.
		const queryWord = /^(?:[\p{Alphabetic}\p{N}_]{1,2}|[\p{Alphabetic}\p{N}_][qz](?:[a-p]+|x))$/u;
		// A part that is one of the word's own characters (ꝑ of 0ꝑ.) is found only by that character, which the page holds.
		const extra = words.flatMap((w) => compoundParts(w).filter((part) => part !== indexWordOf(w) && queryWord.test(part) && !([...part].length === 1 && w.includes(part))));
		expect(extra).toEqual([]);
		const model = full([contentOf('编号', '编号ZJCC01-2022-0021'), contentOf('编号', '编号ZJCC01–2022–0021'), contentOf('日期', '12月01日')]);
		expect(model.search(toQueryTerm('ZJCC01-2022-0021')!.phrase)).toEqual(new Set([0, 1]));
		// 01 is in all three texts: in ZJCC01 and in 12月01日.
		expect(model.search(toQueryTerm('01')!.phrase)).toEqual(new Set([0, 1, 2]));
	});

	it('finds pages through their meta values too, which the worker drops: no word of their content matched', () => {
		const record = (text: string, date: string) =>
			toSearchRecord({ url: '/x/', title: '政务简讯', text, info: { section: '县区风采', issue: '2022-12', date } });
		const records = [record('市长主持召开会议', '2022-12-30'), record('补助30人以上', '2022-12-01')];
		const withMeta = full(records);
		const contentOnly = new PagefindModel(
			records.map((r) => r.content),
			{ compoundWords: true },
		);
		expect(withMeta.search(toQueryTerm('30')!.phrase)).toEqual(new Set([0, 1])); // 2022-12-30
		expect(contentOnly.search(toQueryTerm('30')!.phrase)).toEqual(new Set([1]));
		// A lone character is an exact word now: it no longer finds a meta value it starts (县区风采).
		expect(withMeta.search(toQueryTerm('县区风采')!.phrase)).toEqual(new Set()); // meta values are one word each
		expect(withMeta.search(toQueryTerm('县')!.phrase)).toEqual(new Set());
		expect(contentOnly.search(toQueryTerm('县')!.phrase)).toEqual(new Set());
		expect(withMeta.search(toQueryTerm('政')!.phrase)).toEqual(new Set([0, 1])); // in the title 政务简讯, which the title block holds
		expect(withMeta.search(toQueryTerm('补')!.phrase)).toEqual(new Set([1]));
	});

	it('never splits Han words: with compound parts every Han query of the sample finds the same pages', () => {
		const withParts = new PagefindModel(
			PAGES.map((p) => contentOf(p.title, p.text)),
			{ compoundWords: true },
		);
		const wrong = HAN_SUBSTRINGS.filter((_, i) => i % 3 === 0).filter((s) => {
			const q = toQueryTerm(s)!.phrase;
			return names(withParts.search(q)).join() !== names(SAMPLE.search(q)).join();
		});
		expect(wrong).toEqual([]);
	});

	it('finds a lone character as the exact word only: 来来 in a text is not 来, and 来 inside 出来了 is found through the text\'s characters', () => {
		const model = full([contentOf('统计数据', '来源可靠'), contentOf('统计数据', '发展未来'), contentOf('统计数据', '出来了'), contentOf('统计数据', '来来往往')]);
		// 来 in the middle of 出来了 is a word alone only among the text's characters (toCharIndexText).
		expect(toIndexText('出来了').split(' ')).not.toContain('来');
		expect(model.search(toQueryTerm('来')!.phrase)).toEqual(new Set([0, 1, 2, 3]));
		expect(model.search(toQueryTerm('来来')!.phrase)).toEqual(new Set([3]));
	});
});
