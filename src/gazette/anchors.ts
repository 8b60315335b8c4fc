/**
 * Stable anchors for the parts of a regulation, so that a reader can link to
 * 第三条 or measure 5 and the link survives re-publication:
 * 一、 → part-1, （二） under it → part-1-2, 第三条 → article-3,
 * 5. → measure-5, 附件1 / 附表 → attachment-1, attachment-2 in order.
 */
import { parseChineseNumeral } from './numerals.ts';

const PART = /^([一二三四五六七八九十]+)、/u;
const SUBPART = /^[（(]([一二三四五六七八九十]+)[)）]/u;
const ARTICLE = /^第([〇零一二两三四五六七八九十百]+)条/u;
const MEASURE = /^(\d{1,3})[.．、](?!\d)/u;
const ATTACHMENT = /^附[件表]/u;

/** Every id the scheme gives: part-1, part-1-2, article-3, measure-18, measure-18-2, attachment-1. */
export const ANCHOR_ID = /^(?:part|article|measure|attachment)-\d+(?:-\d+)*$/;

export type AnchorKind = 'heading' | 'paragraph';

/** Hands out anchors for one document, in reading order, never twice the same. */
export class AnchorAllocator {
	#part = 0;
	#attachments = 0;
	#used = new Set<string>();

	/** The anchor for a heading or paragraph starting with `text`, or undefined when it has none. */
	next(kind: AnchorKind, text: string): string | undefined {
		const trimmed = text.trimStart();
		let id: string | undefined;
		if (kind === 'heading') {
			const part = PART.exec(trimmed);
			const sub = SUBPART.exec(trimmed);
			if (ATTACHMENT.test(trimmed)) id = `attachment-${++this.#attachments}`;
			else if (part) {
				this.#part = parseChineseNumeral(part[1]) ?? this.#part;
				id = `part-${this.#part}`;
			} else if (sub) id = `part-${this.#part}-${parseChineseNumeral(sub[1])}`;
		} else {
			const article = ARTICLE.exec(trimmed);
			const measure = MEASURE.exec(trimmed);
			if (article) id = `article-${parseChineseNumeral(article[1])}`;
			else if (measure) id = `measure-${Number(measure[1])}`;
		}
		return id === undefined ? undefined : this.#unique(id);
	}

	// A printed slip (two measures numbered 18.) must not give two elements one id.
	#unique(id: string): string {
		let candidate = id;
		for (let n = 2; this.#used.has(candidate); n++) candidate = `${id}-${n}`;
		this.#used.add(candidate);
		return candidate;
	}
}
