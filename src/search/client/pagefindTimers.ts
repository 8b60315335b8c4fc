/**
 * Pagefind's timers in the search worker.
 *
 * Pagefind waits for its WebAssembly by polling every 50 ms, so a search asked for while it loads
 * starts at the next poll: 25 ms late on average, on every page's first search. Nothing else in this
 * worker runs on timers (Pagefind sleeps only to poll), so here they wait at most a few milliseconds.
 */
export const POLL_MS = 4;

/**
 * The Pagefind whose timers this was checked against: it polls with asyncSleep(50) and
 * sets one other timer, a 5 s limit on starting a worker of its own, which it never
 * does inside ours. test/build/search-bundle.test.ts fails when the installed or
 * built Pagefind differs, so that an upgrade is checked again.
 */
export const TIMERS_CHECKED_WITH = { version: '1.6.0', polls: ['asyncSleep(50)', 'asyncSleep(50)', 'asyncSleep(debounceTimeoutMs)'], setTimeouts: 2 };
