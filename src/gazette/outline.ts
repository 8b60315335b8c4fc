/**
 * 本文目录: the in-page table of contents of a long document. It lists the
 * parts (一、), their sub-parts (（一）) and attachments, and the articles
 * (第三条); a text with fewer of those than a list needs lists its numbered
 * measures among them. Entries link the same anchors the page's blocks carry
 * (anchors.ts), and are cut to one line.
 */
import type { OutlineEntry } from './markdownAnchors.ts';

/** Fewer entries than this, and the document is short enough to scroll. */
export const OUTLINE_MIN_ENTRIES = 5;
/** Characters of a label before it is cut. */
export const OUTLINE_LABEL_LENGTH = 28;

export interface OutlineItem {
	id: string;
	label: string;
	/** 1 for parts, articles, measures and attachments; 2 for sub-parts. */
	level: 1 | 2;
}

const SUBPART = /^part-\d+-\d+$/;

/** The first sentence or clause of a block, cut to OUTLINE_LABEL_LENGTH characters. */
export function outlineLabel(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	const sentence = /^[^。；：]*/u.exec(line)![0] || line;
	const chars = [...sentence];
	return chars.length > OUTLINE_LABEL_LENGTH ? `${chars.slice(0, OUTLINE_LABEL_LENGTH - 1).join('')}…` : sentence;
}

/** The outline of a text from its anchored blocks; [] when it is too short to need one. */
export function documentOutline(entries: OutlineEntry[]): OutlineItem[] {
	const structural = entries.filter((e) => !e.id.startsWith('measure-'));
	// Few parts and articles: the measures under them are what a reader looks for.
	const chosen = structural.length >= OUTLINE_MIN_ENTRIES ? structural : entries;
	if (chosen.length < OUTLINE_MIN_ENTRIES) return [];
	return chosen.map((e) => ({ id: e.id, label: outlineLabel(e.text), level: SUBPART.test(e.id) ? 2 : 1 }));
}
