/**
 * `gazette check`: validates all content without building and reports every
 * problem at once, each with its file, line and field and what to do.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { buildCrossReferences } from '../gazette/references/links.ts';
import { findReferences } from '../gazette/references/citations.ts';
import { addDays, isIssueMonth } from '../gazette/dates.ts';
import { checkIntegrity } from './integrity.ts';
import { textAnchors, type TextAnchors } from '../gazette/markdownAnchors.ts';
import { ANCHOR_ID } from '../gazette/anchors.ts';
import { controlCharacter, findMarkup, markupInText, refusedUrl, siteLinks, tooDeeplyNested } from './markup.ts';
import { publishedEntry } from './publication.ts';
import type { Section } from '../gazette/sections.ts';
import { DERIVED_PAGES, SITE_PAGES, documentUrl, issuePageUrl, resolveSiteLink, unitUrl } from '../gazette/urls.ts';
import { addressProblem, fullWidthHint } from '../schemas/common.ts';
import { COLLECTIONS, UNITS_FILE } from '../schemas/collections.ts';
import { siteSchema } from '../schemas/site.ts';
import { unitSchema } from '../schemas/unit.ts';
import { SITE_FILE } from '../gazette/site.ts';
import { proposeUnit, type UnitProposal } from '../gazette/unitProposals.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { InterpretationData } from '../schemas/interpretation.ts';
import type { IssueData } from '../schemas/issue.ts';
import { isInside, lineContaining, lineOf, readContent, readTextFile, strayFiles, type CollectionName, type ContentFile, type TextFile } from './files.ts';

import type { Problem } from '../cli/report.ts';

export interface CheckReport {
	errors: Problem[];
	warnings: Problem[];
	/** 责任单位 short names the units table lacks, each with the full name proposed for it, if one is likely. */
	unknownUnits: { printed: string; proposal?: UnitProposal }[];
	/** Files read per collection. */
	counts: Record<string, number>;
}

/** Images smaller than this look broken in print-quality pages. */
const MIN_IMAGE_WIDTH = 600;
/** Larger than any photo a gazette page needs; sharp would spend minutes and gigabytes on it. */
const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
const MAX_IMAGE_PIXELS = 100_000_000;
/** An effective date this many days before the signing date is a typing slip, not a retroactive rule. */
const MAX_BACKDATE_DAYS = 365;

/** The images an item's fields name, to be read once the item is valid. */
type ImageCheck = { file: ContentFile; images: { absolute: string; field: string; value: string }[] };

/** Why an image path written in `file` cannot be used, or undefined: it must be a file inside the content folder. */
function imagePathProblem(value: string, file: ContentFile, contentRoot: string): string | undefined {
	const refused = refusedUrl(value, 'image');
	if (refused) return refused;
	const absolute = path.resolve(path.dirname(file.absolute), value);
	if (!isInside(contentRoot, absolute)) return `image ${value} leads outside the content folder (to ${absolute}); keep photos inside content/, e.g. in content/photos/YYYY-MM/`;
	if (!existsSync(absolute)) return `image file ${value} does not exist (looked for ${path.relative(process.cwd(), absolute)}); add the photo or correct the path`;
	const real = realpathSync(absolute);
	if (!isInside(realpathSync(contentRoot), real)) return `image ${value} is a symbolic link to ${real}, outside the content folder; copy the photo into the content folder instead`;
	if (!statSync(real).isFile()) return `image ${value} is a folder, not an image file; name the photo file itself`;
	return undefined;
}

/** Stand-in for Astro's image(): the path must pass imagePathProblem; the file's contents are checked after. */
function imageStub(ctx: ImageCheck, contentRoot: string) {
	return () =>
		z.string().transform((value, issue) => {
			const problem = imagePathProblem(value, ctx.file, contentRoot);
			if (problem) {
				issue.addIssue({ code: z.ZodIssueCode.custom, message: problem });
				return z.NEVER;
			}
			ctx.images.push({ absolute: path.resolve(path.dirname(ctx.file.absolute), value), field: issue.path.join('.'), value });
			return value;
		});
}

function schemaFor(collection: CollectionName, ctx: ImageCheck, contentRoot: string): z.ZodTypeAny {
	return COLLECTIONS[collection].schema({ image: imageStub(ctx, contentRoot) as never });
}

