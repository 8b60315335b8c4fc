import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGazette } from '../../data/gazette.ts';
import { loadSiteConfig } from '../../gazette/site.ts';
import { apiPageUrl } from '../../gazette/urls.ts';
import { escapeXml } from '../../gazette/text.ts';
import { documentFeedElements, FEED_NAMESPACE_PREFIX, startOfDayInShanghai, type Feed } from '../../opendata/feeds.ts';

export const getStaticPaths = (async () => {
	const { feeds } = await getGazette();
	return feeds.map((feed) => ({ params: { feed: feed.id }, props: { feed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { feed } = props as { feed: Feed };
	return rss({
		title: feed.title,
		description: feed.description,
		site: site!,
		xmlns: { [FEED_NAMESPACE_PREFIX]: new URL(apiPageUrl(), site).href },
		customData: `<language>zh-CN</language><copyright>${escapeXml(loadSiteConfig().publisher)}</copyright>`,
		items: feed.entries.map((e) => ({
			title: e.head.title,
			link: e.url,
			pubDate: startOfDayInShanghai(e.head.pubDate),
			// An RSS description is HTML: the page's text goes in as text.
			description: escapeXml(e.head.description),
			categories: [e.column],
			...(e.document ? { customData: documentFeedElements(e.document) } : {}),
		})),
	});
};
