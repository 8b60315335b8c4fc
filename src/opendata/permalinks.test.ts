import { describe, expect, it } from 'vitest';
import { docNumberIndex, isPermalinkPage, notFoundPermalink, permalinkFor, permalinksOf, type PermalinkDocument } from './permalinks.ts';

const CANONICAL_96 = '/d/温政办〔2022〕96号/';

describe('permalinkFor: every spelling search accepts leads to the canonical permalink', () => {
	it.each([
		['canonical', '/d/温政办〔2022〕96号/'],
		['without the trailing slash', '/d/温政办〔2022〕96号'],
		['percent-encoded, as browsers send it', `/d/${encodeURIComponent('温政办〔2022〕96号')}/`],
		['ASCII square brackets', '/d/温政办[2022]96号'],
		['ASCII brackets percent-encoded', '/d/%E6%B8%A9%E6%94%BF%E5%8A%9E%5B2022%5D96%E5%8F%B7'],
		['年 after the year', '/d/温政办2022年96号'],
		['黑色方头括号', '/d/温政办【2022】96号/'],
		['full-width parentheses and digits', '/d/温政办（２０２２）９６号'],
		['leading zeros, no 号', '/d/温政办〔2022〕096'],
		['several trailing slashes', '/d/温政办〔2022〕96号//'],
	])('%s: %s', (_label, pathname) => {
		expect(permalinkFor(pathname)).toEqual({ number: '温政办〔2022〕96号', kind: 'docNumber', url: CANONICAL_96 });
	});

	it.each([
		['ASCII hyphens', '/d/ZJCC01-2022-0022/'],
		['lower case', '/d/zjcc01-2022-0022'],
		['en dashes as printed', '/d/ZJCC01–2022–0022'],
		['full-width letters and dashes', '/d/ＺＪＣＣ０１－２０２２－００２２'],
		['percent-encoded en dashes', `/d/${encodeURIComponent('ZJCC01–2022–0022')}/`],
	])('unified number, %s: %s', (_label, pathname) => {
		expect(permalinkFor(pathname)).toEqual({ number: 'ZJCC01-2022-0022', kind: 'unifiedNumber', url: '/d/ZJCC01-2022-0022/' });
	});

	it.each([
		['outside /d/', '/documents/温政办-2022-96/'],
		['the list of numbers itself', '/d/'],
		['a deeper path', '/d/温政办〔2022〕96号/extra/'],
		['words, not a number', '/d/火灾事故调查'],
		['broken percent-encoding', '/d/%E6%B8'],
		['serial zero', '/d/温政办〔2022〕0号'],
	])('no permalink: %s', (_label, pathname) => {
		expect(permalinkFor(pathname)).toBeNull();
	});
});

describe('notFoundPermalink: what the 404 page does', () => {
	it('forwards any other spelling to the canonical permalink', () => {
		expect(notFoundPermalink('/d/温政办[2022]96号')).toEqual({ forward: CANONICAL_96 });
		expect(notFoundPermalink('/d/zjcc01-2022-0022/')).toEqual({ forward: '/d/ZJCC01-2022-0022/' });
	});

	it('at the canonical permalink itself (so no such document was published) names the number instead of forwarding again', () => {
		expect(notFoundPermalink(`/d/${encodeURIComponent('温政办〔2022〕999号')}/`)).toEqual({
			missing: { number: '温政办〔2022〕999号', kind: 'docNumber', url: '/d/温政办〔2022〕999号/' },
		});
	});

	it('leaves every other address to the ordinary 404 page', () => {
		expect(notFoundPermalink('/documents/温政办-2022-999/')).toBeNull();
		expect(notFoundPermalink('/d/not-a-number/')).toBeNull();
	});
});

const doc = (docNumber: string, unifiedNumber?: string): PermalinkDocument => ({ docNumber, unifiedNumber, title: `title of ${docNumber}`, url: `/documents/${docNumber}/` });

describe('permalinksOf', () => {
	it('gives one page per 文号 and one per unified number, each leading to its document', () => {
		const a = doc('温政办〔2022〕96号', 'ZJCC01-2022-0022');
		const b = doc('温政发〔2022〕3号');
		expect(permalinksOf([a, b]).map((p) => [p.url, p.kind, p.document.url])).toEqual([
			['/d/温政办〔2022〕96号/', 'docNumber', a.url],
			['/d/ZJCC01-2022-0022/', 'unifiedNumber', a.url],
			['/d/温政发〔2022〕3号/', 'docNumber', b.url],
		]);
	});
});

describe('docNumberIndex', () => {
	it('groups by issuer code in the city’s order, then newest year first, serials in numeric order', () => {
		const index = docNumberIndex(
			[doc('温政办〔2022〕96号'), doc('温人社发〔2022〕73号'), doc('温政办〔2022〕9号'), doc('温政办〔2021〕100号'), doc('温政发〔2022〕3号'), doc('温政服〔2022〕41号')],
			['温政发', '温政办'],
		);
		expect(index.map((i) => [i.issuerCode, i.years.map((y) => [y.year, y.documents.map((d) => d.docNumber)])])).toEqual([
			['温政发', [[2022, ['温政发〔2022〕3号']]]],
			['温政办', [[2022, ['温政办〔2022〕9号', '温政办〔2022〕96号']], [2021, ['温政办〔2021〕100号']]]],
			['温人社发', [[2022, ['温人社发〔2022〕73号']]]],
			['温政服', [[2022, ['温政服〔2022〕41号']]]],
		]);
	});

	it('refuses a 文号 that is not canonical, naming it', () => {
		expect(() => docNumberIndex([doc('温政办[2022]96号')])).toThrow('not a canonical 文号: 温政办[2022]96号');
	});
});

describe('isPermalinkPage', () => {
	it('is true for a number under /d/ and false for the list and other pages', () => {
		expect(isPermalinkPage('/d/温政办〔2022〕96号/')).toBe(true);
		expect(isPermalinkPage('/d/')).toBe(false);
		expect(isPermalinkPage('/documents/温政办-2022-96/')).toBe(false);
	});
});
