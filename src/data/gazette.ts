/**
 * The one place that queries content collections. Pages ask this module for
 * the gazette as linked objects; it loads every collection once, runs the
 * cross-file checks and fails the build with every problem listed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { impossibleYamlDates, todayInShanghai, type CalendarDate } from '../gazette/dates.ts';
import { docNumberSlug, parseCanonicalDocNumber } from '../gazette/docNumber.ts';
import { checkIntegrity, formatProblems } from '../validate/integrity.ts';
import { SECTION_LABEL, SECTIONS, type Section } from '../gazette/sections.ts';
import { parseUnifiedNumber, unifiedNumberAscii } from '../gazette/unifiedNumber.ts';
import type { IssuePage } from '../gazette/urls.ts';
import type { SearchInfo } from '../search/build/record.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import * as urls from '../gazette/urls.ts';
import { statusOn, type Status } from '../gazette/validity.ts';
import { checkedTextAnchorsCache, openTextAnchorsCache } from '../cache/textAnchors.ts';
import { buildCrossReferences, type Citation, type CrossReferences, type PersonRecord, type Referrer, type UnitMeasure } from '../gazette/references/links.ts';
import type { DocumentCategory } from '../schemas/document.ts';

/** What a content item's page renders from, computed once here so that pages only render. */
export interface ItemRoute {
	/** getStaticPaths params: the page's address segments. */
	params: Record<string, string>;
	/** 栏目 label (ColumnName, breadcrumbs, the search section filter). */
	column: string;
	/**
	 * The item's text as HTML, its references linked; made when its page reads
	 * it, so that the archive's texts are not all held twice while pages render.
	 */
	readonly html: string;
	/** What the page tells search about itself. */
	search: SearchInfo;
}

/** A page of one issue's section (人事任免, 政府记事, …). */
export interface IssuePageRoute {
	url: string;
	/** 栏目 label. */
	label: string;
	/** What the page tells search; absent for pages search does not index (photos, the briefs list). */
	search?: SearchInfo;
}

export interface GazetteDocument {
	/** Its page's route data; set once the cross-references are known. */
	route: ItemRoute;
	entry: CollectionEntry<'documents'>;
	data: CollectionEntry<'documents'>['data'];
	url: string;
	/** 有效性 on the build day; pages correct it in the browser. */
	status: Status;
	interpretations: GazetteInterpretation[];
	issue: GazetteIssue;
	/** What its text cites or names, in the gazette or not. */
	citations: Citation[];
	/** Documents that cite it (引用本文件的文件). */
	citedBy: Referrer[];
	/** Briefs, chronicle days and other pages that name it. */
	mentionedIn: Referrer[];
	/** Documents it repeals; `url` when the gazette holds them. */
	repeals: { docNumber: string; title?: string; url?: string }[];
	/** The document that repealed it, and from when. */
	repealedBy?: { docNumber: string; url: string; date: CalendarDate };
	/** Its numbered measures that name 责任单位, with the units' full names. */
	measures: (UnitMeasure & { unitNames: string[] })[];
}

export interface GazetteUnit {
	/** Full name, e.g. 温州市人力资源和社会保障局. */
	name: string;
	url: string;
	measures: UnitMeasure[];
}

export interface GazettePerson extends PersonRecord {
	url: string;
}

export interface GazetteInterpretation {
	/** Its page's route data; set once the cross-references are known. */
	route: ItemRoute;
	entry: CollectionEntry<'interpretations'>;
	data: CollectionEntry<'interpretations'>['data'];
	url: string;
	document: GazetteDocument;
	issue: GazetteIssue;
	/** The interpretation's own date, or its document's. */
	publishedDate: CalendarDate;
}

export interface GazetteBrief {
	/** Its page's route data; set once the cross-references are known. */
	route: ItemRoute;
	entry: CollectionEntry<'briefs'>;
	data: CollectionEntry<'briefs'>['data'];
	url: string;
	issue: GazetteIssue;
}

export interface GazetteFeature {
	/** Its page's route data; set once the cross-references are known. */
	route: ItemRoute;
	entry: CollectionEntry<'features'>;
	data: CollectionEntry<'features'>['data'];
	url: string;
	issue: GazetteIssue;
}

export interface GazetteIssue {
	month: string;
	data: CollectionEntry<'issues'>['data'];
	url: string;
	/** 2022年第12期. */
	label: string;
	documents: Record<DocumentCategory, GazetteDocument[]>;
	interpretations: GazetteInterpretation[];
	personnel?: CollectionEntry<'personnel'>['data'];
	briefs: GazetteBrief[];
	chronicle?: CollectionEntry<'chronicle'>['data'];
	statistics?: CollectionEntry<'statistics'>['data'];
	photos?: CollectionEntry<'photos'>['data'];
	features: GazetteFeature[];
	/** Its one-page sections that it carries. */
	pages: Partial<Record<IssuePage, IssuePageRoute>>;
}

