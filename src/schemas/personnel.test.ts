import { describe, expect, it } from 'vitest';
import { personnelSchema } from './personnel.ts';

function valid(): Record<string, unknown> {
	return {
		title: '12月份市政府人事任免',
		decidedBy: '市人民政府决定',
		decisions: [
			{ text: '瞿自杰任温州市林业局局长', changes: [{ name: '瞿自杰', action: 'appoint', position: '局长', organisation: '温州市林业局' }] },
			{
				text: '余颖聪任温州市市级公办医院管理中心主任（试用期一年）',
				changes: [{ name: '余颖聪', action: 'appoint', position: '主任', organisation: '温州市市级公办医院管理中心', probation: '一年' }],
			},
			{
				text: '李莉任温州市机关事务管理局副局长，免去其温州市机关后勤发展中心主任职务',
				changes: [
					{ name: '李莉', action: 'appoint', position: '副局长', organisation: '温州市机关事务管理局' },
					{ name: '李莉', action: 'remove', position: '主任', organisation: '温州市机关后勤发展中心' },
				],
			},
		],
		issue: '2022-12',
	};
}

function only(data: Record<string, unknown>) {
	const result = personnelSchema.safeParse(data);
	expect(result.success, 'expected the personnel notice to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('personnelSchema', () => {
	it('accepts the December 2022 notice', () => {
		expect(personnelSchema.parse(valid()).decisions[2].changes.map((c) => c.action)).toEqual(['appoint', 'remove']);
	});

	it('rejects an action written in Chinese, saying what to write', () => {
		const data = valid();
		(data.decisions as { changes: { action: string }[] }[])[0].changes[0].action = '任';
		const issue = only(data);
		expect(issue.path).toEqual(['decisions', 0, 'changes', 0, 'action']);
		expect(issue.message).toBe('action must be appoint (任) or remove (免)');
	});

	it('rejects a decision without changes', () => {
		const issue = only({ ...valid(), decisions: [{ text: '瞿自杰任温州市林业局局长', changes: [] }] });
		expect(issue.path).toEqual(['decisions', 0, 'changes']);
	});

	it('rejects a missing organisation, naming it', () => {
		const issue = only({ ...valid(), decisions: [{ text: '瞿自杰任局长', changes: [{ name: '瞿自杰', action: 'appoint', position: '局长' }] }] });
		expect(issue.path).toEqual(['decisions', 0, 'changes', 0, 'organisation']);
		expect(issue.message).toBe('organisation is required');
	});

	it('rejects an unknown field (strict)', () => {
		const issue = only({ ...valid(), date: '2022-12-31' });
		expect(issue.path).toEqual(['date']);
		expect(issue.message).toMatch(/^unknown field "date"; /);
	});
});
