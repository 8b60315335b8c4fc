/**
 * The one place that queries content collections. Pages ask this module for
 * the gazette as linked objects; it loads every collection once, runs the
 * cross-file checks and fails the build with every problem listed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatChineseDate, formatChineseDay, impossibleYamlDates, todayInShanghai, type CalendarDate } from '../gazette/dates.ts';
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
import { textAnchors, type TextAnchors } from '../gazette/markdownAnchors.ts';
import { citationOf } from '../gazette/citation.ts';
import { documentOutline, type OutlineItem } from '../gazette/outline.ts';
import { buildCrossReferences, type Citation, type CrossReferences, type PersonRecord, type Referrer, type UnitMeasure } from '../gazette/references/links.ts';
import { DOCUMENT_CATEGORIES, type DocumentCategory } from '../schemas/document.ts';
import * as heads from '../gazette/heads.ts';
import type { PageHead } from '../gazette/heads.ts';
import { loadSiteConfig } from '../gazette/site.ts';
import { docNumberIndex, permalinksOf, type DocNumberIndex, type Permalink } from '../opendata/permalinks.ts';
import { feedsOf, type Feed, type FeedEntry } from '../opendata/feeds.ts';
import { legislationJsonLd } from '../opendata/jsonLd.ts';
import { indicatorKey, indicatorSeries, type IndicatorSeries } from '../opendata/statistics.ts';
import { chartedFigure, chartSummary, sparkline, TREND_MONTHS, type ChartPoint } from '../gazette/charts.ts';
import { pageFile } from '../opendata/manifest.ts';
import { printContents, printStylesheet, type PrintItem, type PrintLinks } from '../gazette/print.ts';

/** What a content item's page renders from, computed once here so that pages only render. */
export interface ItemRoute {
	/** getStaticPaths params: the page's address segments. */
	params: Record<string, string>;
	/** 栏目 label (ColumnName, breadcrumbs, the search section filter). */
	column: string;
	/** Its title, description and date, as its <head>, its feed entry and its data give them. */
	head: PageHead;
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
	/** Its title, description and date, as its <head> and its feed entry give them. */
	head: PageHead;
	/** The same content as data files, where there are some (the statistics table as JSON and CSV). */
	data?: { json: string; csv: string };
	/** For the statistics table, per row in printed order: its indicator's page and the recent trend (SVG path data, '' for too few months). */
	rows?: { url: string; trend: string; trendLabel: string }[];
	/** What the page tells search; absent for pages search does not index (photos, the briefs list). */
	search?: SearchInfo;
}

export interface GazetteDocument {
	/** Its page's route data; set once the cross-references are known. */
	route: ItemRoute;
	entry: CollectionEntry<'documents'>;
	data: CollectionEntry<'documents'>['data'];
	url: string;
	/** Its permalink by 文号, /d/温政办〔2022〕96号/. */
	permalink: string;
	/** Its data.json, beside its page. */
	dataUrl: string;
	/** 本文目录: its parts, articles or measures, linking their anchors; [] for a short document. Made when its page reads it. */
	readonly outline: OutlineItem[];
	/** How to cite it: 《title》（文号）, its permanent address. */
	citation: string;
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
	/** schema.org Legislation for its page. */
	jsonLd: Record<string, unknown>;
}

export interface GazetteIndicator extends IndicatorSeries {
	/** getStaticPaths params of its page and its data files. */
	params: { indicator: string };
	/** Its page: the chart across all months and the table of them. */
	url: string;
	json: string;
	csv: string;
	/** What its chart follows (当月 or 累计), and the values over time. */
	chart: { label: string; unit: string; points: ChartPoint[] };
	/** Each month's statistics page, by month. */
	monthPages: Record<string, string>;
	/** Its page's title, description and date. */
	head: PageHead;
}

