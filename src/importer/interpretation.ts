/**
 * One 政策解读 as printed: the text first, its title 关于《…》的政策解读 printed
 * at the foot of a page (often mid-text), and at the end who wrote it and whom
 * to ask: 解读单位/解读机关, 联系人/解读人, 联系方式/联系电话, or lines of
 * "单位 姓名 电话". That contact block becomes `contacts`; the page lists them
 * beside the text, so the block leaves the text.
 */
import { PHONE_NUMBER } from '../schemas/interpretation.ts';
import { compact, nonBlank, type SourceLine } from './lines.ts';
import type { Contact, DocumentItem, InterpretationItem, ParseContext } from './model.ts';
import { reflow, toMarkdown, type Paragraph } from './reflow.ts';
import { compactTitle, interpretedTitle } from './recognisers.ts';
import { interpretationTitleAt, withoutRunningHeads } from './segment.ts';

type ContactField = 'body' | 'name' | 'phone';

/** The labels of a contact block and the field each introduces. */
const LABELS: Readonly<Record<string, ContactField>> = {
	解读机关: 'body',
	解读单位: 'body',
	解读部门: 'body',
	解读人: 'name',
	联系人: 'name',
	联系方式: 'phone',
	联系电话: 'phone',
	咨询电话: 'phone',
	电话: 'phone',
};
// Longest first: 联系电话： is one label, not 联系 and 电话：.
const LABEL = new RegExp(`(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})[ \u3000]*[：:]`, 'gu');
/** The block's own heading: 四、解读单位和联系人, 七、解读机关及解读人, 五、联系方式, 解读单位及联系人. */
const CONTACT_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])?(?:(?:解读|联系|咨询)(?:机关|单位|部门|人|方式|电话)[及和与、]?)+$/u;
const CONTACT_LINE = /^(\S+)[ \u3000]+(\p{Script=Han}{2,4})[ \u3000]+([\d\-－–]{7,})$/u;
/** A paragraph of telephone numbers only: the rest of one broken across lines, or more of them. */
const BARE_PHONES = /^[\d０-９+＋\-－–\s、，,；;及]*[\d０-９]$/u;
/** A name followed by its number: 张三（0577-88888888）, 张三 0577-88888888. */
const NAME_WITH_PHONE = /^(\D+?)[\s\u3000，,、：:]*[（(]?([+＋]?\d[\d\s\-－–、，,；;及]{5,}\d)[）)]?$/u;
/** The rest of a unit's name printed on the next line: short, no sentence in it. */
const CONTINUATION = /^[^。；;，,：:\d]{1,30}$/u;
/** What may separate several names in one field. */
const SEPARATORS = /[、，,；;及\s\u3000]+/u;

interface Field {
	field: ContactField;
	value: string;
	line: number;
}

/** A problem found in the contact block, at its input line. */
export interface ContactProblem {
	line: number;
	message: string;
}

const LABEL_OF: Readonly<Record<ContactField, string>> = { body: '解读单位', name: '解读人/联系人', phone: '联系电话' };
const trimValue = (v: string) => v.replace(/^[\s\u3000]+|[\s\u3000，,；;。、]+$/gu, '');

/** A line of "单位 姓名 电话" as its three fields. */
function rowFields(text: string, line: number): Field[] | undefined {
	const row = CONTACT_LINE.exec(text);
	return row ? [{ field: 'body', value: row[1], line }, { field: 'name', value: row[2], line }, { field: 'phone', value: row[3], line }] : undefined;
}

/** The labelled fields of one paragraph (解读单位：… 联系人：… 联系电话：…, in any order), or undefined when it does not start with a label. */
function labelledFields(text: string, line: number): Field[] | undefined {
	const labels = [...text.matchAll(LABEL)];
	if (labels.length === 0 || labels[0].index !== 0) return undefined;
	return labels.flatMap((m, i): Field[] => {
		const value = trimValue(text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length));
		const field = LABELS[m[1]];
		// 解读单位：温州市测试局 张三 0577-88888888 names all three.
		const row = field === 'body' ? rowFields(value, line) : undefined;
		if (row) return row;
		const withPhone = field === 'name' ? NAME_WITH_PHONE.exec(value) : null;
		if (withPhone) return [{ field, value: trimValue(withPhone[1]), line }, { field: 'phone', value: withPhone[2], line }];
		return [{ field, value, line }];
	});
}

