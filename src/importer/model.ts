/** What the importer finds in an issue, before it is written as content files. */
import type { StatisticsData } from '../schemas/statistics.ts';
import type { CalendarDate } from '../gazette/dates.ts';
import type { SiteConfig } from '../gazette/site.ts';
import type { DocumentCategory } from '../schemas/document.ts';
import type { PersonnelChange } from './recognisers.ts';

/** A field that could not be determined, or had to be guessed: for the editor to check. */
export interface ImportWarning {
	/** 1-based line in the input. */
	line: number;
	/** The item, e.g. 温政办〔2022〕94号 or photo 1. */
	item: string;
	/** The field, e.g. effectiveDate. */
	field: string;
	message: string;
}

/** Collects warnings in the order they are found. */
export class Warnings {
	readonly list: ImportWarning[] = [];
	add(line: number, item: string, field: string, message: string): void {
		this.list.push({ line, item, field, message });
	}
}

export interface Picture {
	caption: string;
	credit?: string;
	line: number;
}

export interface Attachment {
	label: string;
	title: string;
	anchor: string;
}

export type { DocumentCategory };

export interface DocumentItem {
	kind: 'document';
	line: number;
	title: string;
	regulationTitle: string;
	docNumber: string;
	/** File name without .md: 温政办-2022-94. */
	slug: string;
	unifiedNumber?: string;
	category: DocumentCategory;
	issuers: string[];
	recipients: string;
	notice: string;
	signedDate: CalendarDate;
	publishedDate: CalendarDate;
	effectiveDate: CalendarDate;
	effectiveBasis: string;
	expiryDate?: CalendarDate;
	expiryBasis?: string;
	attachments: Attachment[];
	body: string;
	/** 文号 of documents in the gazette its text declares void (…同时废止), for the editor to confirm. */
	repeals?: string[];
}

/** A contact as printed: a name without a number, or a number without a name, stays as it is. */
export interface Contact {
	body?: string;
	name?: string;
	phone?: string;
}

export interface InterpretationItem {
	kind: 'interpretation';
	line: number;
	title: string;
	/** 文号 of the interpreted document; undefined when none could be found. */
	interprets?: string;
	interpretingBodies: string[];
	contacts: Contact[];
	body: string;
}

export interface PersonnelItem {
	kind: 'personnel';
	line: number;
	title: string;
	decidedBy: string;
	decisions: { text: string; changes: PersonnelChange[] }[];
}

export interface BriefItem {
	kind: 'brief';
	line: number;
	title: string;
	date?: CalendarDate;
	/** Short name for the file: 01-<keyword>.md. */
	keyword: string;
	body: string;
}

export interface ChronicleItem {
	kind: 'chronicle';
	line: number;
	title: string;
	days: { date: CalendarDate; entries: string[] }[];
}

export interface StatisticsItem {
	kind: 'statistics';
	line: number;
	title: string;
	source: string;
	month: string;
	rows: StatisticsData['rows'];
	notes: string[];
}

export interface FeatureItem {
	kind: 'feature';
	line: number;
	title: string;
	subtitle?: string;
	place: string;
	photos: Picture[];
	body: string;
}

export interface PhotosItem {
	kind: 'photos';
	line: number;
	photos: Picture[];
}

export type Item = PhotosItem | DocumentItem | InterpretationItem | PersonnelItem | BriefItem | ChronicleItem | StatisticsItem | FeatureItem;

/** What every item parser is given. */
export interface ParseContext {
	/** The issue month, YYYY-MM. */
	issue: string;
	/** The city's issuer codes for the two government sections (content/site.yaml). */
	issuerCodes: SiteConfig['issuerCodes'];
	warnings: Warnings;
}
