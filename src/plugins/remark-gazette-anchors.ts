/**
 * remark plugin: gives the headings, articles (第X条) and measures (1.) of a
 * gazette text stable ids; see src/gazette/anchors.ts for the scheme.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { AnchorAllocator } from '../gazette/anchors.ts';

function leadingText(node: Heading | Paragraph): string {
	const first = node.children[0];
	return first && first.type === 'text' ? first.value : '';
}

export default function remarkGazetteAnchors() {
	return (tree: Root) => {
		const anchors = new AnchorAllocator();
		visit(tree, (node) => {
			if (node.type !== 'heading' && node.type !== 'paragraph') return;
			const id = anchors.next(node.type, leadingText(node));
			if (id === undefined) return;
			node.data ??= {};
			node.data.hProperties = { ...(node.data.hProperties ?? {}), id };
		});
	};
}
