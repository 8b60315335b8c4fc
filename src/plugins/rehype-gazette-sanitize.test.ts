/**
 * Fixture-driven: each folder under fixtures/rehype-gazette-sanitize/ holds an
 * input.md and the output.html that Astro's own Markdown processor, with the
 * gazette's plugins (src/plugins/markdown.ts), must make of it. Every output is
 * also scanned for anything active, so a wrong fixture cannot hide a hole.
 * Run with UPDATE_FIXTURES=1 to write missing outputs (then read them).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gazetteMarkdown } from './markdown.ts';

const FIXTURES = new URL('./fixtures/rehype-gazette-sanitize/', import.meta.url);
const processor = await createMarkdownProcessor({ ...gazetteMarkdown, syntaxHighlight: false });

async function render(markdown: string): Promise<string> {
	return (await processor.render(markdown)).code;
}

/** http(s), mailto, tel, a fragment, a path on this site or a relative path: written here independently of the code. */
const isAllowedLink = (url: string) => /^(https?:\/\/|mailto:|tel:|#|\/(?![/\\]))/i.test(url) || !/^[^/?#]*:/.test(url);

/** Everything in the HTML that could run or load something, as readable strings. */
function active(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const found: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		if (['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'base', 'meta', 'link'].includes(tag)) found.push(`<${tag}>`);
		for (const { name, value } of el.attributes) {
			if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${tag}[${name}]`);
			if ((name === 'href' || name === 'src' || name === 'action') && !isAllowedLink(value)) found.push(`${tag}[${name}=${value}]`);
		}
	}
	if (/<!--/.test(html)) found.push('<!-- -->');
	return found;
}

const cases = readdirSync(FIXTURES).sort();

describe('rehype-gazette-sanitize, through Astro’s Markdown processor', () => {
	it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(9));

	it.each(cases)('%s', async (name) => {
		const input = readFileSync(new URL(`${name}/input.md`, FIXTURES), 'utf8');
		const expectedFile = new URL(`${name}/output.html`, FIXTURES);
		const html = await render(input);
		if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, html);
		expect(active(html)).toEqual([]);
		expect(html).toBe(readFileSync(expectedFile, 'utf8'));
	});
});

describe('the scan for active content', () => {
	it('finds what the sanitiser must remove, so that an empty finding means something', () => {
		expect(active('<p onclick="x">a</p><script>1</script><a href="javascript:x">b</a><img src="data:x"><!-- c -->')).toEqual([
			'p[onclick]',
			'<script>',
			'a[href=javascript:x]',
			'img[src=data:x]',
			'<!-- -->',
		]);
	});
});
