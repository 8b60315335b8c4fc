/**
 * 文号: issuer code + year in 六角括号 + serial + 号, e.g. 温政办〔2022〕94号.
 * Content stores the canonical spelling; readers type many others, all parsed here.
 */
import { toHalfWidthAlnum } from './text.ts';

export interface DocNumber {
	/** 机关代字, e.g. 温政办. */
	issuerCode: string;
	/** 年份. */
	year: number;
	/** 发文顺序号, without leading zeros. */
	serial: number;
}

/** What a canonical 文号 looks like, for error messages. */
export const DOC_NUMBER_EXPECTED = '机关代字〔年份〕序号号, e.g. 温政办〔2022〕94号';

const CANONICAL = /^(\p{Script=Han}{1,12})〔(\d{4})〕([1-9]\d*)号$/u;

// Any bracket people use around the year, or 年 after it, or nothing at all.
const LENIENT =
	/^\s*(\p{Script=Han}{1,12}?)\s*[〔\[【(（［{｛]?\s*(\d{4})\s*(?:[〕\]】)）］}｝]|年)?\s*第?\s*0*(\d{1,5})\s*号?\s*$/u;

/** Parses the canonical spelling only; content must use it. */
export function parseCanonicalDocNumber(input: string): DocNumber | null {
	const m = CANONICAL.exec(input);
	return m ? { issuerCode: m[1], year: Number(m[2]), serial: Number(m[3]) } : null;
}

/** Parses any common spelling: [2022], 【2022】, (2022), 2022年, spaces, 094, no 号, full-width digits. */
export function parseDocNumber(input: string): DocNumber | null {
	const m = LENIENT.exec(toHalfWidthAlnum(input));
	if (!m || Number(m[3]) === 0) return null;
	return { issuerCode: m[1], year: Number(m[2]), serial: Number(m[3]) };
}

/** The canonical spelling: 温政办〔2022〕94号. */
export function formatDocNumber(n: DocNumber): string {
	return `${n.issuerCode}〔${n.year}〕${n.serial}号`;
}

/** URL segment derived from the 文号: 温政办-2022-94. Stable as long as the 文号 is. */
export function docNumberSlug(n: DocNumber): string {
	return `${n.issuerCode}-${n.year}-${n.serial}`;
}
