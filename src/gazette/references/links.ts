/**
 * The gazette's cross-references, built once from the loaded content: what each
 * document cites and what cites or mentions it, repeals, 责任单位 and their
 * measures, people in personnel notices and the chronicle, and the linker
 * that turns references in any text into links.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { CalendarDate } from '../dates.ts';
import { ReferenceResolver, type ResolvedReference } from './resolve.ts';
import { regulationTitleKey } from './citations.ts';
import { leadersOf } from '../leaders.ts';
import { textAnchors, type Measure, type TextAnchors } from '../markdownAnchors.ts';
import { UNIT_SEPARATOR, UNITS_CLAUSE, unitResolver } from '../units.ts';
import { ANCHOR_ID } from '../anchors.ts';
import { visit } from 'unist-util-visit';
import { chronicleDayUrl } from '../urls.ts';
import rehypeGazetteLinks, { type Segment } from './linkTree.ts';

/** Something that refers to a document: a page, or a day of the chronicle. */
export interface Referrer {
	kind: 'document' | 'interpretation' | 'brief' | 'chronicle' | 'feature';
	url: string;
	title: string;
	date: CalendarDate;
	/** The words just before the reference, e.g. 研究审议, to say what happened. */
	context?: string;
}

export interface Citation {
	/** 文号, canonical. */
	docNumber?: string;
	/** 文号 as printed in the citing text. */
	printedNumber?: string;
	title?: string;
	/** URL of the cited document when the gazette holds it. */
	url?: string;
}

export interface UnitMeasure extends Measure {
	docNumber: string;
	docTitle: string;
	url: string;
	issue: string;
}

export interface PersonRecord {
	name: string;
	/** Personnel changes, oldest first. */
	changes: { issue: string; url: string; action: 'appoint' | 'remove'; position: string; organisation: string; probation?: string; text: string }[];
	/** Chronicle engagements, oldest first. */
	engagements: { date: CalendarDate; post: string; text: string; url: string }[];
}

export interface LinkSource {
	kind: Referrer['kind'];
	url: string;
	title: string;
	date: CalendarDate;
	text: string;
	/** The 文号 of the page itself (a document), or of the document it interprets. */
	self?: string;
}

export interface LinkTargetDoc {
	docNumber: string;
	regulationTitle: string;
	url: string;
	effectiveDate: CalendarDate;
	markdown: string;
	title: string;
	issue: string;
	repeals: { docNumber: string; title?: string }[];
}

export interface CrossReferences {
	citations: Map<string, Citation[]>;
	citedBy: Map<string, Referrer[]>;
	mentionedIn: Map<string, Referrer[]>;
	repealedBy: Map<string, { docNumber: string; url: string; date: CalendarDate }>;
	measures: Map<string, (Measure & { unitNames: string[] })[]>;
	units: Map<string, UnitMeasure[]>;
	people: Map<string, PersonRecord>;
	warnings: ReferenceWarning[];
	/** A text cut into plain and linked segments (documents and 责任单位). */
	segments(text: string, self?: string): Segment[];
	/** Rendered Markdown HTML with its references linked. */
	linkHtml(html: string, self?: string): string;
}

/** Something the cross-references could not settle, for the build log and `gazette check`. */
export interface ReferenceWarning {
	/** The document whose text it is in, when one is. */
	docNumber?: string;
	/** The measure's anchor, e.g. measure-2. */
	anchor?: string;
	/** 1-based line in that document's Markdown text. */
	line?: number;
	/** A 责任单位 as printed that the units table does not know. */
	unit?: string;
	message: string;
}

export interface CrossReferenceInput {
	documents: LinkTargetDoc[];
	sources: LinkSource[];
	units: { name: string; aliases: string[] }[];
	unitUrl: (name: string) => string;
	personnel: { issue: string; url: string; decisions: { text: string; changes: { name: string; action: 'appoint' | 'remove'; position: string; organisation: string; probation?: string }[] }[] }[];
	chronicle: { days: { date: CalendarDate; entries: string[] }[] }[];
	/** Reads a text's anchors and measures; the build passes one that reuses the last build's (src/cache/textAnchors.ts). */
	anchors?: (markdown: string) => TextAnchors;
}

const CONTEXT = /(研究审议|审议通过|审议|研究|印发|部署|贯彻落实|贯彻|落实|学习|通过|听取)[^，。；]{0,6}$/u;

