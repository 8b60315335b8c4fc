import { defineConfig } from 'astro/config';
import { siteUrlForConfig } from './src/gazette/site.ts';
import { cacheDir } from './src/gazette/paths.ts';
import contentCheck from './src/validate/contentCheck.ts';
import publicationCheck from './src/validate/publicationCheck.ts';
import searchIndex from './src/search/build/integration.ts';
import { gazetteMarkdown } from './src/plugins/markdown.ts';
import contentSecurityPolicy from './src/security/integration.ts';
import sitemap from '@astrojs/sitemap';
import integrityManifests from './src/opendata/manifestIntegration.ts';
import { isPermalinkPage } from './src/opendata/permalinks.ts';

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
	// Never inline a script or an asset into a page: the Content-Security-Policy allows only the site's own files
	// (and the inline scripts of its templates by hash); Astro otherwise inlines a small import-free page script.
	vite: { build: { assetsInlineLimit: 0 } },
	integrations: [
		contentCheck(),
		// Before the publication check, which follows the API page's link to the sitemap.
		// Every page but the permalinks, which only lead to a document's page.
		sitemap({ filter: (page) => !isPermalinkPage(decodeURI(new URL(page).pathname)) }),
		publicationCheck(),
		searchIndex(),
		contentSecurityPolicy(),
		// After the policy is in every page: the manifests vouch for the files as served.
		integrityManifests(),
	],
});
