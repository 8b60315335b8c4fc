import { describe, expect, it } from 'vitest';
import { publishedEntry, unpublished, type PublishedEntry } from './publication.ts';

describe('publishedEntry', () => {
	it.each([
		['issues', '2022-12', { month: '2022-12' }, '/issues/2022-12/', '/issues/'],
		['documents', '2022-12/温政办-2022-94', { docNumber: '温政办〔2022〕94号', issue: '2022-12' }, '/documents/温政办-2022-94/', '/issues/2022-12/'],
		['interpretations', '2022-12/温政办-2022-94', { issue: '2022-12' }, '/interpretations/2022-12/温政办-2022-94/', '/issues/2022-12/'],
		['briefs', '2022-12/01-县委书记座谈会', { issue: '2022-12' }, '/briefs/2022-12/01-县委书记座谈会/', '/issues/2022-12/'],
		['features', '2022-12/鹿城区', { issue: '2022-12' }, '/features/2022-12/鹿城区/', '/issues/2022-12/'],
		['chronicle', '2022-12', { issue: '2022-12' }, '/issues/2022-12/chronicle/', '/issues/2022-12/'],
	])('%s %s → %s, listed on %s', (collection, id, data, url, listedOn) => {
		expect(publishedEntry(`content/${collection}/${id}`, collection, id, data)).toEqual({ file: `content/${collection}/${id}`, collection, url, listedOn });
	});
});

describe('unpublished', () => {
	const entry = (file: string, url: string, listedOn = '/issues/2022-12/'): PublishedEntry => ({ file, collection: 'briefs', url, listedOn });
	const site = (pages: string[], toc: string[]) => ({ pages: new Set(pages), links: (listing: string) => new Set(listing === '/issues/2022-12/' ? toc : []) });

	it('finds nothing lost when every entry has its page and is listed', () => {
		expect(unpublished([entry('a.md', '/briefs/a/'), entry('b.md', '/briefs/b/')], site(['/briefs/a/', '/briefs/b/'], ['/briefs/a/', '/briefs/b/']))).toEqual([]);
	});

	it('names an entry without its page, one missing from the table of contents, and two entries with one page', () => {
		const entries = [entry('a.md', '/briefs/a/'), entry('b.md', '/briefs/b/'), entry('c.md', '/briefs/c/'), entry('d.md', '/briefs/c/')];
		expect(unpublished(entries, site(['/briefs/a/', '/briefs/c/'], ['/briefs/c/']))).toEqual([
			'a.md: /issues/2022-12/ does not list /briefs/a/ in its table of contents',
			'b.md: no page /briefs/b/ was built for this briefs entry',
			'd.md: has the same page /briefs/c/ as c.md, so one of them would not be published',
		]);
	});
});
