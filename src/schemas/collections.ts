/**
 * The gazette's collections, once: each one's folder under content/, its file
 * extension, whether files sit in month folders (documents/2022-12/…), whether
 * the Markdown body is the item's text, whether an issue has one file of it,
 * and its schema. `src/content.config.ts` builds Astro's collections from this
 * table, and the editors' tool reads and checks content by it.
 */
import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { briefSchema } from './brief.ts';
import { chronicleSchema } from './chronicle.ts';
import { documentSchema } from './document.ts';
import { featureSchema } from './feature.ts';
import { interpretationSchema } from './interpretation.ts';
import { issueSchema } from './issue.ts';
import { personnelSchema } from './personnel.ts';
import { photoSchema } from './photo.ts';
import { statisticsSchema } from './statistics.ts';

export interface CollectionFiles {
	/** Folder under content/. */
	folder: string;
	/** Extension of its files. */
	ext: '.md' | '.yaml';
	/** Files sit in month folders (any depth); otherwise directly in the folder. */
	nested: boolean;
	/** The Markdown body is the item's printed text, which must not be empty. */
	body: boolean;
	/** An issue has at most one file of this kind (content/personnel/2022-12.yaml). */
	oncePerIssue: boolean;
	/** Its schema; `image()` comes from Astro, or from the check's stand-in. */
	schema: (context: SchemaContext) => z.ZodTypeAny;
}

const md = <S extends z.ZodTypeAny>(schema: S) => ({ ext: '.md' as const, nested: true, body: true, oncePerIssue: false, schema: () => schema });
const perIssue = <S extends z.ZodTypeAny>(schema: S) => ({ ext: '.yaml' as const, nested: false, body: false, oncePerIssue: true, schema: () => schema });

export const COLLECTIONS = {
	issues: { folder: 'issues', ext: '.yaml', nested: false, body: false, oncePerIssue: false, schema: issueSchema },
	documents: { folder: 'documents', ...md(documentSchema) },
	interpretations: { folder: 'interpretations', ...md(interpretationSchema) },
	briefs: { folder: 'briefs', ...md(briefSchema) },
	personnel: { folder: 'personnel', ...perIssue(personnelSchema) },
	chronicle: { folder: 'chronicle', ...perIssue(chronicleSchema) },
	statistics: { folder: 'statistics', ...perIssue(statisticsSchema) },
	photos: { folder: 'photos', ext: '.yaml', nested: false, body: false, oncePerIssue: true, schema: photoSchema },
	features: { folder: 'features', ext: '.md', nested: true, body: true, oncePerIssue: false, schema: featureSchema },
} as const satisfies Record<string, CollectionFiles>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The glob a collection's loader uses. */
export const collectionPattern = (c: CollectionFiles) => `${c.nested ? '**/' : ''}*${c.ext}`;

/** content/units.yaml: the 责任单位 table, one file keyed by each unit's full name. */
export const UNITS_FILE = 'units.yaml';