/** The numbers in one 联系电话: split at 、，；及 (or spaces between whole numbers), full-width digits and dashes made ASCII. */
export function phoneNumbers(value: string): string[] {
	const parts = value.normalize('NFKC').replace(/[–—]/gu, '-').split(/[、,;及]+/u).map((s) => s.trim()).filter(Boolean);
	return parts.flatMap((part) => {
		const spaced = part.split(/\s+/u);
		return spaced.length > 1 && spaced.every((s) => PHONE_NUMBER.test(s)) ? spaced : [part.replace(/\s+/gu, '')];
	});
}

/** Several units in one 解读单位, split at 、，； outside brackets (市委宣传部（市新闻出版局、市版权局） is one). */
function units(value: string): string[] {
	const out = [''];
	let depth = 0;
	for (const ch of value) {
		if ('（(〔【'.includes(ch)) depth++;
		else if ('）)〕】'.includes(ch)) depth = Math.max(0, depth - 1);
		if (depth === 0 && '、，,；;'.includes(ch)) out.push('');
		else out[out.length - 1] += ch;
	}
	return out.map(trimValue).filter(Boolean);
}

interface ContactBlock {
	/** Paragraph indices: the block is paragraphs[start, end). */
	start: number;
	end: number;
	fields: Field[];
	problems: ContactProblem[];
}

/** The contact block starting at paragraph `i`, as far as it goes; undefined when none starts there. */
function contactBlockAt(paragraphs: readonly Paragraph[], i: number): ContactBlock | undefined {
	const block: ContactBlock = { start: i, end: i, fields: [], problems: [] };
	for (; block.end < paragraphs.length; block.end++) {
		const { text, line } = paragraphs[block.end];
		const t = text.trim();
		const last = block.fields.at(-1);
		const fields = labelledFields(t, line) ?? rowFields(t, line);
		if (CONTACT_HEADING.test(compact(t))) continue;
		if (fields) block.fields.push(...fields);
		else if (last && BARE_PHONES.test(t)) {
			// The rest of a number broken across lines joins it (its last digits are too few for a number: 0577-8123); a whole number is one more.
			const phone = last?.field === 'phone' ? last : undefined;
			if (phone && phone.value !== '') phone.value += /\d{7,}$/u.test(phone.value) ? `、${t}` : t;
			else block.fields.push({ field: 'phone', value: t, line });
		} else if (last && last.field !== 'phone' && (last.value === '' || last.field === 'body') && CONTINUATION.test(t)) {
			if (last.value !== '') block.problems.push({ line, message: `“${t}” is read as the end of the ${LABEL_OF[last.field]} “${last.value}” above (${last.value}${t}); check against the print` });
			last.value += compact(t);
		} else break;
	}
	return block.fields.length > 0 ? block : undefined;
}

/**
 * Pairs the names and numbers of a block in printed order, one contact each,
 * and gives each the 解读单位 it speaks for. What cannot be paired for certain
 * is written as printed (a name without a number, a number without a name)
 * with a problem at its line.
 */
