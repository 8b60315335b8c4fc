/**
 * Pagefind in the search worker, loading from the moment the worker starts:
 * worker.ts imports this module before any other, so Pagefind's code, entry,
 * metadata and WebAssembly are on their way while the rest of the worker's
 * code is still being evaluated.
 */
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

// Pagefind waits for its WebAssembly by polling every 50 ms, so a search asked for while it loads
// starts at the next poll: 25 ms late on average, on every page's first search. Nothing else in this
// worker runs on timers (Pagefind sleeps only to poll), so here they wait at most a few milliseconds.
const POLL_MS = 4;
/**
 * The Pagefind whose timers this was checked against: it polls with asyncSleep(50) and
 * sets one other timer, a 5 s limit on starting a worker of its own, which it never
 * does inside ours. test/build/search-bundle.test.ts fails when the installed or
 * built Pagefind differs, so that an upgrade is checked again.
 */
export const TIMERS_CHECKED_WITH = { version: '1.6.0', polls: ['asyncSleep(50)', 'asyncSleep(50)', 'asyncSleep(debounceTimeoutMs)'], setTimeouts: 2 };
const setTimeoutAsWritten = self.setTimeout.bind(self);
self.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
	setTimeoutAsWritten(handler, Math.min(timeout ?? 0, POLL_MS), ...args)) as typeof self.setTimeout;

/** Pagefind, initialised; a failure to load shows when a search awaits it. */
export const pagefind = (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (pf) => {
	await pf.init();
	return pf;
});
pagefind.catch(() => undefined);
