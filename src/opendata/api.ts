/**
 * The data files' records, built from the gazette's plain values: a document
 * in /api/documents.json and its data.json, an interpretation's data.json, an
 * issue in /api/issues.json. Their shapes are the schemas in schemas.ts.
 */
import { parseUnifiedNumber, unifiedNumberAscii } from '../gazette/unifiedNumber.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { InterpretationData } from '../schemas/interpretation.ts';
import type { Section } from '../gazette/sections.ts';
import type { Status } from '../gazette/validity.ts';
import type { ApiDocument, ApiIssue, DocumentDataFile, InterpretationDataFile } from './schemas.ts';

export type { ApiDocument, ApiIssue, DocumentDataFile, InterpretationDataFile };

/** A document's identity, issuers, dates and 有效性: what the feeds and the linked data both state. */
export interface DocumentFacts {
	docNumber: string;
	/** ASCII hyphens, as in the API. */
	unifiedNumber?: string | undefined;
	issuers: string[];
	signedDate: string;
	publishedDate: string;
	effectiveDate: string;
	expiryDate?: string | undefined;
	/** 有效性 on the build day. */
	status: Status;
}

export interface ApiDocumentInput {
	/** The document's front matter, as far as the API shows it. */
	data: Pick<DocumentData, 'docNumber' | 'title' | 'regulationTitle' | 'category' | 'issuers' | 'recipients' | 'signedDate' | 'publishedDate' | 'effectiveDate' | 'issue'> &
		Partial<Pick<DocumentData, 'unifiedNumber' | 'expiryDate' | 'repeals'>>;
	status: Status;
	url: string;
	interpretations: { url: string }[];
	citations: { docNumber?: string; title?: string; url?: string }[];
	citedBy: { url: string }[];
	mentionedIn: { url: string }[];
	repealedBy?: { docNumber: string } | undefined;
	measures: { anchor: string; unitNames: string[] }[];
}

export function apiDocument(doc: ApiDocumentInput): ApiDocument {
	const d = doc.data;
	const unified = d.unifiedNumber ? parseUnifiedNumber(d.unifiedNumber) : null;
	return {
		docNumber: d.docNumber,
		unifiedNumber: unified ? unifiedNumberAscii(unified) : null,
		title: d.title,
		regulationTitle: d.regulationTitle,
		category: d.category,
		issuers: d.issuers,
		recipients: d.recipients,
		signedDate: d.signedDate,
		publishedDate: d.publishedDate,
		effectiveDate: d.effectiveDate,
		expiryDate: d.expiryDate ?? null,
		status: doc.status,
		issue: d.issue,
		url: doc.url,
		interpretations: doc.interpretations.map((i) => i.url),
		cites: doc.citations.map((c) => ({ docNumber: c.docNumber ?? null, title: c.title ?? null, url: c.url ?? null })),
		citedBy: [...new Set(doc.citedBy.map((r) => r.url))],
		mentionedIn: [...new Set(doc.mentionedIn.map((r) => r.url))],
		repeals: (d.repeals ?? []).map((r) => r.docNumber),
		repealedBy: doc.repealedBy?.docNumber ?? null,
		responsibleUnits: [...new Set(doc.measures.flatMap((m) => m.unitNames))].map((unit) => ({
			unit,
			measures: doc.measures.filter((m) => m.unitNames.includes(unit)).map((m) => m.anchor),
		})),
	};
}

/** An item's text: as the editor wrote it, and as its page shows it (references linked). */
export interface ItemText {
	markdown: string;
	html: string;
}

/** A document's data.json: everything /api/documents.json has, the rest of its metadata and its text. */
export function documentDataFile(
	doc: ApiDocumentInput & { permalink: string; data: ApiDocumentInput['data'] & Pick<DocumentData, 'notice' | 'effectiveBasis' | 'expiryBasis' | 'attachments'> },
	text: ItemText,
	generated: string,
): DocumentDataFile {
	const d = doc.data;
	return {
		generated,
		...apiDocument(doc),
		permalink: doc.permalink,
		notice: d.notice,
		effectiveBasis: d.effectiveBasis,
		expiryBasis: d.expiryBasis ?? null,
		attachments: d.attachments.map(({ label, title, anchor }) => ({ label, title, anchor })),
		text,
	};
}

/** An interpretation as its data.json gives it. */
export function interpretationDataFile(
	i: { url: string; data: Pick<InterpretationData, 'title' | 'interprets' | 'interpretingBodies' | 'contacts' | 'issue'>; publishedDate: string; document: { url: string } },
	text: ItemText,
): InterpretationDataFile {
	return {
		title: i.data.title,
		url: i.url,
		interprets: { docNumber: i.data.interprets, url: i.document.url },
		interpretingBodies: i.data.interpretingBodies,
		contacts: i.data.contacts.map(({ body, name, phone }) => ({ body, name: name ?? null, phone: phone ?? null })),
		publishedDate: i.publishedDate,
		issue: i.data.issue,
		text,
	};
}

/** An issue with its table of contents, as /api/issues.json lists it. */
export function apiIssue(issue: {
	month: string;
	label: string;
	url: string;
	data: { year: number; number: number; totalNumber?: number | undefined; publishedDate: string };
	toc: { section: Section; label: string; items: { title: string; url: string; docNumber?: string }[] }[];
}): ApiIssue {
	return {
		month: issue.month,
		year: issue.data.year,
		number: issue.data.number,
		totalNumber: issue.data.totalNumber ?? null,
		label: issue.label,
		publishedDate: issue.data.publishedDate,
		url: issue.url,
		sections: issue.toc.map((s) => ({ section: s.section, label: s.label, items: s.items.map((item) => ({ title: item.title, url: item.url, docNumber: item.docNumber ?? null })) })),
	};
}
