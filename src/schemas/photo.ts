/** 图片新闻: the issue's news photos. File: content/photos/YYYY-MM.yaml */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { issueRef, strictObject, text } from './common.ts';

/** One printed photo with its caption; also used by features. */
export const pictureSchema = (image: SchemaContext['image']) =>
	strictObject({
		/** 图片说明 as printed, without the credit. */
		caption: text('caption'),
		/** 摄影 credit, e.g. 刘伟; absent when none is printed. */
		credit: z.string().min(1).optional(),
		/** The image file, relative to the YAML or Markdown file. */
		image: image(),
		/** True while the image is a stand-in until the real photo arrives. */
		sample: z.boolean().default(false),
	});

export const photoSchema = ({ image }: SchemaContext) =>
	strictObject({
		/** The issue they appeared in, `YYYY-MM`. */
		issue: issueRef,
		/** Photos in printed order. */
		photos: z.array(pictureSchema(image)).min(1),
	});
export type PhotoData = z.infer<ReturnType<typeof photoSchema>>;
