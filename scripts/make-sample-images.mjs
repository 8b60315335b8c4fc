#!/usr/bin/env node
/**
 * Renders neutral placeholder JPEGs for the sample issue, so that the photo pages
 * and the 鹿城区 feature have something to show before real photos arrive.
 *
 *   node scripts/make-sample-images.mjs           # create missing files, skip existing ones
 *   node scripts/make-sample-images.mjs --force   # overwrite existing files too
 *
 * Existing files are skipped by default because an editor may have replaced a
 * sample with a real photo. Output is deterministic: the same bytes on every run
 * (fixed size, fixed quality, mozjpeg, no metadata).
 *
 * Text is Latin only: the build machine has DejaVu fonts and no CJK font, so
 * Chinese glyphs would render as empty boxes.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 1200;
const HEIGHT = 800;
const JPEG = { quality: 70, mozjpeg: true, chromaSubsampling: '4:2:0' };

/** Soft grey and blue tones, one per image, so that neighbouring samples are distinguishable. */
const PHOTO_TONES = ['#d9dde3', '#cfd9e4', '#dcdad6', '#c9d3de', '#d4dbe0', '#d6d9e6'];
const FEATURE_TONES = ['#d3dde0', '#dde0e4', '#c8d6e0', '#d8dcd9', '#ccd4e2'];

/** Every sample image: where it goes and what it says. */
const IMAGES = [
	...PHOTO_TONES.map((tone, i) => ({
		file: `content/photos/2022-12/photo-${i + 1}.jpg`,
		line2: `photo ${i + 1} / ${PHOTO_TONES.length}`,
		line3: 'photos \u00b7 2022-12',
		tone,
	})),
	...FEATURE_TONES.map((tone, i) => ({
		file: `content/features/2022-12/鹿城区/photo-${i + 1}.jpg`,
		line2: `photo ${i + 1} / ${FEATURE_TONES.length}`,
		line3: 'feature \u00b7 2022-12 \u00b7 Lucheng',
		tone,
	})),
];

/** Mixes a #rrggbb colour towards black (amount < 0) or white (amount > 0). */
function shade(hex, amount) {
	const target = amount < 0 ? 0 : 255;
	const t = Math.abs(amount);
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `#${channels
		.map((c) => Math.round(c + (target - c) * t))
		.map((c) => c.toString(16).padStart(2, '0'))
		.join('')}`;
}

function escapeXml(text) {
	return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function svgFor({ tone, line2, line3 }) {
	const ink = shade(tone, -0.68);
	const muted = shade(tone, -0.42);
	const band = shade(tone, -0.1);
	const bandEdge = shade(tone, -0.22);
	const card = shade(tone, 0.45);
	// A wide band from the bottom-left corner to the top-right corner.
	const b = 90;
	const bandPoints = `${-b},${HEIGHT - b} ${WIDTH - b},${-b} ${WIDTH + b},${b} ${b},${HEIGHT + b}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
	<rect width="${WIDTH}" height="${HEIGHT}" fill="${tone}"/>
	<polygon points="${bandPoints}" fill="${band}"/>
	<line x1="${-b}" y1="${HEIGHT - b}" x2="${WIDTH - b}" y2="${-b}" stroke="${bandEdge}" stroke-width="4"/>
	<line x1="${b}" y1="${HEIGHT + b}" x2="${WIDTH + b}" y2="${b}" stroke="${bandEdge}" stroke-width="4"/>
	<rect x="20" y="20" width="${WIDTH - 40}" height="${HEIGHT - 40}" fill="none" stroke="${muted}" stroke-width="8" stroke-dasharray="36 18"/>
	<rect x="210" y="250" width="780" height="300" rx="18" fill="${card}" fill-opacity="0.82" stroke="${muted}" stroke-width="3"/>
	<g font-family="DejaVu Sans" text-anchor="middle">
		<text x="${WIDTH / 2}" y="372" font-size="76" font-weight="bold" fill="${ink}">SAMPLE IMAGE</text>
		<text x="${WIDTH / 2}" y="448" font-size="44" fill="${ink}">${escapeXml(line2)}</text>
		<text x="${WIDTH / 2}" y="508" font-size="26" fill="${muted}">${escapeXml(line3)}</text>
	</g>
</svg>`;
}

async function exists(file) {
	try {
		await stat(file);
		return true;
	} catch (err) {
		if (err && err.code === 'ENOENT') return false;
		throw err;
	}
}

async function main(argv) {
	const unknown = argv.filter((a) => a !== '--force');
	if (unknown.length > 0) {
		console.error(`Unknown argument(s): ${unknown.join(' ')}\nUsage: node scripts/make-sample-images.mjs [--force]`);
		process.exitCode = 2;
		return;
	}
	const force = argv.includes('--force');
	let written = 0;
	let skipped = 0;
	for (const image of IMAGES) {
		const target = path.join(ROOT, image.file);
		if (!force && (await exists(target))) {
			console.log(`skip   ${image.file} (exists; may be a real photo — use --force to overwrite)`);
			skipped++;
			continue;
		}
		const jpeg = await sharp(Buffer.from(svgFor(image)), { density: 72 })
			.resize(WIDTH, HEIGHT)
			.flatten({ background: image.tone })
			.jpeg(JPEG)
			.toBuffer();
		await mkdir(path.dirname(target), { recursive: true });
		// Write beside the target and rename, so an interrupted run never leaves half a JPEG.
		const temp = `${target}.tmp-${process.pid}`;
		await writeFile(temp, jpeg);
		await rename(temp, target);
		console.log(`write  ${image.file} (${jpeg.length} bytes)`);
		written++;
	}
	console.log(`${written} written, ${skipped} skipped.`);
}

await main(process.argv.slice(2));
