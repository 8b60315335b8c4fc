import { describe, expect, it } from 'vitest';
import { briefSchema } from './brief.ts';

const valid = () => ({ title: '市委书记刘小涛主持召开县（市、区）委书记工作座谈会', date: new Date('2022-12-09T00:00:00Z'), issue: '2022-12' });

function only(data: Record<string, unknown>) {
	const result = briefSchema.safeParse(data);
	expect(result.success, 'expected the brief to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('briefSchema', () => {
	it('accepts a brief and keeps the day as written', () => {
		expect(briefSchema.parse(valid())).toEqual({ title: '市委书记刘小涛主持召开县（市、区）委书记工作座谈会', date: '2022-12-09', issue: '2022-12' });
	});

	it('missing title', () => {
		const { title: _title, ...data } = valid();
		const issue = only(data);
		expect(issue.path).toEqual(['title']);
		expect(issue.message).toBe('title is required');
	});

	it('unparseable date', () => {
		const issue = only({ ...valid(), date: '12月9日' });
		expect(issue.path).toEqual(['date']);
		expect(issue.message).toContain('YYYY-MM-DD');
	});

	it('issue not a month', () => {
		const issue = only({ ...valid(), issue: '2022年12月' });
		expect(issue.path).toEqual(['issue']);
		expect(issue.message).toContain('YYYY-MM');
	});

	it('unknown field (strict)', () => {
		const issue = only({ ...valid(), author: '市政府办公室' });
		expect(issue.path).toEqual(['author']);
		expect(issue.message).toMatch(/^unknown field "author"; /);
	});
});
