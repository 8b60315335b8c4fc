/** Where the gazette's content lives; tests point GAZETTE_CONTENT_DIR at fixtures. */
import path from 'node:path';

export function contentDir(): string {
	return path.resolve(process.env.GAZETTE_CONTENT_DIR ?? 'content');
}
