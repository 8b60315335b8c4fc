/**
 * Calendar dates as the gazette prints them: a day in Asia/Shanghai, never an instant.
 * Stored and compared as ISO strings `YYYY-MM-DD`, which sort correctly as text.
 */

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True when `value` is a real date written `YYYY-MM-DD` (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const probe = new Date(Date.UTC(y, mo - 1, d));
	return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** True when `value` is a month written `YYYY-MM`. */
export function isIssueMonth(value: string): boolean {
	const m = ISO_MONTH.exec(value);
	return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * YAML turns an unquoted `2022-12-22` into a Date at UTC midnight; take its UTC
 * calendar day so that the date the editor wrote is the date we keep.
 */
export function toCalendarDate(value: unknown): CalendarDate | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && isCalendarDate(value.trim())) return value.trim();
	return undefined;
}

/** China Standard Time: UTC+8 all year, with no daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar day it is in Asia/Shanghai at `now` (any instant since 1992).
 * A fixed offset, not Intl with a time zone: loading the zone data costs a
 * browser ~20 ms on every page that shows a document's 有效性 or searches.
 */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
	return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2022-12-22` → `2022年12月22日`, the way the gazette prints dates. */
export function formatChineseDate(date: CalendarDate): string {
	const [y, m, d] = date.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** `2022-12` → `2022年12月`. */
export function formatChineseMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${y}年${m}月`;
}

/** Day of the month as printed in the chronicle: `2022-12-01` → `1日`. */
export function formatChineseDay(date: CalendarDate): string {
	return `${Number(date.slice(8, 10))}日`;
}

/** Adds whole days to a calendar date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The last day of a validity period of `years` starting on `start`:
 * 有效期10年 from 2023-02-01 runs to 2033-01-31.
 */
export function lastDayOfYears(start: CalendarDate, years: number): CalendarDate {
	const [y, m, d] = start.split('-').map(Number);
	return addDays(new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10), -1);
}

/** The month (`YYYY-MM`) a date falls in. */
export function monthOf(date: CalendarDate): string {
	return date.slice(0, 7);
}

/**
 * YAML reads an unquoted 2022-12-32 as the Date 2023-01-01, so a schema only ever
 * sees the rolled-over day. Finds such impossible dates in the YAML text itself
 * (a data file, or a Markdown file's front matter): `field: YYYY-MM-DD` lines whose
 * day does not exist.
 */
export function impossibleYamlDates(yaml: string): { field: string; value: string }[] {
	const found: { field: string; value: string }[] = [];
	for (const m of yaml.matchAll(/^[ \t]*(?:-[ \t]+)?([A-Za-z_]\w*)[ \t]*:[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:#.*)?$/gm)) {
		if (!isCalendarDate(m[2])) found.push({ field: m[1], value: m[2] });
	}
	return found;
}
