/**
 * Neutral stand-in photos, clearly marked SAMPLE IMAGE, for photos whose real
 * files have not arrived yet (the sample issue, and issues just imported).
 * Output is deterministic: same input, same bytes (mozjpeg, no metadata).
 * Text is Latin only: a build machine may have no CJK font.
 */
import sharp from 'sharp';
import { escapeXml } from './text.ts';

const WIDTH = 1200;
const HEIGHT = 800;
const JPEG = { quality: 70, mozjpeg: true, chromaSubsampling: '4:2:0' } as const;

export interface Placeholder {
	/** Background colour, #rrggbb. */
	tone: string;
	/** Second line, e.g. photo 3 / 6. */
	line2: string;
	/** Third, smaller line, e.g. photos · 2022-12. */
	line3: string;
}

/** Soft grey and blue tones, so that neighbouring samples are distinguishable. */
export const TONES = ['#d9dde3', '#cfd9e4', '#dcdad6', '#c9d3de', '#d4dbe0', '#d6d9e6', '#d3dde0', '#dde0e4', '#c8d6e0', '#d8dcd9', '#ccd4e2'];

/** Mixes a #rrggbb colour towards black (amount < 0) or white (amount > 0). */
function shade(hex: string, amount: number): string {
	const target = amount < 0 ? 0 : 255;
	const t = Math.abs(amount);
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `#${channels
		.map((c) => Math.round(c + (target - c) * t))
		.map((c) => c.toString(16).padStart(2, '0'))
		.join('')}`;
}


function svgFor({ tone, line2, line3 }: Placeholder): string {
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

/** The JPEG bytes of one stand-in photo. */
export function placeholderJpeg(p: Placeholder): Promise<Buffer> {
	return sharp(Buffer.from(svgFor(p)), { density: 72 }).resize(WIDTH, HEIGHT).flatten({ background: p.tone }).jpeg(JPEG).toBuffer();
}