export interface Gazette {
	/** Newest first. */
	issues: GazetteIssue[];
	/** Newest issue first, then in printed order. */
	documents: GazetteDocument[];
	interpretations: GazetteInterpretation[];
	briefs: GazetteBrief[];
	features: GazetteFeature[];
	/** 责任单位 with their measures, by name. */
	units: GazetteUnit[];
	/** People named in personnel notices or the chronicle, by name. */
	people: GazettePerson[];
	/** Cross-references and the linker for any text. */
	links: CrossReferences;
	/** The calendar day of the build in Asia/Shanghai (GAZETTE_BUILD_DATE overrides it). */
	buildDate: CalendarDate;
}

/** The build day: pinned by GAZETTE_BUILD_DATE for reproducible output, else today in Shanghai. */
export function buildDate(): CalendarDate {
	return process.env.GAZETTE_BUILD_DATE ?? todayInShanghai();
}

const relative = (entry: { filePath?: string }) => (entry.filePath ? path.relative(process.cwd(), path.resolve(entry.filePath)) : '(unknown file)');
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const slugOf = (docNumber: string) => docNumberSlug(parseCanonicalDocNumber(docNumber)!);

let cached: Promise<Gazette> | undefined;

/** The whole gazette, loaded and checked once per build. */
export function getGazette(): Promise<Gazette> {
	cached ??= loadGazette();
	return cached;
}

