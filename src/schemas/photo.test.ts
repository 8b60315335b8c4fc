import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { featureSchema } from './feature.ts';
import { photoSchema } from './photo.ts';

const context = { image: () => z.string() } as unknown as Parameters<typeof photoSchema>[0];
const photos = photoSchema(context);
const feature = featureSchema(context);

const picture = (n: number, credit?: string) => ({
	caption: '龙湾区卓诗尼工业园区迎来我市藏书最多、面积最大的城市书房',
	...(credit === undefined ? {} : { credit }),
	image: `./2022-12/photo-${n}.jpg`,
});

function only(schema: z.ZodTypeAny, data: unknown) {
	const result = schema.safeParse(data);
	expect(result.success, 'expected the data to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('photoSchema', () => {
	it('accepts photos with and without credit, defaulting sample to false', () => {
		const data = photos.parse({ issue: '2022-12', photos: [picture(1), { ...picture(2, '刘伟'), sample: true }] });
		expect(data.photos.map((p) => [p.credit, p.sample])).toEqual([
			[undefined, false],
			['刘伟', true],
		]);
	});

	it('requires at least one photo', () => {
		expect(only(photos, { issue: '2022-12', photos: [] }).path).toEqual(['photos']);
	});

	it('rejects an empty credit', () => {
		expect(only(photos, { issue: '2022-12', photos: [picture(1, '')] }).path).toEqual(['photos', 0, 'credit']);
	});

	it('rejects a missing caption, naming it', () => {
		const { caption: _caption, ...noCaption } = picture(1);
		const issue = only(photos, { issue: '2022-12', photos: [picture(1), noCaption] });
		expect(issue.path).toEqual(['photos', 1, 'caption']);
		expect(issue.message).toBe('caption is required');
	});

	it('rejects an unknown field in a photo (strict)', () => {
		const issue = only(photos, { issue: '2022-12', photos: [{ ...picture(1), photographer: '刘伟' }] });
		expect(issue.path).toEqual(['photos', 0, 'photographer']);
		expect(issue.message).toMatch(/^unknown field "photographer"; /);
	});
});

describe('featureSchema', () => {
	const valid = () => ({
		title: '鹿城区打造现代慈善“六大品牌”',
		subtitle: '全力推进新时代慈善事业高质量发展',
		place: '鹿城区',
		photos: [{ caption: '红日亭公益活动现场', image: './鹿城区/photo-2.jpg', sample: true }],
		issue: '2022-12',
	});

	it('accepts the 鹿城区 feature', () => {
		expect(feature.parse(valid()).photos[0].image).toBe('./鹿城区/photo-2.jpg');
	});

	it('defaults photos to []', () => {
		const { photos: _photos, ...data } = valid();
		expect(feature.parse(data).photos).toEqual([]);
	});

	it('rejects a missing place, naming it', () => {
		const { place: _place, ...data } = valid();
		const issue = only(feature, data);
		expect(issue.path).toEqual(['place']);
		expect(issue.message).toBe('place is required');
	});

	it('rejects an unknown field (strict)', () => {
		const issue = only(feature, { ...valid(), county: '鹿城区' });
		expect(issue.path).toEqual(['county']);
		expect(issue.message).toMatch(/^unknown field "county"; /);
	});
});
