/**
 * Pagefind in the search worker, loading from the moment the worker starts:
 * worker.ts imports this module before any other, so Pagefind's code, entry,
 * metadata and WebAssembly are on their way while the rest of the worker's
 * code is still being evaluated.
 */
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
}

const bundle = new URL('/pagefind/pagefind.js', self.location.origin).href;

// Pagefind polls every 50 ms for its WebAssembly (pagefindTimers.ts says why this waits less).
const setTimeoutAsWritten = self.setTimeout.bind(self);
self.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
	setTimeoutAsWritten(handler, Math.min(timeout ?? 0, POLL_MS), ...args)) as typeof self.setTimeout;

/** Pagefind, initialised; a failure to load shows when a search awaits it. */
export const pagefind = (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (pf) => {
	await pf.init();
	return pf;
});
pagefind.catch(() => undefined);