async function loadGazette(): Promise<Gazette> {
	const [issues, documents, interpretations, briefs, personnel, chronicle, statistics, photos, features, units] = await Promise.all([
		getCollection('issues'),
		getCollection('documents'),
		getCollection('interpretations'),
		getCollection('briefs'),
		getCollection('personnel'),
		getCollection('chronicle'),
		getCollection('statistics'),
		getCollection('photos'),
		getCollection('features'),
		getCollection('units'),
	]);

	const perIssue = [...personnel, ...chronicle, ...statistics, ...photos];
	const placed = (e: { id: string; filePath?: string; data: { issue: string } }) => ({ file: relative(e), id: e.id, issue: e.data.issue });
	const problems = checkIntegrity({
		issues: issues.map((e) => ({ file: relative(e), id: e.id, month: e.data.month, sections: e.data.sections })),
		documents: documents.map((e) => ({ ...placed(e), docNumber: e.data.docNumber, unifiedNumber: e.data.unifiedNumber, category: e.data.category })),
		interpretations: interpretations.map((e) => ({ ...placed(e), interprets: e.data.interprets })),
		items: [...briefs, ...features, ...perIssue].map((e) => ({ ...placed(e), collection: e.collection, section: e.collection as Section, once: COLLECTIONS[e.collection].oncePerIssue })),
	});
	// YAML has already turned an unquoted 2022-12-32 into 2023-01-01: look at what the editor wrote.
	for (const e of [...issues, ...documents, ...interpretations, ...briefs, ...perIssue, ...features]) {
		if (!e.filePath) continue;
		const text = readFileSync(path.resolve(e.filePath), 'utf8');
		const yaml = /\.md$/.test(e.filePath) ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
		for (const { field, value } of impossibleYamlDates(yaml)) {
			problems.push({ file: relative(e), field, message: `${value} is not a calendar date; expected a real day written YYYY-MM-DD (e.g. 2022-12-22)` });
		}
	}
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const today = buildDate();
	const issueByMonth = new Map<string, GazetteIssue>();
	for (const e of [...issues].sort((a, b) => b.data.month.localeCompare(a.data.month))) {
		issueByMonth.set(e.data.month, {
			month: e.data.month,
			data: e.data,
			url: urls.issueUrl(e.data.month),
			label: `${e.data.year}年第${e.data.number}期`,
			documents: { 'municipal-government': [], 'general-office': [], department: [] },
			interpretations: [],
			personnel: personnel.find((p) => p.data.issue === e.data.month)?.data,
			briefs: [],
			chronicle: chronicle.find((c) => c.data.issue === e.data.month)?.data,
			statistics: statistics.find((s) => s.data.issue === e.data.month)?.data,
			photos: photos.find((p) => p.data.issue === e.data.month)?.data,
			features: [],
			pages: {},
		});
	}
	const issueOf = (month: string) => issueByMonth.get(month)!;

	const docBySlug = new Map<string, GazetteDocument>();
	const gazetteDocuments = documents
		.sort((a, b) => a.data.signedDate.localeCompare(b.data.signedDate) || byId(a, b))
		.map((entry) => {
			const doc: GazetteDocument = {
				entry,
				data: entry.data,
				url: urls.documentUrl(entry.data.docNumber),
				route: undefined as unknown as ItemRoute,
				status: statusOn(entry.data, today),
				interpretations: [],
				issue: issueOf(entry.data.issue),
				citations: [],
				citedBy: [],
				mentionedIn: [],
				repeals: [],
				measures: [],
			};
			docBySlug.set(docNumberSlug(parseCanonicalDocNumber(entry.data.docNumber)!), doc);
			doc.issue.documents[entry.data.category].push(doc);
			return doc;
		});

	const gazetteInterpretations = interpretations.map((entry) => {
		const document = docBySlug.get(docNumberSlug(parseCanonicalDocNumber(entry.data.interprets)!))!;
		const interp: GazetteInterpretation = {
			entry,
			data: entry.data,
			url: urls.interpretationUrl(entry.id),
			route: undefined as unknown as ItemRoute,
			document,
			issue: issueOf(entry.data.issue),
			publishedDate: entry.data.publishedDate ?? document.data.publishedDate,
		};
		document.interpretations.push(interp);
		return interp;
	});
	// Interpretations follow their documents' printed order.
	const printedOrder = (d: GazetteDocument) => SECTIONS.indexOf(d.data.category as Section) * 1000 + d.issue.documents[d.data.category].indexOf(d);
	for (const issue of issueByMonth.values()) {
		issue.interpretations = gazetteInterpretations
			.filter((i) => i.issue === issue)
			.sort((a, b) => printedOrder(a.document) - printedOrder(b.document) || byId(a.entry, b.entry));
	}

	const gazetteBriefs = briefs.sort((a, b) => a.data.date.localeCompare(b.data.date) || byId(a, b)).map((entry) => {
		const brief: GazetteBrief = { entry, data: entry.data, url: urls.briefUrl(entry.id), issue: issueOf(entry.data.issue), route: undefined as unknown as ItemRoute };
		brief.issue.briefs.push(brief);
		return brief;
	});
	const gazetteFeatures = features.sort(byId).map((entry) => {
		const feature: GazetteFeature = { entry, data: entry.data, url: urls.featureUrl(entry.id), issue: issueOf(entry.data.issue), route: undefined as unknown as ItemRoute };
		feature.issue.features.push(feature);
		return feature;
	});

	// In a build, the check has just read every text's anchors: take them from its cache.
	const checked = checkedTextAnchorsCache();
	const texts = checked ? await openTextAnchorsCache(checked) : undefined;
	const links = buildCrossReferences({
		documents: gazetteDocuments.map((d) => ({
			docNumber: d.data.docNumber,
			regulationTitle: d.data.regulationTitle,
			title: d.data.title,
			url: d.url,
			effectiveDate: d.data.effectiveDate,
			markdown: d.entry.body ?? '',
			issue: d.data.issue,
			repeals: d.data.repeals,
		})),
		sources: [
			...gazetteDocuments.map((d) => ({ kind: 'document' as const, url: d.url, title: d.data.title, date: d.data.signedDate, text: `${d.data.notice}\n${d.entry.body ?? ''}`, self: d.data.docNumber })),
			...gazetteInterpretations.map((i) => ({ kind: 'interpretation' as const, url: i.url, title: i.data.title, date: i.publishedDate, text: i.entry.body ?? '', self: i.data.interprets })),
			...gazetteBriefs.map((b) => ({ kind: 'brief' as const, url: b.url, title: b.data.title, date: b.data.date, text: b.entry.body ?? '' })),
			...gazetteFeatures.map((f) => ({ kind: 'feature' as const, url: f.url, title: f.data.title, date: f.issue.data.publishedDate, text: f.entry.body ?? '' })),
			...chronicle.flatMap((c) => c.data.days.map((day) => ({ kind: 'chronicle' as const, url: urls.chronicleDayUrl(day.date), title: c.data.title, date: day.date, text: day.entries.join('\n') }))),
		],
		units: units.map((u) => ({ name: u.id, aliases: u.data.aliases })),
		unitUrl: urls.unitUrl,
		personnel: personnel.map((p) => ({ issue: p.data.issue, url: urls.issuePageUrl(p.data.issue, 'personnel'), decisions: p.data.decisions })),
		chronicle: chronicle.map((c) => c.data),
		...(texts ? { anchors: texts.anchors } : {}),
	});
	for (const warning of links.warnings) console.warn(`[gazette] warning: ${warning.message}`);
	for (const doc of gazetteDocuments) {
		const n = doc.data.docNumber;
		doc.citations = links.citations.get(n) ?? [];
		doc.citedBy = links.citedBy.get(n) ?? [];
		// A document's own interpretations link to it already.
		doc.mentionedIn = (links.mentionedIn.get(n) ?? []).filter((m) => !doc.interpretations.some((i) => i.url === m.url));
		doc.repeals = doc.data.repeals.map((r) => ({ ...r, ...(docBySlug.has(slugOf(r.docNumber)) ? { url: docBySlug.get(slugOf(r.docNumber))!.url } : {}) }));
		doc.repealedBy = links.repealedBy.get(n);
		doc.status = statusOn({ ...doc.data, repealedDate: doc.repealedBy?.date }, today);
		doc.measures = (links.measures.get(n) ?? []).map((m) => ({ ...m, docNumber: n, docTitle: doc.data.regulationTitle, url: `${doc.url}#${m.anchor}`, issue: doc.data.issue }));
	}
	const linked = (entry: { rendered?: { html: string } }, self?: string) => links.linkHtml(entry.rendered?.html ?? '', self);
	for (const doc of gazetteDocuments) {
		const d = doc.data;
		const unified = d.unifiedNumber ? parseUnifiedNumber(d.unifiedNumber) : null;
		doc.route = {
			params: { slug: slugOf(d.docNumber) },
			column: SECTION_LABEL[d.category],
			get html() {
				return linked(doc.entry, d.docNumber);
			},
			search: {
				section: SECTION_LABEL[d.category],
				issue: d.issue,
				date: d.signedDate,
				issuers: d.issuers,
				docNumber: d.docNumber,
				...(unified ? { unifiedNumber: unifiedNumberAscii(unified) } : {}),
				effectiveDate: d.effectiveDate,
				...(d.expiryDate ? { expiryDate: d.expiryDate } : {}),
				...(doc.repealedBy ? { repealedDate: doc.repealedBy.date } : {}),
			},
		};
	}
	const itemRoute = (section: Section, id: string, html: () => string, search: Omit<SearchInfo, 'section'>): ItemRoute => ({
		params: { id },
		column: SECTION_LABEL[section],
		get html() {
			return html();
		},
		search: { section: SECTION_LABEL[section], ...search },
	});
	for (const i of gazetteInterpretations) {
		i.route = itemRoute('interpretations', i.entry.id, () => linked(i.entry), { issue: i.issue.month, date: i.publishedDate, issuers: i.data.interpretingBodies });
	}
	for (const b of gazetteBriefs) b.route = itemRoute('briefs', b.entry.id, () => linked(b.entry), { issue: b.issue.month, date: b.data.date });
	for (const f of gazetteFeatures) f.route = itemRoute('features', f.entry.id, () => linked(f.entry), { issue: f.issue.month, date: f.issue.data.publishedDate });
	for (const issue of issueByMonth.values()) {
		const page = (section: IssuePage, search?: Omit<SearchInfo, 'section'>): IssuePageRoute => ({
			url: urls.issuePageUrl(issue.month, section),
			label: SECTION_LABEL[section],
			...(search ? { search: { section: SECTION_LABEL[section], ...search } } : {}),
		});
		const published = issue.data.publishedDate;
		if (issue.personnel) issue.pages.personnel = page('personnel', { issue: issue.month, date: published });
		if (issue.chronicle) issue.pages.chronicle = page('chronicle', { issue: issue.month, date: issue.chronicle.days.at(-1)!.date });
		if (issue.statistics) issue.pages.statistics = page('statistics', { issue: issue.month, date: published });
		if (issue.photos) issue.pages.photos = page('photos');
		if (issue.briefs.length > 0) issue.pages.briefs = page('briefs');
	}
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

	const issueList = [...issueByMonth.values()];
	const newestFirst = (a: { issue: GazetteIssue }, b: { issue: GazetteIssue }) => b.issue.month.localeCompare(a.issue.month);
	return {
		issues: issueList,
		documents: issueList.flatMap((i) => [...i.documents['municipal-government'], ...i.documents['general-office'], ...i.documents.department]),
		interpretations: issueList.flatMap((i) => i.interpretations),
		briefs: [...gazetteBriefs].sort(newestFirst),
		features: [...gazetteFeatures].sort(newestFirst),
		units: [...links.units].map(([name, measures]) => ({ name, url: urls.unitUrl(name), measures })).sort(byName),
		people: [...links.people.values()].map((p) => ({ ...p, url: urls.personUrl(p.name) })).sort(byName),
		links,
		buildDate: today,
	};
}
