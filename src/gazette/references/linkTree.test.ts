/**
 * Fixture-driven: each folder under fixtures/rehype-gazette-links/ holds an
 * input.html and the expected.html after the plugin ran with the segments of
 * a resolver that knows 温政办〔2022〕96号, 98号 and 温人社发〔2022〕73号.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { ReferenceResolver } from './resolve.ts';
import rehypeGazetteLinks, { type Segment } from './linkTree.ts';

const FIXTURES = new URL('./fixtures/link-tree/', import.meta.url);

const resolver = new ReferenceResolver([
	{ docNumber: '温政办〔2022〕96号', regulationTitle: '温州市火灾事故调查处理规定', url: '/documents/温政办-2022-96/' },
	{ docNumber: '温政办〔2022〕98号', regulationTitle: '关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案', url: '/documents/温政办-2022-98/' },
	{ docNumber: '温人社发〔2022〕73号', regulationTitle: '温州市事业单位特设岗位设置管理实施办法（试行）', url: '/documents/温人社发-2022-73/' },
]);

function run(html: string, segments: (text: string) => Segment[] = (t) => resolver.segments(t)): Root {
	const tree = fromHtml(html, { fragment: true });
	rehypeGazetteLinks({ segments })(tree);
	return tree;
}

/** Every character of every text node, in order. */
const toString = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(toString).join('') : '';

/** The same serialisation for both sides, so only the tree is compared. */
const normalise = (html: string) => toHtml(fromHtml(html, { fragment: true }));

const cases = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => e.name)
	.sort();

describe('rehype-gazette-links fixtures', () => {
	it('finds the fixture folders', () => {
		expect(cases).toEqual(['attributes-kept', 'existing-link', 'full-width', 'nested-elements', 'nothing-to-link', 'text-split']);
	});

	describe.each(cases)('%s', (name) => {
		const input = readFileSync(new URL(`${name}/input.html`, FIXTURES), 'utf8');
		const expected = readFileSync(new URL(`${name}/expected.html`, FIXTURES), 'utf8');
		const output = run(input);

		it('gives the expected HTML', () => {
			expect(toHtml(output)).toBe(normalise(expected));
		});

		it('keeps the text, character for character', () => {
			expect(toString(output)).toBe(toString(fromHtml(input, { fragment: true })));
		});
	});
});

describe('rehype-gazette-links', () => {
	it('asks for the segments of each text node once, and never of the links it made', () => {
		const seen: string[] = [];
		run('<p>按温政办〔2022〕96号执行</p><p><em>温政办〔2022〕98号</em></p>', (t) => {
			seen.push(t);
			return resolver.segments(t);
		});
		expect(seen).toEqual(['按温政办〔2022〕96号执行', '温政办〔2022〕98号']);
	});

	it('never asks for text inside an existing link', () => {
		const seen: string[] = [];
		run('<p><a href="/x/">温政办〔2022〕96号<b>内</b></a>外</p>', (t) => {
			seen.push(t);
			return [{ text: t }];
		});
		expect(seen).toEqual(['外']);
	});

	it('links every reference in a node and keeps the text between them', () => {
		const tree = run('<p>温政办〔2022〕96号、温政办〔2022〕98号、温人社发〔2022〕73号</p>');
		expect(toHtml(tree)).toBe(
			'<p><a href="/documents/温政办-2022-96/">温政办〔2022〕96号</a>、<a href="/documents/温政办-2022-98/">温政办〔2022〕98号</a>、<a href="/documents/温人社发-2022-73/">温人社发〔2022〕73号</a></p>',
		);
	});

	it('gives a link the segment’s class', () => {
		const tree = run('<p>市财政局</p>', (t) => [{ text: t, href: '/units/温州市财政局/', className: 'unit' }]);
		expect(toHtml(tree)).toBe('<p><a href="/units/温州市财政局/" class="unit">市财政局</a></p>');
	});

	it('leaves a node alone when no segment has a link', () => {
		const input = '<p>a<em>b</em>c</p>';
		const tree = run(input, (t) => [{ text: t.toUpperCase() }]);
		expect(toHtml(tree)).toBe(input);
	});
});
