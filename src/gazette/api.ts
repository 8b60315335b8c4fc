/**
 * The shape of /api/documents.json, one object per document. Pure: built from
 * plain values so that the API and its documentation in the README stay one thing.
 */
import { parseUnifiedNumber, unifiedNumberAscii } from './unifiedNumber.ts';
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
}

export interface ApiDocumentInput {
	data: {
		docNumber: string;
		unifiedNumber?: string | undefined;
		title: string;
		regulationTitle: string;
		category: string;
		issuers: string[];
		recipients: string;
		signedDate: string;
		publishedDate: string;
		effectiveDate: string;
		expiryDate?: string | undefined;
		issue: string;
	};
	status: Status;
	url: string;
	interpretations: { url: string }[];
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
	};
}
