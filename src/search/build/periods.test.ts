import { describe, expect, it } from 'vitest';
import { periodsOf, type PageToIndex } from './periods.ts';
import { indexingSources } from './indexSite.ts';

const page = (url: string, issue: string, hash = 'a'): PageToIndex => ({ file: `/site${url}index.html`, url, issue, hash });
const PAGES = [page('/briefs/2021-12/01/', '2021-12'), page('/documents/温政办-2022-1/', '2022-01'), page('/briefs/2022-03/02/', '2022-03')];
const keyOf = (pages: PageToIndex[], year: string, code = 'code') => periodsOf(pages, code).find((p) => p.name === year)?.key;

describe('periodsOf', () => {
	it('puts pages in their issue’s year, newest year first', () => {
		expect(periodsOf(PAGES, 'code').map((p) => [p.name, p.pages.map((x) => x.url)])).toEqual([
			['2022', ['/briefs/2022-03/02/', '/documents/温政办-2022-1/']],
			['2021', ['/briefs/2021-12/01/']],
		]);
	});

	it('keys a year by its pages’ addresses and bytes and the indexing code, whatever the order they were found in', () => {
		const key = keyOf(PAGES, '2022');
		expect(keyOf([...PAGES].reverse(), '2022')).toBe(key);
		expect(keyOf([PAGES[0], page('/documents/温政办-2022-1/', '2022-01', 'b'), PAGES[2]], '2022'), 'a page’s bytes').not.toBe(key);
		expect(keyOf([PAGES[0], page('/documents/温政办-2022-2/', '2022-01'), PAGES[2]], '2022'), 'a page’s address').not.toBe(key);
		expect(keyOf([...PAGES, page('/briefs/2022-03/03/', '2022-03')], '2022'), 'a page added').not.toBe(key);
		expect(keyOf(PAGES.slice(0, 2), '2022'), 'a page removed').not.toBe(key);
		expect(keyOf(PAGES, '2022', 'other code'), 'the code').not.toBe(key);
		// Another year's pages do not touch it.
		expect(keyOf([...PAGES, page('/briefs/2021-11/09/', '2021-11')], '2022')).toBe(key);
	});
});

describe('indexingSources', () => {
	it('follows the indexer’s imports into the modules that shape index words', async () => {
		const files = (await indexingSources()).map((f) => f.slice(f.indexOf('/src/') + 1));
		expect(files).toEqual(expect.arrayContaining(['src/search/build/indexPeriod.ts', 'src/search/build/text.ts', 'src/search/build/record.ts', 'src/search/build/page.ts', 'src/gazette/text.ts', 'src/gazette/docNumber.ts', 'src/gazette/references/citations.ts', 'src/search/parts.ts']));
		expect(files.filter((f) => f.includes('/client/'))).toEqual([]);
	});
});
