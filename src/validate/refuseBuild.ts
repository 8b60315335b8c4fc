import type { AstroIntegrationLogger } from 'astro';

/**
 * Ends the build with the gazette's own message. A thrown error would add a
 * stack trace and Astro's guesses at a cause, which say nothing to an editor.
 */
export function refuseBuild(logger: AstroIntegrationLogger, message: string): never {
	logger.error(message);
	process.exit(1);
}
