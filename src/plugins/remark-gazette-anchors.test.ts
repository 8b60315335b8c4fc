/**
 * Fixture-driven, in the unified collective's style: each folder under
 * fixtures/remark-gazette-anchors/ holds an input.md and an expected-ids.json
 * listing every heading and paragraph of the output, in order, with the id it
 * must carry (null for none). Unlisted ids and missing ids both fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkGazetteAnchors from './remark-gazette-anchors.ts';

const FIXTURES = new URL('./fixtures/remark-gazette-anchors/', import.meta.url);

interface ExpectedBlock {
	/** Element name in the HTML output, e.g. h3 or p. */
	tag: string;
	/** The start of the element's text, to tell the reader which block this is. */
	text: string;
	id: string | null;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGazetteAnchors).use(remarkRehype).use(rehypeStringify).freeze();

function toHtml(markdown: string): string {
	return String(processor.processSync(markdown));
}

/** Every heading and paragraph of the HTML, in document order. */
function blocks(html: string): ExpectedBlock[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, p')].map((el) => ({
		tag: el.tagName.toLowerCase(),
		text: el.textContent ?? '',
		id: el.getAttribute('id'),
	}));
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

describe('remark-gazette-anchors fixtures', () => {
	it('finds the fixture folders', () => {
		expect(cases).toEqual(
			expect.arrayContaining([
				'articles',
				'attachments',
				'duplicated-measure',
				'leading-space-and-emphasis',
				'measures',
				'numbers-that-are-not-measures',
				'parts-and-subparts',
			]),
		);
	});

	describe.each(cases)('%s', (name) => {
		const input = readFileSync(new URL(`${name}/input.md`, FIXTURES), 'utf8');
		const expected = JSON.parse(readFileSync(new URL(`${name}/expected-ids.json`, FIXTURES), 'utf8')) as ExpectedBlock[];
		const actual = blocks(toHtml(input));

		it('has one output block per expected entry', () => {
			expect(expected.length).toBeGreaterThan(0);
			expect(actual.map((b) => `${b.tag} ${b.text.slice(0, 12)}`)).toHaveLength(expected.length);
		});

		it.each(expected.map((e, i) => [i, e.tag, e.id ?? 'no id', e] as const))('block %i <%s>: %s', (i, _tag, _id, e) => {
			const block = actual[i];
			expect(block, `no output block #${i}`).toBeDefined();
			expect(block.tag).toBe(e.tag);
			expect(block.text.startsWith(e.text), `block #${i} reads "${block.text.slice(0, 30)}", expected it to start with "${e.text}"`).toBe(true);
			expect(block.id).toBe(e.id);
		});

		it('gives no id twice', () => {
			const ids = actual.map((b) => b.id).filter((id) => id !== null);
			expect(new Set(ids).size).toBe(ids.length);
		});
	});
});

describe('remark-gazette-anchors: behaviour around the fixtures', () => {
	it('starts afresh for every document: a processor reused for a second file does not continue its counters', () => {
		const md = '### 一、甲\n\n18.一\n\n18.二\n\n### 附件1 表\n';
		const first = blocks(toHtml(md)).map((b) => b.id);
		const second = blocks(toHtml(md)).map((b) => b.id);
		expect(first).toEqual(['part-1', 'measure-18', 'measure-18-2', 'attachment-1']);
		expect(second).toEqual(first);
	});

	it('keeps hProperties set by an earlier plugin and adds the id', () => {
		const addClass = () => (tree: Root) => {
			for (const node of tree.children) {
				if (node.type === 'paragraph') node.data = { hProperties: { className: ['lead'] } };
			}
		};
		const html = String(
			unified().use(remarkParse).use(addClass).use(remarkGazetteAnchors).use(remarkRehype).use(rehypeStringify).processSync('第三条 内容。\n'),
		);
		expect(html).toBe('<p class="lead" id="article-3">第三条 内容。</p>');
	});

	it('gives no id to a list item, a block quote paragraph that is not numbered, or a table cell', () => {
		const html = toHtml('- 一、列表项\n\n> 引用的段落。\n\n| 1.单元格 |\n| --- |\n| 第三条 |\n');
		const { document } = parseHTML(`<html><body>${html}</body></html>`);
		expect(document.querySelectorAll('[id]')).toHaveLength(0);
	});
});
