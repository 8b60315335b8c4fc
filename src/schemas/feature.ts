/** 县区风采: a feature on one county or district. File: content/features/YYYY-MM/<slug>.md */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { issueRef, strictObject, text } from './common.ts';
import { pictureSchema } from './photo.ts';

export const featureSchema = ({ image }: SchemaContext) =>
	strictObject({
		/** 标题 as printed. */
		title: text('title'),
		/** 副标题, the second line of the headline when printed as one. */
		subtitle: z.string().min(1).optional(),
		/** The county or district featured, e.g. 鹿城区. */
		place: text('place'),
		/** Photos printed with the feature, in order. */
		photos: z.array(pictureSchema(image)).default([]),
		/** The issue it appeared in, `YYYY-MM`. */
		issue: issueRef,
	});
export type FeatureData = z.infer<ReturnType<typeof featureSchema>>;
