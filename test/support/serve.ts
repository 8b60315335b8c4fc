/**
 * Serves a built gazette over HTTP for browser tests, from a child process
 * (static-server.mjs) bound to 127.0.0.1 on a free port.
 *
 *   const server = await startServer(inject('sampleSite'));
 *   afterAll(() => server.stop());
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const SCRIPT = path.join(import.meta.dirname, 'static-server.mjs');

export interface Server {
	/** Origin of the server, e.g. `http://127.0.0.1:40123`, without a trailing slash. */
	url: string;
	/** Process id of the server. */
	pid: number;
	/** Stops the server (process.kill(pid)) and waits for it to exit. */
	stop(): Promise<void>;
}

export function startServer(dir: string, { timeoutMs = 10_000 } = {}): Promise<Server> {
	const child = spawn(process.execPath, [SCRIPT, path.resolve(dir)], { stdio: ['pipe', 'pipe', 'pipe'] });
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));

	return new Promise<Server>((resolve, reject) => {
		let stdout = '';
		let settled = false;
		const fail = (why: string) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid);
			reject(new Error(`static server for ${dir} ${why}${stderr ? `:\n${stderr}` : ''}`));
		};
		const timer = setTimeout(() => fail(`did not report its port within ${timeoutMs} ms`), timeoutMs);
		child.once('error', (error) => fail(`could not start (${error.message})`));
		child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
		child.stdout.setEncoding('utf8').on('data', (d: string) => {
			stdout += d;
			const end = stdout.indexOf('\n');
			if (settled || end < 0) return;
			settled = true;
			clearTimeout(timer);
			const { port } = JSON.parse(stdout.slice(0, end)) as { port: number };
			const pid = child.pid!;
			resolve({
				url: `http://127.0.0.1:${port}`,
				pid,
				async stop() {
					if (child.exitCode === null && child.signalCode === null) process.kill(pid);
					await exited;
				},
			});
		});
	});
}
