/**
 * The gazette's collections, built from the one table in src/schemas/collections.ts.
 * Content lives in content/ at the top of the repo (GAZETTE_CONTENT_DIR points
 * elsewhere, e.g. at a test fixture).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './gazette/paths.ts';
import { COLLECTIONS, UNITS_FILE, collectionPattern, type CollectionFiles } from './schemas/collections.ts';
import { unitSchema } from './schemas/unit.ts';

/** A collection's files, as the table gives them. */
const load = (c: CollectionFiles) =>
	glob({
		pattern: collectionPattern(c),
		base: `${contentDir()}/${c.folder}`,
		// Ids are the file path without extension, exactly as the editor named it.
		generateId: ({ entry }) => entry.replace(/\.(md|ya?ml)$/, ''),
	});

export const collections = {
	issues: defineCollection({ loader: load(COLLECTIONS.issues), schema: COLLECTIONS.issues.schema }),
	documents: defineCollection({ loader: load(COLLECTIONS.documents), schema: COLLECTIONS.documents.schema }),
	interpretations: defineCollection({ loader: load(COLLECTIONS.interpretations), schema: COLLECTIONS.interpretations.schema }),
	briefs: defineCollection({ loader: load(COLLECTIONS.briefs), schema: COLLECTIONS.briefs.schema }),
	personnel: defineCollection({ loader: load(COLLECTIONS.personnel), schema: COLLECTIONS.personnel.schema }),
	chronicle: defineCollection({ loader: load(COLLECTIONS.chronicle), schema: COLLECTIONS.chronicle.schema }),
	statistics: defineCollection({ loader: load(COLLECTIONS.statistics), schema: COLLECTIONS.statistics.schema }),
	photos: defineCollection({ loader: load(COLLECTIONS.photos), schema: COLLECTIONS.photos.schema }),
	features: defineCollection({ loader: load(COLLECTIONS.features), schema: COLLECTIONS.features.schema }),
	units: defineCollection({ loader: file(`${contentDir()}/${UNITS_FILE}`), schema: unitSchema }),
};
