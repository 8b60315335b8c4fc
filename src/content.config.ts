/**
 * The gazette's collections. Content lives in content/ at the top of the repo
 * (GAZETTE_CONTENT_DIR points elsewhere, e.g. at a test fixture).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './gazette/paths.ts';
import { briefSchema } from './schemas/brief.ts';
import { chronicleSchema } from './schemas/chronicle.ts';
import { documentSchema } from './schemas/document.ts';
import { featureSchema } from './schemas/feature.ts';
import { interpretationSchema } from './schemas/interpretation.ts';
import { issueSchema } from './schemas/issue.ts';
import { personnelSchema } from './schemas/personnel.ts';
import { photoSchema } from './schemas/photo.ts';
import { statisticsSchema } from './schemas/statistics.ts';
import { unitSchema } from './schemas/unit.ts';

/** Ids are the file path without extension, exactly as the editor named it. */
const load = (folder: string, pattern: string) =>
	glob({
		pattern,
		base: `${contentDir()}/${folder}`,
		generateId: ({ entry }) => entry.replace(/\.(md|ya?ml)$/, ''),
	});

export const collections = {
	issues: defineCollection({ loader: load('issues', '*.yaml'), schema: issueSchema }),
	documents: defineCollection({ loader: load('documents', '**/*.md'), schema: documentSchema }),
	interpretations: defineCollection({ loader: load('interpretations', '**/*.md'), schema: interpretationSchema }),
	briefs: defineCollection({ loader: load('briefs', '**/*.md'), schema: briefSchema }),
	personnel: defineCollection({ loader: load('personnel', '*.yaml'), schema: personnelSchema }),
	chronicle: defineCollection({ loader: load('chronicle', '*.yaml'), schema: chronicleSchema }),
	statistics: defineCollection({ loader: load('statistics', '*.yaml'), schema: statisticsSchema }),
	photos: defineCollection({ loader: load('photos', '*.yaml'), schema: photoSchema }),
	features: defineCollection({ loader: load('features', '**/*.md'), schema: featureSchema }),
	// One file, keyed by each unit's full name.
	units: defineCollection({ loader: file(`${contentDir()}/units.yaml`), schema: unitSchema }),
};
