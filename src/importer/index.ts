/**
 * The importer: a printed issue's extracted text → content files. Pure: it
 * reads nothing and writes nothing; the command-line wrapper writes the files
 * it returns. Every field it could not read, or had to guess, comes back as a
 * warning with its input line.
 */
import { isCalendarDate } from '../gazette/dates.ts';
import { parseDocument } from './document.ts';
import { parseInterpretation } from './interpretation.ts';
import { toLines } from './lines.ts';
import type { SiteConfig } from '../gazette/site.ts';
import { Warnings, type DocumentItem, type ImportWarning, type Item, type ParseContext } from './model.ts';
import { parseBriefs, parseChronicle, parseFeature, parsePersonnel, parsePhotos, parseStatistics } from './sections.ts';
import { segmentIssue } from './segment.ts';
import { repealsIn, type KnownDocument } from './archive.ts';
import { parseCanonicalDocNumber } from '../gazette/docNumber.ts';
import { writeIssue, type ImportedFile } from './write.ts';

export type { ImportWarning } from './model.ts';
export type { ImportedFile } from './write.ts';

export interface ImportResult {
	files: ImportedFile[];
	warnings: ImportWarning[];
	summary: { kind: string; count: number; items: string[] }[];
	/** The issue's documents, each with the input line it starts on. */
	documents: (KnownDocument & { line: number })[];
}

export interface ImportOptions {
	/** The issue month, YYYY-MM. */
	issue: string;
	/** The city's issuer codes (content/site.yaml → issuerCodes), which decide a document's section. */
	issuerCodes: SiteConfig['issuerCodes'];
	/** The issue's publication date; when absent, the last day of the month (with a warning). */
	publishedDate?: string;
	/** The documents the gazette holds besides this issue's (other issues, earlier imports): what its texts may repeal. */
	gazette?: readonly KnownDocument[];
}

/** Parses the whole issue into items in printed order. */
export function parseIssue(text: string, ctx: ParseContext): Item[] {
	const regions = segmentIssue(toLines(text));
	const items: Item[] = [];
	const documents: DocumentItem[] = [];
	for (const region of regions) {
		if (region.kind !== 'document') continue;
		const doc = parseDocument(region.lines, ctx);
		if (doc) documents.push(doc);
	}
	let interpretations = 0;
	let docIndex = 0;
	for (const region of regions) {
		const first = region.lines.find((l) => l.text.trim() !== '')?.no ?? region.lines[0]?.no ?? 1;
		switch (region.kind) {
			case 'photos': {
				const photos = parsePhotos(region.lines, ctx);
				if (photos.photos.length > 0) items.push(photos);
				break;
			}
			case 'document': {
				const doc = documents[docIndex];
				if (doc && doc.line === first) {
					items.push(doc);
					docIndex++;
				} else ctx.warnings.add(first, 'document', 'docNumber', 'a document head without a readable 文号');
				break;
			}
			case 'interpretation':
				items.push(parseInterpretation(region.lines, documents, interpretations++, ctx));
				break;
			case 'personnel':
				items.push(parsePersonnel(region.lines, ctx));
				break;
			case 'briefs':
				items.push(...parseBriefs(region.lines, ctx));
				break;
			case 'chronicle':
				items.push(parseChronicle(region.lines, ctx));
				break;
			case 'statistics':
				items.push(parseStatistics(region.lines, ctx));
				break;
			case 'feature':
				items.push(parseFeature(region.lines, ctx));
				break;
		}
	}
	return items;
}

const SECTION_OF: Record<Item['kind'], string> = {
	photos: 'photos',
	document: '',
	interpretation: 'interpretations',
	personnel: 'personnel',
	brief: 'briefs',
	chronicle: 'chronicle',
	statistics: 'statistics',
	feature: 'features',
};

/** The 栏目 of the issue in printed order; a document's is its category. */
export function sectionsOf(items: readonly Item[]): string[] {
	const out: string[] = [];
	for (const item of items) {
		const section = item.kind === 'document' ? item.category : SECTION_OF[item.kind];
		if (!out.includes(section)) out.push(section);
	}
	return out;
}

