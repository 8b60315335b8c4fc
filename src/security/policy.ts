/**
 * The site's Content-Security-Policy, one for every page: scripts only from
 * the site itself (each inline script it needs allowed by its hash), Pagefind's
 * WebAssembly compiled in the search worker, nothing from another origin, no
 * plugins, no <base>, forms posting only to the site. Pure: the build
 * integration (integration.ts) hands it the inline scripts it found.
 */
import { createHash } from 'node:crypto';

/** The hash a browser compares an inline script's text against. */
export function scriptHash(source: string): string {
	return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The directives that a <meta> element can carry. `'wasm-unsafe-eval'` lets
 * the search worker compile Pagefind's WebAssembly and nothing else: it allows
 * no eval() of JavaScript.
 */
export function policyDirectives(inlineScriptHashes: Iterable<string>): [string, ...string[]][] {
	const hashes = [...new Set(inlineScriptHashes)].sort();
	return [
		['default-src', "'self'"],
		['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes],
		['style-src', "'self'"],
		['img-src', "'self'"],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'"],
		['manifest-src', "'self'"],
		['frame-src', "'none'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
}

const serialise = (directives: string[][]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy as a page's <meta http-equiv="Content-Security-Policy"> carries it. */
export function metaPolicy(inlineScriptHashes: Iterable<string>): string {
	return serialise(policyDirectives(inlineScriptHashes));
}

/**
 * The response headers for every file: the same policy plus what only a header
 * can say (who may frame the site; no content-type sniffing; how much of the
 * address another site is told).
 */
export function securityHeaders(inlineScriptHashes: Iterable<string>): [string, string][] {
	return [
		['Content-Security-Policy', serialise([...policyDirectives(inlineScriptHashes), ['frame-ancestors', "'none'"]])],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Frame-Options', 'DENY'],
	];
}

/** A `_headers` file (read by Netlify, Cloudflare Pages and others) applying the headers to every path. */
export function headersFile(headers: [string, string][]): string {
	return `/*\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

/** The same headers as nginx `add_header` lines, for the README and for hosts configured by hand. */
export function nginxLines(headers: [string, string][]): string {
	return headers.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n');
}

/**
 * The attribute the site's own inline scripts carry (search.astro). Only they
 * are allowed by hash: any other inline script in a built page stops the build,
 * so that nothing that reached a page by mistake is allowed automatically.
 */
export const OWN_INLINE_SCRIPT = 'data-gazette-inline';

/** Every inline script a browser would run (no src, a JavaScript type), in page order, and whether it is the site's own. */
export function inlineScripts(html: string): { source: string; own: boolean }[] {
	const found: { source: string; own: boolean }[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = m[1];
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
		if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		found.push({ source: m[2], own: new RegExp(`\\s${OWN_INLINE_SCRIPT}(?:[\\s=>]|$)`).test(attributes) });
	}
	return found;
}

/** The page with the policy as the first element after <meta charset>, so it governs every script after it. */
export function withPolicyMeta(html: string, policy: string): string | undefined {
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	if (!charset) return undefined;
	const at = charset.index + charset[0].length;
	const escaped = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${escaped}">${html.slice(at)}`;
}
