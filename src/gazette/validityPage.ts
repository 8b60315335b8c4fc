/**
 * Corrects every 有效性 on a page for the reader's day: the page was built on
 * one day and is read on another. Works on any DOM-like document, so tests can
 * run it without a browser.
 */
import { ELI_IN_FORCE } from './eli.ts';
import { STATUS_LABEL, statusOn, type Status } from './validity.ts';

export function correctValidity(doc: Pick<Document, 'querySelectorAll'>, today: string): void {
	let pageStatus: Status | undefined;
	for (const el of doc.querySelectorAll<HTMLElement>('[data-validity]')) {
		const { effective, expiry, repealed } = el.dataset;
		if (!effective) continue;
		const status = statusOn({ effectiveDate: effective, expiryDate: expiry, repealedDate: repealed }, today);
		el.dataset.status = status;
		el.textContent = STATUS_LABEL[status];
		pageStatus ??= status;
	}
	// The page's own document is the first validity on it; keep its ELI metadata in step.
	const meta = doc.querySelectorAll<HTMLMetaElement>('meta[property="eli:in_force"]')[0];
	if (meta && pageStatus) meta.setAttribute('resource', ELI_IN_FORCE[pageStatus]);
}
