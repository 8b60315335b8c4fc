/**
 * remark plugin: gives the headings, articles (第X条) and measures (1.) of a
 * gazette text stable ids; see src/gazette/anchors.ts for the scheme.
 */
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { AnchorAllocator } from '../gazette/anchors.ts';

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
