import { describe, expect, it } from 'vitest';
import { applyPreferences, CONTRAST_ATTRIBUTE, EARLY_SCRIPT, parsePreferences, serializePreferences, SIZE_ATTRIBUTE, STORAGE_KEY, TEXT_SIZES } from './preferences.ts';

/** An element that records its attributes. */
function fakeRoot() {
	const attributes = new Map<string, string>();
	return { attributes, setAttribute: (n: string, v: string) => void attributes.set(n, v), removeAttribute: (n: string) => void attributes.delete(n) };
}

/** What EARLY_SCRIPT leaves on <html> when localStorage holds `stored`. */
function runEarlyScript(stored: string | null, storageThrows = false) {
	const root = fakeRoot();
	const localStorage = { getItem: (key: string) => {
		if (storageThrows) throw new Error('SecurityError');
		return key === STORAGE_KEY ? stored : null;
	} };
	new Function('localStorage', 'document', EARLY_SCRIPT)(localStorage, { documentElement: root });
	return Object.fromEntries(root.attributes);
}

/** What parsePreferences + applyPreferences leave on <html> for the same value. */
function applied(stored: string | null) {
	const root = fakeRoot();
	applyPreferences(root, parsePreferences(stored));
	return Object.fromEntries(root.attributes);
}

const STORED = [
	null,
	'',
	'not json',
	'null',
	'42',
	'[]',
	'{}',
	...TEXT_SIZES.flatMap((size) => [serializePreferences({ size, highContrast: false }), serializePreferences({ size, highContrast: true })]),
	'{"size":130}',
	'{"size":"150"}',
	'{"size":150,"highContrast":"yes"}',
	'{"highContrast":true}',
];

describe('the early inline script', () => {
	it.each(STORED.map((s) => [s]))('does what the module does for %j', (stored) => {
		expect(runEarlyScript(stored)).toEqual(applied(stored));
	});

	it('does nothing, and throws nothing, where storage is refused', () => {
		expect(runEarlyScript('{"size":150}', true)).toEqual({});
	});
});

describe('parsePreferences', () => {
	it('reads back what it wrote', () => {
		for (const size of TEXT_SIZES) expect(parsePreferences(serializePreferences({ size, highContrast: true }))).toEqual({ size, highContrast: true });
	});

	it('takes anything else as the defaults', () => {
		expect(parsePreferences('{"size":130,"highContrast":1}')).toEqual({ size: 100, highContrast: false });
	});
});

describe('applyPreferences', () => {
	it('sets the size and contrast attributes, and removes them for the defaults', () => {
		const root = fakeRoot();
		applyPreferences(root, { size: 150, highContrast: true });
		expect(Object.fromEntries(root.attributes)).toEqual({ [SIZE_ATTRIBUTE]: '150', [CONTRAST_ATTRIBUTE]: 'high' });
		applyPreferences(root, { size: 100, highContrast: false });
		expect(root.attributes.size).toBe(0);
	});

	it('offers at least three steps, reaching at least 150%', () => {
		expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(3);
		expect(Math.max(...TEXT_SIZES)).toBeGreaterThanOrEqual(150);
	});
});
