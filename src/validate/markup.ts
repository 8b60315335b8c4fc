/**
 * Content is data, never code: where an editor's text could carry markup or
 * script. Gazette content never needs HTML, so `gazette check` and the build
 * refuse raw HTML in a Markdown body, links and images to anything but the
 * protocols below, and tags in metadata fields. rehype-gazette-sanitize
 * enforces the same on the rendered page should a file get past them.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Protocols a link may use; anything without a protocol is a path on this site. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * The URL as a browser reads it: tabs and line breaks inside are dropped and
 * leading control characters and spaces ignored, so `java\tscript:` is javascript:.
 */
const asBrowserReads = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/** Why a link target is refused, or undefined when it is http(s), mailto, tel or a path on this site. */
export function refusedUrl(url: string, kind: 'link' | 'image' = 'link'): string | undefined {
	const read = asBrowserReads(url);
	const scheme = SCHEME.exec(read)?.[1].toLowerCase();
	if (kind === 'image') {
		if (scheme || /^[/\\]{2}/.test(read)) return `an image must be a file in the content folder, written as a relative path (photo-1.jpg), not ${JSON.stringify(url)}`;
		return undefined;
	}
	if (scheme ? !(LINK_PROTOCOLS as readonly string[]).includes(scheme) : /^[/\\]{2}/.test(read)) {
		return `a link to ${JSON.stringify(url)} is not allowed: links may only be https://…, http://…, mailto:…, tel:… or a path on this site such as /documents/温政办-2022-94/`;
	}
	return undefined;
}

export interface MarkupFinding {
	/** 1-based line within the Markdown given. */
	line: number;
	/** What is wrong and what to write instead. */
	message: string;
}

/** A tag, closing tag, comment, processing instruction or declaration, as HTML starts them. */
const TAG = /<(?:\/?[a-z][^\s/>]*|!--|![a-z]|\?)/i;

/** What to write instead of a piece of raw HTML. */
function htmlAdvice(html: string): string {
	const found = TAG.exec(html)?.[0] ?? html.trim().slice(0, 20);
	const name = found.replace(/^<\/?/, '').toLowerCase();
	const shown = found.startsWith('<!--') ? 'an HTML comment <!-- … -->' : `raw HTML ${found}${found.endsWith('>') ? '' : '>'}`;
	const instead =
		found === '<!--'
			? 'remove it (keep notes to other editors outside content/)'
			: name === 'br'
				? 'end the paragraph with a blank line instead'
				: name === 'a'
					? 'write the link as Markdown: [text](https://…)'
					: name === 'img'
						? 'put photos in the front matter (photos: with image and caption)'
						: name === 'table' || name === 'tr' || name === 'td'
							? 'write the table as a Markdown pipe table (| 序号 | 指标 |)'
							: 'write the text as Markdown (a blank line between paragraphs, ### for headings, | for tables) or remove it';
	return `${shown} is not allowed in gazette content, which is shown exactly as written; ${instead}`;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Raw HTML and refused link or image targets in a Markdown body, in reading order. */
export function findMarkup(markdown: string): MarkupFinding[] {
	// Neither HTML, an autolink, a link nor a footnote can be written without < or ].
	if (!/[<\]]/.test(markdown)) return [];
	const tree = parser.parse(markdown) as Root;
	const findings: MarkupFinding[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'html') findings.push({ line, message: htmlAdvice(node.value) });
		else if (node.type === 'link' || node.type === 'definition') {
			const refused = refusedUrl(node.url);
			if (refused) findings.push({ line, message: refused });
		} else if (node.type === 'image' || node.type === 'imageReference') {
			// Pages show photos from the front matter, with caption and credit; an image in the text would not appear.
			findings.push({ line, message: 'a photo in the text is not shown on the page; put it in the front matter under photos: (image, caption, credit), where the page shows it with its caption' });
		} else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
			findings.push({ line, message: 'footnotes ([^1]) are not part of gazette text; write the note as its own paragraph, as printed (注：…)' });
		}
	});
	return findings;
}

/**
 * The first line (1-based) that nests quotations or lists deeper than any
 * printed text does, which Markdown's readers follow one level at a time until
 * they run out of stack; undefined when there is none.
 */
export function tooDeeplyNested(markdown: string): number | undefined {
	const at = /^(?:[ \t]*>){64,}|^[ \t]{256,}(?:[-*+]|\d+[.)])\s/m.exec(markdown);
	return at ? markdown.slice(0, at.index).split('\n').length : undefined;
}

/** Links in a Markdown body to a path on this site (/…) or an anchor on its own page (#…), with their lines. */
export function siteLinks(markdown: string): { line: number; url: string }[] {
	if (!/\]/.test(markdown)) return [];
	const links: { line: number; url: string }[] = [];
	visit(parser.parse(markdown) as Root, (node) => {
		if ((node.type === 'link' || node.type === 'definition') && /^[/#](?![/\\])/.test(node.url)) links.push({ line: node.position?.start.line ?? 1, url: node.url });
	});
	return links;
}

/** A tag in a metadata value (which pages show as plain text), or undefined. */
export function markupInText(value: string): string | undefined {
	const found = /<(?:\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>|!--)/i.exec(value);
	return found?.[0];
}

/**
 * An invisible control character (form feed from PDF extraction, NUL, escape
 * codes) in text, as U+000C, or undefined. Tab, line feed and carriage return are text.
 */
export function controlCharacter(value: string): { codePoint: string; index: number } | undefined {
	const found = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(value);
	return found ? { codePoint: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, index: found.index } : undefined;
}
