/**
 * rehype plugin: the second line of defence behind `gazette check`. Whatever a
 * Markdown body holds, only the elements and attributes the gazette's own
 * pipeline produces reach a page: text blocks, headings and paragraphs with
 * their anchor ids (remark-gazette-anchors), tables in their scroll region
 * (rehype-gazette-tables), lists, links and figures. Raw HTML is dropped whole
 * (Astro parses it only after this plugin has run), and links keep only the
 * protocols `isAllowedUrl` accepts.
 */
import type { Root } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { LINK_PROTOCOLS } from '../validate/markup.ts';
import { ANCHOR_ID } from '../gazette/anchors.ts';

type Definition = [string, ...(string | number | RegExp)[]];
const anchored: Definition[] = [['id', ANCHOR_ID]];
const align: Definition = ['align', 'left', 'center', 'right'];

export const gazetteSchema: Schema = {
	tagNames: [
		...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br'],
		...['strong', 'em', 'del', 'code', 'pre', 'sup', 'sub', 'a', 'img', 'figure', 'figcaption'],
		...['div', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
	],
	attributes: {
		...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'].map((tag) => [tag, anchored])),
		a: ['href', 'title'],
		img: ['src', 'alt', 'title'],
		ol: ['start'],
		th: [align, ['scope', 'col', 'row']],
		td: [align],
		// rehype-gazette-tables' scroll region around each table.
		div: [['className', 'table-scroll'], 'tabIndex', ['role', 'region'], 'ariaLabel'],
	},
	protocols: { href: [...LINK_PROTOCOLS], src: ['http', 'https'] },
	// Ids come from our anchor scheme only, so they keep their names (links point at them).
	clobber: [],
	clobberPrefix: '',
	strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'select', 'title'],
	allowComments: false,
	allowDoctypes: false,
};

export default function rehypeGazetteSanitize() {
	return rehypeSanitize(gazetteSchema) as (tree: Root) => Root;
}