export function buildCrossReferences(input: CrossReferenceInput): CrossReferences {
	const resolver = new ReferenceResolver(input.documents);
	const resolveUnit = unitResolver(input.units);
	const warnings: ReferenceWarning[] = [];
	const citations = new Map<string, Citation[]>();
	const citedBy = new Map<string, Referrer[]>();
	const mentionedIn = new Map<string, Referrer[]>();
	const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
		const list = map.get(key);
		if (list) list.push(value);
		else map.set(key, [value]);
	};

	for (const source of input.sources) {
		const refs = resolver.resolve(source.text, source.self);
		if (source.kind === 'document') citations.set(source.self!, dedupe(refs));
		const seen = new Set<string>();
		for (const ref of refs) {
			if (!ref.target || seen.has(ref.target.docNumber)) continue;
			seen.add(ref.target.docNumber);
			const context = CONTEXT.exec(source.text.slice(Math.max(0, ref.start - 12), ref.start))?.[1];
			const referrer: Referrer = { kind: source.kind, url: source.url, title: source.title, date: source.date, ...(context ? { context } : {}) };
			push(source.kind === 'document' ? citedBy : mentionedIn, ref.target.docNumber, referrer);
		}
	}
	for (const a of resolver.ambiguous.values()) warnings.push({ message: `the title 《${a.title}》 names several documents (${a.candidates.join('、')}); it is left unlinked` });

	const repealedBy = new Map<string, { docNumber: string; url: string; date: CalendarDate }>();
	for (const doc of input.documents) {
		for (const r of doc.repeals) {
			const earlier = repealedBy.get(r.docNumber);
			if (!earlier || doc.effectiveDate < earlier.date) repealedBy.set(r.docNumber, { docNumber: doc.docNumber, url: doc.url, date: doc.effectiveDate });
		}
	}

	const measures = new Map<string, (Measure & { unitNames: string[] })[]>();
	const units = new Map<string, UnitMeasure[]>();
	for (const doc of input.documents) {
		const list = (input.anchors ?? textAnchors)(doc.markdown).measures.map((m) => {
			const unitNames = m.units.map((printed) => {
				const name = resolveUnit(printed);
				if (!name) warnings.push({ docNumber: doc.docNumber, anchor: m.anchor, line: m.line, unit: printed, message: `${doc.docNumber} ${m.anchor}: 责任单位 "${printed}" is not in content/units.yaml; add it with its full name` });
				return name ?? printed;
			});
			for (const name of new Set(unitNames)) push(units, name, { ...m, docNumber: doc.docNumber, docTitle: doc.regulationTitle, url: `${doc.url}#${m.anchor}`, issue: doc.issue });
			return { ...m, unitNames };
		});
		measures.set(doc.docNumber, list);
	}

	const people = new Map<string, PersonRecord>();
	const person = (name: string) => {
		if (!people.has(name)) people.set(name, { name, changes: [], engagements: [] });
		return people.get(name)!;
	};
	for (const notice of [...input.personnel].sort((a, b) => a.issue.localeCompare(b.issue))) {
		for (const d of notice.decisions) for (const c of d.changes) person(c.name).changes.push({ issue: notice.issue, url: notice.url, ...c, text: d.text });
	}
	for (const c of input.chronicle) {
		for (const day of c.days) {
			for (const entry of day.entries) {
				for (const leader of leadersOf(entry)) person(leader.name).engagements.push({ date: day.date, post: leader.post, text: entry, url: chronicleDayUrl(day.date) });
			}
		}
	}
	for (const p of people.values()) p.engagements.sort((a, b) => a.date.localeCompare(b.date));

	const segments = (text: string, self?: string): Segment[] =>
		resolver.segments(text, self).flatMap((s) => (s.href ? [s] : unitSegments(s.text)));
	// 责任单位 names inside （责任单位：…） link to the unit's page, which a unit has when a measure names it.
	const unitSegments = (text: string): Segment[] => {
		const m = UNITS_CLAUSE.exec(text);
		if (!m) return [{ text }];
		const out: Segment[] = [{ text: text.slice(0, m.index! + m[1].length) }];
		for (const part of m[2].split(new RegExp(`(${UNIT_SEPARATOR.source})`, 'u'))) {
			const name = resolveUnit(part.trim());
			out.push(name && units.has(name) ? { text: part, href: input.unitUrl(name) } : { text: part });
		}
		return [...out, ...unitSegments(text.slice(m.index! + m[0].length - m[3].length))];
	};
	const linkHtml = (html: string, self?: string) => {
		const tree = fromHtml(html, { fragment: true });
		rehypeGazetteLinks({ segments: (t) => segments(t, self) })(tree);
		// Astro slugs every heading without an id after our plugins run (### main → id="main",
		// the page's own landmark): a text's ids are its anchors and nothing else.
		visit(tree, 'element', (el) => {
			if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id === 'string' && !ANCHOR_ID.test(el.properties.id)) delete el.properties.id;
		});
		return toHtml(tree);
	};

	return { citations, citedBy, mentionedIn, repealedBy, measures, units, people, warnings, segments, linkHtml };
}

// 《》 also names forms, certificates and books; a title cited without a number counts when it names a rule.
const RULE_TITLE = /(法|条例|规定|办法|细则|意见|方案|通知|决定|规划|纲要|指引|准则|制度|措施|决议|公告)(（[^）]*）)?$/u;

function dedupe(refs: ResolvedReference[]): Citation[] {
	const out = new Map<string, Citation>();
	for (const r of refs) {
		if (!r.docNumber && !r.target && !RULE_TITLE.test(regulationTitleKey(r.title!))) continue;
		const key = r.docNumber ?? `《${regulationTitleKey(r.title!)}》`;
		const existing = out.get(key);
		if (existing) {
			existing.title ??= r.title;
			continue;
		}
		out.set(key, { ...(r.docNumber ? { docNumber: r.docNumber, printedNumber: r.printedNumber } : {}), ...(r.title ? { title: r.title } : {}), ...(r.target ? { url: r.target.url } : {}) });
	}
	return [...out.values()];
}
