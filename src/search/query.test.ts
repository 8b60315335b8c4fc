/**
 * planSearch: what the reader typed, as the searches the worker runs. A 文号 or
 * unified number in any spelling becomes one canonical term and a direct hit
 * to look for, with the plain reading to fall back on; anything else becomes
 * terms that must all occur.
 */
import { describe, expect, it } from 'vitest';
import { planSearch } from './query.ts';

const WZB_94 = '温政办〔2022〕94号';
const WZB_94_PHRASE = '"温政办202294"';
const texts = (plan: { terms: { text: string }[] }) => plan.terms.map((t) => t.text);

describe('planSearch: a 文号 in any spelling', () => {
	it.each([
		['温政办〔2022〕94号', ['温政办〔2022〕94号']],
		['温政办[2022]94号', ['温政办[2022]94号']],
		['温政办【2022】94号', ['温政办【2022】94号']],
		['温政办(2022)94号', ['温政办(2022)94号']],
		['温政办（2022）94号', ['温政办（2022）94号']],
		['温政办［２０２２］９４号', ['温政办［２０２２］９４号']],
		['温政办〔２０２２〕９４号', ['温政办〔２０２２〕９４号']],
		['温政办2022年94号', ['温政办2022年94号']],
		['温政办〔2022〕094号', ['温政办〔2022〕094号']],
		['温政办〔2022〕94', ['温政办〔2022〕94']],
		['温政办〔2022〕第94号', ['温政办〔2022〕第94号']],
		['  温政办〔2022〕94号  ', ['温政办〔2022〕94号']],
		// The plain reading is the query as typed, its words split on spaces as for any other query.
		['温政办 2022 94号', ['温政办', '2022', '94号']],
		['温政办\u30002022\u300094号', ['温政办', '2022', '94号']],
	])('%s', (query, fallback) => {
		const plan = planSearch(query);
		expect(plan.docNumber).toBe(WZB_94);
		expect(plan.unifiedNumber).toBeUndefined();
		expect(plan.terms).toEqual([{ text: WZB_94, phrase: WZB_94_PHRASE }]);
		expect(texts(plan.fallback!)).toEqual(fallback);
		expect(plan.fallback!.docNumber).toBeUndefined();
		expect(plan.fallback!.fallback).toBeUndefined();
	});

	it('canonicalises other issuers and serials', () => {
		expect(planSearch('温人社发[2022]73号').docNumber).toBe('温人社发〔2022〕73号');
		expect(planSearch('浙人社发【2018】122号').terms[0].phrase).toBe('"浙人社发2018122"');
		expect(planSearch('温政服（2022）41号').terms[0].text).toBe('温政服〔2022〕41号');
	});

	it('falls back to the text as typed when it only looks like a 文号', () => {
		// 截至2022年12 is what the search box holds on the way to 截至2022年12月.
		for (const [q, phrase] of [
			['产值2022年10', '"产值 值2 20 02 22 2年 年1 10"'],
			['截至2022年12', '"截至 至2 20 02 22 2年 年1 12"'],
		]) {
			const plan = planSearch(q);
			expect(plan.docNumber, q).toMatch(/〔2022〕1[02]号$/);
			expect(plan.fallback, q).toEqual({ terms: [{ text: q, phrase: phrase }] });
			expect(plan.fallback!.terms[0].phrase, q).not.toBe(plan.terms[0].phrase);
		}
	});

	it('falls back to a different search for spellings whose plain reading differs', () => {
		expect(planSearch('温政办2022年94号').fallback!.terms[0].phrase).toBe('"温政 政办 办2 20 02 22 2年 年9 94 4号"');
		expect(planSearch('温政办〔2022〕094号').fallback!.terms[0].phrase).toBe('"温政 政办 办zdabe 2qdabe 20 02 22 2zdabf 0qdabf 09 94 4号"');
		// As typed, a 文号 is the phrase of its characters, not the one word the index writes for the 文号.
		expect(planSearch('温政办[2022]94号').fallback!.terms[0].phrase).toBe('"温政 政办 办zfl 2qfl 20 02 22 2zfn 9qfn 94 4号"');
		expect(planSearch('温政办[2022]94号').terms[0].phrase).toBe(WZB_94_PHRASE);
	});

	it('is not a 文号 without a year, an issuer or a serial', () => {
		for (const q of ['温政办94号', '2022年94号', '温政办〔2022〕', '温政办〔2022〕0号']) {
			const plan = planSearch(q);
			expect(plan.docNumber, q).toBeUndefined();
			expect(plan.fallback, q).toBeUndefined();
			expect(texts(plan), q).toEqual([q]);
		}
	});
});

describe('planSearch: a unified number in any spelling', () => {
	it.each([
		['ZJCC01–2022–0021', ['ZJCC01–2022–0021']],
		['ZJCC01-2022-0021', ['ZJCC01-2022-0021']],
		['zjcc01-2022-0021', ['zjcc01-2022-0021']],
		['ZJCC01—2022—0021', ['ZJCC01—2022—0021']],
		['ＺＪＣＣ０１－２０２２－００２１', ['ＺＪＣＣ０１－２０２２－００２１']],
		['ZJCC01 2022 0021', ['ZJCC01', '2022', '0021']],
	])('%s', (query, fallback) => {
		const plan = planSearch(query);
		expect(plan.unifiedNumber).toBe('ZJCC01-2022-0021');
		expect(plan.docNumber).toBeUndefined();
		expect(plan.terms).toEqual([{ text: 'ZJCC01-2022-0021', phrase: '"zjcc0120220021"' }]);
		expect(texts(plan.fallback!)).toEqual(fallback);
	});

	it('keeps the serial as printed, leading zeros and all', () => {
		expect(planSearch('zjcc13 2022 0006').unifiedNumber).toBe('ZJCC13-2022-0006');
		expect(planSearch('ZJCC01-2022-21').unifiedNumber).toBe('ZJCC01-2022-21');
	});
});

describe('planSearch: words', () => {
	it('makes each space-separated word a term that must occur', () => {
		const plan = planSearch('留工 补助');
		expect(plan).toEqual({
			terms: [
				{ text: '留工', phrase: '"留工"' },
				{ text: '补助', phrase: '"补助"' },
			],
		});
	});

	it('splits on ideographic spaces and runs of whitespace too', () => {
		expect(texts(planSearch('瞿自杰\u3000林业局'))).toEqual(['瞿自杰', '林业局']);
		expect(texts(planSearch('  火灾\t 调查\n报告 '))).toEqual(['火灾', '调查', '报告']);
	});

	it('canonicalises a 文号 among other words, without making the query a 文号 search', () => {
		const plan = planSearch('温政办[2022]94号 补助');
		expect(plan.docNumber).toBeUndefined();
		expect(plan.fallback).toBeUndefined();
		expect(texts(plan)).toEqual([WZB_94, '补助']);
		expect(plan.terms[0].phrase).toBe(WZB_94_PHRASE);
	});

	it('drops words with nothing searchable in them', () => {
		expect(texts(planSearch('火灾 ， 调查 ——'))).toEqual(['火灾', '调查']);
	});

	it.each(['', '   ', '\u3000', '，。、', '“” 《》'])('has no terms for %j', (query) => {
		expect(planSearch(query)).toEqual({ terms: [] });
	});

	it('searches a single character as an exact word, and Latin letters in any case or width alike', () => {
		expect(planSearch('火').terms).toEqual([{ text: '火', phrase: '"火"' }]);
		for (const q of ['RCEP', 'rcep', 'ＲＣＥＰ']) expect(planSearch(q).terms[0].phrase, q).toBe('"rc ce ep"');
	});
});
