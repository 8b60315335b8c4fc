/**
 * The printed issue's extracted text, line by line, and what print layout
 * tells about each line: its width in full-width characters, whether it opens
 * a new printed page (a leading space), whether it was letter-spaced to fill
 * the measure (刘 小 涛 强 调 ，). Pure; no Astro, no file system.
 */

/** One line of the input with its 1-based line number. */
export interface SourceLine {
	no: number;
	text: string;
}

/** Splits the input into numbered lines (CRLF or LF), keeping blank ones so line numbers stay true. */
export function toLines(text: string): SourceLine[] {
	return text.replace(/^\uFEFF/, '').split(/\r?\n/).map((t, i) => ({ no: i + 1, text: t }));
}

/** Blank, or only spaces (ASCII or full-width). */
export function isBlank(line: SourceLine | string): boolean {
	return (typeof line === 'string' ? line : line.text).trim() === '';
}

/** The lines that carry text. */
export function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
	return lines.filter((l) => !isBlank(l));
}

/** A line that starts a new printed page: the extraction puts one ASCII space before it. */
export function isPageBreak(line: SourceLine | string): boolean {
	return /^ \S/u.test(typeof line === 'string' ? line : line.text);
}

/** A line pushed far right in print (signatures, dates under them): many leading spaces. */
export function isRightAligned(line: SourceLine | string): boolean {
	return /^[ \u3000]{8,}\S/u.test(typeof line === 'string' ? line : line.text);
}

/** Printed width in full-width characters: ASCII counts half, everything else one. */
export function displayWidth(text: string): number {
	let w = 0;
	for (const ch of text) w += ch.charCodeAt(0) < 0x7f ? 0.5 : 1;
	return w;
}

/** All whitespace (ASCII and full-width) removed: for comparing printed text with layout ignored. */
export function compact(text: string): string {
	return text.replace(/[\s\u3000]+/gu, '');
}

const SINGLE_HAN_OR_PUNCT = /^[\p{Script=Han}\p{P}]$/u;

/**
 * True for a line set letter-spaced to fill the measure: every character
 * separated by spaces, e.g. `刘 小 涛 强 调 ， 要 在` or `附  则`.
 */
export function isLetterSpaced(text: string): boolean {
	const tokens = text.trim().split(/[ \u3000]+/u);
	if (tokens.length < 2) return false;
	const single = tokens.filter((t) => SINGLE_HAN_OR_PUNCT.test(t)).length;
	if (tokens.length < 4) return single === tokens.length && tokens.every((t) => /^\p{Script=Han}$/u.test(t));
	// A few two-character runs survive justification (刘 小 涛 强 调 ， 要 在 区 域 竞 争).
	return single / tokens.length >= 0.75;
}

// Punctuation that never takes a space beside it in running Chinese text.
const TIGHT = '“”‘’《》〈〉（）【】〔〕，。、；！？…—';

/**
 * A printed line as text: trimmed, letter-spacing closed up, stray spaces beside
 * punctuation removed, runs of spaces collapsed to one. Spaces between two
 * Han characters stay: they are the title's own (中共中央办公厅 国务院办公厅).
 */
export function closeUp(text: string): string {
	let t = text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
	if (isLetterSpaced(t)) return t.replace(/[ \u3000]+/gu, '');
	t = t.replace(/[ \u3000]+/gu, ' ');
	t = t.replace(new RegExp(` (?=[${TIGHT}])`, 'gu'), '').replace(new RegExp(`(?<=[${TIGHT}]) `, 'gu'), '');
	return t;
}
