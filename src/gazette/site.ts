/** The gazette's identity and its city's issuer codes, read from content/site.yaml through its schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { contentDir } from './paths.ts';

export type SiteConfig = SiteData;
export const SITE_FILE = 'site.yaml';

export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
	const file = path.join(dir, SITE_FILE);
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new Error(`${file}: cannot read the site settings (${(error as Error).message.split('\n')[0]}); run npm run gazette -- check`);
	}
	const result = siteSchema.safeParse(raw ?? {});
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
		throw new Error(`${file}: ${problems}; run npm run gazette -- check`);
	}
	return result.data;
}

/** The 栏目 a 文号's issuer code puts a document in, by the city's own list; any other code is a department's. */
export function categoryOfIssuer(issuerCode: string, codes: SiteConfig['issuerCodes']): 'municipal-government' | 'general-office' | 'department' {
	if (codes['municipal-government'].includes(issuerCode)) return 'municipal-government';
	if (codes['general-office'].includes(issuerCode)) return 'general-office';
	return 'department';
}

/**
 * The site's address for Astro's config, or undefined when site.yaml cannot be
 * read: the build's first step (gazette check) then says what is wrong with it,
 * line by line, instead of the config failing with a stack trace.
 */
export function siteUrlForConfig(dir: string = contentDir()): string | undefined {
	try {
		return loadSiteConfig(dir).url;
	} catch {
		return undefined;
	}
}
