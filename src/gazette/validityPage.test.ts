import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { correctValidity } from './validityPage.ts';

const IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-inForce';
const NOT_IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-notInForce';

interface Dates {
	effective?: string;
	expiry?: string;
	repealed?: string;
	/** What the build printed. */
	status?: string;
}

/** A validity span as Validity.astro renders it: undefined attributes are left out. */
function span({ effective, expiry, repealed, status = 'in-force' }: Dates): string {
	const attrs = [
		'class="validity"',
		'data-validity',
		`data-status="${status}"`,
		effective && `data-effective="${effective}"`,
		expiry && `data-expiry="${expiry}"`,
		repealed && `data-repealed="${repealed}"`,
	].filter(Boolean);
	return `<span ${attrs.join(' ')}>现行有效</span>`;
}

/** A document page built on 2022-12-31: its own validity first, then a list of related documents. */
function page(own: Dates, others: Dates[] = [], metaResource = IN_FORCE) {
	return parseHTML(`<!doctype html>
<html lang="zh-CN" prefix="eli: http://data.europa.eu/eli/ontology#">
<head><meta charset="utf-8"><meta property="eli:in_force" resource="${metaResource}"></head>
<body>
<main><dl><dt>有效性</dt><dd>${span(own)}</dd></dl></main>
<aside><ul>${others.map((o) => `<li>${span(o)}</li>`).join('')}</ul></aside>
</body></html>`).document;
}

const spans = (document: Document) => [...document.querySelectorAll<HTMLElement>('[data-validity]')];
const meta = (document: Document) => document.querySelector('meta[property="eli:in_force"]')!.getAttribute('resource');

describe('correctValidity: effective 2023-02-01, no expiry', () => {
	it.each([
		['2023-01-15', 'not-yet-in-force', '尚未施行'],
		['2023-01-31', 'not-yet-in-force', '尚未施行'],
		['2023-02-01', 'in-force', '现行有效'],
		['2026-11-28', 'in-force', '现行有效'],
	])('on %s: %s (%s)', (today, status, label) => {
		const document = page({ effective: '2023-02-01' });
		correctValidity(document, today);
		const [el] = spans(document);
		expect(el.getAttribute('data-status')).toBe(status);
		expect(el.textContent).toBe(label);
	});
});

describe('correctValidity: effective 2023-01-01, expiry 2023-06-30', () => {
	it.each([
		['2022-12-31', 'not-yet-in-force', '尚未施行'],
		['2023-06-30', 'in-force', '现行有效'],
		['2023-07-01', 'expired', '已失效'],
	])('on %s: %s (%s)', (today, status, label) => {
		const document = page({ effective: '2023-01-01', expiry: '2023-06-30' });
		correctValidity(document, today);
		const [el] = spans(document);
		expect(el.dataset.status).toBe(status);
		expect(el.textContent).toBe(label);
	});
});

describe('correctValidity: repeal', () => {
	it('shows 已废止 from the repeal day, before any expiry', () => {
		const document = page({ effective: '2023-01-01', expiry: '2025-12-31', repealed: '2024-03-01' });
		correctValidity(document, '2024-03-01');
		expect(spans(document)[0].dataset.status).toBe('repealed');
		expect(spans(document)[0].textContent).toBe('已废止');
	});

	it('shows 现行有效 the day before the repeal', () => {
		const document = page({ effective: '2023-01-01', repealed: '2024-03-01' });
		correctValidity(document, '2024-02-29');
		expect(spans(document)[0].textContent).toBe('现行有效');
	});
});

describe('correctValidity: every validity on the page', () => {
	it('corrects each element for its own dates', () => {
		const document = page({ effective: '2023-02-01' }, [{ effective: '2022-12-06' }, { effective: '2023-01-01', expiry: '2023-06-30' }, { effective: '2024-01-01' }]);
		correctValidity(document, '2023-07-01');
		expect(spans(document).map((el) => [el.dataset.status, el.textContent])).toEqual([
			['in-force', '现行有效'],
			['in-force', '现行有效'],
			['expired', '已失效'],
			['not-yet-in-force', '尚未施行'],
		]);
	});

	it('leaves an element without data-effective as built', () => {
		const document = page({ effective: '2023-02-01' }, [{ status: 'in-force' }]);
		correctValidity(document, '2023-01-15');
		const [, bare] = spans(document);
		expect(bare.dataset.status).toBe('in-force');
		expect(bare.textContent).toBe('现行有效');
	});

	it('does nothing to a page without validity', () => {
		const { document } = parseHTML(`<html><head><meta property="eli:in_force" resource="${IN_FORCE}"></head><body><p>政务简讯</p></body></html>`);
		correctValidity(document, '2023-01-15');
		expect(meta(document)).toBe(IN_FORCE);
		expect(document.querySelector('p')!.textContent).toBe('政务简讯');
	});

	it('works on a page without the ELI meta element', () => {
		const { document } = parseHTML(`<html><body>${span({ effective: '2023-02-01' })}</body></html>`);
		expect(() => correctValidity(document, '2023-01-15')).not.toThrow();
		expect(spans(document)[0].textContent).toBe('尚未施行');
	});
});

describe('correctValidity: eli:in_force follows the page’s own (first) validity', () => {
	it('switches to notInForce before the effective day', () => {
		const document = page({ effective: '2023-02-01' }, [], IN_FORCE);
		correctValidity(document, '2023-01-15');
		expect(meta(document)).toBe(NOT_IN_FORCE);
	});

	it('switches to inForce once in force', () => {
		const document = page({ effective: '2023-02-01' }, [], NOT_IN_FORCE);
		correctValidity(document, '2026-11-28');
		expect(meta(document)).toBe(IN_FORCE);
	});

	it('switches to notInForce after expiry', () => {
		const document = page({ effective: '2023-01-01', expiry: '2023-06-30' }, [], IN_FORCE);
		correctValidity(document, '2023-07-01');
		expect(meta(document)).toBe(NOT_IN_FORCE);
	});

	it('ignores the validity of related documents further down', () => {
		const document = page({ effective: '2023-02-01' }, [{ effective: '2022-01-01' }], IN_FORCE);
		correctValidity(document, '2023-01-15');
		expect(meta(document)).toBe(NOT_IN_FORCE);

		const other = page({ effective: '2022-01-01' }, [{ effective: '2023-02-01' }], NOT_IN_FORCE);
		correctValidity(other, '2023-01-15');
		expect(meta(other)).toBe(IN_FORCE);
	});
});
