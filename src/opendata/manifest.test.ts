import { describe, expect, it } from 'vitest';
import { MANIFESTS_INDEX, pageFile, sha256Hex, siteFile, verifyCopy, type IssueManifest, type ManifestsIndex } from './manifest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const PAGE = '/documents/温政办-2022-94/index.html';
const DATA = '/documents/温政办-2022-94/data.json';

/** A published copy: two files, an issue manifest and the index, hashed as the build does. */
function published(): Map<string, Uint8Array> {
	const files = new Map<string, Uint8Array>([
		[PAGE, bytes('<h1>温州市人民政府办公室关于印发…的通知</h1>')],
		[DATA, bytes('{"docNumber":"温政办〔2022〕94号"}\n')],
	]);
	const manifest: IssueManifest = { issue: '2022-12', files: [...files].map(([path, b]) => ({ path, sha256: sha256Hex(b), bytes: b.length })) };
	files.set('/issues/2022-12/manifest.json', bytes(JSON.stringify(manifest)));
	const index: ManifestsIndex = { manifests: [{ issue: '2022-12', path: '/issues/2022-12/manifest.json', sha256: sha256Hex(files.get('/issues/2022-12/manifest.json')!) }] };
	files.set(MANIFESTS_INDEX, bytes(JSON.stringify(index)));
	return files;
}
const reader = (files: Map<string, Uint8Array>) => async (path: string) => files.get(path);

describe('verifyCopy', () => {
	it('finds nothing wrong with an exact copy, and counts every file it checked', async () => {
		expect(await verifyCopy(reader(published()))).toEqual({ problems: [], checked: 4 });
	});

	it('names a page whose bytes changed, with both hashes', async () => {
		const files = published();
		const changed = files.get(PAGE)!.slice();
		changed[0] ^= 1;
		files.set(PAGE, changed);
		const { problems } = await verifyCopy(reader(files));
		expect(problems).toEqual([{ path: PAGE, problem: 'differs', detail: `SHA-256 ${sha256Hex(changed)}, published ${sha256Hex(published().get(PAGE)!)}` }]);
	});

	it('names a missing file', async () => {
		const files = published();
		files.delete(DATA);
		expect((await verifyCopy(reader(files))).problems).toEqual([{ path: DATA, problem: 'missing', detail: 'not in the copy' }]);
	});

	it('does not trust a manifest that was changed to match a changed file', async () => {
		const files = published();
		const manifest = JSON.parse(new TextDecoder().decode(files.get('/issues/2022-12/manifest.json'))) as IssueManifest;
		files.set(PAGE, bytes('<h1>改过的</h1>'));
		manifest.files[0].sha256 = sha256Hex(files.get(PAGE)!);
		files.set('/issues/2022-12/manifest.json', bytes(JSON.stringify(manifest)));
		expect((await verifyCopy(reader(files))).problems.map((p) => [p.path, p.problem])).toEqual([['/issues/2022-12/manifest.json', 'differs']]);
	});

	it('says when the copy has no list of manifests at all', async () => {
		expect((await verifyCopy(async () => undefined)).problems[0]).toMatchObject({ path: MANIFESTS_INDEX, problem: 'missing' });
	});

	it('refuses a manifest the build never filled in', async () => {
		const files = published();
		files.set('/issues/2022-12/manifest.json', bytes(JSON.stringify({ issue: '2022-12', files: [{ path: PAGE }] })));
		const index = { manifests: [{ issue: '2022-12', path: '/issues/2022-12/manifest.json', sha256: sha256Hex(files.get('/issues/2022-12/manifest.json')!) }] };
		files.set(MANIFESTS_INDEX, bytes(JSON.stringify(index)));
		expect((await verifyCopy(reader(files))).problems).toMatchObject([{ path: PAGE, problem: 'unlisted hash' }]);
	});
});

describe('pageFile', () => {
	it('is the index.html of a folder address, and the address itself for a file', () => {
		expect(pageFile('/issues/2022-12/')).toBe('/issues/2022-12/index.html');
		expect(pageFile('/api/issues.json')).toBe('/api/issues.json');
	});
});

describe('siteFile', () => {
	it('maps a site path into the folder, given with or without its trailing slash, and refuses what leads outside or cannot be decoded', () => {
		for (const root of ['/srv/site', '/srv/site/']) {
			expect(siteFile(root, '/documents/%E6%B8%A9%E6%94%BF%E5%8A%9E-2022-94/index.html')).toBe('/srv/site/documents/温政办-2022-94/index.html');
			expect(siteFile(root, '/api/manifests.json')).toBe('/srv/site/api/manifests.json');
			expect(siteFile(root, '/../etc/passwd')).toBeUndefined();
			expect(siteFile(root, '/%E6%B8')).toBeUndefined();
		}
	});
});
