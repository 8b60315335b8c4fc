/**
 * rehype plugin: links the references in a gazette text. The caller decides
 * what a text refers to (`segments`), so the same rule links Markdown bodies
 * and plain YAML fields. Text already inside a link is left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface Segment {
	text: string;
	href?: string;
	/** Extra class for the link, e.g. unit links. */
	className?: string;
}

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
