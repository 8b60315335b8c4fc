import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { issueSchema } from './issue.ts';

// Astro hands schemas an image() helper; a string is enough to test the rest.
const schema = issueSchema({ image: () => z.string() } as unknown as Parameters<typeof issueSchema>[0]);

function valid(): Record<string, unknown> {
	return {
		year: 2022,
		number: 12,
		month: '2022-12',
		publishedDate: new Date('2022-12-31T00:00:00Z'),
		sections: ['photos', 'general-office', 'department', 'interpretations', 'personnel', 'briefs', 'chronicle', 'statistics', 'features'],
		cover: { caption: '第十三届中国（阿联酋）贸易博览会举行，图为外商在温企展区洽谈业务', image: '../photos/2022-12/photo-1.jpg', sample: true },
	};
}

function only(data: Record<string, unknown>) {
	const result = schema.safeParse(data);
	expect(result.success, 'expected the issue to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('issueSchema', () => {
	it('accepts the December 2022 issue', () => {
		const data = schema.parse(valid());
		expect(data.publishedDate).toBe('2022-12-31');
		expect(data.cover.image).toBe('../photos/2022-12/photo-1.jpg');
	});

	it('defaults cover.sample to false', () => {
		const data = valid();
		data.cover = { caption: '封面', image: 'cover.jpg' };
		expect(schema.parse(data).cover.sample).toBe(false);
	});

	it('rejects a month that is not in its year, at month', () => {
		const issue = only({ ...valid(), month: '2023-01' });
		expect(issue.path).toEqual(['month']);
		expect(issue.message).toBe('month "2023-01" is not in year 2022');
	});

	it('rejects a section listed twice, at sections', () => {
		const issue = only({ ...valid(), sections: ['photos', 'briefs', 'photos'] });
		expect(issue.path).toEqual(['sections']);
		expect(issue.message).toContain('listed twice');
	});

	it('rejects an unknown section, listing the known ones', () => {
		const issue = only({ ...valid(), sections: ['photos', 'news'] });
		expect(issue.path).toEqual(['sections', 1]);
		expect(issue.message).toContain('photos');
		expect(issue.message).toContain('statistics');
	});

	it('rejects no sections', () => {
		expect(only({ ...valid(), sections: [] }).path).toEqual(['sections']);
	});

	it.each([
		['number', 0],
		['number', 25],
		['number', 1.5],
	])('rejects %s %d', (field, value) => {
		expect(only({ ...valid(), [field]: value }).path).toEqual([field]);
	});

	it('rejects year 1900 (and, being honest, says the month is not in it)', () => {
		const result = schema.safeParse({ ...valid(), year: 1900 });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path)).toEqual([['year'], ['month']]);
	});

	it('rejects a cover without caption', () => {
		const issue = only({ ...valid(), cover: { image: 'cover.jpg' } });
		expect(issue.path).toEqual(['cover', 'caption']);
		expect(issue.message).toBe('caption is required');
	});

	it('rejects an unparseable publishedDate', () => {
		const issue = only({ ...valid(), publishedDate: '2022-12-32' });
		expect(issue.path).toEqual(['publishedDate']);
		expect(issue.message).toContain('YYYY-MM-DD');
	});

	it('rejects an unknown field (strict)', () => {
		const issue = only({ ...valid(), editor: '市政府办公室' });
		expect(issue.path).toEqual(['editor']);
		expect(issue.message).toMatch(/^unknown field "editor"; /);
	});
});
