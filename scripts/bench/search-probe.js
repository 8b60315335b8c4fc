// Browser script the search benchmark (search.ts) adds to every page it opens:
// records in window.__bench when the real search page knows its results and when
// it shows the first ten. Plain JavaScript read from its file, because a function
// passed from search.ts would arrive with the names tsx's compiler adds to it.
(() => {
	if (location.pathname !== '/search/') return;
	const b = (window.__bench = {});
	const check = () => {
		const status = document.querySelector('[data-search-status]');
		if (!status || b.done) return;
		const text = status.textContent ?? '';
		if (b.start === undefined && text.includes('正在检索')) b.start = performance.now();
		if (b.list === undefined && /找到|没有找到|检索出错/.test(text)) {
			b.list = performance.now();
			const m = /找到 (\d+) 条/.exec(text);
			b.total = m ? Number(m[1]) : 0;
			if (text.includes('检索出错')) b.error = text;
		}
		if (b.list !== undefined && b.total !== undefined) {
			const shown = document.querySelectorAll('[data-search-results] > li').length;
			if (b.error || shown >= Math.min(10, b.total)) {
				b.ten = performance.now();
				b.shown = shown;
				b.first = [...document.querySelectorAll('[data-search-results] > li')].slice(0, 3).map((li) => ({
					url: li.querySelector('a')?.getAttribute('href'),
					title: li.querySelector('h2')?.textContent,
					excerpt: li.querySelector('.excerpt')?.innerHTML,
				}));
				b.done = true;
			}
		}
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();
