/**
 * 适老化 reading preferences: text size (four steps, up to 175%) and a
 * high-contrast mode, kept in the browser (localStorage) across pages and
 * visits. The page applies them twice over: EARLY_SCRIPT, inline at the top
 * of <head>, before the first paint (no flash of the wrong size), and the
 * controls' script when the reader changes them. Both read and write the
 * same attributes on <html>, by the rules here.
 */

/** Text sizes in percent of the browser's own size; the first is the default. */
export const TEXT_SIZES = [100, 125, 150, 175] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** What the controls call each size. */
export const TEXT_SIZE_LABEL: Record<TextSize, string> = { 100: '标准', 125: '较大', 150: '大', 175: '特大' };

export interface ReadingPreferences {
	size: TextSize;
	highContrast: boolean;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = { size: 100, highContrast: false };

/** Where they are kept. */
export const STORAGE_KEY = 'gazette-reading';
/** The attributes on <html> that the style sheet reads. */
export const SIZE_ATTRIBUTE = 'data-text-size';
export const CONTRAST_ATTRIBUTE = 'data-contrast';

/** Reads what was stored; anything unreadable or unknown is the default, never an error. */
export function parsePreferences(stored: string | null): ReadingPreferences {
	try {
		const value = JSON.parse(stored ?? 'null') as { size?: unknown; highContrast?: unknown } | null;
		const size = TEXT_SIZES.find((s) => s === value?.size) ?? DEFAULT_PREFERENCES.size;
		return { size, highContrast: value?.highContrast === true };
	} catch {
		return DEFAULT_PREFERENCES;
	}
}

export const serializePreferences = (p: ReadingPreferences) => JSON.stringify({ size: p.size, highContrast: p.highContrast });

/** Puts the preferences on <html>: no attribute at all for the defaults. */
export function applyPreferences(root: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void }, p: ReadingPreferences): void {
	if (p.size === DEFAULT_PREFERENCES.size) root.removeAttribute(SIZE_ATTRIBUTE);
	else root.setAttribute(SIZE_ATTRIBUTE, String(p.size));
	if (p.highContrast) root.setAttribute(CONTRAST_ATTRIBUTE, 'high');
	else root.removeAttribute(CONTRAST_ATTRIBUTE);
}

/**
 * The inline script at the top of every page's <head>: the same reading and
 * applying as parsePreferences + applyPreferences, written out by hand because
 * an inline script cannot import (a unit test runs it against those two for
 * every stored value). Its SHA-256 is in the Content-Security-Policy.
 */
export const EARLY_SCRIPT = `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||'null'),r=document.documentElement;if(p&&[${TEXT_SIZES.slice(1).join(',')}].indexOf(p.size)>=0)r.setAttribute(${JSON.stringify(SIZE_ATTRIBUTE)},String(p.size));if(p&&p.highContrast===true)r.setAttribute(${JSON.stringify(CONTRAST_ATTRIBUTE)},'high')}catch(e){}`;
