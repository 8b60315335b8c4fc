/**
 * A PDF as a reader's PDF viewer sees it: the text of each page (read by
 * pdf.js) and its links. Chromium's PDFs map some glyphs of CJK fonts back
 * to radicals (人 as ⼈, 民 as ⺠) in their text layer, so comparisons go
 * through `pdfIncludes`, which accepts either.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
	/** The page's text, lines joined with \n, each line NFKC-normalised with its spaces removed. */
	text: string;
	lines: string[];
	/** Its links: an in-document destination (`#id`) or an address. */
	links: string[];
}

export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
	const doc = await getDocument({ data, verbosity: 0 }).promise;
	const pages: PdfPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		const raw = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
		const lines = raw.split('\n').map((l) => l.normalize('NFKC').replace(/\s+/g, '')).filter(Boolean);
		const annotations = await page.getAnnotations();
		const links = annotations.filter((a) => a.subtype === 'Link').map((a) => (typeof a.dest === 'string' ? `#${a.dest}` : String(a.url ?? '')));
		pages.push({ text: lines.join('\n'), lines, links });
	}
	await doc.destroy();
	return pages;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `text` (spaces ignored) that also matches where the PDF gives a CJK character as a radical. */
export function pdfPattern(text: string): RegExp {
	const chars = [...text.normalize('NFKC').replace(/\s+/g, '')];
	return new RegExp(chars.map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|[\\u2E80-\\u2EFF])` : escape(c))).join(''), 'u');
}

export const pdfIncludes = (haystack: string, text: string) => pdfPattern(text).test(haystack);
