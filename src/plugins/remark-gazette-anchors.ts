/**
 * remark plugin: gives the headings, articles (第X条) and measures (1.) of a
 * gazette text stable ids; see src/gazette/anchors.ts for the scheme.
 */
import type { Root } from 'mdast';
import { forEachAnchor } from '../gazette/markdownAnchors.ts';

export default function remarkGazetteAnchors() {
	return (tree: Root) => {
		forEachAnchor(tree, (node, id) => {
			node.data ??= {};
			node.data.hProperties = { ...(node.data.hProperties ?? {}), id };
		});
	};
}
