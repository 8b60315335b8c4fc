/**
 * Search result excerpts: the stretch of text around the first match, every
 * match marked, as HTML.
 */
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../test/support/sample-pages.ts';
import { excerptHtml, matchRanges, recordExcerpt } from './excerpt.ts';
import { textSpan, toSearchRecord } from './build/record.ts';
import { fromIndexText } from './build/text.ts';

/** The excerpt's text as the reader sees it: tags out, entities decoded. */
const visible = (html: string) =>
	html
		.replace(/<\/?mark>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

const TEXT =
	'为贯彻落实党中央、国务院和省委、省政府有关决策部署，鼓励重点企业、重大项目、重大工程不停工、不停产，保障2023年元旦春节期间企业正常生产经营和有序用工，' +
	'助推经济稳进提质，经市政府研究同意，现将有关事项通知如下：对春节期间留工的外地员工人数30人以上的企业，每人500元的标准发放一次性留工补助。' +
	'加大RCEP合作交流支持，引导外贸企业积极赴RCEP其他成员国开展重要商务活动，对企业出入境机票费用每人给予30%的补助。';

describe('matchRanges', () => {
	it('finds every occurrence of every term, in text order', () => {
		const ranges = matchRanges(TEXT, ['补助', 'RCEP']);
		expect(ranges.map(([s, e]) => TEXT.slice(s, e))).toEqual(['补助', 'RCEP', 'RCEP', '补助']);
		expect(ranges.map(([s]) => s)).toEqual([...ranges.map(([s]) => s)].sort((a, b) => a - b));
	});

	it('ignores case and width, and reads every dash as a hyphen', () => {
		const text = '统一编号：ZJCC01–2022–0021，ＲＣＥＰ成员国，电话０５７７—88925672';
		const at = (terms: string[]) => matchRanges(text, terms).map(([s, e]) => text.slice(s, e));
		expect(at(['zjcc01-2022-0021'])).toEqual(['ZJCC01–2022–0021']);
		expect(at(['rcep'])).toEqual(['ＲＣＥＰ']);
		expect(at(['0577-88925672'])).toEqual(['０５７７—88925672']);
		expect(at(['ＺＪＣＣ０１－２０２２－００２１'])).toEqual(['ZJCC01–2022–0021']);
	});

	it('keeps positions right around characters whose lower case is longer', () => {
		// 'İ'.toLowerCase() is two code units; the match after it must not shift.
		const text = 'İstanbul与RCEP成员国';
		expect(matchRanges(text, ['rcep']).map(([s, e]) => text.slice(s, e))).toEqual(['RCEP']);
	});

	it('lets the longest of overlapping terms win, and never overlaps ranges', () => {
		const text = '温州市火灾事故调查处理规定';
		const at = (terms: string[]) => matchRanges(text, terms).map(([s, e]) => text.slice(s, e));
		expect(at(['火灾', '火灾事故'])).toEqual(['火灾事故']);
		expect(at(['事故调', '火灾事故'])).toEqual(['火灾事故']);
		expect(at(['火灾事故', '故调查处理'])).toEqual(['故调查处理']);
		expect(at(['故调', '火灾', '处理规定'])).toEqual(['火灾', '故调', '处理规定']);
		expect(at(['火灾', '火灾'])).toEqual(['火灾']);
	});

	it('finds non-overlapping repeats of a term', () => {
		expect(matchRanges('小小小小', ['小小'])).toEqual([
			[0, 2],
			[2, 4],
		]);
	});

	it('finds a term across whitespace, as search does: table cells, paragraphs, print spacing', () => {
		const at = (text: string, terms: string[]) => matchRanges(text, terms).map(([s, e]) => text.slice(s, e));
		expect(at('增长\n20 15\n年', ['2015'])).toEqual(['20 15']);
		expect(at('通知\n\n各县（市、区）人民政府', ['通知各县'])).toEqual(['通知\n\n各县']);
		expect(at('改革 强化', ['改革强化'])).toEqual(['改革 强化']);
		// The range starts and ends on the term's own characters, never on the whitespace around it.
		expect(at(' 火灾 ', ['火灾'])).toEqual(['火灾']);
		expect(at('20.15', ['2015'])).toEqual([]);
	});

	it('finds nothing for no terms, empty terms or terms not in the text', () => {
		expect(matchRanges(TEXT, [])).toEqual([]);
		expect(matchRanges(TEXT, [''])).toEqual([]);
		expect(matchRanges(TEXT, ['杭州'])).toEqual([]);
	});
});

describe('excerptHtml', () => {
	it('marks exactly the matched text, as it is written in the text', () => {
		const html = excerptHtml(TEXT, ['rcep', '30%']);
		expect(marked(html)).toEqual(['RCEP', 'RCEP', '30%']);
		expect(marked(excerptHtml('统一编号ZJCC01–2022–0021', ['ZJCC01-2022-0021']))).toEqual(['ZJCC01–2022–0021']);
	});

	it('shows `length` characters from a third of the way before the first match, with ellipses at cut ends', () => {
		const text = '甲'.repeat(100) + '补助' + '乙'.repeat(100) + '补助';
		const html = excerptHtml(text, ['补助']);
		expect(html).toBe('…' + '甲'.repeat(36) + '<mark>补助</mark>' + '乙'.repeat(72) + '…');
		expect(visible(html).slice(1, -1)).toHaveLength(110);
		expect(excerptHtml(text, ['补助'], 40)).toBe('…' + '甲'.repeat(13) + '<mark>补助</mark>' + '乙'.repeat(25) + '…');
		// In the sample paragraph: the window around the first 补助, shifted to end with the text.
		const shown = visible(excerptHtml(TEXT, ['补助']));
		expect(shown).toBe('…' + TEXT.slice(-110));
	});

	it('starts at the beginning of the text when nothing matches, or the match is near it', () => {
		for (const terms of [[], ['杭州'], ['贯彻落实']]) {
			const html = excerptHtml(TEXT, terms);
			expect(html.startsWith('…'), String(terms)).toBe(false);
			expect(visible(html), String(terms)).toBe(TEXT.slice(0, 110) + '…');
		}
		expect(marked(excerptHtml(TEXT, ['贯彻落实']))).toEqual(['贯彻落实']);
	});

	it('ends at the end of the text when the match is near it', () => {
		const html = excerptHtml(TEXT, ['30%的补助']);
		expect(html.endsWith('…')).toBe(false);
		expect(visible(html)).toBe('…' + TEXT.slice(-110));
	});

	it('shows a short text whole, with no ellipsis', () => {
		expect(excerptHtml('火灾事故调查', ['事故'])).toBe('火灾<mark>事故</mark>调查');
		// A line break (paragraphs, table cells) shows as a gap element, never as a space in the text.
		expect(excerptHtml('会议强调。\n要强化消防安全\n发文机关', ['消防'])).toBe(
			'会议强调。<span class="excerpt-break"></span>要强化<mark>消防</mark>安全<span class="excerpt-break"></span>发文机关',
		);
		expect(excerptHtml('甲甲甲\n乙乙消防', ['消防'], 5)).toBe('…乙乙<mark>消防</mark>');
		expect(excerptHtml('', ['事故'])).toBe('');
	});

	it('shows a match across a line break with the break inside the mark', () => {
		expect(excerptHtml('面积\n20\n15', ['2015'])).toBe('面积<span class="excerpt-break"></span><mark>20<span class="excerpt-break"></span>15</mark>');
	});

	it('escapes <, >, & and " in the text and in the marks', () => {
		const text = '《规定》第3条：a < b && c > "d"，见<附件>';
		const html = excerptHtml(text, ['<附件>', '"d"']);
		expect(html).toBe('《规定》第3条：a &lt; b &amp;&amp; c &gt; <mark>&quot;d&quot;</mark>，见<mark>&lt;附件&gt;</mark>');
		expect(html).not.toMatch(/<(?!\/?mark>)/);
	});

	it('widens the window to show a match it would cut in two whole', () => {
		const text = '甲'.repeat(20) + '火灾事故调查处理' + '乙'.repeat(20);
		// A 10-character window from a third before 火灾 would end after 调查处.
		expect(excerptHtml(text, ['火灾事故调查处理'], 10)).toBe('…甲甲甲<mark>火灾事故调查处理</mark>…');
		expect(excerptHtml(text, ['火灾', '调查处理'], 8)).toBe('…甲甲<mark>火灾</mark>事故<mark>调查处理</mark>…');
	});

	it('marks punctuation typed full-width or ASCII alike, as search finds it', () => {
		expect(marked(excerptHtml('关于《实施办法(试行)》的通知', ['（试行）']))).toEqual(['(试行)']);
		expect(marked(excerptHtml('电话：0577－88925672', ['0577-88925672']))).toEqual(['0577－88925672']);
	});

	it('marks a 文号 written with other brackets than the canonical 〔〕', () => {
		expect(marked(excerptHtml('根据温政办【2022】94号和温政办[2022]94号文件', ['温政办〔2022〕94号']))).toEqual(['温政办【2022】94号', '温政办[2022]94号']);
	});
});

describe('recordExcerpt', () => {
	const INFO = { section: '市政府文件', issue: '2022-12', date: '2022-12-30' };
	const record = (title: string, text: string) => toSearchRecord({ url: '/x/', title, text, info: INFO });
	/** What the excerpt must be: that of the record's whole text read back. */
	const fromWholeText = (r: { content: string; meta: Record<string, string> }, terms: string[]) =>
		excerptHtml(fromIndexText(r.content.slice(...textSpan(r.content, r.meta))), terms);

	// Terms from a text: stretches of 1 to 12 characters at spread-out places, punctuation at their edges included.
	const termsFrom = (text: string) => {
		const flat = text.replace(/\s+/g, '');
		const terms: string[] = [];
		for (const length of [1, 2, 4, 8]) {
			for (let i = 0; i + length <= flat.length; i += Math.max(1, Math.floor(flat.length / 15)) + length) terms.push(flat.slice(i, i + length));
		}
		return terms.filter((t) => /[\p{Alphabetic}\p{N}]/u.test(t));
	};

	it('is the excerpt of the whole text, for stretches of every page of the sample, one or two terms at a time', () => {
		let compared = 0;
		for (const page of samplePages()) {
			const r = record(page.title, page.text);
			const whole = fromIndexText(r.content.slice(...textSpan(r.content, r.meta)));
			const terms = termsFrom(page.text);
			for (const [i, term] of terms.entries()) {
				for (const asked of [[term], [term, terms[(i * 7) % terms.length]]]) {
					expect(recordExcerpt(r.content, r.meta, asked), `${page.file}: ${asked.join(' ')}`).toBe(excerptHtml(whole, asked));
					compared += 1;
				}
			}
		}
		expect(compared).toBeGreaterThan(2000);
	});

	// Long texts, so that the excerpt is read from a stretch of the text and not the whole of it.
	it.each([
		['a term only in the title', '关于消防安全的通知', '各县（市、区）人民政府：现将有关事项通知如下。'.repeat(100), ['消防']],
		['a term nowhere', '通知', '现将有关事项通知如下。'.repeat(100), ['杭州']],
		['a term typed in lower case', '通知', '加大RCEP合作交流支持。'.repeat(50), ['rcep']],
		['a term starting with punctuation', '通知', '实施办法。'.repeat(300) + '《实施办法（试行）》', ['（试行）']],
		['a percent sign', '通知', '给予补助，'.repeat(300) + '给予30%的补助', ['30%']],
		['a 文号 in other brackets', '通知', '根据有关规定，'.repeat(300) + '根据温政办【2022】94号文件', ['温政办〔2022〕94号']],
		['a unified number', '通知', '统一编号'.repeat(300) + '统一编号ZJCC01–2022–0021', ['zjcc01-2022-0021']],
		['the first of two terms later in the text', '通知', '火灾'.repeat(400) + '消防' + '火灾'.repeat(400), ['火灾', '消防']],
		['one term inside the other', '通知', '有关事项，'.repeat(300) + '消防安全' + '有关事项，'.repeat(300), ['安全', '消防安全']],
		['every character a run of its own', '通知', '1、2、3、'.repeat(300) + '4、5、6、'.repeat(300), ['6、4']],
		['letters that are also marks’ codes', '通知', '、'.repeat(600) + 'ab', ['ab']],
		['a character that changes length in lower case', '通知', 'İstanbul合作，'.repeat(100) + '消防', ['消防']],
		['a sigma, lower-cased by its place in a word', '通知', '有关事项，'.repeat(300) + '符号ΑΣ。' + '有关事项，'.repeat(300) + '符号ΑΣΒ', ['ασ']],
		['a full-width underscore', '通知', '有关事项，'.repeat(300) + '＿＿年＿＿月', ['__年']],
		['a match across a line break', '通知', '说明\n'.repeat(400) + '面积\n20\n15平方米', ['2015']],
		['a term whose first characters come many times before it', '通知', '温州市人民政府，'.repeat(200) + '温州市人民政府办公室', ['温州市人民政府办公室']],
		['no term', '通知', '现将有关事项通知如下。'.repeat(100), []],
	])('is the excerpt of the whole text for %s', (_, title, text, terms) => {
		const r = record(title, text);
		expect(recordExcerpt(r.content, r.meta, terms)).toBe(fromWholeText(r, terms));
	});

	it.each([20, 110, 400])('is the excerpt of the whole text %i characters long', (length) => {
		for (const text of ['1、2、3、'.repeat(300) + '补助' + '4、5、6、'.repeat(300), '甲'.repeat(3000) + '补助' + '乙'.repeat(3000)]) {
			const r = record('通知', text);
			expect(recordExcerpt(r.content, r.meta, ['补助'], length)).toBe(excerptHtml(fromIndexText(r.content.slice(...textSpan(r.content, r.meta))), ['补助'], length));
		}
	});

	it('marks the match far into a long text, with ellipses where the text goes on', () => {
		const r = record('通知', '甲'.repeat(3000) + '补助' + '乙'.repeat(3000));
		expect(recordExcerpt(r.content, r.meta, ['补助'])).toBe('…' + '甲'.repeat(36) + '<mark>补助</mark>' + '乙'.repeat(72) + '…');
	});
});
