import { describe, expect, it } from 'vitest';
import { EXPIRING_WINDOW_DAYS, daysBetween, expiryGroup } from './expiring.ts';

describe('expiryGroup: the edges of the 90-day windows', () => {
	it('looks 90 days each way', () => {
		expect(EXPIRING_WINDOW_DAYS).toBe(90);
	});

	// Counted by hand from 2023-01-01: +90 is 2023-04-01 (31 + 28 + 31), −90 is 2022-10-03 (31 + 30 + 29).
	it.each([
		['today', '2023-01-01', 'expiring'],
		['tomorrow', '2023-01-02', 'expiring'],
		['+90 days', '2023-04-01', 'expiring'],
		['+91 days', '2023-04-02', null],
		['a year ahead', '2024-01-01', null],
		['−1 day', '2022-12-31', 'expired'],
		['−90 days', '2022-10-03', 'expired'],
		['−91 days', '2022-10-02', null],
		['a year ago', '2022-01-01', null],
	])('%s (%s)', (_name, expiry, group) => {
		expect(expiryGroup(expiry, '2023-01-01')).toBe(group);
	});

	it.each([
		// Across the end of a leap February: from 2024-02-28, +90 is 2024-05-28 (1 + 31 + 30 + 28).
		['+90 across 29 February', '2024-05-28', '2024-02-28', 'expiring'],
		['+91 across 29 February', '2024-05-29', '2024-02-28', null],
		// The sample's build day: 2026-11-28 −90 is 2026-08-30.
		['−90 from the sample build day', '2026-08-30', '2026-11-28', 'expired'],
		['−91 from the sample build day', '2026-08-29', '2026-11-28', null],
	])('%s', (_name, expiry, today, group) => {
		expect(expiryGroup(expiry, today)).toBe(group);
	});
});

describe('daysBetween', () => {
	it.each([
		['2023-01-01', '2023-01-01', 0],
		['2023-01-01', '2023-04-01', 90],
		['2023-01-01', '2022-10-03', -90],
		['2024-02-28', '2024-03-01', 2],
		['2023-02-28', '2023-03-01', 1],
		['2026-11-28', '2023-06-30', -1247],
	])('%s → %s is %i', (today, date, days) => {
		expect(daysBetween(today, date)).toBe(days);
	});
});
