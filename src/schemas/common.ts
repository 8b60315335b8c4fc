/** Field types shared by every gazette schema. Messages say what the editor should write. */
import { z } from 'astro/zod';
import { isIssueMonth, toCalendarDate } from '../gazette/dates.ts';
import { DOC_NUMBER_EXPECTED, parseCanonicalDocNumber } from '../gazette/docNumber.ts';

/** A calendar date; YAML may hand it over as a Date, we keep `YYYY-MM-DD`. */
export const calendarDate = z.unknown().transform((value, ctx) => {
	const date = toCalendarDate(value);
	if (date === undefined) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: `expected a calendar date written YYYY-MM-DD (e.g. 2022-12-22), got ${JSON.stringify(value)}`,
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
	.refine(isIssueMonth, (v) => ({ message: `expected the issue month written YYYY-MM (e.g. "2022-12"), got "${v}"` }));

/** A 文号 in its canonical spelling. */
export const docNumber = z
	.string({ required_error: `expected a 文号: ${DOC_NUMBER_EXPECTED}` })
	.refine((v) => parseCanonicalDocNumber(v) !== null, (v) => ({
		message: `"${v}" is not a 文号 in the form ${DOC_NUMBER_EXPECTED} (六角括号〔〕, no leading zeros, ending in 号)`,
	}));

/** A non-empty line of text. */
export const text = (what: string) =>
	z.string({ required_error: `${what} is required` }).trim().min(1, `${what} must not be empty`);
