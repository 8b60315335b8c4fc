/**
 * Pagefind in the search worker, loading from the moment the worker starts:
 * worker.ts imports this module before any other, so Pagefind's code, entry,
 * metadata and WebAssembly are on their way while the rest of the worker's
 * code is still being evaluated.
 *
 * The index comes in parts, one per period (build/periods.ts): the newest at
 * /pagefind/ itself, the others merged into it, each weighted a little below
 * the newer ones, so that among equally good matches newer periods come
 * first, as within a part the newer issues do (record.ts, inIndexOrder).
 */
import { PARTS_FILE, type PartsList } from '../parts.ts';
import { POLL_MS } from './pagefindTimers.ts';

export interface PagefindResult {
	id: string;
	/** Positions of the words of the page's first match; none when only the metadata matched. */
	words: number[];
	data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
export type PagefindFilters = Record<string, string | { any: string[] }>;
export interface Pagefind {
	search(term: string, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
	init(): Promise<void>;
	mergeIndex(path: string, options: { indexWeight: number }): Promise<void>;
}

const base = new URL('/pagefind/', self.location.origin).href;

/**
 * Weight of the part `age` periods older than the newest. Pagefind multiplies a
 * result's score by its part's weight and sorts all parts' results by score,
 * keeping their order when scores are equal. Every exact match scores the same,
 * so the weights only break ties between parts: a little less for each year
 * back, small enough that a thousand years stay above zero.
 */
export const partWeight = (age: number) => 1 - age / 1024;

// Pagefind polls every 50 ms for its WebAssembly (pagefindTimers.ts says why this waits less).
const setTimeoutAsWritten = self.setTimeout.bind(self);
self.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
	setTimeoutAsWritten(handler, Math.min(timeout ?? 0, POLL_MS), ...args)) as typeof self.setTimeout;

const parts = fetch(new URL(PARTS_FILE, base)).then(async (response) => {
	if (!response.ok) throw new Error(`the search index's list of parts could not be loaded (${response.status})`);
	return ((await response.json()) as PartsList).parts;
});

/** Pagefind with every part of the index, initialised; a failure to load shows when a search awaits it. */
export const pagefind = Promise.all([import(/* @vite-ignore */ new URL('pagefind.js', base).href) as Promise<Pagefind>, parts]).then(async ([pf, list]) => {
	await pf.init();
	await Promise.all(list.map((part, age) => (part.path === '' ? undefined : pf.mergeIndex(new URL(part.path, base).href, { indexWeight: partWeight(age) }))));
	return pf;
});
pagefind.catch(() => undefined);