export interface PublishedSource {
	/** getStaticPaths params: the address without its leading slash. */
	params: { source: string };
	url: string;
	/** The content file, absolute. */
	file: string;
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
	/** Its table of contents page's title, description and date. */
	head: PageHead;
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
	/** 目录: its sections in printed order, each with its items; sections with nothing in them left out. */
	toc: TocSection[];
	/** Its print view: every item in printed order, numbered, on one page. */
	print: IssuePrint;
}

/** What an item of the print view renders: the item it is. */
export type PrintedContent =
	| { kind: 'document'; doc: GazetteDocument }
	| { kind: 'interpretation'; interp: GazetteInterpretation }
	| { kind: 'brief'; brief: GazetteBrief }
	| { kind: 'feature'; feature: GazetteFeature }
	| { kind: 'page'; page: IssuePage };

/** An item of the print view, with the full address printed under it. */
export type PrintedItem = PrintItem & { address: string } & PrintedContent;

export interface IssuePrint {
	url: string;
	/** Its title and description. */
	head: PageHead;
	/** Its page styles and running heads, as a stylesheet of its own (the security policy allows no inline style). */
	stylesheet: { url: string; css: string };
	/** The contents in printed order, each section with its numbered items. */
	sections: { section: Section; label: string; items: PrintedItem[] }[];
	/** Where links on it lead: items printed on it, or full addresses. */
	links: PrintLinks;
}

/** A section of an issue's table of contents. */
export interface TocSection {
	section: Section;
	/** 栏目 label as printed. */
	label: string;
	items: TocItem[];
}

