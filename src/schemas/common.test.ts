import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { calendarDate, docNumber, issueRef, text } from './common.ts';

function failure(schema: z.ZodTypeAny, value: unknown): z.ZodIssue[] {
	const result = schema.safeParse(value);
	expect(result.success, `expected ${JSON.stringify(value)} to be rejected`).toBe(false);
	return result.error!.issues;
}

describe('calendarDate', () => {
	it('keeps a YYYY-MM-DD string', () => {
		expect(calendarDate.parse('2022-12-22')).toBe('2022-12-22');
	});

	it('trims surrounding space', () => {
		expect(calendarDate.parse(' 2022-12-22 ')).toBe('2022-12-22');
	});

	it('takes the UTC day of a YAML Date (unquoted 2022-12-22)', () => {
		expect(calendarDate.parse(new Date('2022-12-22T00:00:00Z'))).toBe('2022-12-22');
	});

	it.each([
		['month 13', '2022-13-01'],
		['February 30', '2023-02-30'],
		['Chinese date', '2022年12月1日'],
		['slashes', '2022/12/01'],
		['no zero padding', '2022-12-1'],
		['a month only', '2022-12'],
		['a number', 20221201],
		['null', null],
		['an invalid Date', new Date('nonsense')],
	])('rejects %s and says to write YYYY-MM-DD', (_label, value) => {
		const [issue, ...rest] = failure(calendarDate, value);
		expect(rest).toEqual([]);
		expect(issue.message).toContain('YYYY-MM-DD');
		expect(issue.message).toContain('2022-12-22');
		expect(issue.message).toContain(JSON.stringify(value));
	});
});

describe('issueRef', () => {
	it('accepts a month', () => {
		expect(issueRef.parse('2022-12')).toBe('2022-12');
	});

	it.each(['2022-13', '2022-00', '2022-12-01', '2022年12月', '12/2022'])('rejects %s, showing the form and the value', (value) => {
		const [issue] = failure(issueRef, value);
		expect(issue.message).toContain('YYYY-MM');
		expect(issue.message).toContain(`"${value}"`);
	});

	it('says what to write when the issue is missing', () => {
		expect(failure(issueRef, undefined)[0].message).toBe('expected the issue month, e.g. issue: "2022-12"');
	});
});

describe('docNumber', () => {
	it('accepts the canonical spelling', () => {
		expect(docNumber.parse('温政办〔2022〕94号')).toBe('温政办〔2022〕94号');
	});

	it.each([
		['ASCII square brackets', '温政办[2022]94号'],
		['a leading zero', '温政办〔2022〕094号'],
		['no 号', '温政办〔2022〕94'],
		['【】 brackets', '温政办【2022】94号'],
		['年 after the year', '温政办2022年94号'],
	])('rejects %s, naming 〔〕 and an example', (_label, value) => {
		const [issue] = failure(docNumber, value);
		expect(issue.message).toContain(value);
		expect(issue.message).toContain('〔');
		expect(issue.message).toContain('温政办〔2022〕94号');
	});

	it('says what to write when it is missing', () => {
		expect(failure(docNumber, undefined)[0].message).toContain('温政办〔2022〕94号');
	});
});

describe('text', () => {
	const title = text('title');

	it('trims', () => {
		expect(title.parse('  12月份市政府记事 ')).toBe('12月份市政府记事');
	});

	it('names the field when missing or blank', () => {
		expect(failure(title, undefined)[0].message).toBe('title is required');
		expect(failure(title, '   ')[0].message).toBe('title must not be empty');
	});
});
