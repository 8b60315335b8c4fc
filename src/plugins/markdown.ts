/**
 * The Markdown pipeline's gazette plugins, in order, as astro.config.ts hands
 * them to Astro; tests render through Astro's own processor with the same list.
 * The sanitiser comes last, so it also checks what the other plugins emit.
 */
import rehypeGazetteSanitize from './rehype-gazette-sanitize.ts';
import rehypeGazetteTables from './rehype-gazette-tables.ts';
import remarkGazetteAnchors from './remark-gazette-anchors.ts';

export const gazetteMarkdown = {
	syntaxHighlight: false as const,
	smartypants: false,
	remarkPlugins: [remarkGazetteAnchors],
	rehypePlugins: [rehypeGazetteTables, rehypeGazetteSanitize],
};
