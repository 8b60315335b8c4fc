import { defineConfig } from 'astro/config';
import { siteUrlForConfig } from './src/gazette/site.ts';
import { cacheDir } from './src/gazette/paths.ts';
import contentCheck from './src/validate/contentCheck.ts';
import publicationCheck from './src/validate/publicationCheck.ts';
import searchIndex from './src/search/build/integration.ts';
import { gazetteMarkdown } from './src/plugins/markdown.ts';
import contentSecurityPolicy from './src/security/integration.ts';

export default defineConfig({
	site: siteUrlForConfig(),
	// Tests build into temporary folders; everyone else gets dist/.
	outDir: process.env.GAZETTE_OUT_DIR ?? './dist',
	cacheDir: cacheDir(),
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No request to another origin: no prefetch, no telemetry, no remote images.
	prefetch: false,
	devToolbar: { enabled: false },
	markdown: gazetteMarkdown,
	image: { responsiveStyles: false },
	integrations: [contentCheck(), publicationCheck(), searchIndex(), contentSecurityPolicy()],
});
