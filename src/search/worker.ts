/**
 * Runs Pagefind off the page's thread. It also keeps Pagefind from re-segmenting
 * queries: in a worker there is no <html lang="zh-CN"> to make it split the
 * index words the query was built from.
 */
import { excerptHtml } from '../gazette/searchExcerpt.ts';
import { fromIndexText } from '../gazette/searchText.ts';
import type { SearchPlan } from '../gazette/searchQuery.ts';
import type { PageRequest, ResultView, SearchFilters, SearchRequest, WorkerAnswer } from './protocol.ts';

interface PagefindResult {
	id: string;
	/** Positions of the matching words in the content; none when only the metadata matched. */
	words: number[];
	data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
	search(term: string, options: object): Promise<{ results: PagefindResult[] }>;
}

const bundle = new URL('/pagefind/pagefind.js', self.location.origin).href;
let pagefind: Promise<Pagefind> | undefined;
let ranked: { seq: number; results: PagefindResult[]; directId?: string; terms: string[] } | undefined;

const post = (answer: WorkerAnswer) => self.postMessage(answer);

async function run(term: string, filters: SearchFilters): Promise<PagefindResult[]> {
	const pf = await (pagefind ??= import(/* @vite-ignore */ bundle) as Promise<Pagefind>);
	const found = await pf.search(term, { filters, sort: { issue: 'desc' } });
	// Pagefind also matches metadata (a date 2022-12-30 for 30, the section 县区风采 for 县): only the content counts.
	return found.results.filter((r) => r.words.length > 0);
}

/** Pages containing every term, newest issue first, those with the terms in the title before the rest. */
async function rank(plan: SearchPlan, filters: SearchFilters): Promise<PagefindResult[]> {
	let all: PagefindResult[] | undefined;
	let inTitle: Set<string> | undefined;
	for (const term of plan.terms) {
		const [anywhere, titled] = await Promise.all([run(term.anywhere, filters), run(term.inTitle, filters)]);
		const ids = new Set(anywhere.map((r) => r.id));
		all = all === undefined ? anywhere : all.filter((r) => ids.has(r.id));
		const titleIds = new Set(titled.map((r) => r.id));
		inTitle = inTitle === undefined ? titleIds : new Set([...inTitle].filter((id) => titleIds.has(id)));
	}
	if (!all) return [];
	return [...all.filter((r) => inTitle!.has(r.id)), ...all.filter((r) => !inTitle!.has(r.id))];
}

// A number query finds the document itself among the few pages that quote its number.
async function findDirect(plan: SearchPlan, results: PagefindResult[]): Promise<string | undefined> {
	if (!plan.docNumber && !plan.unifiedNumber) return undefined;
	for (const result of results.slice(0, 50)) {
		const { meta } = await result.data();
		if ((plan.docNumber && meta.docNumber === plan.docNumber) || (plan.unifiedNumber && meta.unifiedNumber === plan.unifiedNumber)) return result.id;
	}
	return undefined;
}

async function search({ seq, plan, filters }: SearchRequest) {
	let active = plan;
	let results = await rank(active, filters);
	if (results.length === 0 && active.fallback) {
		active = active.fallback;
		results = await rank(active, filters);
	}
	const directId = await findDirect(active, results);
	if (directId) results = [results.find((r) => r.id === directId)!, ...results.filter((r) => r.id !== directId)];
	ranked = { seq, results, directId, terms: active.terms.map((t) => t.text) };
	post({ type: 'searched', seq, total: results.length, direct: directId !== undefined });
}

async function page({ seq, from, to }: PageRequest) {
	if (!ranked || ranked.seq !== seq) return;
	const { results, directId, terms } = ranked;
	const views = await Promise.all(
		results.slice(from, to).map(async (result): Promise<ResultView> => {
			const { url, content, meta } = await result.data();
			const words = content.split(' ');
			const text = fromIndexText(words.slice(0, words.length - Number(meta.appendedWords ?? 0)).join(' '));
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
				excerpt: excerptHtml(text, terms),
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
