import { describe, expect, it } from 'vitest';
import {
	addDays,
	formatChineseDate,
	formatChineseDay,
	formatChineseMonth,
	isCalendarDate,
	isIssueMonth,
	lastDayOfYears,
	monthOf,
	toCalendarDate,
	todayInShanghai,
} from './dates.ts';

describe('isCalendarDate', () => {
	it.each(['2022-12-22', '2023-02-28', '2024-02-29', '2000-02-29', '2022-01-01', '2022-12-31'])('accepts %s', (d) => {
		expect(isCalendarDate(d)).toBe(true);
	});

	it.each([
		['30 February', '2023-02-30'],
		['29 February in a common year', '2023-02-29'],
		['29 February 1900 (not a leap year)', '1900-02-29'],
		['month 13', '2022-13-01'],
		['month 00', '2022-00-10'],
		['day 00', '2022-12-00'],
		['31 April', '2022-04-31'],
		['unpadded month and day', '2022-1-5'],
		['slashes', '2022/12/22'],
		['Chinese', '2022年12月22日'],
		['with time', '2022-12-22T00:00:00Z'],
		['surrounding spaces', ' 2022-12-22 '],
		['empty', ''],
	])('rejects %s: %j', (_label, d) => {
		expect(isCalendarDate(d)).toBe(false);
	});
});

describe('isIssueMonth', () => {
	it('accepts YYYY-MM', () => {
		expect(isIssueMonth('2022-12')).toBe(true);
		expect(isIssueMonth('2023-01')).toBe(true);
	});

	it.each(['2022-13', '2022-00', '2022-1', '2022-12-01', ''])('rejects %j', (m) => {
		expect(isIssueMonth(m)).toBe(false);
	});
});

describe('toCalendarDate', () => {
	it('takes the UTC day of a Date that YAML produced from an unquoted date', () => {
		expect(toCalendarDate(new Date(Date.UTC(2022, 11, 22)))).toBe('2022-12-22');
		expect(toCalendarDate(new Date('2023-02-01'))).toBe('2023-02-01');
	});

	it('passes a valid string through, trimmed', () => {
		expect(toCalendarDate('2022-12-22')).toBe('2022-12-22');
		expect(toCalendarDate('  2022-12-22\n')).toBe('2022-12-22');
	});

	it.each([
		['invalid Date', new Date('not a date')],
		['impossible date string', '2023-02-30'],
		['unpadded string', '2022-1-5'],
		['Chinese string', '2022年12月22日'],
		['number', 20221222],
		['null', null],
		['undefined', undefined],
		['object', { year: 2022 }],
	])('returns undefined for %s', (_label, value) => {
		expect(toCalendarDate(value)).toBeUndefined();
	});
});

describe('todayInShanghai', () => {
	it('is already the next day in Shanghai (UTC+8) at 16:30 UTC', () => {
		expect(todayInShanghai(new Date('2022-12-31T16:30:00Z'))).toBe('2023-01-01');
	});

	it('is still the same day one second before Shanghai midnight', () => {
		expect(todayInShanghai(new Date('2022-12-31T15:59:59Z'))).toBe('2022-12-31');
	});

	it('turns over exactly at 16:00 UTC', () => {
		expect(todayInShanghai(new Date('2023-06-30T16:00:00Z'))).toBe('2023-07-01');
	});

	it('morning in UTC is the same day in Shanghai', () => {
		expect(todayInShanghai(new Date('2023-02-01T00:00:00Z'))).toBe('2023-02-01');
	});

	it('returns a valid YYYY-MM-DD when called without an argument', () => {
		expect(isCalendarDate(todayInShanghai())).toBe(true);
	});

	it('agrees with the time zone database for every half hour from 1992 to 2040', () => {
		const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
		const wrong: string[] = [];
		for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2040, 0, 1); t += 30 * 60 * 1000) {
			const now = new Date(t);
			if (todayInShanghai(now) !== zone.format(now)) wrong.push(now.toISOString());
		}
		expect(wrong).toEqual([]);
	});
});

describe('Chinese formatting', () => {
	it('formatChineseDate prints without leading zeros', () => {
		expect(formatChineseDate('2022-12-01')).toBe('2022年12月1日');
		expect(formatChineseDate('2022-12-22')).toBe('2022年12月22日');
		expect(formatChineseDate('2023-02-01')).toBe('2023年2月1日');
	});

	it('formatChineseMonth prints without leading zeros', () => {
		expect(formatChineseMonth('2022-12')).toBe('2022年12月');
		expect(formatChineseMonth('2023-01')).toBe('2023年1月');
	});

	it('formatChineseDay prints only the day, without leading zero', () => {
		expect(formatChineseDay('2022-12-01')).toBe('1日');
		expect(formatChineseDay('2022-12-10')).toBe('10日');
		expect(formatChineseDay('2022-12-31')).toBe('31日');
	});
});

describe('addDays', () => {
	it.each([
		['2022-12-22', 1, '2022-12-23'],
		['2022-12-22', 0, '2022-12-22'],
		['2022-11-30', 1, '2022-12-01'],
		['2022-12-31', 1, '2023-01-01'],
		['2023-01-01', -1, '2022-12-31'],
		['2023-02-01', -1, '2023-01-31'],
		['2024-02-28', 1, '2024-02-29'],
		['2024-02-29', 1, '2024-03-01'],
		['2023-02-28', 1, '2023-03-01'],
		['2024-03-01', -1, '2024-02-29'],
		['2022-12-22', 190, '2023-06-30'],
		['2023-01-01', 365, '2024-01-01'],
		['2024-01-01', 366, '2025-01-01'],
	])('%s plus %i days is %s', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
	});
});

describe('lastDayOfYears', () => {
	it('有效期10年 from 2023-02-01 runs to 2033-01-31', () => {
		expect(lastDayOfYears('2023-02-01', 10)).toBe('2033-01-31');
	});

	it('a period starting on 1 January ends on 31 December', () => {
		expect(lastDayOfYears('2023-01-01', 5)).toBe('2027-12-31');
	});

	it('a two-year period starting 2022-12-22 ends 2024-12-21', () => {
		expect(lastDayOfYears('2022-12-22', 2)).toBe('2024-12-21');
	});

	it('a period starting 1 March of the year before a leap year ends on the leap day', () => {
		expect(lastDayOfYears('2023-03-01', 1)).toBe('2024-02-29');
	});

	// Actual behaviour: the anniversary 2021-02-29 does not exist; Date.UTC rolls it
	// over to 2021-03-01, so the last day is 2021-02-28 (365 days, a full year).
	// When the anniversary is itself a leap day, it is the usual day before it.
	it('a period starting on a leap day ends on 28 February of a common year', () => {
		expect(lastDayOfYears('2020-02-29', 1)).toBe('2021-02-28');
		expect(lastDayOfYears('2020-02-29', 3)).toBe('2023-02-28');
	});

	it('a period starting on a leap day ends on 28 February before the next leap day', () => {
		expect(lastDayOfYears('2020-02-29', 4)).toBe('2024-02-28');
	});

	it('always returns a real calendar date', () => {
		for (const start of ['2020-02-29', '2023-01-31', '2023-12-31', '2024-03-31']) {
			expect(isCalendarDate(lastDayOfYears(start, 3))).toBe(true);
		}
	});
});

describe('monthOf', () => {
	it('returns the YYYY-MM the date falls in', () => {
		expect(monthOf('2022-12-22')).toBe('2022-12');
		expect(monthOf('2023-01-01')).toBe('2023-01');
		expect(isIssueMonth(monthOf('2023-02-28'))).toBe(true);
	});
});