function pairContacts(fields: readonly Field[], problems: ContactProblem[]): Contact[] {
	const of = (field: ContactField, split: (v: string) => string[]) =>
		fields.filter((f) => f.field === field).flatMap((f) => split(f.value).map((value) => ({ value, line: f.line })));
	const bodies = of('body', units);
	const names = of('name', (v) => v.split(SEPARATORS).filter(Boolean));
	const phones = of('phone', phoneNumbers).filter((p) => {
		if (PHONE_NUMBER.test(p.value)) return true;
		problems.push({ line: p.line, message: `“${p.value}” is not a telephone number (digits and hyphens, e.g. 0577-89090171); left out: write it in contacts[].phone once corrected` });
		return false;
	});
	const list = (xs: readonly { value: string }[]) => xs.map((x) => x.value).join('、');
	// Each contact remembers the person it belongs to, for pairing units with people.
	const people: (Omit<Contact, 'body'> & { person: number })[] = [];
	if (names.length === 1 || (names.length > 1 && phones.length === 1)) {
		if (names.length > 1) problems.push({ line: phones[0].line, message: `one telephone number ${phones[0].value} for ${names.length} names (${list(names)}): given to each; check` });
		names.forEach((n, i) => (phones.length > 0 ? phones : [undefined]).forEach((p) => people.push({ name: n.value, phone: p?.value, person: i })));
	} else {
		const count = Math.max(names.length, phones.length);
		if (names.length > 0 && phones.length > 0 && names.length !== phones.length) {
			const extra = names.length > phones.length ? names[phones.length] : phones[names.length];
			problems.push({ line: extra.line, message: `${names.length} names (${list(names)}) and ${phones.length} telephone numbers (${list(phones)}): paired in printed order, ${names.length > phones.length ? `${list(names.slice(phones.length))} written without a number` : `${list(phones.slice(names.length))} written without a name`}; check who answers on which number` });
		}
		for (let i = 0; i < count; i++) people.push({ name: names[i]?.value, phone: phones[i]?.value, person: i });
	}
	if (phones.length === 0) for (const n of names) problems.push({ line: n.line, message: `no telephone number read for ${n.value}: written without a phone` });
	if (names.length === 0) for (const p of phones) problems.push({ line: p.line, message: `${p.value} is printed without a 解读人 or 联系人: written without a name` });
	const persons = new Set(people.map((p) => p.person)).size;
	if (bodies.length > 1 && bodies.length !== persons) {
		problems.push({ line: bodies[0].line, message: `${bodies.length} 解读单位 (${list(bodies)}) for ${persons} contacts: paired in printed order; check which unit each contact speaks for` });
	}
	if (bodies.length === 0 && people.length > 0) problems.push({ line: fields[0].line, message: `no 解读单位 printed for ${people.map((p) => p.name ?? p.phone).join('、')}` });
	return people.map(({ person, name, phone }) => {
		const body = bodies[Math.min(person, bodies.length - 1)]?.value;
		return { ...(body === undefined ? {} : { body }), ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
	});
}

/**
 * The contact block at the end of an interpretation: its heading (四、解读单位和联系人),
 * labelled lines (解读单位/解读机关, 解读人/联系人, 联系方式/联系电话/咨询电话, in any
 * order, several names or numbers in one line), or lines of "单位 姓名 电话".
 * `text` is the paragraphs without the block, which the page shows beside the text.
 */
export function readContacts(paragraphs: readonly Paragraph[]): { bodies: string[]; contacts: Contact[]; problems: ContactProblem[]; text: Paragraph[] } {
	let block: ContactBlock | undefined;
	for (let i = 0; i < paragraphs.length; i++) {
		const found = contactBlockAt(paragraphs, i);
		if (found) {
			block = found;
			i = found.end - 1;
		}
	}
	if (!block) return { bodies: [], contacts: [], problems: [], text: [...paragraphs] };
	const problems = [...block.problems];
	const contacts = pairContacts(block.fields, problems);
	const bodies = [...new Set(contacts.flatMap((c) => (c.body === undefined ? [] : [c.body])))];
	return { bodies, contacts, problems, text: [...paragraphs.slice(0, block.start), ...paragraphs.slice(block.end)] };
}

/** Title key for matching: no spaces, no （试行）, no quotes' variants. */
function titleKey(t: string): string {
	return compact(t).replace(/[（(]试行[）)]/gu, '').replace(/[“”"]/gu, '');
}

/** Longest common subsequence length, for matching a printed title against the issue's documents. */
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
	const { bodies, contacts, problems, text: rest } = readContacts(paragraphs);
	const body = toMarkdown(rest);
	const lastLine = lines[lines.length - 1]?.no ?? firstLine;
	for (const p of problems) w.add(p.line, item, 'contacts', p.message);
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
