import { describe, expect, it } from 'vitest';
import { foldPunctuation, toHalfWidthAlnum } from './text.ts';

describe('toHalfWidthAlnum: converts full-width letters and digits', () => {
	it('converts every full-width digit', () => {
		expect(toHalfWidthAlnum('０１２３４５６７８９')).toBe('0123456789');
	});

	it('converts full-width upper-case letters across the whole range', () => {
		expect(toHalfWidthAlnum('ＡＢＣＸＹＺ')).toBe('ABCXYZ');
	});

	it('converts full-width lower-case letters without changing case', () => {
		expect(toHalfWidthAlnum('ａｂｃｘｙｚ')).toBe('abcxyz');
	});

	it('converts inside mixed text', () => {
		expect(toHalfWidthAlnum('温政办〔２０２２〕９４号')).toBe('温政办〔2022〕94号');
		expect(toHalfWidthAlnum('ＺＪＣＣ０１–２０２２–００２１')).toBe('ZJCC01–2022–0021');
	});
});

describe('toHalfWidthAlnum: leaves everything else untouched', () => {
	it('keeps ASCII as it is', () => {
		const ascii = 'ZJCC01-2022-0021 abc [x] (y)';
		expect(toHalfWidthAlnum(ascii)).toBe(ascii);
	});

	it('keeps Chinese characters and Chinese punctuation', () => {
		expect(toHalfWidthAlnum('关于印发温州市火灾事故调查处理规定的通知。')).toBe('关于印发温州市火灾事故调查处理规定的通知。');
	});

	it('keeps full-width punctuation, brackets and spaces (not alphanumeric)', () => {
		const punct = '（）［］｛｝－，：\u3000';
		expect(toHalfWidthAlnum(punct)).toBe(punct);
	});

	it('keeps the code points next to the converted ranges', () => {
		// ／ (U+FF0F) before ０, ： (U+FF1A) after ９, ＠ (U+FF20) before Ａ, ［ (U+FF3B) after Ｚ,
		// ｀ (U+FF40) before ａ, ｛ (U+FF5B) after ｚ.
		const neighbours = '／：＠［｀｛';
		expect(toHalfWidthAlnum(neighbours)).toBe(neighbours);
	});

	it('returns an empty string for an empty string', () => {
		expect(toHalfWidthAlnum('')).toBe('');
	});

	it('keeps the length of the string', () => {
		const s = '温政办［２０２２］ｘ９４号';
		expect(toHalfWidthAlnum(s)).toHaveLength(s.length);
	});
});

describe('foldPunctuation: punctuation as typed and as printed alike', () => {
	it.each([
		['（试行）', '(试行)'],
		['０５７７－８８９２５６７２', '0577-88925672'],
		['ZJCC01–2022—0021‐x−y', 'ZJCC01-2022-0021-x-y'],
		['，：；！？［］', ',:;!?[]'],
	])('%s → %s', (text, folded) => {
		expect(foldPunctuation(text)).toBe(folded);
		expect(foldPunctuation(text).length).toBe(text.length);
	});

	it('keeps Chinese punctuation that has no ASCII form', () => {
		const text = '“留员工、稳生产”。《规定》〔2022〕';
		expect(foldPunctuation(text)).toBe(text);
	});
});
