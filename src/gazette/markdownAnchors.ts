/**
 * Walks a gazette text's Markdown tree in reading order and hands out each
 * block's anchor (see anchors.ts). The remark plugin writes the ids into the
 * page; the measures list reads them back; both walk the tree here.
 */
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { AnchorAllocator } from './anchors.ts';
import { responsibleUnitsOf } from './units.ts';

// The text a block starts with, read through emphasis (**第三条**, 　　**4.**) up to
// the first node that is neither text nor emphasis, such as a link or an image.
function leadingText(node: Heading | Paragraph): string {
	let text = '';
	const read = (nodes: PhrasingContent[]): boolean => {
		for (const child of nodes) {
			if (child.type === 'text') text += child.value;
			else if ((child.type !== 'strong' && child.type !== 'emphasis') || !read(child.children)) return false;
		}
		return true;
	};
	read(node.children);
	return text;
}

/** Calls `fn` with every heading and paragraph that gets an anchor, and the anchor. */
export function forEachAnchor(tree: Root, fn: (node: Heading | Paragraph, id: string) => void): void {
	const anchors = new AnchorAllocator();
	visit(tree, (node) => {
		if (node.type !== 'heading' && node.type !== 'paragraph') return;
		const id = anchors.next(node.type, leadingText(node));
		if (id !== undefined) fn(node, id);
	});
}

export interface Measure {
	/** The measure's anchor on its document page, e.g. measure-5. */
	anchor: string;
	/** Its heading sentence as printed, e.g. 5.引导有条件企业持续生产。 */
	heading: string;
	/** 责任单位 as printed. */
	units: string[];
	/** 1-based line of the measure in the Markdown text. */
	line: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** A block with an anchor, as a table of contents lists it. */
export interface OutlineEntry {
	id: string;
	/** The block's text as printed, whole (outline.ts shortens it for the list). */
	text: string;
}

/** What a Markdown text's anchors give: every anchor its page will have, in order, its measures, and every anchored block's text. */
export interface TextAnchors {
	ids: string[];
	measures: Measure[];
	outline: OutlineEntry[];
}

/** Reads the anchors of a text as its page renders it (see textAnchors). */
export function readAnchors(text: string): TextAnchors {
	const ids: string[] = [];
	const measures: Measure[] = [];
	const outline: OutlineEntry[] = [];
	forEachAnchor(parser.parse(text), (node, id) => {
		ids.push(id);
		const nodeText = toString(node);
		outline.push({ id, text: nodeText.trim() });
		if (!id.startsWith('measure-')) return;
		const units = responsibleUnitsOf(nodeText);
		if (units) measures.push({ anchor: id, heading: /^[^。]*。?/u.exec(nodeText)![0], units, line: node.position?.start.line ?? 1 });
	});
	return { ids, measures, outline };
}

/**
 * A text's anchors and the numbered measures that name their 责任单位, from one
 * reading of its Markdown. Astro renders a body trimmed, so the text is read
 * trimmed, as its page has it; a measure's line still counts from the body's
 * first line. `read` reads a trimmed text (the build's cache passes one that
 * remembers the last build's).
 */
export function textAnchors(markdown: string, read: (text: string) => TextAnchors = readAnchors): TextAnchors {
	const text = markdown.trim();
	const found = read(text);
	const skipped = text ? markdown.slice(0, markdown.indexOf(text)).split('\n').length - 1 : 0;
	return skipped === 0 ? found : { ...found, measures: found.measures.map((m) => ({ ...m, line: m.line + skipped })) };
}
