import { describe, expect, it } from 'vitest';
import type { PageHead } from '../gazette/heads.ts';
import { SECTIONS, type Section } from '../gazette/sections.ts';
import { escapeXml } from '../gazette/text.ts';
import { documentFeedElements, FEED_IDS, FEED_LENGTH, feedsOf, startOfDayInShanghai, type FeedEntry } from './feeds.ts';

const head = (title: string, pubDate: string): PageHead => ({ title, description: `${title}的说明`, pubDate, keywords: [] });
const entry = (url: string, pubDate: string, column = '栏目'): FeedEntry => ({ url, head: head(url, pubDate), column });
const noSections = () => Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as Record<Section, FeedEntry[]>;

describe('feedsOf', () => {
	it('makes the issues feed, the documents feed and one per section, at their addresses', () => {
		const feeds = feedsOf({ siteName: '某市人民政府公报', issues: [], sections: noSections() });
		expect(feeds.map((f) => f.url)).toEqual(FEED_IDS.map((id) => `/feeds/${id}.xml`));
		expect(feeds.find((f) => f.id === 'documents')!.title).toBe('某市人民政府公报 · 文件');
		expect(feeds.find((f) => f.id === 'briefs')!.title).toBe('某市人民政府公报 · 政务简讯');
	});

	it('puts the newest first (equal dates by address) and keeps FEED_LENGTH entries', () => {
		const sections = noSections();
		sections.briefs = Array.from({ length: FEED_LENGTH + 5 }, (_, i) => entry(`/briefs/${String(i).padStart(3, '0')}/`, `2022-12-${String((i % 28) + 1).padStart(2, '0')}`));
		const briefs = feedsOf({ siteName: 'x', issues: [], sections }).find((f) => f.id === 'briefs')!;
		expect(briefs.entries).toHaveLength(FEED_LENGTH);
		expect(briefs.entries[0].head.pubDate).toBe('2022-12-28');
		const dates = briefs.entries.map((e) => e.head.pubDate);
		expect(dates).toEqual([...dates].sort().reverse());
		const sameDay = briefs.entries.filter((e) => e.head.pubDate === '2022-12-27').map((e) => e.url);
		expect(sameDay).toEqual(['/briefs/026/', '/briefs/054/']);
	});

	it('gathers the three document sections into the documents feed', () => {
		const sections = noSections();
		sections['municipal-government'] = [entry('/documents/a/', '2022-12-01')];
		sections['general-office'] = [entry('/documents/b/', '2022-12-03')];
		sections.department = [entry('/documents/c/', '2022-12-02')];
		const documents = feedsOf({ siteName: 'x', issues: [], sections }).find((f) => f.id === 'documents')!;
		expect(documents.entries.map((e) => e.url)).toEqual(['/documents/b/', '/documents/c/', '/documents/a/']);
	});
});

describe('documentFeedElements', () => {
	it('writes the metadata as elements of the gazette namespace, escaping content as text', () => {
		expect(
			documentFeedElements({
				docNumber: '温政办〔2022〕96号',
				unifiedNumber: 'ZJCC01-2022-0022',
				issuers: ['温州市人民政府办公室', '<b>&联合</b>'],
				signedDate: '2022-12-20',
				publishedDate: '2022-12-20',
				effectiveDate: '2023-02-01',
				expiryDate: '2033-01-31',
				status: 'in-force',
			}),
		).toBe(
			'<gazette:docNumber>温政办〔2022〕96号</gazette:docNumber><gazette:unifiedNumber>ZJCC01-2022-0022</gazette:unifiedNumber>' +
				'<gazette:issuer>温州市人民政府办公室</gazette:issuer><gazette:issuer>&lt;b&gt;&amp;联合&lt;/b&gt;</gazette:issuer>' +
				'<gazette:signedDate>2022-12-20</gazette:signedDate><gazette:publishedDate>2022-12-20</gazette:publishedDate>' +
				'<gazette:effectiveDate>2023-02-01</gazette:effectiveDate><gazette:expiryDate>2033-01-31</gazette:expiryDate><gazette:status>in-force</gazette:status>',
		);
	});

	it('leaves out what a document does not have', () => {
		const xml = documentFeedElements({ docNumber: '温政服〔2022〕41号', issuers: ['温州市人民政府办公室'], signedDate: '2022-12-01', publishedDate: '2022-12-01', effectiveDate: '2022-12-01', status: 'in-force' });
		expect(xml).not.toContain('unifiedNumber');
		expect(xml).not.toContain('expiryDate');
	});
});

describe('escapeXml and dates', () => {
	it('escapes the five XML specials, full-width characters untouched', () => {
		expect(escapeXml(`<a href="x">'&'</a>　〔〕`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;　〔〕');
	});

	it('takes a calendar date as the instant it begins in Shanghai', () => {
		expect(startOfDayInShanghai('2022-12-20').toISOString()).toBe('2022-12-19T16:00:00.000Z');
	});
});
