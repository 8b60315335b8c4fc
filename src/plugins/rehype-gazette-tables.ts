/**
 * rehype plugin: makes attached tables readable on a phone and by a screen reader:
 * wraps each table in a focusable scroll region (numbered when a text has
 * several, so that each region has a name of its own) and marks header cells
 * as column headers. A blank cell in a header row is a form's space to fill
 * in, not a header: it becomes a data cell.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

const isWrapper = (node: Element) => node.tagName === 'div' && node.properties.className?.toString().includes('table-scroll');

export default function rehypeGazetteTables() {
	return (tree: Root) => {
		const tables: Element[] = [];
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName === 'th' && toText(node).trim() === '') {
				node.tagName = 'td';
				delete node.properties.scope;
			}
			if (node.tagName === 'th' && node.properties.scope === undefined) node.properties.scope = 'col';
			if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
			if (parent.type === 'element' && isWrapper(parent)) {
				tables.push(parent);
				return;
			}
			const wrapper: Element = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'region' }, children: [node] };
			parent.children[index] = wrapper;
			tables.push(wrapper);
		});
		tables.forEach((wrapper, i) => {
			// A label the text gives its table is kept.
			wrapper.properties.ariaLabel ??= `表格${tables.length > 1 ? i + 1 : ''}（可横向滚动）`;
		});
	};
}
