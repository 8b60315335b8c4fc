/**
 * Printed lines → paragraphs → Markdown. Print wraps every line at the
 * measure (about 20 characters in documents, wider on some pages), indents a
 * paragraph's first line by two characters, and never starts a line with
 * closing punctuation. A line ends its paragraph when the next line's first
 * unbreakable piece would still have fitted on it, but a line only one to
 * three characters short ends one only at a sentence's end: print leaves a
 * line that short where full-width quotes, brackets and commas may neither end
 * nor start a line. The published wording is kept exactly; only layout (line
 * breaks, letter-spacing) is undone.
 */
import { closeUp, displayWidth, isLetterSpaced, isPageBreak, type SourceLine } from './lines.ts';

export interface Paragraph {
	/** The paragraph's text, lines joined, letter-spacing closed up. */
	text: string;
	/** Input line number of its first printed line. */
	line: number;
}

/** Punctuation that may not start a printed line. */
const CLOSING = '，。、；：！？）》”’〕】〉…,.;:!?)]%';
/** Punctuation that may not end a printed line. */
const OPENING = '“‘《（〔【〈([';

/** The numbering that opens a paragraph: 一、 （一） 1. 1、 第一条 △ 附件. */
export const PARAGRAPH_MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．、](?!\d)|第[一二三四五六七八九十百零〇]+条|△|附件|附表)/u;
/** A clause or a bracketed aside ends here: before a 1. or （一） a paragraph may end. */
const CLAUSE_END = /[。；：！？;:!?）)]$/u;
/** A sentence ends here: 。！？；：, and the closing quotes or brackets after them, or an aside closing after it: 。（责任单位：…）. */
const SENTENCE_END = /(?:[。！？；：;:!?][”’」』）)》〕】]*|[。！？；;!?][（(][^（）()]*[）)])$/u;
/** How short a line may be and still be full: print cannot always fill the measure with full-width punctuation. */
const NEARLY_FULL = 3;
const PHONE_END = /\d{3,4}[-－–]\d{7,8}$/u;

interface Info {
	no: number;
	text: string;
	width: number;
	justified: boolean;
	/** Printed with a full-width-space indent: a paragraph's first line. */
	indented: boolean;
	page: number;
}

/** Width of the first piece of `text` that print cannot break: 度、 is two, 2023 is two, “152333” is five. */
export function unbreakableWidth(text: string): number {
	if (text === '' || CLOSING.includes(text[0])) return Infinity;
	let i = 0;
	let w = 0;
	while (i < text.length && OPENING.includes(text[i])) w += displayWidth(text[i++]);
	if (i < text.length) {
		if (/[A-Za-z0-9]/.test(text[i])) while (i < text.length && /[A-Za-z0-9.%+\-/]/.test(text[i])) w += displayWidth(text[i++]);
		else {
			const ch = String.fromCodePoint(text.codePointAt(i)!);
			w += displayWidth(ch);
			i += ch.length;
		}
	}
	while (i < text.length && CLOSING.includes(text[i])) w += displayWidth(text[i++]);
	return w;
}

/** A high percentile of the widths: robust against a few overfull lines. */
function percentile80(widths: number[]): number | undefined {
	if (widths.length === 0) return undefined;
	const sorted = [...widths].sort((a, b) => a - b);
	return sorted[Math.floor(0.8 * (sorted.length - 1))];
}

/**
 * The measure around line `at`: the most common width among the widest lines
 * nearby on the same page (a page may set one brief at 21 characters and the
 * next at 20). Where nothing nearby is full (a run of short paragraphs), or the
 * neighbourhood is far narrower than the text as a whole, the text's measure.
 */
function localMeasure(info: readonly Info[], at: number, overall: number, radius = 6): number {
	const near = info.filter((l, i) => Math.abs(i - at) <= radius && l.page === info[at].page && !l.justified).map((l) => l.width);
	// Only lines near the widest can be full; short paragraphs' lines say nothing.
	const widest = Math.max(0, ...near);
	const counts = new Map<number, number>();
	for (const w of near.filter((w) => w >= widest - 1.5)) {
		const bucket = Math.floor(w);
		counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
	}
	let best: [number, number] | undefined;
	for (const [bucket, count] of counts) if (!best || count > best[1] || (count === best[1] && bucket > best[0])) best = [bucket, count];
	return best && best[1] >= 2 && best[0] >= overall - 1 ? best[0] : overall;
}

export interface ReflowOptions {
	/** First-line indent in characters (2 in the gazette). */
	indent?: number;
	/** Use this measure instead of estimating it from the lines. */
	measure?: number;
	/** The narrowest measure to assume when few lines are full (20 in the gazette). */
	minMeasure?: number;
}

/**
 * Joins printed lines into paragraphs. `lines` are the lines of one flow of
 * text with running headers already removed; blank lines are ignored.
 */
