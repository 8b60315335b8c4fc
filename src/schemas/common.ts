/** Field types shared by every gazette schema. Messages say what the editor should write. */
import { z } from 'astro/zod';
import { isIssueMonth, toCalendarDate } from '../gazette/dates.ts';
import { DOC_NUMBER_EXPECTED, parseCanonicalDocNumber } from '../gazette/docNumber.ts';

/** For a value typed with full-width digits (２０２２), which print extraction and Chinese input methods produce. */
export function fullWidthHint(value: unknown): string {
	const typed = String(value);
	if (!/[０-９]/.test(typed)) return '';
	return `; it has full-width digits: write them as 0–9 (${typed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))})`;
}

/** A calendar date; YAML may hand it over as a Date, we keep `YYYY-MM-DD`. */
export const calendarDate = z.unknown().transform((value, ctx) => {
	const date = toCalendarDate(value);
	if (date === undefined) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: `expected a calendar date written YYYY-MM-DD (e.g. 2022-12-22), got ${JSON.stringify(value)}${fullWidthHint(value)}`,
			// Fatal, so that checks across fields (expiry after effective, days in order)
			// never compare the placeholder z.NEVER and report "[object Object]".
			fatal: true,
		});
		return z.NEVER;
	}
	return date;
});

/** The issue an item belongs to, as `YYYY-MM`; must name a file in content/issues. */
export const issueRef = z
	.string({ required_error: 'expected the issue month, e.g. issue: "2022-12"' })
	.refine(isIssueMonth, (v) => ({ message: `expected the issue month written YYYY-MM (e.g. "2022-12"), got "${v}"${fullWidthHint(v)}` }));

/** A 文号 in its canonical spelling. */
export const docNumber = z
	.string({ required_error: `expected a 文号: ${DOC_NUMBER_EXPECTED}` })
	.refine((v) => parseCanonicalDocNumber(v) !== null, (v) => ({
		message: `"${v}" is not a 文号 in the form ${DOC_NUMBER_EXPECTED} (六角括号〔〕, no leading zeros, ending in 号)${fullWidthHint(v)}`,
	}));

/** A non-empty line of text. */
export const text = (what: string) =>
	z.string({ required_error: `${what} is required` }).trim().min(1, `${what} must not be empty`);

/** Edit distance between two field names, a swap of two neighbouring letters counting as one slip. */
function distance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** The known field an unknown one was probably meant to be: same letters but for case, _ and -, or a slip of a letter or two. */
export function fieldMeant(unknown: string, known: readonly string[]): string | undefined {
	const plain = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
	const same = known.find((k) => plain(k) === plain(unknown));
	if (same) return same;
	const scored = known.map((k) => ({ k, d: distance(plain(unknown), plain(k)) })).sort((a, b) => a.d - b.d);
	const best = scored[0];
	return best && best.d <= (unknown.length >= 6 ? 2 : 1) ? best.k : undefined;
}

/** The message for a field the schema does not have. */
export function unknownFieldMessage(unknown: string, known: readonly string[]): string {
	const meant = fieldMeant(unknown, known);
	return meant
		? `unknown field "${unknown}"; did you mean "${meant}"?`
		: `unknown field "${unknown}"; the fields here are ${known.join(', ')}: remove it or correct its name`;
}

/**
 * An object that refuses fields it does not have, one problem per unknown field
 * at that field's own path, suggesting the field probably meant. (Zod's
 * `.strict()` reports all unknown keys as one problem on the object, and
 * suggests nothing.) Typed as a strict object: every extra field fails.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T): z.ZodObject<T, 'strict'> {
	const known = Object.keys(shape);
	// Not z.never(): Zod reads a never catchall as no catchall at all.
	const unknown = z.unknown().superRefine((_, ctx) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: unknownFieldMessage(String(ctx.path.at(-1)), known) }));
	return z.object(shape).catchall(unknown) as unknown as z.ZodObject<T, 'strict'>;
}

/** Characters that cannot stand in a page's address: a person's, unit's or indicator's name becomes one (/people/张三/). */
const NOT_IN_ADDRESS = /[/\\?#%]/;

/** Why a name cannot be a page's address, or undefined. */
export function addressProblem(name: string): string | undefined {
	if (NOT_IN_ADDRESS.test(name)) return `"${name}" has ${NOT_IN_ADDRESS.exec(name)![0]}, which a page address cannot hold; write the name as printed, without / \\ ? # %`;
	if (/^\.+$/.test(name.trim())) return `"${name}" is not a name`;
	return undefined;
}

/** A name that also names a page or file of the site (a person, a unit, a statistics indicator). */
export const pageName = (what: string) =>
	text(what).superRefine((v, ctx) => {
		const problem = addressProblem(v);
		if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
	});