/** What to say of a file whose checks could not finish. */
function unreadableContent(error: unknown): string {
	if (error instanceof RangeError) return 'the text nests too deeply to read (quotations or lists inside each other, thousands deep); write it as plain paragraphs';
	return `the file could not be checked (${(error as Error).message}); simplify it, and tell the developers if it looks right`;
}

/** Every image a parsed item uses, with whether it is marked as a stand-in. */
function samplePictures(data: Record<string, unknown>): { image: string; sample: boolean }[] {
	const pictures = [data.cover, ...((data.photos as unknown[]) ?? [])].filter(Boolean) as { image: string; sample?: boolean }[];
	return pictures.map((p) => ({ image: p.image, sample: p.sample === true }));
}

/** How YAML names a value's type, for "expected a list, got text". */
function kindOf(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (value instanceof Date) return `a date (YAML reads an unquoted ${value.toISOString().slice(0, 10)} as one; put the text in quotes)`;
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'fields (key: value)';
	if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
	return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list (one "- item" per line)',
	object: 'fields (key: value, indented under this one)',
	date: 'a date',
};

/** A schema problem in the editor's words: what is there, what belongs there. */
function describeIssue(issue: z.ZodIssue, value: unknown): string {
	const field = issue.path.join('.') || '(file)';
	if (issue.code !== 'invalid_type') return issue.message;
	if (issue.received === 'undefined') return `${field} is required`;
	const expected = EXPECTED[issue.expected] ?? issue.expected;
	return `expected ${expected}, got ${kindOf(value)}${fullWidthHint(value)}`;
}

/** The raw value at a field path, for messages. */
function valueAt(data: unknown, fieldPath: (string | number)[]): unknown {
	return fieldPath.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), data);
}

/** Every string in parsed YAML, with its field path. */
function strings(value: unknown, at: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
	if (typeof value === 'string') return [{ path: at, value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, i]));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
	return [];
}

const invisible = (codePoint: string) => `an invisible control character ${codePoint} (left by PDF extraction or another system) is in the text; delete it`;

/** Markup and invisible characters in any field of a YAML file or front matter: fields are shown as plain text. */
function checkFields(file: TextFile): Problem[] {
	const problems: Problem[] = [];
	for (const { path: at, value } of strings(file.data)) {
		const tag = markupInText(value);
		if (tag) problems.push({ file: file.file, line: lineOf(file, at), field: at.join('.'), message: `${tag} is markup; this field is shown as plain text exactly as typed, so write the words alone` });
		const control = controlCharacter(value);
		if (control) problems.push({ file: file.file, line: lineOf(file, at), field: at.join('.'), message: invisible(control.codePoint) });
	}
	return problems;
}

/** Problems in what an editor wrote that no schema sees: markup, empty bodies, anchors the body lacks. */
function checkText(file: ContentFile, data: Record<string, unknown>, anchors: (markdown: string) => TextAnchors): Problem[] {
	const problems = checkFields(file);
	if (!COLLECTIONS[file.collection].body) return problems;
	if (file.body.trim() === '') {
		problems.push({ file: file.file, line: file.bodyLine - 1, field: 'body', message: 'the text is empty; put the item’s printed text below the closing --- of the front matter' });
		return problems;
	}
	const deep = tooDeeplyNested(file.body);
	if (deep !== undefined) {
		// Before any Markdown reader walks it (they recurse once per level).
		problems.push({ file: file.file, line: file.bodyLine + deep - 1, field: 'body', message: unreadableContent(new RangeError()) });
		return problems;
	}
	const control = controlCharacter(file.body);
	if (control) problems.push({ file: file.file, line: file.bodyLine + file.body.slice(0, control.index).split('\n').length - 1, field: 'body', message: invisible(control.codePoint) });
	for (const finding of findMarkup(file.body)) problems.push({ file: file.file, line: file.bodyLine + finding.line - 1, field: 'body', message: finding.message });
	const attachments = (data.attachments as { anchor: string; label: string }[] | undefined) ?? [];
	if (attachments.length > 0) {
		const ids = new Set(anchors(file.body).ids);
		attachments.forEach((a, i) => {
			if (!ids.has(a.anchor)) {
				problems.push({ file: file.file, line: lineOf(file, ['attachments', i, 'anchor']), field: `attachments.${i}.anchor`, message: `the text has no heading with the anchor ${a.anchor}; the anchors are given in order to the 附件/附表 headings (attachment-1, attachment-2, …): add the heading ${a.label} to the text or correct the anchor` });
			}
		});
	}
	return problems;
}

