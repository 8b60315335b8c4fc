/**
 * Launches Debian's Chromium (the `chromium` package) through playwright-core,
 * headless, with nothing that talks to the network on its own.
 *
 * The profile: Playwright refuses `--user-data-dir` in `args` ("Pass
 * userDataDir parameter to `browserType.launchPersistentContext(userDataDir,
 * options)` instead of specifying '--user-data-dir' argument"). We still get a
 * fresh profile on every launch: chromium.launch() makes its own
 * `mkdtemp(os.tmpdir()/playwright_chromiumdev_profile-XXXXXX)`, passes it as
 * --user-data-dir and deletes it on close(). launchPersistentContext() would
 * give only one context, and the tests need several (one with JavaScript
 * disabled, one per clock setting), so launch() it is.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Path of the `chromium` executable on PATH, or a clear error saying how to install it. */
export function chromiumPath(): string {
	try {
		const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
		if (found) return found;
	} catch {
		// Falls through to the error below.
	}
	throw new Error(
		'Browser tests need Debian\'s Chromium, and `command -v chromium` found none. Install it with: apt-get install -y chromium',
	);
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