export function reflow(lines: readonly SourceLine[], options: ReflowOptions = {}): Paragraph[] {
	const indent = options.indent ?? 2;
	let page = 0;
	const info: Info[] = [];
	for (const l of lines) {
		if (l.text.trim() === '') continue;
		if (info.length > 0 && isPageBreak(l)) page++;
		const trimmed = l.text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
		const width = displayWidth(trimmed);
		// Letter-spaced to fill the measure; a short spaced-out heading (附  则) is not.
		const justified = isLetterSpaced(trimmed) && width >= 12;
		info.push({ no: l.no, text: closeUp(l.text), width, justified, indented: /^\u3000/u.test(l.text), page });
	}
	// A short text may have no full line at all: never assume a measure narrower than the gazette's.
	const overall = Math.max(percentile80(info.filter((l) => !l.justified).map((l) => l.width)) ?? 0, options.minMeasure ?? 20);
	const measures = info.map((_, i) => options.measure ?? localMeasure(info, i, overall));

	const out: Paragraph[] = [];
	let current: Info[] = [];
	const flush = () => {
		if (current.length > 0) out.push({ text: current.map((c) => c.text).join(''), line: current[0].no });
		current = [];
	};
	info.forEach((line, i) => {
		if (current.length > 0) {
			const next = info[i + 1];
			if (endsParagraph(current, line, measures[i - 1], indent) || opensParagraph(current, line, next, measures[i], indent)) flush();
		}
		current.push(line);
	});
	flush();
	return out;
}

/**
 * True when the paragraph so far (`current`, its lines) may end here: at a
 * sentence's end, or after a numbered heading of one line, which has no
 * sentence in it (一、政策背景).
 */
function mayEnd(current: readonly Info[]): boolean {
	const text = current.map((c) => c.text).join('');
	if (SENTENCE_END.test(text)) return true;
	return current.length === 1 && PARAGRAPH_MARKER.test(text) && !/[，,。；;：:]/u.test(text.replace(PARAGRAPH_MARKER, ''));
}

function endsParagraph(current: readonly Info[], cur: Info, measure: number, indent: number): boolean {
	const prev = current[current.length - 1];
	const prevIsFirst = current.length === 1;
	const need = unbreakableWidth(cur.text);
	if (need === Infinity) return false;
	if (OPENING.includes(prev.text[prev.text.length - 1])) return false;
	if (cur.indented) return true;
	if (PHONE_END.test(prev.text)) return true;
	if (prev.justified) return false;
	const slack = measure - (prevIsFirst ? indent : 0) - prev.width;
	if (PARAGRAPH_MARKER.test(cur.text) && (CLAUSE_END.test(prev.text) || slack >= 1)) return true;
	if (slack <= NEARLY_FULL && !mayEnd(current)) return false;
	// Strictly more room than the next piece needs: widths are estimates, a line one character short is often full.
	return slack > need + (prevIsFirst ? 1 : 0);
}

/**
 * A short line followed by a full one must be a paragraph's indented first
 * line: were it a middle or last line, the full line after it would have to
 * open a paragraph, and a full line cannot be indented.
 */
function opensParagraph(current: readonly Info[], cur: Info, next: Info | undefined, measure: number, indent: number): boolean {
	// A letter-spaced line says nothing about the measure: it may be a first line itself.
	if (!next || cur.justified || next.justified || next.page !== cur.page) return false;
	// A short line after a sentence that has not ended goes on with it, narrowed by its punctuation: not a first line.
	if (!mayEnd(current)) return false;
	if (PARAGRAPH_MARKER.test(next.text) || unbreakableWidth(next.text) === Infinity) return false;
	const nextIsFull = next.width > measure - indent + 0.5;
	return nextIsFull && measure - cur.width > unbreakableWidth(next.text) && !OPENING.includes(cur.text[cur.text.length - 1]);
}

/** A 一、 heading: the whole paragraph is the heading, no sentence inside. */
const PART_HEADING = /^[一二三四五六七八九十]+、[^。；;]*$/u;
/** A stand-alone （一） heading: no sentence punctuation, not ending like a clause. */
const SUBPART_HEADING = /^[（(][一二三四五六七八九十]+[）)][^。；;：:！!？?]*$/u;

/** The Markdown line for one paragraph: ### for 一、 headings, #### for stand-alone （一） headings. */
export function markdownBlock(text: string): string {
	if (PART_HEADING.test(text) && text.length <= 60) return `### ${text}`;
	if (SUBPART_HEADING.test(text) && !/[，,、]$/u.test(text) && text.length <= 40) return `#### ${text}`;
	if (text === '附则') return `### ${text}`;
	return text;
}

/** Paragraphs as Markdown, blank lines between blocks. */
export function toMarkdown(paragraphs: readonly (Paragraph | string)[]): string {
	return paragraphs.map((p) => (typeof p === 'string' ? p : markdownBlock(p.text))).join('\n\n');
}
