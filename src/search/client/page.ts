/**
 * The search page in the browser: given the form filled from the address
 * (search.astro does that first), shows results on load, and keeps the
 * address in step as the reader types so a search can be shared as a link.
 */
import { todayInShanghai } from '../../gazette/dates.ts';
import { escapeHtml } from '../excerpt.ts';
import { planSearch } from '../query.ts';
import { STATUS_LABEL, statusOn, type Status } from '../../gazette/validity.ts';
import type { ResultView, SearchFilters, WorkerAnswer } from './protocol.ts';

const PAGE_SIZE = 10;
const FILTERS = ['year', 'section', 'issuer', 'validity'] as const;

export function startSearchPage(root: HTMLElement, worker: Worker): void {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]));
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const today = todayInShanghai();
	let seq = 0;
	let total = 0;
	let shown = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;


	const filters = (): SearchFilters => Object.fromEntries(FILTERS.filter((f) => selects[f].value).map((f) => [f, selects[f].value]));

	function syncAddress() {
		const next = new URLSearchParams();
		if (input.value.trim()) next.set('q', input.value.trim());
		for (const [k, v] of Object.entries(filters())) next.set(k, v);
		const query = next.toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
	}

	function search() {
		syncAddress();
		const q = input.value.trim();
		seq += 1;
		list.replaceChildren();
		more.hidden = true;
		shown = 0;
		const plan = planSearch(q);
		if (plan.terms.length === 0) {
			status.textContent = q ? '请输入要检索的文字或文号。' : '输入关键词或文号开始检索。';
			return;
		}
		status.textContent = '正在检索…';
		worker.postMessage({ type: 'search', seq, plan, filters: filters(), today, firstPage: PAGE_SIZE });
	}

	function requestPage() {
		worker.postMessage({ type: 'page', seq, from: shown, to: shown + PAGE_SIZE });
	}

	/** A document's 有效性 on the reader's day, repeal included; undefined for other pages. */
	const statusOf = (view: ResultView): Status | undefined =>
		view.effectiveDate ? statusOn({ effectiveDate: view.effectiveDate, expiryDate: view.expiryDate, repealedDate: view.repealedDate }, today) : undefined;

	function render(view: ResultView): HTMLLIElement {
		const li = document.createElement('li');
		li.className = view.direct ? 'result direct' : 'result';
		const s = statusOf(view);
		const validity = s ? ` <span class="validity" data-status="${s}">${STATUS_LABEL[s]}</span>` : '';
		const facts = [view.section, view.docNumber, view.date].filter(Boolean).map((f) => escapeHtml(f!)).join(' · ');
		li.innerHTML =
			(view.direct ? '<p class="direct-label">文号直达</p>' : '') +
			`<h2><a href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a></h2>` +
			`<p class="result-facts">${facts}${validity}</p>` +
			`<p class="excerpt">${view.excerpt}</p>`;
		return li;
	}

	worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
		const answer = event.data;
		if (answer.seq !== seq) return;
		if (answer.type === 'error') {
			status.textContent = `检索出错：${answer.message}`;
		} else if (answer.type === 'searched') {
			total = answer.total;
			const q = input.value.trim();
			status.textContent = total === 0 ? `没有找到包含“${q}”的内容。` : `找到 ${total} 条包含“${q}”的结果${answer.direct ? '，第一条为文号对应的文件' : ''}。`;
		} else {
			// A second click on 显示更多结果 before the first answer asks for the same results again.
			if (answer.from !== shown) return;
			for (const view of answer.results) list.append(render(view));
			shown = answer.from + answer.results.length;
			more.hidden = shown >= total;
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		search();
	});
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(search, 250);
	});
	for (const f of FILTERS) selects[f].addEventListener('change', search);
	more.addEventListener('click', requestPage);
	root.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false;
	search();
}
