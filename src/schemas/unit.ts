/** 责任单位 names: content/units.yaml maps each unit's full name to the short names print uses. */
import { z } from 'astro/zod';
import { strictObject } from './common.ts';

export const unitSchema = strictObject({
	/** Short names printed after measures, e.g. 市人力社保局 for 温州市人力资源和社会保障局. */
	aliases: z.array(z.string().min(1)).default([]),
});
export type UnitData = z.infer<typeof unitSchema>;
