import { describe, expect, it } from 'vitest';
import { interpretationSchema } from './interpretation.ts';

function valid(): Record<string, unknown> {
	return {
		title: '关于《温州市事业单位特设岗位设置管理实施办法》的政策解读',
		interprets: '温人社发〔2022〕73号',
		interpretingBodies: ['温州市人力资源和社会保障局事业单位人事管理处'],
		contacts: [{ body: '温州市人力资源和社会保障局事业单位人事管理处', name: '刘晓君', phone: '0577-89090171' }],
		issue: '2022-12',
	};
}

function only(data: Record<string, unknown>) {
	const result = interpretationSchema.safeParse(data);
	expect(result.success, 'expected the interpretation to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('interpretationSchema', () => {
	it('accepts a real interpretation, without publishedDate', () => {
		const data = interpretationSchema.parse(valid());
		expect(data.interprets).toBe('温人社发〔2022〕73号');
		expect(data.publishedDate).toBeUndefined();
	});

	it('accepts a publishedDate and phone numbers people write', () => {
		const contacts = ['0577-89090171', '057789090171', '0577 8909 0171', '+86 577 8909 0171', '13800138000'].map((phone) => ({ body: '市医保局', name: '张三', phone }));
		const data = interpretationSchema.parse({ ...valid(), contacts, publishedDate: '2022-12-31' });
		expect(data.publishedDate).toBe('2022-12-31');
		expect(data.contacts).toHaveLength(5);
	});

	it.each([
		['full-width hyphen', '0577－89090171'],
		['words', '电话：0577-89090171'],
		['too short', '12345'],
		['trailing hyphen', '0577-89090171-'],
		['two numbers', '0577-89090171、89090172'],
	])('rejects a malformed phone (%s) at contacts[0].phone, with an example', (_label, phone) => {
		const issue = only({ ...valid(), contacts: [{ body: '市人力社保局', name: '刘晓君', phone }] });
		expect(issue.path).toEqual(['contacts', 0, 'phone']);
		expect(issue.message).toContain('e.g. 0577-89090171');
	});

	it('names the contact that is wrong', () => {
		const contacts = [
			{ body: '市人力社保局', name: '刘晓君', phone: '0577-89090171' },
			{ body: '市财政局', name: '王五', phone: '89O9O171' },
		];
		expect(only({ ...valid(), contacts }).path).toEqual(['contacts', 1, 'phone']);
	});

	it('accepts a contact with a name but no phone, or a phone but no name, as printed', () => {
		const contacts = [
			{ body: '市人力社保局', name: '刘晓君' },
			{ body: '市人力社保局', phone: '0577-89090171' },
		];
		expect(interpretationSchema.parse({ ...valid(), contacts }).contacts).toEqual(contacts);
	});

	it('rejects a contact with neither a name nor a phone', () => {
		const issue = only({ ...valid(), contacts: [{ body: '市人力社保局' }] });
		expect(issue.path).toEqual(['contacts', 0]);
		expect(issue.message).toBe('a contact needs a name or a phone, or both');
	});

	it('rejects an empty contact name', () => {
		const issue = only({ ...valid(), contacts: [{ body: '市人力社保局', name: ' ', phone: '0577-89090171' }] });
		expect(issue.path).toEqual(['contacts', 0, 'name']);
		expect(issue.message).toBe('contact name must not be empty');
	});

	it('requires a contact', () => {
		const issue = only({ ...valid(), contacts: [] });
		expect(issue.path).toEqual(['contacts']);
		expect(issue.message).toBe('an interpretation names at least one contact');
	});

	it('rejects a non-canonical 文号 in interprets, with an example', () => {
		const issue = only({ ...valid(), interprets: '温人社发[2022]73号' });
		expect(issue.path).toEqual(['interprets']);
		expect(issue.message).toContain('〔');
		expect(issue.message).toContain('温政办〔2022〕94号');
	});

	it('rejects an unparseable publishedDate', () => {
		const issue = only({ ...valid(), publishedDate: '2022年12月31日' });
		expect(issue.path).toEqual(['publishedDate']);
		expect(issue.message).toContain('YYYY-MM-DD');
	});

	it('rejects an unknown field (strict)', () => {
		const issue = only({ ...valid(), interpreter: '刘晓君' });
		expect(issue.path).toEqual(['interpreter']);
		expect(issue.message).toMatch(/^unknown field "interpreter"; /);
	});

	it('rejects an unknown field inside a contact', () => {
		const issue = only({ ...valid(), contacts: [{ body: '市人力社保局', name: '刘晓君', phone: '0577-89090171', email: 'a@b.c' }] });
		expect(issue.path).toEqual(['contacts', 0, 'email']);
		expect(issue.message).toMatch(/^unknown field "email"; /);
	});

	it('missing title', () => {
		const data = valid();
		delete data.title;
		const issue = only(data);
		expect(issue.path).toEqual(['title']);
		expect(issue.message).toBe('title is required');
	});
});
