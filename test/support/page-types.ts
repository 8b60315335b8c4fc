/** One page of each kind in a built sample gazette, for the tests that go through them all. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function pageTypes(siteDir: string): string[] {
	/** The first page (by name) under a folder of the built site, `depth` folders down. */
	const first = (folder: string, depth = 1) => {
		let dir = path.join(siteDir, folder);
		const parts: string[] = [];
		for (let i = 0; i < depth; i++) {
			const name = readdirSync(dir).filter((n) => !n.includes('.')).sort()[0];
			parts.push(name);
			dir = path.join(dir, name);
		}
		return `/${folder}/${parts.join('/')}/`;
	};
	return [
		'/',
		'/issues/',
		'/issues/2022-12/',
		'/issues/2022-12/print/',
		'/documents/温政办-2022-96/',
		// A document with attached forms (tables with blanks to fill in).
		'/documents/温人社发-2022-73/',
		first('interpretations', 2),
		first('briefs', 2),
		first('features', 2),
		'/issues/2022-12/personnel/',
		'/issues/2022-12/chronicle/',
		'/issues/2022-12/statistics/',
		first('statistics'),
		'/issues/2022-12/photos/',
		'/issues/2022-12/briefs/',
		'/units/',
		first('units'),
		'/people/',
		first('people'),
		'/expiring/',
		'/interpretations/contacts/',
		'/search/?q=消防',
		'/d/',
		'/api/',
		'/404.html',
	];
}
