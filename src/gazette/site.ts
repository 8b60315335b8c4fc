/** The gazette's identity, read from content/site.yaml. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths.ts';

export interface SiteConfig {
	/** The gazette's name, e.g. 温州市人民政府公报 (SiteName). */
	name: string;
	/** Who publishes it (ContentSource). */
	publisher: string;
	/** One sentence describing the gazette. */
	description: string;
	/** Where the site is served, for canonical links; no trailing slash. */
	url: string;
}

const FIELDS = ['name', 'publisher', 'description', 'url'] as const;

export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
	const file = path.join(dir, 'site.yaml');
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: cannot read the site settings (${(error as Error).message})`);
	}
	const data = (raw ?? {}) as Record<string, unknown>;
	for (const field of FIELDS) {
		if (typeof data[field] !== 'string' || (data[field] as string).trim() === '') {
			throw new Error(`${file}: ${field}: required text is missing; see README "Site settings"`);
		}
	}
	if (!/^https?:\/\/[^/]+/.test(data.url as string)) throw new Error(`${file}: url: expected an absolute address such as https://gazette.example.org`);
	return {
		name: (data.name as string).trim(),
		publisher: (data.publisher as string).trim(),
		description: (data.description as string).trim(),
		url: (data.url as string).trim().replace(/\/+$/, ''),
	};
}