export interface TocItem {
	url: string;
	title: string;
	/** What the contents print beside the title: the 文号, the date, the place. */
	meta?: string;
	/** For a document, its 文号. */
	docNumber?: string;
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
	/** Every permalink page: one per 文号, one per unified number. */
	permalinks: Permalink[];
	/** Every 文号 by issuer code and year, for the list at /d/. */
	docNumberIndex: DocNumberIndex[];
	/** The feeds: issues, documents and one per section. */
	feeds: Feed[];
	/** Every statistics indicator across all months, with its data files. */
	indicators: GazetteIndicator[];
	/** Every content file, published as written beside its page (source.md, source.yaml). */
	sources: PublishedSource[];
	/** Each issue's integrity manifest: the site paths of every file it vouches for. */
	manifests: { params: { month: string }; url: string; issue: string; files: string[] }[];
	/** For the API page: a real file of each kind (by API_FILES id), and a 文号 to show as a permalink. */
	apiExamples: Record<string, string | undefined>;
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
/** Reads a text's anchors: from the check's cache in a build, else afresh. */
let readTextAnchors: (markdown: string) => TextAnchors = textAnchors;

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
		const label = `${e.data.year}年第${e.data.number}期`;
		issueByMonth.set(e.data.month, {
			month: e.data.month,
			data: e.data,
			url: urls.issueUrl(e.data.month),
			label,
			// Set once its table of contents is known.
			head: undefined as unknown as PageHead,
			print: undefined as unknown as IssuePrint,
			documents: { 'municipal-government': [], 'general-office': [], department: [] },
			interpretations: [],
			personnel: personnel.find((p) => p.data.issue === e.data.month)?.data,
			briefs: [],
			chronicle: chronicle.find((c) => c.data.issue === e.data.month)?.data,
			statistics: statistics.find((s) => s.data.issue === e.data.month)?.data,
			photos: photos.find((p) => p.data.issue === e.data.month)?.data,
			features: [],
			pages: {},
			toc: [],
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
				permalink: urls.permalinkUrl(entry.data.docNumber),
				dataUrl: urls.itemDataUrl(urls.documentUrl(entry.data.docNumber)),
				get outline() {
					return documentOutline(readTextAnchors(entry.body ?? '').outline);
				},
				citation: '',
				route: undefined as unknown as ItemRoute,
				status: statusOn(entry.data, today),
				interpretations: [],
				issue: issueOf(entry.data.issue),
				citations: [],
				citedBy: [],
				mentionedIn: [],
				repeals: [],
				measures: [],
				jsonLd: {},
			};
			docBySlug.set(docNumberSlug(parseCanonicalDocNumber(entry.data.docNumber)!), doc);
			doc.issue.documents[entry.data.category].push(doc);
			return doc;
		});

	// By id: collection order changes when Astro keeps its store between builds, and a document lists its interpretations in this order.
	const gazetteInterpretations = [...interpretations].sort(byId).map((entry) => {
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
	readTextAnchors = texts ? texts.anchors : textAnchors;
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
	const site = loadSiteConfig();
	const absolute = (url: string) => new URL(url, site.url).href;
	const linked = (entry: { rendered?: { html: string } }, self?: string) => links.linkHtml(entry.rendered?.html ?? '', self);
	for (const doc of gazetteDocuments) {
		const d = doc.data;
		const unified = d.unifiedNumber ? unifiedNumberAscii(parseUnifiedNumber(d.unifiedNumber)!) : undefined;
		doc.citation = citationOf(d, decodeURI(absolute(doc.permalink)));
		doc.jsonLd = legislationJsonLd({
			...d,
			url: absolute(doc.url),
			unifiedNumber: unified,
			status: doc.status,
			issue: { label: doc.issue.label, url: absolute(doc.issue.url) },
			basedOn: [...new Map(doc.citations.flatMap((c) => (c.docNumber && c.url ? [[c.docNumber, { docNumber: c.docNumber, url: absolute(c.url) }] as const] : []))).values()],
			repeals: doc.repeals.map((r) => ({ docNumber: r.docNumber, url: r.url && absolute(r.url) })),
		});
		doc.route = {
			params: { slug: slugOf(d.docNumber) },
			column: SECTION_LABEL[d.category],
			head: heads.documentHead(d),
			get html() {
				return linked(doc.entry, d.docNumber);
			},
			search: {
				section: SECTION_LABEL[d.category],
				issue: d.issue,
				date: d.signedDate,
				issuers: d.issuers,
				docNumber: d.docNumber,
				...(unified ? { unifiedNumber: unified } : {}),
				effectiveDate: d.effectiveDate,
				...(d.expiryDate ? { expiryDate: d.expiryDate } : {}),
				...(doc.repealedBy ? { repealedDate: doc.repealedBy.date } : {}),
			},
		};
	}
	const itemRoute = (section: Section, id: string, head: (column: string) => PageHead, html: () => string, search: Omit<SearchInfo, 'section'>): ItemRoute => ({
		params: { id },
		column: SECTION_LABEL[section],
		head: head(SECTION_LABEL[section]),
		get html() {
			return html();
		},
		search: { section: SECTION_LABEL[section], ...search },
	});
	for (const i of gazetteInterpretations) {
		i.route = itemRoute('interpretations', i.entry.id, (column) => heads.interpretationHead(i.data, i.document.data, i.publishedDate, column), () => linked(i.entry), { issue: i.issue.month, date: i.publishedDate, issuers: i.data.interpretingBodies });
	}
	for (const b of gazetteBriefs) b.route = itemRoute('briefs', b.entry.id, (column) => heads.briefHead(b.data, column), () => linked(b.entry), { issue: b.issue.month, date: b.data.date });
	for (const f of gazetteFeatures) f.route = itemRoute('features', f.entry.id, (column) => heads.featureHead(f.data, f.issue.data.publishedDate, column), () => linked(f.entry), { issue: f.issue.month, date: f.issue.data.publishedDate });
	for (const issue of issueByMonth.values()) {
		const page = (section: IssuePage, head: (issue: heads.IssueHeadData, column: string) => PageHead, search?: Omit<SearchInfo, 'section'>): IssuePageRoute => ({
			url: urls.issuePageUrl(issue.month, section),
			label: SECTION_LABEL[section],
			head: head({ month: issue.month, label: issue.label, publishedDate: issue.data.publishedDate }, SECTION_LABEL[section]),
			...(search ? { search: { section: SECTION_LABEL[section], ...search } } : {}),
		});
		const published = issue.data.publishedDate;
		const { personnel, chronicle, statistics, photos } = issue;
		if (personnel) issue.pages.personnel = page('personnel', (i, column) => heads.personnelHead(personnel, i, column), { issue: issue.month, date: published });
		if (chronicle) issue.pages.chronicle = page('chronicle', (i, column) => heads.chronicleHead(chronicle, i, column), { issue: issue.month, date: chronicle.days.at(-1)!.date });
		if (statistics) {
			issue.pages.statistics = {
				...page('statistics', (i, column) => heads.statisticsHead(statistics, i, column), { issue: issue.month, date: published }),
				data: { json: urls.statisticsDataUrl(issue.month, 'json'), csv: urls.statisticsDataUrl(issue.month, 'csv') },
			};
		}
		if (photos) issue.pages.photos = page('photos', (i, column) => heads.photosHead(photos, i, column));
		if (issue.briefs.length > 0) issue.pages.briefs = page('briefs', (i, column) => heads.briefsListHead(issue.briefs.length, i, column));
	}
	for (const issue of issueByMonth.values()) {
		issue.toc = tocOf(issue);
		const headData = { month: issue.month, label: issue.label, publishedDate: issue.data.publishedDate, totalNumber: issue.data.totalNumber };
		const sectionLabels = issue.toc.map((s) => s.label);
		issue.head = heads.issueHead(headData, sectionLabels);
		issue.print = printOf(issue, site.url, `${site.name}　${issue.label}`, heads.issuePrintHead(headData, sectionLabels));
	}
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

	const issueList = [...issueByMonth.values()];
	const newestFirst = (a: { issue: GazetteIssue }, b: { issue: GazetteIssue }) => b.issue.month.localeCompare(a.issue.month);
	// Each issue's documents in printed order: the categories are printed in this order.
	const documentsOf = (issue: GazetteIssue) => DOCUMENT_CATEGORIES.flatMap((c) => issue.documents[c]);
	const documentList = issueList.flatMap(documentsOf);
	const interpretationList = issueList.flatMap((i) => i.interpretations);
	const numbered = documentList.map((d) => ({ docNumber: d.data.docNumber, unifiedNumber: d.route.search.unifiedNumber, title: d.data.title, url: d.url }));
	// What each issue publishes: pages, their data files, and the content files they were made from.
	const sources: PublishedSource[] = [];
	const manifests: Gazette['manifests'] = [];
	const sourceOf = (pageUrl: string, entry: { filePath?: string }) => {
		const file = path.resolve(entry.filePath!);
		const url = `${pageUrl}source${path.extname(file)}`;
		sources.push({ params: { source: url.slice(1) }, url, file });
		return url;
	};
	const byMonth = <T extends { data: { issue: string } }>(entries: T[], month: string) => entries.filter((e) => e.data.issue === month);
	for (const issue of issueList) {
		const files: string[] = [];
		const add = (pageUrl: string, entry: { filePath?: string }, data: string[] = []) => files.push(pageFile(pageUrl), ...data, sourceOf(pageUrl, entry));
		add(issue.url, issues.find((e) => e.data.month === issue.month)!);
		for (const d of documentsOf(issue)) add(d.url, d.entry, [d.dataUrl]);
		for (const i of issue.interpretations) add(i.url, i.entry, [urls.itemDataUrl(i.url)]);
		for (const b of issue.briefs) add(b.url, b.entry);
		for (const f of issue.features) add(f.url, f.entry);
		const [p, c, st, ph] = [byMonth(personnel, issue.month)[0], byMonth(chronicle, issue.month)[0], byMonth(statistics, issue.month)[0], byMonth(photos, issue.month)[0]];
		if (p && issue.pages.personnel) add(issue.pages.personnel.url, p);
		if (c && issue.pages.chronicle) add(issue.pages.chronicle.url, c);
		if (st && issue.pages.statistics?.data) add(issue.pages.statistics.url, st, [issue.pages.statistics.data.json, issue.pages.statistics.data.csv]);
		if (ph && issue.pages.photos) add(issue.pages.photos.url, ph);
		manifests.push({ params: { month: issue.month }, url: urls.manifestUrl(issue.month), issue: issue.month, files });
	}
	const monthPages = Object.fromEntries(issueList.flatMap((i) => (i.pages.statistics && i.statistics ? [[i.statistics.month, i.pages.statistics.url]] : [])));
	const indicators: GazetteIndicator[] = indicatorSeries(statistics.map((s) => s.data)).map((series) => {
		const { field, label } = chartedFigure(series.points);
		const points = series.points.map((p) => ({ period: p.period, value: p[field] }));
		const unit = series.points.at(-1)!.unit;
		const latest = issueByMonth.get(series.points.at(-1)!.issue)!;
		return {
			...series,
			params: { indicator: series.key },
			url: urls.indicatorUrl(series.key),
			json: urls.indicatorDataUrl(series.key, 'json'),
			csv: urls.indicatorDataUrl(series.key, 'csv'),
			chart: { label, unit, points },
			monthPages,
			head: heads.indicatorHead(series.key, `${label}，${chartSummary(points, unit)}`, latest.data.publishedDate, SECTION_LABEL.statistics),
		};
	});
	const indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
	for (const issue of issueList) {
		const page = issue.pages.statistics;
		if (!page || !issue.statistics) continue;
		const month = issue.statistics.month;
		page.rows = issue.statistics.rows.map((row) => {
			const indicator = indicatorByKey.get(indicatorKey(row))!;
			const recent = indicator.chart.points.filter((p) => p.period <= month).slice(-TREND_MONTHS);
			return { url: indicator.url, trend: sparkline(recent.map((p) => p.value)), trendLabel: `${indicator.chart.label}，${chartSummary(recent, indicator.chart.unit)}` };
		});
	}
	const entry = (url: string, head: PageHead, column: string): FeedEntry => ({ url, head, column });
	const documentEntries = (category: DocumentCategory) =>
		issueList.flatMap((i) => i.documents[category]).map((d): FeedEntry => ({ ...entry(d.url, d.route.head, d.route.column), document: { ...d.data, unifiedNumber: d.route.search.unifiedNumber, status: d.status } }));
	const issuePages = (section: IssuePage) => issueList.flatMap((i) => (i.pages[section] ? [entry(i.pages[section].url, i.pages[section].head, i.pages[section].label)] : []));
	const feeds = feedsOf({
		siteName: site.name,
		issues: issueList.map((i) => entry(i.url, i.head, '公报期次')),
		sections: {
			photos: issuePages('photos'),
			'municipal-government': documentEntries('municipal-government'),
			'general-office': documentEntries('general-office'),
			department: documentEntries('department'),
			interpretations: gazetteInterpretations.map((i) => entry(i.url, i.route.head, i.route.column)),
			personnel: issuePages('personnel'),
			briefs: gazetteBriefs.map((b) => entry(b.url, b.route.head, b.route.column)),
			chronicle: issuePages('chronicle'),
			statistics: issuePages('statistics'),
			features: gazetteFeatures.map((f) => entry(f.url, f.route.head, f.route.column)),
		},
	});
	return {
		issues: issueList,
		documents: documentList,
		interpretations: interpretationList,
		briefs: [...gazetteBriefs].sort(newestFirst),
		features: [...gazetteFeatures].sort(newestFirst),
		units: [...links.units].map(([name, measures]) => ({ name, url: urls.unitUrl(name), measures })).sort(byName),
		people: [...links.people.values()].map((p) => ({ ...p, url: urls.personUrl(p.name) })).sort(byName),
		links,
		permalinks: permalinksOf(numbered),
		docNumberIndex: docNumberIndex(numbered, [...site.issuerCodes['municipal-government'], ...site.issuerCodes['general-office']]),
		feeds,
		indicators,
		sources,
		manifests,
		apiExamples: {
			documents: urls.documentsApiUrl(),
			document: documentList[0] && urls.itemDataUrl(documentList[0].url),
			// The first in printed order: collection order changes when Astro keeps its store between builds.
			interpretation: interpretationList[0] && urls.itemDataUrl(interpretationList[0].url),
			issues: urls.issuesApiUrl(),
			'statistics-month': issueList.find((i) => i.statistics) && urls.statisticsDataUrl(issueList.find((i) => i.statistics)!.month, 'json'),
			indicators: urls.indicatorsApiUrl(),
			indicator: indicators[0]?.json,
			manifests: urls.manifestsApiUrl(),
			manifest: manifests[0]?.url,
			permalink: documentList[0]?.data.docNumber,
		},
		buildDate: today,
	};
}

/** An issue's print view, from its table of contents: each entry's item, numbered. */
function printOf(issue: GazetteIssue, origin: string, masthead: string, head: PageHead): IssuePrint {
	const byUrl = new Map<string, PrintedContent>();
	// A document's address on paper is its permalink by 文号; anything else, its page.
	const address = (url: string) => decodeURI(new URL(url, origin).href);
	for (const doc of DOCUMENT_CATEGORIES.flatMap((c) => issue.documents[c])) byUrl.set(doc.url, { kind: 'document', doc });
	for (const interp of issue.interpretations) byUrl.set(interp.url, { kind: 'interpretation', interp });
	for (const brief of issue.briefs) byUrl.set(brief.url, { kind: 'brief', brief });
	for (const feature of issue.features) byUrl.set(feature.url, { kind: 'feature', feature });
	for (const [page, route] of Object.entries(issue.pages) as [IssuePage, IssuePageRoute][]) byUrl.set(route.url, { kind: 'page', page });
	const contents = printContents(issue.toc);
	const sections = contents.map((s) => ({
		...s,
		items: s.items.map((item) => {
			const printed = byUrl.get(item.url)!;
			return { ...item, ...printed, address: address(printed.kind === 'document' ? printed.doc.permalink : item.url) };
		}),
	}));
	return {
		url: urls.issuePrintUrl(issue.month),
		head,
		stylesheet: { url: urls.issuePrintStylesheetUrl(issue.month), css: printStylesheet(masthead, contents) },
		sections,
		links: { origin, issue: issue.url, browse: urls.BROWSE_PAGES, items: new Map(contents.flatMap((s) => s.items.map((i) => [i.url, { anchor: i.anchor, number: i.number }]))) },
	};
}

/** An issue's table of contents, from its items and pages. */
function tocOf(issue: GazetteIssue): TocSection[] {
	const page = (section: IssuePage, title: string, meta?: string): TocItem[] => {
		const route = issue.pages[section];
		return route ? [{ url: route.url, title, ...(meta ? { meta } : {}) }] : [];
	};
	const items = (section: Section): TocItem[] => {
		switch (section) {
			case 'photos':
				return page('photos', `图片新闻（${issue.photos?.photos.length}幅）`);
			case 'municipal-government':
			case 'general-office':
			case 'department':
				return issue.documents[section].map((d) => ({ url: d.url, title: d.data.title, meta: d.data.docNumber, docNumber: d.data.docNumber }));
			case 'interpretations':
				return issue.interpretations.map((i) => ({ url: i.url, title: i.data.title }));
			case 'personnel':
				return page('personnel', issue.personnel?.title ?? '');
			case 'briefs':
				return issue.briefs.map((b) => ({ url: b.url, title: b.data.title, meta: formatChineseDate(b.data.date) }));
			case 'chronicle': {
				const days = issue.chronicle?.days ?? [];
				return page('chronicle', issue.chronicle?.title ?? '', days.length ? `${formatChineseDay(days[0].date)}至${formatChineseDay(days.at(-1)!.date)}` : undefined);
			}
			case 'statistics':
				return page('statistics', issue.statistics?.title ?? '');
			case 'features':
				return issue.features.map((f) => ({ url: f.url, title: f.route.head.title, meta: f.data.place }));
		}
	};
	return issue.data.sections.map((section) => ({ section, label: SECTION_LABEL[section], items: items(section) })).filter((s) => s.items.length > 0);
}
