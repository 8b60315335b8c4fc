/**
 * `gazette check`: validates all content without building and reports every
 * problem at once, each with its file, line and field and what to do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { parse } from 'yaml';
import { buildCrossReferences } from '../data/links.ts';
import { findReferences } from '../gazette/citations.ts';
import { addDays, isIssueMonth } from '../gazette/dates.ts';
import { checkIntegrity } from '../gazette/integrity.ts';
import { documentUrl, unitUrl } from '../gazette/urls.ts';
import { briefSchema } from '../schemas/brief.ts';
import { chronicleSchema } from '../schemas/chronicle.ts';
import { documentSchema, type DocumentData } from '../schemas/document.ts';
import { featureSchema } from '../schemas/feature.ts';
import { interpretationSchema, type InterpretationData } from '../schemas/interpretation.ts';
import { issueSchema } from '../schemas/issue.ts';
import { personnelSchema } from '../schemas/personnel.ts';
import { photoSchema } from '../schemas/photo.ts';
import { statisticsSchema } from '../schemas/statistics.ts';
import { lineContaining, lineOf, readContent, type CollectionName, type ContentFile } from './contentFiles.ts';

import type { Problem } from './report.ts';

export interface CheckReport {
	errors: Problem[];
	warnings: Problem[];
	/** Files read per collection. */
	counts: Record<string, number>;
}

/** Images smaller than this look broken in print-quality pages. */
const MIN_IMAGE_WIDTH = 600;
/** An effective date this many days before the signing date is a typing slip, not a retroactive rule. */
const MAX_BACKDATE_DAYS = 365;

type ImageCheck = { file: ContentFile; problems: Problem[]; images: { absolute: string; field: string; sample: boolean }[] };

/** Stand-in for Astro's image(): checks that the file exists and keeps its path for the size check. */
function imageStub(ctx: ImageCheck) {
	return () =>
		z.string().transform((value, issue) => {
			const absolute = path.resolve(path.dirname(ctx.file.absolute), value);
			if (!existsSync(absolute)) {
				issue.addIssue({ code: z.ZodIssueCode.custom, message: `image file ${value} does not exist (looked for ${path.relative(process.cwd(), absolute)}); add the photo or correct the path` });
				return z.NEVER;
			}
			ctx.images.push({ absolute, field: issue.path.join('.'), sample: false });
			return value;
		});
}

function schemaFor(collection: CollectionName, ctx: ImageCheck): z.ZodTypeAny {
	const image = imageStub(ctx) as never;
	switch (collection) {
		case 'issues':
			return issueSchema({ image });
		case 'documents':
			return documentSchema;
		case 'interpretations':
			return interpretationSchema;
		case 'briefs':
			return briefSchema;
		case 'personnel':
			return personnelSchema;
		case 'chronicle':
			return chronicleSchema;
		case 'statistics':
			return statisticsSchema;
		case 'photos':
			return photoSchema({ image });
		case 'features':
			return featureSchema({ image });
	}
}

/** Every image a parsed item uses, with whether it is marked as a stand-in. */
function samplePictures(data: Record<string, unknown>): { image: string; sample: boolean }[] {
	const pictures = [data.cover, ...((data.photos as unknown[]) ?? [])].filter(Boolean) as { image: string; sample?: boolean }[];
	return pictures.map((p) => ({ image: p.image, sample: p.sample === true }));
}

