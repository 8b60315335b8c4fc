/**
 * rehype plugin: makes attached tables readable on a phone and by a screen reader:
 * wraps each table in a focusable scroll region and marks header cells as column headers.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeGazetteTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName === 'th' && node.properties.scope === undefined) node.properties.scope = 'col';
			if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
			if (parent.type === 'element' && parent.properties.className?.toString().includes('table-scroll')) return;
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格（可横向滚动）' },
				children: [node],
			};
			parent.children[index] = wrapper;
		});
	};
}
