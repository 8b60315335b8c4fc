/**
 * The measures textAnchors finds in the sample's 温政办〔2022〕94号, whose twelve numbered measures
 * each end in （责任单位：…）, against the ids the remark plugin writes into
 * the page: the unit pages link to those ids, so the two must agree.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkGazetteAnchors from '../plugins/remark-gazette-anchors.ts';
import { textAnchors } from './markdownAnchors.ts';

/** The measures of a text, as the cross-references take them. */
const measuresOf = (markdown: string) => textAnchors(markdown).measures;

const file = readFileSync(new URL('../../content/documents/2022-12/温政办-2022-94.md', import.meta.url), 'utf8');
const body = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(file)![1];

/** The body as the page renders it, with the plugin Astro runs. */
const html = String(unified().use(remarkParse).use(remarkGfm).use(remarkGazetteAnchors).use(remarkRehype).use(rehypeStringify).processSync(body));
const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);

/** The numbered paragraphs of the Markdown that end in 责任单位, read without the parser. */
const printed = body
	.split(/\n\s*\n/)
	.map((block) => block.trim())
	.filter((block) => /^\d+\./.test(block) && /（责任单位[:：][^）]+）$/.test(block))
	.map((block) => ({
		number: Number(/^(\d+)\./.exec(block)![1]),
		heading: /^[^。]*。/.exec(block)![0],
		units: /责任单位[:：]([^）]+)）$/.exec(block)![1].split('、'),
	}));

describe('textAnchors(…).measures: 温政办〔2022〕94号', () => {
	const measures = measuresOf(body);

	it('finds the twelve measures, measure-1 to measure-12, in order', () => {
		expect(printed).toHaveLength(12);
		expect(measures.map((m) => m.anchor)).toEqual(Array.from({ length: 12 }, (_, i) => `measure-${i + 1}`));
	});

	it('gives each measure its heading sentence and its units as printed', () => {
		expect(measures.map((m) => ({ heading: m.heading, units: m.units }))).toEqual(printed.map((p) => ({ heading: p.heading, units: p.units })));
		const lineOf = (start: string) => body.split('\n').findIndex((l) => l.startsWith(start)) + 1;
		expect(measures[0]).toEqual({ anchor: 'measure-1', heading: '1.鼓励市外员工留温。', units: ['市人力社保局', '市财政局', '市大数据管理局', '在温通信运营商'], line: lineOf('1.鼓励市外员工留温。') });
		// 7. prints an ASCII colon: 责任单位:市发展改革委、…
		expect(measures[6].units).toHaveLength(9);
		expect(measures[6].units[0]).toBe('市发展改革委');
		expect(measures[11]).toEqual({ anchor: 'measure-12', heading: '12.鼓励人力资源机构引进新员工。', units: ['市人力社保局'], line: lineOf('12.鼓励人力资源机构引进新员工。') });
	});

	it.each(Array.from({ length: 12 }, (_, i) => i))('measure %i has the id the page renders', (i) => {
		const m = measures[i];
		const el = document.getElementById(m.anchor);
		expect(el, `no element with id ${m.anchor}`).not.toBeNull();
		expect(el!.tagName).toBe('P');
		expect(el!.textContent!.startsWith(m.heading)).toBe(true);
	});

	it('leaves out the numbered 附则 items, which name no unit but do get ids', () => {
		const ids = [...document.querySelectorAll('p[id^="measure-"]')].map((p) => p.id);
		expect(ids.filter((id) => !measures.some((m) => m.anchor === id))).toEqual(['measure-1-2', 'measure-2-2', 'measure-3-2']);
	});
});

describe('textAnchors(…).measures: small texts', () => {
	it('reads through emphasis and skips measures without 责任单位', () => {
		const md = '**1.** 第一项。（责任单位：市财政局）\n\n2.第二项。没有责任单位。\n\n3.第三项。（责任单位:市经信局，市商务局）。\n';
		expect(measuresOf(md)).toEqual([
			{ anchor: 'measure-1', heading: '1. 第一项。', units: ['市财政局'], line: 1 },
			{ anchor: 'measure-3', heading: '3.第三项。', units: ['市经信局', '市商务局'], line: 5 },
		]);
	});

	it('is empty for a text of articles', () => {
		expect(measuresOf('第一条 为了规范管理，制定本办法。（责任单位：市财政局）\n')).toEqual([]);
	});
});

describe('textAnchors: the text as its page renders it', () => {
	it('reads a body trimmed, as Astro renders it, and counts lines from the body’s first line', () => {
		const md = '2.第二项。（责任单位：市财政局）\n';
		const padded = `\n\n　　${md}\n\n`;
		expect(textAnchors(padded).ids).toEqual(textAnchors(md).ids);
		expect(textAnchors(padded).measures).toEqual([{ anchor: 'measure-2', heading: '2.第二项。', units: ['市财政局'], line: 3 }]);
		expect(textAnchors('\n\n').ids).toEqual([]);
	});

	it('hands the trimmed text to the reader it is given, and shifts what it returns', () => {
		const seen: string[] = [];
		const read = (text: string) => {
			seen.push(text);
			return { ids: ['measure-1'], measures: [{ anchor: 'measure-1', heading: '1.一。', units: ['市财政局'], line: 1 }], outline: [{ id: 'measure-1', text: '1.一。（责任单位：市财政局）' }] };
		};
		expect(textAnchors('\n1.一。（责任单位：市财政局）\n', read).measures[0].line).toBe(2);
		expect(seen).toEqual(['1.一。（责任单位：市财政局）']);
	});
});