/** content/site.yaml through its schema: the gazette's identity and the city's issuer codes; its city when it is valid. */
function checkSite(absolute: string, contentRoot: string): { problems: Problem[]; city?: string } {
	const shown = path.relative(process.cwd(), absolute);
	if (!existsSync(absolute)) return { problems: [{ file: shown, line: 1, field: '(file)', message: `the gazette's settings are missing; copy ${SITE_FILE} from the sample content and change name, publisher, description, url, city and issuerCodes` }] };
	const file = readTextFile(absolute, '.yaml', contentRoot);
	if (file.parseError) return { problems: [{ file: file.file, line: file.parseError.line, field: file.parseError.field, message: file.parseError.message }] };
	const result = siteSchema.safeParse(file.data ?? {});
	if (result.success) return { problems: checkFields(file), city: result.data.city };
	return { problems: result.error.issues.map((issue) => ({ file: file.file, line: lineOf(file, issue.path), field: issue.path.join('.') || '(file)', message: describeIssue(issue, valueAt(file.data, issue.path)) })) };
}

/** What check says of a 责任单位 the table lacks: the likely full name, and the one command that records it. */
export function unknownUnitAdvice(printed: string, proposal: UnitProposal | undefined): string {
	const where = `责任单位 "${printed}" is not in content/${UNITS_FILE}`;
	if (!proposal) return `${where}; add it with its full name: npm run gazette -- units add ${printed} <full name>`;
	const known = proposal.listed ? 'listed there' : 'not listed there yet';
	return `${where}; likely ${proposal.name} (${known}): confirm with npm run gazette -- units add ${printed} ${proposal.name}`;
}

/** content/units.yaml through its schema: each unit's full name and aliases, and what is wrong with any. */
function checkUnits(absolute: string, contentRoot: string): { units: { name: string; aliases: string[] }[]; problems: Problem[] } {
	if (!existsSync(absolute)) return { units: [], problems: [] };
	const file = readTextFile(absolute, '.yaml', contentRoot);
	if (file.parseError) return { units: [], problems: [{ file: file.file, line: file.parseError.line, field: file.parseError.field, message: file.parseError.message }] };
	const data = file.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) return { units: [], problems: [{ file: file.file, line: 1, field: '(file)', message: `expected each unit's full name with its aliases (温州市财政局:, then aliases: [市财政局]), got ${kindOf(data)}` }] };
	const units: { name: string; aliases: string[] }[] = [];
	const problems: Problem[] = checkFields(file);
	for (const [name, value] of Object.entries(data)) {
		const nameProblem = addressProblem(name);
		if (nameProblem) problems.push({ file: file.file, line: lineOf(file, [name]), field: name, message: `${nameProblem} (a unit's full name is its page's address)` });
		if (value === null) {
			problems.push({ file: file.file, line: lineOf(file, [name]), field: name, message: 'the unit has nothing under it; write its short names as aliases: [市某局], or aliases: [] when print uses only the full name' });
			continue;
		}
		const result = unitSchema.safeParse(value);
		if (result.success) units.push({ name, aliases: result.data.aliases });
		else for (const issue of result.error.issues) problems.push({ file: file.file, line: lineOf(file, [name, ...issue.path]), field: [name, ...issue.path].join('.'), message: describeIssue(issue, valueAt(value, issue.path)) });
	}
	return { units, problems };
}

/**
 * Links in the texts to pages of the gazette: each must lead to a page the
 * site will have and, for an anchor of the gazette's scheme (article-3,
 * measure-5, attachment-1), to an anchor that page's text gives.
 */
