/**
 * The search index is built in parts, one per period of the archive (a
 * calendar year of issues): build/periods.ts says why and how they are keyed,
 * client/pagefind.ts how the browser searches them together. What both sides
 * must agree on is here.
 */

/** The period an issue belongs to: its year. */
export const periodOf = (issue: string): string => issue.slice(0, 4);

/** Where the search bundle lists its parts, newest first, for the browser. */
export const PARTS_FILE = 'parts.json';

export interface PartsList {
	/** Each part's period and folder under the bundle, newest period first; '' is the bundle itself. */
	parts: { period: string; path: string }[];
}

/** Folder of a period's part under the bundle: the newest period is the bundle itself, so Pagefind's loader finds it first. */
export const partPath = (period: string, newest: string): string => (period === newest ? '' : `${period}/`);
