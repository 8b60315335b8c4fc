import { describe, expect, it } from 'vitest';
import { pagefindKind, quantile } from './lib.ts';

describe('pagefindKind', () => {
	it.each([
		['index/und_1a2b.pf_index', 'index'],
		['2019/index/und_1a2b.pf_index', 'index'],
		['fragment/und_9f.pf_fragment', 'fragment'],
		['2019/fragment/und_9f.pf_fragment', 'fragment'],
		['2019/filter/und_3c.pf_filter', 'filter'],
		['pagefind.und_c535f847cc5.pf_meta', 'meta'],
		['2019/pagefind.und_6d95139ce44.pf_meta', 'meta'],
		['wasm.unknown.pagefind', 'wasm'],
		['pagefind.js', 'loader'],
		['pagefind-entry.json', 'loader'],
		['2019/pagefind-entry.json', 'loader'],
		['pagefind-ui.js', 'ui'],
		['parts.json', 'loader'],
	])('%s is %s', (path, kind) => {
		expect(pagefindKind(path)).toBe(kind);
	});
});

describe('quantile', () => {
	it('interpolates between the closest ranks and ignores what is not a number', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([10, null, 30, 'x', 20], 0.9)).toBeCloseTo(28);
		expect(quantile([], 0.5)).toBeNull();
	});
});
