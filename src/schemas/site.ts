/**
 * The gazette's identity and what differs between cities: content/site.yaml.
 * Nothing city-specific lives in the code; a city adopting the publisher
 * writes its own site.yaml and units.yaml.
 */
import { z } from 'astro/zod';
import { strictObject, text } from './common.ts';

/** 发文机关代字, e.g. 温政发: a Han prefix before 〔year〕. */
const issuerCode = z.string().regex(/^\p{Script=Han}+$/u, 'an issuer code is the Han characters before 〔year〕 in a 文号, e.g. 温政发');

export const siteSchema = strictObject({
	/** The gazette's name, e.g. 温州市人民政府公报 (SiteName). */
	name: text('name'),
	/** Who publishes it, e.g. 温州市人民政府办公室 (ContentSource). */
	publisher: text('publisher'),
	/** One sentence describing the gazette, for search engines and the home page. */
	description: text('description'),
	/** Where the site is served, for canonical links, e.g. https://gazette.example.org. */
	url: z
		.string()
		.refine((u) => {
			try {
				const parsed = new URL(u.trim());
				return /^https?:$/.test(parsed.protocol) && parsed.pathname === '/' && !parsed.search && !parsed.hash && !parsed.username;
			} catch {
				return false;
			}
		}, 'expected the absolute address the site is served from, such as https://gazette.example.org (the site must be served from the root of its address)')
		.transform((u) => u.trim().replace(/\/+$/, '')),
	/** The city as its own documents name it, e.g. 温州市 (templates for new issues). */
	city: text('city'),
	/**
	 * Which 文号 issuer codes are printed in the sections of the city government
	 * (市政府文件) and of its general office (市政府办公室文件); every other code is a
	 * department's (部门文件). The importer files documents by these.
	 */
	issuerCodes: strictObject({
		/** e.g. 温政发, 温政令. */
		'municipal-government': z.array(issuerCode).min(1, 'list at least one issuer code'),
		/** e.g. 温政办, 温政办发, 温政办函. */
		'general-office': z.array(issuerCode).min(1, 'list at least one issuer code'),
	}),
});
export type SiteData = z.infer<typeof siteSchema>;
