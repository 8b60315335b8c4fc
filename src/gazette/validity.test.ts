import { describe, expect, it } from 'vitest';
import { lastDayOfYears } from './dates.ts';
import { STATUS_LABEL, statusOn, type Status, type ValidityDates } from './validity.ts';

/** 温州市火灾事故调查处理规定 (温政办〔2022〕96号): 自2023年2月1日起施行，有效期10年. */
const FIRE_RULES: ValidityDates = { effectiveDate: '2023-02-01', expiryDate: '2033-01-31' };

/** 留工稳产 plan (温政办〔2022〕94号): in force 2022-12-22 to 2023-06-30. */
const KEEP_WORKERS: ValidityDates = { effectiveDate: '2022-12-22', expiryDate: '2023-06-30' };

describe('statusOn: 火灾事故调查处理规定 (2023-02-01 to 2033-01-31)', () => {
	it('its expiry is ten years from the effective date', () => {
		expect(lastDayOfYears(FIRE_RULES.effectiveDate, 10)).toBe(FIRE_RULES.expiryDate);
	});

	it.each<[string, Status]>([
		['2022-12-22', 'not-yet-in-force'],
		['2023-01-15', 'not-yet-in-force'],
		['2023-01-31', 'not-yet-in-force'],
		['2023-02-01', 'in-force'],
		['2026-11-28', 'in-force'],
		['2033-01-31', 'in-force'],
		['2033-02-01', 'expired'],
	])('on %s it is %s', (today, expected) => {
		expect(statusOn(FIRE_RULES, today)).toBe(expected);
	});
});

describe('statusOn: 留工稳产 plan (2022-12-22 to 2023-06-30)', () => {
	it.each<[string, Status]>([
		['2022-12-21', 'not-yet-in-force'],
		['2022-12-22', 'in-force'],
		['2023-01-15', 'in-force'],
		['2023-06-30', 'in-force'],
		['2023-07-01', 'expired'],
		['2026-11-28', 'expired'],
	])('on %s it is %s', (today, expected) => {
		expect(statusOn(KEEP_WORKERS, today)).toBe(expected);
	});
});

describe('statusOn: document without an expiry date', () => {
	const noExpiry: ValidityDates = { effectiveDate: '2022-12-01' };

	it('is not yet in force before its effective date', () => {
		expect(statusOn(noExpiry, '2022-11-30')).toBe('not-yet-in-force');
	});

	it.each(['2022-12-01', '2023-07-01', '2099-12-31'])('stays in force on %s', (today) => {
		expect(statusOn(noExpiry, today)).toBe('in-force');
	});

	it('treats an explicit undefined expiry the same way', () => {
		expect(statusOn({ effectiveDate: '2022-12-01', expiryDate: undefined }, '2099-12-31')).toBe('in-force');
	});
});

describe('statusOn: repeal', () => {
	const repealedEarly: ValidityDates = { ...FIRE_RULES, repealedDate: '2025-03-01' };

	it('does not apply before the repeal day', () => {
		expect(statusOn(repealedEarly, '2025-02-28')).toBe('in-force');
		expect(statusOn(repealedEarly, '2023-01-31')).toBe('not-yet-in-force');
	});

	it('applies from the repeal day on', () => {
		expect(statusOn(repealedEarly, '2025-03-01')).toBe('repealed');
		expect(statusOn(repealedEarly, '2030-01-01')).toBe('repealed');
	});

	it('wins over expiry once both have passed', () => {
		expect(statusOn(repealedEarly, '2033-02-01')).toBe('repealed');
		const repealedAfterExpiry: ValidityDates = { ...KEEP_WORKERS, repealedDate: '2023-08-01' };
		expect(statusOn(repealedAfterExpiry, '2023-07-15')).toBe('expired');
		expect(statusOn(repealedAfterExpiry, '2023-08-01')).toBe('repealed');
	});

	it('wins over not-yet-in-force when repealed before taking effect', () => {
		const repealedBeforeEffect: ValidityDates = { ...FIRE_RULES, repealedDate: '2023-01-20' };
		expect(statusOn(repealedBeforeEffect, '2023-01-19')).toBe('not-yet-in-force');
		expect(statusOn(repealedBeforeEffect, '2023-01-20')).toBe('repealed');
		expect(statusOn(repealedBeforeEffect, '2023-02-01')).toBe('repealed');
	});

	it('applies to a document without expiry', () => {
		const doc: ValidityDates = { effectiveDate: '2022-12-01', repealedDate: '2024-01-01' };
		expect(statusOn(doc, '2023-12-31')).toBe('in-force');
		expect(statusOn(doc, '2024-01-01')).toBe('repealed');
	});
});

describe('STATUS_LABEL', () => {
	it('gives the wording Chinese government sites use', () => {
		expect(STATUS_LABEL['not-yet-in-force']).toBe('尚未施行');
		expect(STATUS_LABEL['in-force']).toBe('现行有效');
		expect(STATUS_LABEL.expired).toBe('已失效');
		expect(STATUS_LABEL.repealed).toBe('已废止');
	});

	it('has a label for exactly the four statuses', () => {
		expect(Object.keys(STATUS_LABEL).sort()).toEqual(['expired', 'in-force', 'not-yet-in-force', 'repealed']);
	});

	it('labels what statusOn returns', () => {
		expect(STATUS_LABEL[statusOn(KEEP_WORKERS, '2023-07-01')]).toBe('已失效');
		expect(STATUS_LABEL[statusOn(FIRE_RULES, '2026-11-28')]).toBe('现行有效');
	});
});
