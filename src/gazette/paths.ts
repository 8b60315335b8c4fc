/** Where the gazette's content and the build's cache live; tests point GAZETTE_CONTENT_DIR at fixtures. */
import path from 'node:path';

export function contentDir(): string {
	return path.resolve(process.env.GAZETTE_CONTENT_DIR ?? 'content');
}

/** The build's cache folder (Astro's cacheDir): kept between builds, it makes the next build quicker. */
export function cacheDir(): string {
	return path.resolve(process.env.GAZETTE_CACHE_DIR ?? 'node_modules/.astro');
}
