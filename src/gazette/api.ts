/**
 * The shape of /api/documents.json, one object per document. Pure: built from
 * plain values so that the API and its documentation in the README stay one thing.
 */
import { parseUnifiedNumber, unifiedNumberAscii } from './unifiedNumber.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Status } from './validity.ts';

export interface ApiDocument {
	docNumber: string;
	/** ASCII hyphens, e.g. ZJCC01-2022-0021; null when the document has none. */
	unifiedNumber: string | null;
	title: string;
	regulationTitle: string;
	category: string;
	issuers: string[];
	recipients: string;
	signedDate: string;
	publishedDate: string;
	effectiveDate: string;
	expiryDate: string | null;
	/** As of the build day (`generated`). */
	status: Status;
	/** `YYYY-MM`. */
	issue: string;
	url: string;
	interpretations: string[];
	/** What it cites: 文号 (canonical) when the citation has one, else the title; url when the gazette holds it. */
	cites: { docNumber: string | null; title: string | null; url: string | null }[];
	/** Pages of documents that cite it. */
	citedBy: string[];
	/** Pages (briefs, chronicle days, other interpretations) that name it. */
	mentionedIn: string[];
	/** 文号 of documents it repeals. */
	repeals: string[];
	/** 文号 of the document that repeals it, or null. */
	repealedBy: string | null;
	/** 责任单位 (full names) with the anchors of their measures on the document page. */
	responsibleUnits: { unit: string; measures: string[] }[];
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
