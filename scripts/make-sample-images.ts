/**
 * Renders the sample issue's stand-in photos, so that the photo pages and the
 * 鹿城区 feature have something to show before real photos arrive.
 *
 *   npx tsx scripts/make-sample-images.ts           # create missing files, skip existing ones
 *   npx tsx scripts/make-sample-images.ts --force   # overwrite existing files too
 *
 * Existing files are skipped by default because an editor may have replaced a
 * sample with a real photo.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { placeholderJpeg, TONES } from '../src/gazette/placeholderImage.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PHOTOS = 6;
const FEATURE_PHOTOS = 5;

const IMAGES = [
	...Array.from({ length: PHOTOS }, (_, i) => ({ file: `content/photos/2022-12/photo-${i + 1}.jpg`, tone: TONES[i], line2: `photo ${i + 1} / ${PHOTOS}`, line3: 'photos \u00b7 2022-12' })),
	...Array.from({ length: FEATURE_PHOTOS }, (_, i) => ({ file: `content/features/2022-12/鹿城区/photo-${i + 1}.jpg`, tone: TONES[PHOTOS + i], line2: `photo ${i + 1} / ${FEATURE_PHOTOS}`, line3: 'feature \u00b7 2022-12 \u00b7 Lucheng' })),
];

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--force');
if (unknown.length > 0) {
	console.error(`Unknown argument(s): ${unknown.join(' ')}\nUsage: npx tsx scripts/make-sample-images.ts [--force]`);
	process.exit(2);
}
let written = 0;
for (const image of IMAGES) {
	const target = path.join(ROOT, image.file);
	if (!args.includes('--force') && existsSync(target)) {
		console.log(`skip   ${image.file} (exists; may be a real photo — use --force to overwrite)`);
		continue;
	}
	const jpeg = await placeholderJpeg(image);
	await mkdir(path.dirname(target), { recursive: true });
	// Write beside the target and rename, so an interrupted run never leaves half a JPEG.
	await writeFile(`${target}.tmp`, jpeg);
	await rename(`${target}.tmp`, target);
	console.log(`write  ${image.file} (${jpeg.length} bytes)`);
	written++;
}
console.log(`${written} written, ${IMAGES.length - written} skipped.`);
