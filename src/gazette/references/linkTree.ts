/**
 * Links the references in a rendered gazette text (a hast tree). The caller
 * decides what a text refers to (`segments`), so the same rule links Markdown
 * bodies and plain YAML fields. Text already inside a link is left alone.
 *
 * Why after rendering, not as a plugin in the Markdown pipeline: Astro renders
 * each Markdown file when it loads its collection, one file at a time, before
 * the whole gazette is known, while where a 文号 or a title links depends on
 * every document (another issue may hold the target). So the query module
 * (src/data/gazette.ts) resolves references once all collections are loaded
 * and links each rendered text with this (links.ts → linkHtml).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Segment } from './resolve.ts';

export type { Segment };

export interface Options {
	segments: (text: string) => Segment[];
}

export default function rehypeGazetteLinks({ segments }: Options) {
	return (tree: Root) => {
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && (node as Element).tagName === 'a') return SKIP;
			if (node.type !== 'text' || parent === undefined || index === undefined) return;
			const parts = segments((node as Text).value);
			if (!parts.some((p) => p.href)) return;
			const replacement: ElementContent[] = parts.map((p) =>
				p.href
					? { type: 'element', tagName: 'a', properties: { href: p.href, ...(p.className ? { className: [p.className] } : {}) }, children: [{ type: 'text', value: p.text }] }
					: { type: 'text', value: p.text },
			);
			parent.children.splice(index, 1, ...replacement);
			return index + replacement.length;
		});
	};
}