function checkSiteLinks(valid: Map<ContentFile, Record<string, unknown>>, anchors: (markdown: string) => TextAnchors): Problem[] {
	const pages = new Map<string, ContentFile | undefined>(SITE_PAGES.map((url) => [url, undefined]));
	const own = new Map<ContentFile, string>();
	for (const [file, data] of valid) {
		const entry = publishedEntry(file.file, file.collection, file.id, data);
		if (!entry) continue;
		pages.set(entry.url, file);
		own.set(file, entry.url);
		// An issue with briefs also has their list page.
		if (file.collection === 'briefs') pages.set(issuePageUrl(String(data.issue), 'briefs'), undefined);
	}
	const idsOf = new Map<ContentFile, Set<string>>();
	const anchorsOfFile = (f: ContentFile) => idsOf.get(f) ?? idsOf.set(f, new Set(anchors(f.body).ids)).get(f)!;
	const problems: Problem[] = [];
	for (const [file] of valid) {
		if (!COLLECTIONS[file.collection].body || !own.has(file)) continue;
		for (const link of siteLinks(file.body)) {
			const resolved = resolveSiteLink(link.url, own.get(file)!);
			const line = file.bodyLine + link.line - 1;
			if (resolved === 'elsewhere') continue;
			if (resolved === 'malformed') {
				problems.push({ file: file.file, line, field: 'body', message: `the link to ${link.url} is not a valid address (a % must start a %XX code); write the path as it reads, e.g. /documents/温政办-2022-94/` });
				continue;
			}
			const { pathname, id } = resolved;
			if (DERIVED_PAGES.some((prefix) => pathname.startsWith(prefix) && pathname !== prefix)) continue;
			if (!pages.has(pathname)) {
				problems.push({ file: file.file, line, field: 'body', message: `the link to ${link.url} leads to no page of the gazette; link to a page the site has (such as /documents/温政办-2022-94/) or leave the words without a link` });
			} else if (id && ANCHOR_ID.test(id) && pages.get(pathname) && !anchorsOfFile(pages.get(pathname)!).has(id)) {
				problems.push({ file: file.file, line, field: 'body', message: `the link to ${link.url} names the anchor ${id}, which the text of ${pathname} does not have; link to an article, measure or attachment it has` });
			}
		}
	}
	return problems;
}

