/**
 * schema.org Legislation for a document page, as JSON-LD: the same facts the
 * page's ELI tags give (eli.ts), for the search engines that read schema.org.
 * Pure; `jsonLdScript` makes the text safe to put inside <script>.
 */
import type { Status } from '../gazette/validity.ts';
import type { DocumentFacts } from './api.ts';

/** schema.org's LegalForceStatus for each 有效性, as ELI_IN_FORCE maps them. */
export const LEGAL_FORCE: Record<Status, string> = {
	'not-yet-in-force': 'https://schema.org/NotInForce',
	'in-force': 'https://schema.org/InForce',
	expired: 'https://schema.org/NotInForce',
	repealed: 'https://schema.org/NotInForce',
};

export interface LegislationInput extends DocumentFacts {
	/** The page's absolute address. */
	url: string;
	title: string;
	regulationTitle: string;
	/** The issue it appeared in: its label and absolute address. */
	issue: { label: string; url: string };
	/** Documents it cites that have a page, absolute addresses. */
	basedOn: { docNumber: string; url: string }[];
	/** Documents it repeals; url when the gazette holds them. */
	repeals: { docNumber: string; url?: string | undefined }[];
}

const legislationRef = (r: { docNumber: string; url?: string | undefined }) => ({ '@type': 'Legislation', legislationIdentifier: r.docNumber, ...(r.url ? { url: r.url } : {}) });

export function legislationJsonLd(d: LegislationInput): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': d.url,
		url: d.url,
		name: d.title,
		alternateName: d.regulationTitle,
		legislationIdentifier: d.docNumber,
		identifier: [d.docNumber, ...(d.unifiedNumber ? [d.unifiedNumber] : [])],
		// Documents with a unified number are the registered normative ones.
		...(d.unifiedNumber ? { legislationType: '规范性文件' } : {}),
		legislationPassedBy: d.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
		legislationDate: d.signedDate,
		datePublished: d.publishedDate,
		legislationLegalForce: { '@id': LEGAL_FORCE[d.status] },
		temporalCoverage: `${d.effectiveDate}/${d.expiryDate ?? '..'}`,
		...(d.expiryDate ? { expires: d.expiryDate } : {}),
		inLanguage: 'zh-CN',
		isPartOf: { '@type': 'PublicationIssue', name: d.issue.label, url: d.issue.url },
		...(d.basedOn.length ? { isBasedOn: d.basedOn.map(legislationRef) } : {}),
		...(d.repeals.length ? { legislationRepeals: d.repeals.map(legislationRef) } : {}),
	};
}

/** JSON for inside <script type="application/ld+json">: no text in it can close the element or start markup. */
export const jsonLdScript = (value: unknown) =>
	JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
