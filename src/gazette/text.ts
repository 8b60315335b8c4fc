/** Small text normalisations shared by the recognisers. */

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ) to ASCII; everything else untouched. */
export function toHalfWidthAlnum(text: string): string {
	return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text as XML (and HTML) character data or attribute value: content is data, never markup. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);

/** Every kind of dash and minus sign, as printed and as typed (for a character class). */
export const DASHES = '‐‑‒–—―−－-';

/** Full-width ASCII (！ to ～) to ASCII, every dash to a hyphen: punctuation as typed and as printed read alike. Same length. */
export function foldPunctuation(text: string): string {
	return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(new RegExp(`[${DASHES}]`, 'g'), '-');
}
