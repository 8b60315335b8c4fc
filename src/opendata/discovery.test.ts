import { describe, expect, it } from 'vitest';
import { openSearchXml, robotsTxt } from './discovery.ts';

const site = { name: '温州市人民政府公报', description: '市政府公报 & 规范性文件', url: 'https://gazette.example.org', searchPath: '/search/', iconPath: '/favicon.svg' };

describe('openSearchXml', () => {
	it('points the browser at the search page with the query in q', () => {
		const xml = openSearchXml(site);
		expect(xml).toContain('<Url type="text/html" method="get" template="https://gazette.example.org/search/?q={searchTerms}"/>');
		expect(xml).toContain('<ShortName>温州市人民政府公报</ShortName>');
		expect(xml).toContain('<Description>市政府公报 &amp; 规范性文件</Description>');
		expect(xml).toContain('<InputEncoding>UTF-8</InputEncoding>');
	});

	it('cuts the short name to the 16 characters OpenSearch allows', () => {
		const name = '某某省某某自治州某某市人民政府公报编辑部';
		expect(openSearchXml({ ...site, name })).toContain(`<ShortName>${name.slice(0, 16)}</ShortName>`);
		expect(name.slice(0, 16)).toHaveLength(16);
	});
});

describe('robotsTxt', () => {
	it('allows everything and names the sitemap', () => {
		expect(robotsTxt('https://gazette.example.org/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://gazette.example.org/sitemap-index.xml\n');
	});
});
