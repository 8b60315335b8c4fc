/**
 * The search worker shortens Pagefind's timers (src/search/client/pagefindTimers.ts),
 * an assumption about one Pagefind version: fail when the installed Pagefind or
 * the bundle the build wrote differs from the one it was checked against.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TIMERS_CHECKED_WITH } from '../../src/search/client/pagefindTimers.ts';
import { ROOT } from '../support/build.ts';

describe('the Pagefind the worker’s timer assumption was checked against', () => {
	it('is the installed version', () => {
		const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version;
		expect(installed, 'Pagefind was upgraded: check its timers again (src/search/client/pagefindTimers.ts) and update TIMERS_CHECKED_WITH').toBe(TIMERS_CHECKED_WITH.version);
	});

	it('is the bundle the build wrote: it polls for its WebAssembly with asyncSleep(50), and sets no other timer', () => {
		const bundle = readFileSync(path.join(inject('sampleSite'), 'pagefind/pagefind.js'), 'utf8');
		expect([...bundle.matchAll(/asyncSleep\([^)]*\)/g)].map((m) => m[0]).sort()).toEqual([...TIMERS_CHECKED_WITH.polls].sort());
		expect(bundle.match(/setTimeout/g)).toHaveLength(TIMERS_CHECKED_WITH.setTimeouts);
	});
});
