/** Small text normalisations shared by the recognisers. */

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ) to ASCII; everything else untouched. */
export function toHalfWidthAlnum(text: string): string {
	return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