async function checkImage(img: ImageCheck['images'][number]): Promise<{ error?: string; warning?: string }> {
	const rel = path.relative(process.cwd(), img.absolute);
	const size = statSync(img.absolute).size;
	if (size === 0) return { error: `${rel} is empty (0 bytes); replace it with the photo file` };
	if (size > MAX_IMAGE_BYTES) return { error: `${rel} is ${(size / 1024 / 1024).toFixed(0)} MB, more than a page needs (at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB); export the photo at a smaller size` };
	try {
		const meta = await sharp(img.absolute, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
		if (!meta.width || !meta.height) throw new Error('no size');
		if (meta.width * meta.height > MAX_IMAGE_PIXELS) return { error: `${rel} is ${meta.width}×${meta.height} pixels, more than a page needs; export the photo at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels` };
		if (meta.width < MIN_IMAGE_WIDTH) return { warning: `${rel} is only ${meta.width}px wide; use a photo at least ${MIN_IMAGE_WIDTH}px wide` };
		return {};
	} catch {
		return { error: `${rel} is not an image (${size} bytes that no image format reads); replace it with the photo as a JPEG, PNG or WebP file` };
	}
}

export interface CheckOptions {
	/** Reads a text's anchors and measures; the build passes one that reuses the last build's (src/cache/textAnchors.ts). */
	anchors?: (markdown: string) => TextAnchors;
}

export async function checkContent(contentDir: string, { anchors = textAnchors }: CheckOptions = {}): Promise<CheckReport> {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const contentRoot = path.resolve(contentDir);
	for (const stray of strayFiles(contentRoot)) errors.push({ file: stray.file, line: 1, field: '(file)', message: stray.message });
	const site = checkSite(path.join(contentRoot, SITE_FILE), contentRoot);
	errors.push(...site.problems);
	const files = readContent(contentRoot);
	const valid = new Map<ContentFile, Record<string, unknown>>();
	const imageChecks: ImageCheck[] = [];

	for (const file of files) {
		if (file.parseError) {
			errors.push({ file: file.file, line: file.parseError.line, field: file.parseError.field, message: file.parseError.message });
			continue;
		}
		const ctx: ImageCheck = { file, images: [] };
		let result: z.SafeParseReturnType<unknown, unknown>;
		try {
			result = schemaFor(file.collection, ctx, contentRoot).safeParse(file.data);
			errors.push(...checkText(file, result.success ? (result.data as Record<string, unknown>) : {}, anchors));
		} catch (error) {
			// Content no gazette item holds (text nested thousands deep): said, never a stack trace.
			errors.push({ file: file.file, line: 1, field: '(file)', message: unreadableContent(error) });
			continue;
		}
		if (!result.success) {
			for (const issue of result.error.issues) {
				errors.push({ file: file.file, line: lineOf(file, issue.path), field: issue.path.join('.') || '(file)', message: describeIssue(issue, valueAt(file.data, issue.path)) });
			}
			continue;
		}
		// What Astro will read: an unquoted 2022-12-09 in a text field is a date there.
		const asAstroReads = schemaFor(file.collection, { file, images: [] }, contentRoot).safeParse(file.astroData);
		if (!asAstroReads.success) {
			for (const issue of asAstroReads.error.issues) {
				errors.push({ file: file.file, line: lineOf(file, issue.path), field: issue.path.join('.') || '(file)', message: describeIssue(issue, valueAt(file.astroData, issue.path)) });
			}
			continue;
		}
		valid.set(file, result.data as Record<string, unknown>);
		imageChecks.push(ctx);
		for (const picture of samplePictures(result.data as Record<string, unknown>)) {
			if (picture.sample) warnings.push({ file: file.file, line: lineContaining(file, picture.image), field: 'image', message: `${picture.image} is a placeholder (sample: true); replace it with the real photo and remove sample: true` });
		}
	}

	for (const ctx of imageChecks) {
		for (const img of ctx.images) {
			const { error, warning } = await checkImage(img);
			const problem = (message: string) => ({ file: ctx.file.file, line: lineOf(ctx.file, img.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))), field: img.field, message });
			if (error) errors.push(problem(error));
			if (warning) warnings.push(problem(warning));
		}
	}

	const of = <T>(collection: CollectionName) => [...valid].filter(([f]) => f.collection === collection) as [ContentFile, T][];
	const documents = of<DocumentData>('documents');
	const interpretations = of<InterpretationData>('interpretations');
	const issues = of<IssueData>('issues');
	const others = [...valid].filter(([f]) => !['issues', 'documents', 'interpretations'].includes(f.collection)) as [ContentFile, { issue: string }][];

	const placed = (f: ContentFile, d: { issue: string }) => ({ file: f.file, id: f.id, issue: d.issue });
	// A file with errors of its own still says (by its name, or its fields as written) what it would be.
	const invalid = files.filter((f) => !valid.has(f));
	const raw = (f: ContentFile, key: string) => (f.data && typeof f.data === 'object' ? (f.data as Record<string, unknown>)[key] : undefined);
	const unreadable = {
		docNumbers: invalid.filter((f) => f.collection === 'documents').flatMap((f) => [path.basename(f.id), String(raw(f, 'docNumber') ?? '')]),
		months: invalid.filter((f) => f.collection === 'issues').flatMap((f) => [path.basename(f.id), String(raw(f, 'month') ?? '')]),
	};
	for (const p of checkIntegrity({
		issues: issues.map(([f, d]) => ({ file: f.file, id: f.id, month: d.month, sections: d.sections })),
		documents: documents.map(([f, d]) => ({ ...placed(f, d), docNumber: d.docNumber, unifiedNumber: d.unifiedNumber, category: d.category })),
		interpretations: interpretations.map(([f, d]) => ({ ...placed(f, d), interprets: d.interprets })),
		items: others.map(([f, d]) => ({ ...placed(f, d), collection: f.collection, section: f.collection as Section, once: COLLECTIONS[f.collection].oncePerIssue })),
		unreadable,
	})) {
		const file = files.find((f) => f.file === p.file);
		errors.push({ ...p, line: file ? lineOf(file, [p.field]) : 1 });
	}

	const interpreted = new Set(interpretations.map(([, i]) => i.interprets));
	for (const [file, doc] of documents) {
		if (doc.effectiveDate < doc.signedDate) {
			const far = doc.effectiveDate < addDays(doc.signedDate, -MAX_BACKDATE_DAYS);
			(far ? errors : warnings).push({
				file: file.file,
				line: lineOf(file, ['effectiveDate']),
				field: 'effectiveDate',
				message: `effectiveDate ${doc.effectiveDate} is before signedDate ${doc.signedDate}${far ? ' by more than a year' : ''}; check both against the print`,
			});
		}
		// …同时废止: the text repeals documents its front matter does not list; propose them.
		for (const sentence of file.body.split(/[。；\n]/).filter((s) => /废止/.test(s))) {
			for (const ref of findReferences(sentence)) {
				if (ref.docNumber && ref.docNumber !== doc.docNumber && !doc.repeals.some((r) => r.docNumber === ref.docNumber)) {
					warnings.push({
						file: file.file,
						line: lineContaining(file, sentence.trim().slice(0, 12)),
						field: 'repeals',
						message: `the text says ${ref.printedNumber ?? ref.docNumber} is repealed (废止) but repeals does not list it; add "- docNumber: ${ref.docNumber}"${ref.title ? ` with title: ${ref.title}` : ''} to repeals`,
					});
				}
			}
		}
		if (doc.unifiedNumber && !interpreted.has(doc.docNumber)) {
			warnings.push({ file: file.file, line: lineOf(file, ['unifiedNumber']), field: 'unifiedNumber', message: `normative document ${doc.docNumber} has no 政策解读; add content/interpretations/${doc.issue}/<文号>.md when the interpretation is published` });
		}
	}

	// Cross-references: unknown 责任单位 and ambiguous titles are warnings, as in the build.
	const unitsFile = path.join(contentRoot, UNITS_FILE);
	const { units, problems: unitProblems } = checkUnits(unitsFile, contentRoot);
	errors.push(...unitProblems);
	const links = buildCrossReferences({
		documents: documents.map(([f, d]) => ({ docNumber: d.docNumber, regulationTitle: d.regulationTitle, title: d.title, url: documentUrl(d.docNumber), effectiveDate: d.effectiveDate, markdown: f.body, issue: d.issue, repeals: d.repeals })),
		sources: [],
		units,
		unitUrl,
		personnel: [],
		chronicle: [],
		anchors,
	});
	const fileOfDocument = new Map([...documents].reverse().map(([f, d]) => [d.docNumber, f]));
	const unknownUnits = new Map<string, UnitProposal | undefined>();
	for (const w of links.warnings) {
		const file = w.docNumber ? fileOfDocument.get(w.docNumber) : undefined;
		if (w.unit !== undefined && !unknownUnits.has(w.unit)) unknownUnits.set(w.unit, site.city ? proposeUnit(w.unit, units, site.city) : undefined);
		warnings.push({
			file: file?.file ?? path.relative(process.cwd(), unitsFile),
			line: file && w.line ? file.bodyLine + w.line - 1 : 1,
			field: w.anchor ? `body #${w.anchor}` : '(references)',
			message: w.unit !== undefined ? `${w.docNumber} ${w.anchor}: ${unknownUnitAdvice(w.unit, unknownUnits.get(w.unit))}` : w.message,
		});
	}

	const drafts = path.join(contentDir, 'drafts');
	if (existsSync(drafts)) {
		for (const month of readdirSync(drafts).filter((m) => isIssueMonth(m) && statSync(path.join(drafts, m)).isDirectory())) {
			const draft = await checkDraft(path.join(drafts, month));
			warnings.push({ file: path.relative(process.cwd(), path.join(drafts, month)), line: 1, field: '(draft)', message: draft });
		}
	}

	errors.push(...checkSiteLinks(valid, anchors));

	const counts: Record<string, number> = {};
	for (const f of files) counts[f.collection] = (counts[f.collection] ?? 0) + 1;
	return { errors, warnings, counts, unknownUnits: [...unknownUnits].map(([printed, proposal]) => ({ printed, ...(proposal ? { proposal } : {}) })) };
}

/** Marker new-issue writes where the editor must fill something in. */
export const TO_FILL = '待填写';

async function checkDraft(dir: string): Promise<string> {
	const pending = readContent(dir).filter((f) => f.text.includes(TO_FILL));
	return pending.length > 0
		? `draft issue, not published: ${pending.length} file(s) still contain ${TO_FILL}: ${pending.map((f) => f.file).join(', ')}`
		: `draft issue complete: run \`npm run gazette -- publish ${path.basename(dir)}\` to move it into the gazette`;
}
