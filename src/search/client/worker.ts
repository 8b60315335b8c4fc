/**
 * Runs Pagefind off the page's thread. It also keeps Pagefind from re-segmenting
 * queries: in a worker there is no <html lang="zh-CN"> to make it split the
 * index words the query was built from.
 */
// First: Pagefind starts loading before the rest of this code is evaluated.
import { pagefind, type PagefindFilters, type PagefindResult } from './pagefind.ts';
import { recordExcerpt } from '../excerpt.ts';
import type { SearchPlan } from '../query.ts';
import { matchPlace, parseValidityKey, type MatchPlace } from '../build/record.ts';
import { statusOn } from '../../gazette/validity.ts';
import type { PageRequest, ResultView, SearchFilters, SearchRequest, WorkerAnswer } from './protocol.ts';

let ranked: { seq: number; results: PagefindResult[]; directId?: string; terms: string[] } | undefined;

const post = (answer: WorkerAnswer) => self.postMessage(answer);

/**
 * The filters as Pagefind takes them. The validity filter's values are the
 * dates each document's 有效性 follows: those whose status on the reader's
 * day is the one asked for. Null when no page can match.
 */
async function pagefindFilters(filters: SearchFilters, today: string): Promise<PagefindFilters | null> {
	const { validity, ...rest } = filters;
	if (!validity) return rest;
	const keys = Object.keys((await (await pagefind).filters()).validity ?? {});
	const wanted = keys.filter((key) => statusOn(parseValidityKey(key), today) === validity);
	return wanted.length === 0 ? null : { ...rest, validity: { any: wanted } };
}

/** Pages with the phrase, in index order (newest issue first), each with where it first matched. */
async function run(phrase: string, filters: PagefindFilters): Promise<{ result: PagefindResult; place: MatchPlace }[]> {
	const found = await (await pagefind).search(phrase, { filters });
	// Pagefind also matches metadata (a date 2022-12-30 for 30, the section 县区风采 for 县): only the content counts.
	return found.results.filter((r) => r.words.length > 0).map((result) => ({ result, place: matchPlace(Math.min(...result.words)) }));
}

/**
 * Pages containing every term, newest issue first, those with every term in
 * the title before the rest; and for a number query, the pages whose own
 * number matched.
 */
async function rank(plan: SearchPlan, filters: PagefindFilters): Promise<{ results: PagefindResult[]; ownNumber: PagefindResult[] }> {
	let all: PagefindResult[] | undefined;
	let places = new Map<string, MatchPlace[]>();
	for (const term of plan.terms) {
		const found = await run(term.phrase, filters);
		const here = new Map(found.map(({ result, place }) => [result.id, place]));
		all = (all ?? found.map((f) => f.result)).filter((r) => here.has(r.id));
		places = new Map(all.map((r) => [r.id, [...(places.get(r.id) ?? []), here.get(r.id)!]]));
	}
	if (!all) return { results: [], ownNumber: [] };
	const inTitle = (r: PagefindResult) => places.get(r.id)!.every((p) => p === 'title');
	return {
		results: [...all.filter(inTitle), ...all.filter((r) => !inTitle(r))],
		ownNumber: plan.docNumber || plan.unifiedNumber ? all.filter((r) => places.get(r.id)!.includes('own-number')) : [],
	};
}

// The number block matched; the document's own facts confirm it is that number and not one containing it.
async function findDirect(plan: SearchPlan, candidates: PagefindResult[]): Promise<string | undefined> {
	for (const result of candidates) {
		const { meta } = await result.data();
		if ((plan.docNumber && meta.docNumber === plan.docNumber) || (plan.unifiedNumber && meta.unifiedNumber === plan.unifiedNumber)) return result.id;
	}
	return undefined;
}

// The newest search asked for: an older one that finishes later must not replace its results.
let latest = 0;

async function search({ seq, plan, filters, today, firstPage }: SearchRequest) {
	latest = seq;
	const asked = await pagefindFilters(filters, today);
	let active = plan;
	let found = asked ? await rank(active, asked) : { results: [], ownNumber: [] };
	if (asked && found.results.length === 0 && active.fallback) {
		active = active.fallback;
		found = await rank(active, asked);
	}
	let { results } = found;
	const directId = await findDirect(active, found.ownNumber);
	if (directId) results = [results.find((r) => r.id === directId)!, ...results.filter((r) => r.id !== directId)];
	if (seq !== latest) return;
	ranked = { seq, results, directId, terms: active.terms.map((t) => t.text) };
	post({ type: 'searched', seq, total: results.length, direct: directId !== undefined });
	if (results.length > 0) await page({ type: 'page', seq, from: 0, to: firstPage });
}

async function page({ seq, from, to }: PageRequest) {
	if (!ranked || ranked.seq !== seq) return;
	const { results, directId, terms } = ranked;
	const views = await Promise.all(
		results.slice(from, to).map(async (result): Promise<ResultView> => {
			const { url, content, meta } = await result.data();
			return {
				url,
				title: meta.title,
				section: meta.section,
				issue: meta.issue,
				date: meta.date,
				docNumber: meta.docNumber,
				effectiveDate: meta.effectiveDate,
				expiryDate: meta.expiryDate,
				repealedDate: meta.repealedDate,
				excerpt: recordExcerpt(content, meta, terms),
				direct: result.id === directId,
			};
		}),
	);
	post({ type: 'page', seq, from, results: views });
}

self.onmessage = (event: MessageEvent<SearchRequest | PageRequest>) => {
	const request = event.data;
	(request.type === 'search' ? search(request) : page(request)).catch((error: unknown) =>
		post({ type: 'error', seq: request.seq, message: String(error instanceof Error ? error.message : error) }),
	);
};
