/**
 * A small static file server for a built gazette, run as its own process by
 * test/support/serve.ts:
 *
 *   node test/support/static-server.mjs <folder>
 *
 * Listens on 127.0.0.1 only, on a free port chosen by the system, and prints
 * one line `{"port":N}` once it is listening. Serves index.html for folder
 * URLs (redirecting /documents/x to /documents/x/, as static hosts do), decodes
 * percent-encoded UTF-8 paths (/documents/温政办-2022-94/), sends the folder's
 * 404.html with status 404 for anything missing, and never serves a file
 * outside the folder. Like the static hosts that read one, it sends the
 * headers a `_headers` file at the folder's root gives for each path
 * (`/*`, `/prefix/*` or an exact path). Stops on SIGTERM, or when its stdin
 * closes (the parent died).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');

/** `_headers` as [pattern, [name, value][]] rules, in file order. */
function readHeadersFile() {
	const file = path.join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push([line.trim(), []]);
		else if (rules.length > 0) {
			const colon = line.indexOf(':');
			rules.at(-1)[1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}
const headerRules = readHeadersFile();

function headersFor(pathname) {
	const headers = {};
	for (const [pattern, pairs] of headerRules) {
		const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
		if (matches) for (const [name, value] of pairs) headers[name.toLowerCase()] = value;
	}
	return headers;
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.ico': 'image/x-icon',
};

function contentType(file) {
	return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(file) {
	try {
		return await stat(file);
	} catch {
		return undefined;
	}
}

function send(req, res, status, file, size, headers = {}) {
	res.writeHead(status, { 'content-type': contentType(file), 'content-length': size, 'cache-control': 'no-store', ...headersFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname), ...headers });
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
}

async function notFound(req, res) {
	const page = path.join(root, '404.html');
	const info = await fileAt(page);
	if (info?.isFile()) return send(req, res, 404, page, info.size);
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('404 Not Found\n');
}

const server = createServer(async (req, res) => {
	try {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' });
			return res.end();
		}
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
			return res.end('400 Bad Request: malformed percent-encoding\n');
		}
		if (pathname.includes('\0')) return notFound(req, res);
		const file = path.join(root, pathname);
		// path.join normalises `..`; anything that leaves the folder is not ours to serve.
		if (file !== root && !file.startsWith(root + path.sep)) return notFound(req, res);

		const info = await fileAt(file);
		if (info?.isFile()) return send(req, res, 200, file, info.size);
		if (info?.isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` });
				return res.end();
			}
			const index = path.join(file, 'index.html');
			const indexInfo = await fileAt(index);
			if (indexInfo?.isFile()) return send(req, res, 200, index, indexInfo.size);
		}
		return notFound(req, res);
	} catch (error) {
		if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
		res.end(`500 ${error}\n`);
	}
});

server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

const stop = () => {
	server.closeAllConnections();
	server.close();
	process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// serve.ts holds our stdin open; when the test process dies without stopping us, stdin ends: do not linger.
process.stdin.on('end', stop);
process.stdin.resume();
