/**
 * Which documents expire soon and which have just expired, for the day the
 * page is read: the build renders the lists for its day and the page script
 * redraws them for the reader's, with this same rule.
 */
import { addDays, type CalendarDate } from './dates.ts';

/** How far ahead and back the page looks, in days. */
export const EXPIRING_WINDOW_DAYS = 90;

export type ExpiryGroup = 'expiring' | 'expired';

/** expiring: last day in force within the next 90 days; expired: expired within the last 90. */
export function expiryGroup(expiryDate: CalendarDate, today: CalendarDate): ExpiryGroup | null {
	if (expiryDate >= today && expiryDate <= addDays(today, EXPIRING_WINDOW_DAYS)) return 'expiring';
	if (expiryDate < today && expiryDate >= addDays(today, -EXPIRING_WINDOW_DAYS)) return 'expired';
	return null;
}

/** Days from `today` to `date` (negative when past). */
export function daysBetween(today: CalendarDate, date: CalendarDate): number {
	return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
