/**
 * Finds where a text refers to another document: a 文号 (bare, or after a
 * title as in 《title》（温政办〔2021〕11号）) and a title in 《》 without a number.
 * Pure; used both to link the text and to build the cross-reference lists.
 */
import { formatDocNumber } from '../docNumber.ts';
import { toHalfWidthAlnum } from '../text.ts';

export interface Reference {
	/** The span of the text that refers, [start, end). */
	start: number;
	end: number;
	/** The cited 文号, canonical, when the reference carries one. */
	docNumber?: string;
	/** The 文号 as printed (厅字〔2019〕第34号), when the reference carries one. */
	printedNumber?: string;
	/** The title in 《》 as printed, line breaks joined, when there is one. */
	title?: string;
}

// A line break inside a title is print layout; a space between two names is the title's own.
const joinTitle = (raw: string) => raw.replace(/\s*\n\s*/g, '').replace(/\s+/g, ' ').trim();

// 文号 as printed in running text: 〔〕 or the brackets people type, an optional 第, 号.
const DOC_NUMBER = /(\p{Script=Han}{1,12})\s*[〔［\[【(（]\s*([0-9０-９]{4})\s*[〕］\]】)）]\s*第?\s*([0-9０-９]{1,5})\s*号/gu;

/** 《》 spans with nesting respected: 《关于印发《…》的通知》 gives the outer and the inner span. */
function titleSpans(text: string): { start: number; end: number; title: string }[] {
	const spans: { start: number; end: number; title: string }[] = [];
	const open: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '《') open.push(i);
		else if (text[i] === '》' && open.length > 0) {
			const start = open.pop()!;
			spans.push({ start, end: i + 1, title: joinTitle(text.slice(start + 1, i)) });
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

/**
 * The issuer code before a bracket. Running text can run straight into it
 * (经温政办〔2022〕94号), so a code the gazette knows wins; otherwise the
 * whole Han run, which is right after （, 《, punctuation or a line start.
 */
function issuerCode(run: string, knownCodes: ReadonlySet<string>): string {
	for (let i = 0; i < run.length; i++) if (knownCodes.has(run.slice(i))) return run.slice(i);
	return run;
}

export function findReferences(text: string, knownCodes: ReadonlySet<string> = new Set()): Reference[] {
	const refs: Reference[] = [];
	const titles = titleSpans(text);
	for (const m of text.matchAll(DOC_NUMBER)) {
		const code = issuerCode(m[1], knownCodes);
		const year = Number(toHalfWidthAlnum(m[2]));
		const serial = Number(toHalfWidthAlnum(m[3]));
		if (serial === 0) continue;
		const docNumber = formatDocNumber({ issuerCode: code, year, serial });
		let start = m.index! + m[1].length - code.length;
		let end = m.index! + m[0].length;
		const printedNumber = text.slice(start, end).replace(/\s+/g, '');
		// 《title》（文号）: the title and its number are one reference.
		const before = text.slice(0, start);
		const wrapped = /[（(]\s*$/.exec(before);
		const title = wrapped ? titles.find((t) => t.end === wrapped.index) : undefined;
		if (title && /^\s*[）)]/.test(text.slice(end))) {
			start = title.start;
			end += /^\s*[）)]/.exec(text.slice(end))![0].length;
			refs.push({ start, end, docNumber, printedNumber, title: title.title });
		} else refs.push({ start, end, docNumber, printedNumber });
	}
	// Titles that carry no number are mentions; an outer 《关于印发《…》的通知》 covers its inner title.
	for (const t of titles) {
		if (refs.some((r) => t.start >= r.start && t.end <= r.end)) continue;
		if (titles.some((o) => o !== t && o.start < t.start && o.end > t.end)) continue;
		refs.push({ start: t.start, end: t.end, title: t.title });
	}
	return refs.sort((a, b) => a.start - b.start);
}

/**
 * The regulation a title names, tolerant of the cover notice's wrapper:
 * 《温州市人民政府办公室关于印发温州市火灾事故调查处理规定的通知》 and
 * 《关于印发《…》的通知》 both name the title inside.
 */
export function regulationTitleKey(title: string): string {
	let t = title.replace(/\s+/g, '').replace(/["＂]/g, '"');
	const inner = /《(.+)》/.exec(t);
	if (inner) t = inner[1];
	const wrapped = /^.*?关于印发(.+)的通知$/.exec(t);
	if (wrapped) t = wrapped[1];
	return t.replace(/^《|》$/g, '');
}