export async function checkContent(contentDir: string): Promise<CheckReport> {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const files = readContent(contentDir);
	const valid = new Map<ContentFile, Record<string, unknown>>();
	const imageChecks: ImageCheck[] = [];

	for (const file of files) {
		if (file.parseError) {
			errors.push({ file: file.file, line: file.parseError.line, field: '(syntax)', message: `${file.parseError.message}; fix the YAML so it parses` });
			continue;
		}
		const ctx: ImageCheck = { file, problems: [], images: [] };
		const result = schemaFor(file.collection, ctx).safeParse(file.data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = issue.path.join('.') || '(file)';
				const message = issue.code === 'invalid_type' && issue.received === 'undefined' ? `${field} is required` : issue.message;
				errors.push({ file: file.file, line: lineOf(file, issue.path), field, message });
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
			const rel = path.relative(process.cwd(), img.absolute);
			try {
				const meta = await sharp(img.absolute).metadata();
				if ((meta.width ?? 0) < MIN_IMAGE_WIDTH) warnings.push({ file: ctx.file.file, line: lineContaining(ctx.file, path.basename(img.absolute)), field: img.field, message: `${rel} is only ${meta.width}px wide; use a photo at least ${MIN_IMAGE_WIDTH}px wide` });
			} catch {
				errors.push({ file: ctx.file.file, line: lineContaining(ctx.file, path.basename(img.absolute)), field: img.field, message: `${rel} is not a readable image (${statSync(img.absolute).size} bytes); replace it` });
			}
		}
	}

	const of = <T>(collection: CollectionName) => [...valid].filter(([f]) => f.collection === collection) as [ContentFile, T][];
	const documents = of<DocumentData>('documents');
	const interpretations = of<InterpretationData>('interpretations');
	const issues = of<{ month: string }>('issues');
	const others = [...valid].filter(([f]) => !['issues', 'documents', 'interpretations'].includes(f.collection)) as [ContentFile, { issue: string }][];

	for (const p of checkIntegrity({
		issues: issues.map(([f, d]) => ({ file: f.file, month: d.month })),
		documents: documents.map(([f, d]) => ({ file: f.file, docNumber: d.docNumber, issue: d.issue })),
		interpretations: interpretations.map(([f, d]) => ({ file: f.file, interprets: d.interprets, issue: d.issue })),
		items: others.map(([f, d]) => ({ file: f.file, issue: d.issue })),
	})) {
		const file = files.find((f) => f.file === p.file);
		errors.push({ ...p, line: file ? lineOf(file, [p.field]) : 1 });
	}

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
		if (doc.unifiedNumber && !interpretations.some(([, i]) => i.interprets === doc.docNumber)) {
			warnings.push({ file: file.file, line: lineOf(file, ['unifiedNumber']), field: 'unifiedNumber', message: `normative document ${doc.docNumber} has no 政策解读; add content/interpretations/${doc.issue}/<文号>.md when the interpretation is published` });
		}
	}

	// Cross-references: unknown 责任单位 and ambiguous titles are warnings, as in the build.
	const unitsFile = path.join(contentDir, 'units.yaml');
	const units = existsSync(unitsFile) ? Object.entries((parse(readFileSync(unitsFile, 'utf8')) ?? {}) as Record<string, { aliases?: string[] }>).map(([name, u]) => ({ name, aliases: u?.aliases ?? [] })) : [];
	const links = buildCrossReferences({
		documents: documents.map(([f, d]) => ({ docNumber: d.docNumber, regulationTitle: d.regulationTitle, title: d.title, url: documentUrl(d.docNumber), effectiveDate: d.effectiveDate, markdown: f.body, issue: d.issue, repeals: d.repeals })),
		sources: [],
		units,
		unitUrl,
		personnel: [],
		chronicle: [],
	});
	for (const w of links.warnings) {
		const docNumber = /^(\S+) (measure-\d+(?:-\d+)?)/.exec(w);
		const file = docNumber ? documents.find(([, d]) => d.docNumber === docNumber[1])?.[0] : undefined;
		// The measure's own line: the paragraph that starts with its number.
		const number = docNumber ? /^measure-(\d+)/.exec(docNumber[2])![1] : undefined;
		const line = file && number ? file.text.split('\n').findIndex((l, i) => i >= file.bodyLine - 1 && new RegExp(`^${number}[.．、]`).test(l)) + 1 || 1 : 1;
		warnings.push({ file: file?.file ?? path.relative(process.cwd(), unitsFile), line, field: docNumber ? `body #${docNumber[2]}` : '(references)', message: w });
	}

	const drafts = path.join(contentDir, 'drafts');
	if (existsSync(drafts)) {
		for (const month of readdirSync(drafts).filter((m) => isIssueMonth(m) && statSync(path.join(drafts, m)).isDirectory())) {
			const draft = await checkDraft(path.join(drafts, month));
			warnings.push({ file: path.relative(process.cwd(), path.join(drafts, month)), line: 1, field: '(draft)', message: draft });
		}
	}

	const counts: Record<string, number> = {};
	for (const f of files) counts[f.collection] = (counts[f.collection] ?? 0) + 1;
	return { errors, warnings, counts };
}

/** Marker new-issue writes where the editor must fill something in. */
export const TO_FILL = '待填写';

async function checkDraft(dir: string): Promise<string> {
	const pending = readContent(dir).filter((f) => f.text.includes(TO_FILL));
	return pending.length > 0
		? `draft issue, not published: ${pending.length} file(s) still contain ${TO_FILL}: ${pending.map((f) => f.file).join(', ')}`
		: `draft issue complete: run \`npm run gazette -- publish ${path.basename(dir)}\` to move it into the gazette`;
}