function summaryOf(items: readonly Item[]): ImportResult['summary'] {
	const groups: [string, string[]][] = [];
	const add = (kind: string, names: string[]) => {
		const g = groups.find(([k]) => k === kind);
		if (g) g[1].push(...names);
		else groups.push([kind, names]);
	};
	for (const item of items) {
		switch (item.kind) {
			case 'photos':
				add('photos', item.photos.map((p) => p.caption));
				break;
			case 'document':
				add('documents', [item.docNumber]);
				break;
			case 'interpretation':
				add('interpretations', [item.interprets ?? item.title]);
				break;
			case 'personnel':
				add('personnel', item.decisions.map((d) => d.text));
				break;
			case 'brief':
				add('briefs', [item.title]);
				break;
			case 'chronicle':
				add('chronicle days', item.days.map((d) => d.date));
				break;
			case 'statistics':
				add('statistics rows', item.rows.map((r) => r.indicator));
				break;
			case 'feature':
				add('features', [item.title]);
				break;
		}
	}
	return groups.map(([kind, names]) => ({ kind, count: names.length, items: names }));
}

/**
 * `…同时废止` of a document the gazette holds (or this issue): its 文号 goes
 * into the document's repeals, with a warning to confirm; one the gazette
 * does not hold only gets a warning, as the importer cannot know it.
 */
function markRepeals(text: string, items: Item[], options: ImportOptions, warnings: Warnings): void {
	const documents = items.filter((i): i is DocumentItem => i.kind === 'document');
	const gazette = [...(options.gazette ?? []), ...documents];
	const codes = new Set([...Object.values(options.issuerCodes).flat(), ...gazette.map((d) => parseCanonicalDocNumber(d.docNumber)?.issuerCode ?? '')].filter(Boolean));
	const lines = text.split('\n');
	// The warning's line: the first line from the document's start that says 废止.
	const lineOf = (doc: DocumentItem) => {
		const i = lines.findIndex((l, n) => n + 1 >= doc.line && l.includes('废止'));
		return i >= 0 ? i + 1 : doc.line;
	};
	for (const doc of documents) {
		const { held, elsewhere } = repealsIn(`${doc.notice}\n${doc.body}`, doc.docNumber, gazette, codes);
		if (held.length > 0) doc.repeals = held.map((r) => r.docNumber);
		for (const r of held) warnings.add(lineOf(doc), doc.docNumber, 'repeals', `${r.docNumber} written as repealed, from “${r.sentence}”; confirm it (remove it from repeals if the text does not repeal that document)`);
		for (const r of elsewhere) warnings.add(lineOf(doc), doc.docNumber, 'repeals', `“${r.sentence}” repeals ${r.docNumber}, which the gazette does not hold: nothing written; add it to repeals with its title by hand if readers should see it`);
	}
}

/** Turns a printed issue's extracted text into content files, warnings and a summary. */
export function importIssue(text: string, options: ImportOptions): ImportResult {
	const warnings = new Warnings();
	const ctx: ParseContext = { issue: options.issue, issuerCodes: options.issuerCodes, warnings };
	const items = parseIssue(text, ctx);
	markRepeals(text, items, options, warnings);
	let publishedDate = options.publishedDate;
	if (!publishedDate || !isCalendarDate(publishedDate)) {
		const [y, m] = options.issue.split('-').map(Number);
		publishedDate = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		warnings.add(1, `issue ${options.issue}`, 'publishedDate', `no publication date given; using the last day of the month, ${publishedDate}`);
	}
	if (!items.some((i) => i.kind === 'photos')) warnings.add(1, `issue ${options.issue}`, 'cover', 'no photos at the start of the issue: the issue file has no cover');
	const files = writeIssue(items, { issue: options.issue, publishedDate, sections: sectionsOf(items) });
	const documents = items.flatMap((i) => (i.kind === 'document' ? [{ docNumber: i.docNumber, title: i.title, regulationTitle: i.regulationTitle, line: i.line }] : []));
	return { files, warnings: [...warnings.list].sort((a, b) => a.line - b.line), summary: summaryOf(items), documents };
}
