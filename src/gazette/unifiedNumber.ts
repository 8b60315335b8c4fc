/**
 * 规范性文件统一编号, e.g. ZJCC01–2022–0021: printed with en dashes, typed with
 * hyphens, spaces or in lower case.
 */
import { toHalfWidthAlnum } from './text.ts';

export interface UnifiedNumber {
	/** Issuing-system code, e.g. ZJCC01. */
	prefix: string;
	/** 年份. */
	year: number;
	/** Serial with its printed leading zeros, e.g. 0021. */
	serial: string;
}

/** What a unified number looks like, for error messages. */
export const UNIFIED_NUMBER_EXPECTED = 'letters and digits–year–serial, e.g. ZJCC01–2022–0021';

const LENIENT = /^\s*([A-Z]{2,6}\d{1,4})\s*[-–—－‐‑−_\s]\s*(\d{4})\s*[-–—－‐‑−_\s]\s*(\d{1,6})\s*$/;

/** Parses any common spelling of a unified number. */
export function parseUnifiedNumber(input: string): UnifiedNumber | null {
	const m = LENIENT.exec(toHalfWidthAlnum(input).toUpperCase());
	return m ? { prefix: m[1], year: Number(m[2]), serial: m[3] } : null;
}

/** As printed: ZJCC01–2022–0021 (en dashes). */
export function formatUnifiedNumber(u: UnifiedNumber): string {
	return `${u.prefix}–${u.year}–${u.serial}`;
}

/** For machines and URLs: ZJCC01-2022-0021 (ASCII hyphens). */
export function unifiedNumberAscii(u: UnifiedNumber): string {
	return `${u.prefix}-${u.year}-${u.serial}`;
}
