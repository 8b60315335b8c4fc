/**
 * One 政策解读 as printed: the text first, its title 关于《…》的政策解读 printed
 * at the foot of a page (often mid-text), and at the end who wrote it and whom
 * to ask: 解读单位/解读机关, 联系人/解读人, 联系方式/联系电话, or lines of
 * "单位 姓名 电话".
 */
import { compact, nonBlank, type SourceLine } from './lines.ts';
import type { Contact, DocumentItem, InterpretationItem, ParseContext } from './model.ts';
import { reflow, toMarkdown } from './reflow.ts';
import { compactTitle, interpretedTitle } from './recognisers.ts';
import { interpretationTitleAt, withoutRunningHeads } from './segment.ts';

const BODY = /^(?:解读单位|解读机关|解读部门)[：:]\s*(.+)$/u;
const NAME = /^(?:联系人|解读人)[：:]\s*(.+)$/u;
const PHONE = /^(?:联系方式|联系电话|电话)[：:]\s*(.+)$/u;
const PHONE_NUMBER = /^[\d（）()+][\d\s（）()+\-－–]{5,}\d$/u;
const CONTACT_LINE = /^(\S+)[ \u3000]+(\p{Script=Han}{2,4})[ \u3000]+([\d\-－–]{7,})$/u;

/** Contacts from the closing paragraphs: labelled lines, or "单位 姓名 电话" lines. */
export function readContacts(paragraphs: readonly string[]): { bodies: string[]; contacts: Contact[]; problems: string[] } {
	const bodies: string[] = [];
	const contacts: Contact[] = [];
	const problems: string[] = [];
	const names: string[] = [];
	const phones: string[] = [];
	const normalisePhone = (p: string) => p.replace(/[－–]/gu, '-').replace(/\s+/gu, '');
	for (const raw of paragraphs) {
		const p = raw.trim();
		let m: RegExpExecArray | null;
		if ((m = BODY.exec(p))) bodies.push(compact(m[1]));
		else if ((m = NAME.exec(p))) names.push(compact(m[1]));
		else if ((m = PHONE.exec(p))) phones.push(normalisePhone(m[1]));
		else if ((m = CONTACT_LINE.exec(p))) {
			bodies.push(m[1]);
			contacts.push({ body: m[1], name: m[2], phone: normalisePhone(m[3]) });
		}
	}
	// Labelled contacts: pair names and phones in order, each with its body (or the only body).
	names.forEach((name, i) => {
		const phone = phones[i] ?? phones[phones.length - 1];
		const body = bodies[i] ?? bodies[bodies.length - 1];
		if (!phone || !PHONE_NUMBER.test(phone)) problems.push(`no telephone number for ${name}`);
		if (!body) problems.push(`no 解读单位 for ${name}`);
		if (phone && body) contacts.push({ body, name, phone });
	});
	if (names.length === 0 && phones.length > 0) problems.push('a telephone number without a contact name');
	return { bodies: [...new Set(bodies)], contacts, problems };
}

/** Title key for matching: no spaces, no （试行）, no quotes' variants. */
function titleKey(t: string): string {
	return compact(t).replace(/[（(]试行[）)]/gu, '').replace(/[“”"]/gu, '');
}

/** Longest common subsequence length, for matching a printed title against the documents. */
function similarity(a: string, b: string): number {
	const dp = new Array(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		let prev = 0;
		for (let j = 1; j <= b.length; j++) {
			const tmp = dp[j];
			dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
			prev = tmp;
		}
	}
	return (2 * dp[b.length]) / (a.length + b.length || 1);
}

/**
 * The document an interpretation explains: the one whose regulation title the
 * interpretation's 《…》 names; failing an exact match, the most similar title,
 * or a 文号 of the issue cited in the text, or the document printed in the
 * same position.
 */
export function matchDocument(
	named: string | null,
	body: string,
	documents: readonly DocumentItem[],
	position: number,
): { document?: DocumentItem; how: 'title' | 'similar' | 'number' | 'position' | 'none'; score?: number } {
	if (named) {
		const key = titleKey(named);
		const exact = documents.find((d) => titleKey(d.regulationTitle) === key);
		if (exact) return { document: exact, how: 'title' };
		const scored = documents.map((d) => ({ d, s: similarity(key, titleKey(d.regulationTitle)) })).sort((a, b) => b.s - a.s);
		if (scored[0] && scored[0].s >= 0.8) return { document: scored[0].d, how: 'similar', score: scored[0].s };
	}
	const cited = documents.find((d) => compact(body).includes(d.docNumber));
	if (cited) return { document: cited, how: 'number' };
	if (documents[position]) return { document: documents[position], how: 'position' };
	return { how: 'none' };
}

/** Parses one interpretation region. `position` is its place among the interpretations. */
export function parseInterpretation(region: readonly SourceLine[], documents: readonly DocumentItem[], position: number, ctx: ParseContext): InterpretationItem {
	const lines = nonBlank(region);
	const text = lines.map((l) => l.text);
	const firstLine = lines[0]?.no ?? region[0]?.no ?? 1;
	let title = '';
	let titleLine = firstLine;
	const drop = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		const span = interpretationTitleAt(text, i);
		if (span === 0) continue;
		if (!title) {
			title = compactTitle(text.slice(i, i + span).join('\n'));
			titleLine = lines[i].no;
		}
		for (let k = i; k < i + span; k++) drop.add(lines[k].no);
		i += span - 1;
	}
	const item = title || `interpretation ${position + 1}`;
	const w = ctx.warnings;
	if (!title) w.add(firstLine, item, 'title', 'no 关于《…》的政策解读 title found');

	const paragraphs = reflow(withoutRunningHeads(lines.filter((l) => !drop.has(l.no) && compact(l.text) !== '政策解读')));
	const body = toMarkdown(paragraphs);
	const { bodies, contacts, problems } = readContacts(paragraphs.map((p) => p.text));
	const lastLine = lines[lines.length - 1]?.no ?? firstLine;
	for (const p of problems) w.add(lastLine, item, 'contacts', p);
	if (contacts.length === 0) w.add(lastLine, item, 'contacts', 'no contact (联系人 and 联系电话) found');
	if (bodies.length === 0) w.add(lastLine, item, 'interpretingBodies', 'no 解读单位 found');

	const named = interpretedTitle(title);
	const match = matchDocument(named, body, documents, position);
	if (match.how === 'similar') {
		w.add(titleLine, item, 'interprets', `《${named}》 is not the title of a document in this issue; matched by similarity to ${match.document!.docNumber} 《${match.document!.regulationTitle}》`);
	} else if (match.how === 'number') {
		w.add(titleLine, item, 'interprets', `matched to ${match.document!.docNumber}, the 文号 cited in the text`);
	} else if (match.how === 'position') {
		w.add(titleLine, item, 'interprets', `no document of this issue matches 《${named ?? '?'}》; guessed ${match.document!.docNumber} by printed order`);
	} else if (match.how === 'none') {
		w.add(titleLine, item, 'interprets', `the interpreted document (《${named ?? '?'}》) is not in this issue`);
	}

	return {
		kind: 'interpretation',
		line: firstLine,
		title,
		...(match.document ? { interprets: match.document.docNumber } : {}),
		interpretingBodies: bodies,
		contacts,
		body,
	};
}
