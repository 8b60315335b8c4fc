import { describe, expect, it } from 'vitest';
import { chronicleSchema } from './chronicle.ts';

const day = (date: string | Date, ...entries: string[]) => ({ date, entries: entries.length ? entries : ['市长张振丰参加全省领导干部大会。'] });

function valid(): Record<string, unknown> {
	return {
		title: '12月份市政府记事',
		days: [
			day(new Date('2022-12-01T00:00:00Z'), '副市长陈应许参加全市2023年城乡居民医疗保险暨惠民型商业补充医疗保险动员会。'),
			day(new Date('2022-12-02T00:00:00Z')),
			day(new Date('2022-12-05T00:00:00Z')),
		],
		issue: '2022-12',
	};
}

function only(data: Record<string, unknown>) {
	const result = chronicleSchema.safeParse(data);
	expect(result.success, 'expected the chronicle to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('chronicleSchema', () => {
	it('accepts days in order, as YAML dates', () => {
		expect(chronicleSchema.parse(valid()).days.map((d) => d.date)).toEqual(['2022-12-01', '2022-12-02', '2022-12-05']);
	});

	it('rejects a day before the one above it, at that day’s date', () => {
		const issue = only({ ...valid(), days: [day('2022-12-01'), day('2022-12-09'), day('2022-12-08')] });
		expect(issue.path).toEqual(['days', 2, 'date']);
		expect(issue.message).toBe('day 2022-12-08 is not after the day before it (2022-12-09)');
	});

	it('rejects the same day twice', () => {
		const issue = only({ ...valid(), days: [day('2022-12-01'), day('2022-12-01')] });
		expect(issue.path).toEqual(['days', 1, 'date']);
	});

	it('reports an unparseable first day once, not also the next day as out of order against "[object Object]"', () => {
		const result = chronicleSchema.safeParse({ ...valid(), days: [day('12月1日'), day('2022-12-02')] });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path)).toEqual([['days', 0, 'date']]);
		expect(result.error!.issues[0].message).toContain('YYYY-MM-DD');
	});

	it('rejects a day without entries', () => {
		const issue = only({ ...valid(), days: [{ date: '2022-12-01', entries: [] }] });
		expect(issue.path).toEqual(['days', 0, 'entries']);
	});

	it('rejects a day written the Chinese way', () => {
		const issue = only({ ...valid(), days: [day('12月1日')] });
		expect(issue.path).toEqual(['days', 0, 'date']);
		expect(issue.message).toContain('YYYY-MM-DD');
	});

	it('rejects a blank entry, naming it', () => {
		const issue = only({ ...valid(), days: [day('2022-12-01', '市长张振丰参加会议。', ' ')] });
		expect(issue.path).toEqual(['days', 0, 'entries', 1]);
		expect(issue.message).toBe('chronicle entry must not be empty');
	});
});
