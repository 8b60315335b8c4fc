import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, inlineScripts, metaPolicy, nginxLines, scriptHash, securityHeaders, withPolicyMeta } from './policy.ts';

describe('scriptHash', () => {
	it('is the SHA-256 of the script text as UTF-8, base64, quoted as CSP writes it', () => {
		const source = 'self.gazetteSearchWorker = new Worker("/_astro/worker.js"); // 检索';
		expect(scriptHash(source)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(source, 'utf8')).digest('base64')}'`);
		expect(scriptHash('a')).toBe("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
	});
});

describe('inlineScripts', () => {
	it('finds the scripts a browser runs inline, and only those, telling the site\'s own (data-gazette-inline) from any other', () => {
		const html = [
			'<script>run(1)</script>',
			'<script type="module">run(2)</script>',
			'<script type="text/javascript" >run(3)</script>',
			'<script type="module" src="/_astro/page.js"></script>',
			'<script src="/x.js">ignored()</script>',
			'<script type="application/ld+json">{"@type":"Legislation"}</script>',
			'<SCRIPT>run(4)</SCRIPT>',
			'<script data-gazette-inline>own(5)</script>',
			'<script data-gazette-inline-not>run(6)</script>',
		].join('\n');
		expect(inlineScripts(html)).toEqual([
			{ source: 'run(1)', own: false },
			{ source: 'run(2)', own: false },
			{ source: 'run(3)', own: false },
			{ source: 'run(4)', own: false },
			{ source: 'own(5)', own: true },
			{ source: 'run(6)', own: false },
		]);
	});
});

describe('the policy', () => {
	const policy = metaPolicy([scriptHash('b'), scriptHash('a'), scriptHash('a')]);

	it('allows scripts from the site and each inline script by its hash, once, in a stable order', () => {
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[scriptHash('a'), scriptHash('b')].sort().join(' ')};`);
	});

	it('never allows inline scripts, eval or another origin', () => {
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:|data:/);
	});

	it('says object-src none, base-uri self, form-action self, connections to the site only', () => {
		for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "default-src 'self'", "worker-src 'self'"]) {
			expect(policy.split('; ')).toContain(directive);
		}
	});

	it('leaves out in the meta element what a meta element cannot carry', () => {
		expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
	});
});

describe('the headers', () => {
	const headers = securityHeaders([scriptHash('a')]);

	it('carry the same policy plus frame-ancestors, nosniff and a referrer policy', () => {
		expect(Object.fromEntries(headers)).toEqual({
			'Content-Security-Policy': `${metaPolicy([scriptHash('a')])}; frame-ancestors 'none'`,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'X-Frame-Options': 'DENY',
		});
	});

	it('as a _headers file for every path', () => {
		const lines = headersFile(headers).split('\n');
		expect(lines[0]).toBe('/*');
		expect(lines.slice(1, -1)).toEqual(headers.map(([k, v]) => `  ${k}: ${v}`));
	});

	it('as nginx add_header lines', () => {
		expect(nginxLines(headers).split('\n')).toEqual(headers.map(([k, v]) => `add_header ${k} "${v}" always;`));
	});
});

describe('withPolicyMeta', () => {
	it('puts the policy right after <meta charset>, before any script, escaped as an attribute', () => {
		const html = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><script>x()</script></head></html>';
		expect(withPolicyMeta(html, `script-src 'self' "q"&`)).toBe(
			'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src \'self\' &quot;q&quot;&amp;"><script>x()</script></head></html>',
		);
	});

	it('gives undefined for a page without <meta charset>, so the build can name it', () => {
		expect(withPolicyMeta('<html><head><script>x()</script></head></html>', "default-src 'self'")).toBeUndefined();
	});
});
