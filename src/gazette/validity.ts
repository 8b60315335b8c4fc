/**
 * 有效性: whether a document is in force on a given calendar day.
 * Pure and dependency-free so that the page script and the build share it.
 */
import type { CalendarDate } from './dates.ts';

export type Status = 'not-yet-in-force' | 'in-force' | 'expired' | 'repealed';

/** The words Chinese government sites use for each status. */
export const STATUS_LABEL: Record<Status, string> = {
	'not-yet-in-force': '尚未施行',
	'in-force': '现行有效',
	expired: '已失效',
	repealed: '已废止',
};

export interface ValidityDates {
	/** 施行日期: first day in force. */
	effectiveDate: CalendarDate;
	/** 有效期至: last day in force, inclusive; absent when the document states none. */
	expiryDate?: CalendarDate | undefined;
	/** The day a later document's repeal takes effect. */
	repealedDate?: CalendarDate | undefined;
}

/** Status on `today`; repeal wins over expiry, both only once their day has come. */
export function statusOn(dates: ValidityDates, today: CalendarDate): Status {
	if (dates.repealedDate && today >= dates.repealedDate) return 'repealed';
	if (today < dates.effectiveDate) return 'not-yet-in-force';
	if (dates.expiryDate && today > dates.expiryDate) return 'expired';
	return 'in-force';
}
