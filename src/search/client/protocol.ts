/** Messages between the search page and its worker. */
import type { SearchPlan } from '../query.ts';

export type SearchFilters = Partial<Record<'year' | 'section' | 'issuer' | 'validity', string>>;

export interface SearchRequest {
	type: 'search';
	/** Answers carry it back, so a late answer to an old query can be dropped. */
	seq: number;
	plan: SearchPlan;
	filters: SearchFilters;
	/** The reader's calendar day in Shanghai, for the validity filter. */
	today: string;
	/** How many results to send right after the count, without being asked. */
	firstPage: number;
}

export interface PageRequest {
	type: 'page';
	seq: number;
	/** Which results to load, by their place in the ranked list. */
	from: number;
	to: number;
}

export interface ResultView {
	url: string;
	title: string;
	section: string;
	issue: string;
	date: string;
	docNumber?: string;
	effectiveDate?: string;
	expiryDate?: string;
	/** The day a later document's repeal takes effect. */
	repealedDate?: string;
	/** HTML with the matched text in <mark>. */
	excerpt: string;
	/** The document whose 文号 or unified number is the query. */
	direct: boolean;
}

export type WorkerAnswer =
	| { type: 'searched'; seq: number; total: number; direct: boolean }
	| { type: 'page'; seq: number; from: number; results: ResultView[] }
	| { type: 'error'; seq: number; message: string };
