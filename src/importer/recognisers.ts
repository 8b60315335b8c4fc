/**
 * Recognisers for the small printed forms an issue is made of: 文号, unified
 * numbers, Chinese dates, effective-date and expiry phrases, personnel
 * sentences, chronicle days, statistics rows and photo credits. Each takes
 * printed text as extraction leaves it (split over lines, full-width digits,
 * en dashes or hyphens, ASCII or full-width colons) and returns structure or null.
 */
import { formatDocNumber, parseDocNumber, type DocNumber } from '../gazette/docNumber.ts';
import { isCalendarDate, lastDayOfYears, type CalendarDate } from '../gazette/dates.ts';
import { parseChineseNumeral } from '../gazette/numerals.ts';
import { toHalfWidthAlnum } from '../gazette/text.ts';
import { formatUnifiedNumber, parseUnifiedNumber } from '../gazette/unifiedNumber.ts';
import { compact } from './lines.ts';

// ---------------------------------------------------------------- 文号

const OPEN = '〔［\\[【(（{｛';
const CLOSE = '〕］\\]】)）}｝';
/** A 文号 standing alone on its line: 温政办〔2022〕94号, 温政办[2022]94号, 温政办【２０２２】９４号. */
const PRINTED_DOC_NUMBER = new RegExp(`^\\s*\\p{Script=Han}{2,12}\\s*[${OPEN}]\\s*[0-9０-９]{4}\\s*[${CLOSE}]\\s*第?\\s*[0-9０-９]{1,5}\\s*号\\s*$`, 'u');
/** The first half of a 文号 broken after its year: 温政办〔2022〕 */
const DOC_NUMBER_HEAD = new RegExp(`^\\s*\\p{Script=Han}{2,12}\\s*[${OPEN}]\\s*[0-9０-９]{4}\\s*[${CLOSE}]?\\s*$`, 'u');
const DOC_NUMBER_TAIL = new RegExp(`^\\s*[${CLOSE}]?\\s*第?\\s*[0-9０-９]{1,5}\\s*号\\s*$`, 'u');

/** A line that is a 文号 and nothing else, in any bracket; null otherwise. */
export function recogniseDocNumber(line: string): DocNumber | null {
	return PRINTED_DOC_NUMBER.test(line) ? parseDocNumber(line) : null;
}

/**
 * A 文号 line at `lines[i]`, also when print broke it after the year
 * (`温政办〔2022〕` / `94号`): the number and how many lines it took.
 */
export function recogniseDocNumberAt(lines: readonly string[], i: number): { docNumber: DocNumber; canonical: string; span: 1 | 2 } | null {
	const one = recogniseDocNumber(lines[i]);
	if (one) return { docNumber: one, canonical: formatDocNumber(one), span: 1 };
	if (i + 1 < lines.length && DOC_NUMBER_HEAD.test(lines[i]) && DOC_NUMBER_TAIL.test(lines[i + 1])) {
		const two = parseDocNumber(lines[i].trim() + lines[i + 1].trim());
		if (two) return { docNumber: two, canonical: formatDocNumber(two), span: 2 };
	}
	return null;
}

// ---------------------------------------------------------------- unified number

/** A line that is a unified number (ZJCC01–2022–0021, hyphens, spaces, full-width): as printed with en dashes. */
export function recogniseUnifiedNumber(line: string): string | null {
	const u = parseUnifiedNumber(line);
	return u ? formatUnifiedNumber(u) : null;
}

/** A unified number at `lines[i]`, also when broken over two lines after a dash. */
export function recogniseUnifiedNumberAt(lines: readonly string[], i: number): { unifiedNumber: string; span: 1 | 2 } | null {
	const one = recogniseUnifiedNumber(lines[i]);
	if (one) return { unifiedNumber: one, span: 1 };
	if (i + 1 < lines.length && /^\s*[A-ZＡ-Ｚa-z]{2,6}[0-9０-９]{1,4}\s*[-–—－‐‑−]?/u.test(lines[i])) {
		const two = recogniseUnifiedNumber(lines[i].trim() + lines[i + 1].trim());
		if (two) return { unifiedNumber: two, span: 2 };
	}
	return null;
}

// ---------------------------------------------------------------- dates

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', '○': '0', Ｏ: '0' };

/** 2022年12月22日 (also ２０２２年１２月２２日, spaces inside, 二〇二二年十二月二十二日) → 2022-12-22; null if not a real day. */
export function parseChineseDate(text: string): CalendarDate | null {
	const t = toHalfWidthAlnum(text).replace(/[\s\u3000]+/gu, '');
	let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(t);
	let parts: [string, number, number] | null = null;
	if (m) parts = [m[1], Number(m[2]), Number(m[3])];
	else {
		m = /([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,4})日/u.exec(t);
		if (m) {
			const month = parseChineseNumeral(m[2]);
			const day = parseChineseNumeral(m[3]);
			if (month !== null && day !== null) parts = [[...m[1]].map((c) => CN_DIGIT[c]).join(''), month, day];
		}
	}
	if (!parts) return null;
	const iso = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
	return isCalendarDate(iso) ? iso : null;
}

/** A line that is only a date (the one under a signature): its day, else null. */
export function recogniseDateLine(line: string): CalendarDate | null {
	const t = line.trim();
	if (!/^[\s\u3000]*[0-9０-９〇零一二三四五六七八九○Ｏ]{4}\s*年.{1,6}月.{1,6}日$/u.test(t)) return null;
	return parseChineseDate(t);
}

/** 12月9日 → the day in the issue's year; a December day in a January issue is last year's. */
export function monthDayInIssue(text: string, issue: string): CalendarDate | null {
	const m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(toHalfWidthAlnum(text));
	if (!m) return null;
	const [year, month] = issue.split('-').map(Number);
	const mm = Number(m[1]);
	const y = mm > month + 1 ? year - 1 : year;
	const iso = `${y}-${String(mm).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}`;
	return isCalendarDate(iso) ? iso : null;
}

// ---------------------------------------------------------------- effective date and expiry

export interface Effective {
	/** What the date is taken from: the signed date, the published date, or a date printed in the phrase. */
	from: 'signed' | 'published' | 'date';
	date?: CalendarDate;
	/** The printed words, e.g. 自印发之日起施行. */
	basis: string;
	/** Where the phrase starts in the text searched. */
	index: number;
}

const IN_FORCE = '(?:施行|实施|执行|生效)';

/**
 * The phrase that sets when a text takes effect: 自印发之日起施行 (the signed
 * date), 自发布之日起施行 (the published date), 自2023年2月1日起施行/实施.
 * Line breaks and spaces inside the phrase are ignored; the basis is the printed words.
 */
export function findEffective(text: string): Effective | null {
	const t = toHalfWidthAlnum(compact(text));
	const found: Effective[] = [];
	for (const m of t.matchAll(new RegExp(`自(印发|下发|发布|公布|颁布)之日起${IN_FORCE}`, 'gu'))) {
		found.push({ from: m[1] === '印发' || m[1] === '下发' ? 'signed' : 'published', basis: m[0], index: m.index! });
	}
	for (const m of t.matchAll(new RegExp(`自(\\d{4}年\\d{1,2}月\\d{1,2}日)起${IN_FORCE}`, 'gu'))) {
		const date = parseChineseDate(m[1]);
		if (date) found.push({ from: 'date', date, basis: m[0], index: m.index! });
	}
	found.sort((a, b) => a.index - b.index);
	return found[0] ?? null;
}

export interface Expiry {
	date: CalendarDate;
	basis: string;
}

/**
 * The phrase that sets the last day in force: 有效期至2025年12月31日, or a
 * number of years counted from the effective date: 有效期10年, 有效期为十年.
 */
export function findExpiry(text: string, effectiveDate: CalendarDate | undefined): Expiry | null {
	const t = toHalfWidthAlnum(compact(text));
	const until = /有效期(?:至|截至|到)(\d{4}年\d{1,2}月\d{1,2}日)/u.exec(t);
	const years = /有效期(?:为)?(\d{1,3}|[一二两三四五六七八九十]{1,3})年/u.exec(t);
	if (until && (!years || until.index <= years.index)) {
		const date = parseChineseDate(until[1]);
		if (date) return { date, basis: until[0] };
	}
	if (years && effectiveDate) {
		const n = /^\d+$/.test(years[1]) ? Number(years[1]) : parseChineseNumeral(years[1].replace('两', '二'));
		if (n) return { date: lastDayOfYears(effectiveDate, n), basis: years[0] };
	}
	return null;
}

// ---------------------------------------------------------------- personnel

export interface PersonnelChange {
	name: string;
	action: 'appoint' | 'remove';
	position: string;
	organisation: string;
	probation?: string;
}

/** Posts as printed after the organisation, longest first. */
const POSITIONS = [
	'党组成员', '副总经理', '总经理', '副董事长', '董事长', '副秘书长', '秘书长', '副局长', '局长', '副主任', '主任', '副院长', '院长',
	'副校长', '校长', '副所长', '所长', '副站长', '站长', '副处长', '处长', '副队长', '队长', '副馆长', '馆长', '副行长', '行长',
	'副社长', '社长', '副会长', '会长', '副主席', '主席', '副书记', '书记', '副市长', '市长', '副区长', '区长', '副县长', '县长',
	'副部长', '部长', '副厅长', '厅长', '副总编辑', '总编辑', '总工程师', '总会计师', '总经济师', '副经理', '经理', '监事长', '监事',
	'董事', '调研员', '巡视员', '专职委员', '委员',
].sort((a, b) => b.length - a.length);

/** Endings of organisation names, longest first: 中心, 公司, 局, 委 … */
const ORGANISATION_SUFFIXES = [
	'有限公司', '集团', '公司', '中心', '委员会', '管委会', '办公室', '研究院', '医院', '学院', '学校', '大学', '银行', '协会', '联合会',
	'局', '委', '办', '院', '会', '所', '站', '处', '队', '厅', '部', '社', '馆', '校', '行', '台', '团', '室', '署', '庭', '科',
].sort((a, b) => b.length - a.length);

/**
 * 温州市林业局局长 → organisation 温州市林业局 + position 局长. The post is
 * matched against the known posts at the end; failing that, the longest
 * organisation ending (中心 before 心) that leaves a post behind.
 */
export function splitOrganisationPosition(text: string): { organisation: string; position: string; guessed: boolean } | null {
	const t = text.trim();
	for (const p of POSITIONS) {
		if (t.endsWith(p) && t.length > p.length) {
			const organisation = t.slice(0, -p.length);
			if (ORGANISATION_SUFFIXES.some((s) => organisation.endsWith(s))) return { organisation, position: p, guessed: false };
		}
	}
	for (let i = t.length - 2; i > 0; i--) {
		const organisation = t.slice(0, i);
		if (ORGANISATION_SUFFIXES.some((s) => organisation.endsWith(s))) return { organisation, position: t.slice(i), guessed: true };
	}
	return null;
}

export interface PersonnelDecision {
	text: string;
	changes: PersonnelChange[];
	/** Posts that had to be split by the fallback rule or could not be split at all. */
	problems: string[];
}

const PROBATION = /[（(]\s*试用期\s*([^）)]+?)\s*[）)]\s*$/u;

function post(name: string, action: PersonnelChange['action'], raw: string, problems: string[]): PersonnelChange[] {
	let text = raw.trim();
	let probation: string | undefined;
	const p = PROBATION.exec(text);
	if (p) {
		probation = p[1];
		text = text.slice(0, p.index).trim();
	}
	// 免去X的A、B职务 / X任A、B: one change per post.
	return text
		.split(/、/u)
		.filter(Boolean)
		.map((one) => {
			const split = splitOrganisationPosition(one);
			if (!split) problems.push(`could not split "${one}" into organisation and position`);
			else if (split.guessed) problems.push(`split "${one}" as ${split.organisation} + ${split.position} by the organisation ending`);
			const change: PersonnelChange = { name, action, position: split?.position ?? one, organisation: split?.organisation ?? one };
			if (probation && action === 'appoint') change.probation = probation;
			return change;
		});
}

/**
 * One printed decision: X任Y（试用期一年）, 免去X的Y职务, X任A，免去其B职务,
 * 免去X的A、B职务. The text is kept as printed, without the closing ；or 。.
 */
export function parsePersonnelDecision(sentence: string): PersonnelDecision | null {
	const text = compactKeepSpaces(sentence).replace(/[；;。.]\s*$/u, '');
	const problems: string[] = [];
	const changes: PersonnelChange[] = [];
	const remove = /^免去(\p{Script=Han}{2,4}?)(?:同志)?的(.+?)职务$/u.exec(text);
	if (remove) {
		changes.push(...post(remove[1], 'remove', remove[2], problems));
		return { text, changes, problems };
	}
	const appoint = /^(\p{Script=Han}{2,4}?)(?:同志)?任(.+?)(?:[，,]\s*免去其(.+?)职务)?$/u.exec(text);
	if (appoint) {
		changes.push(...post(appoint[1], 'appoint', appoint[2], problems));
		if (appoint[3]) changes.push(...post(appoint[1], 'remove', appoint[3], problems));
		return { text, changes, problems };
	}
	return null;
}

function compactKeepSpaces(text: string): string {
	return text.replace(/\s*\n\s*/gu, '').trim();
}

/** Splits the joined decisions of a personnel notice at ；and the final 。. */
export function splitDecisions(text: string): string[] {
	return text
		.split(/[；;]|。(?=.)/u)
		.map((s) => s.trim().replace(/[。.]$/u, ''))
		.filter(Boolean);
}

// ---------------------------------------------------------------- chronicle

/** A chronicle day line, `1日` or `１２日`: the day of the month. */
export function recogniseChronicleDay(line: string): number | null {
	const m = /^[\s\u3000]*([0-9０-９]{1,2})\s*日[\s\u3000]*$/u.exec(line);
	if (!m) return null;
	const d = Number(toHalfWidthAlnum(m[1]));
	return d >= 1 && d <= 31 ? d : null;
}

/** A chronicle entry's first line, `△ 市长张振丰参加…`: the text after the △, else null. */
export function recogniseChronicleEntry(line: string): string | null {
	const m = /^[\s\u3000]*[△▲]\s*(.*)$/u.exec(line);
	return m ? m[1].trim() : null;
}

// ---------------------------------------------------------------- statistics

export interface StatisticsRow {
	indicator: string;
	unit: string;
	month: number | null;
	monthYoY: number | null;
	cumulative: number | null;
	cumulativeYoY: number | null;
	/** True for a # row (其中). */
	sub: boolean;
}

const FIGURE = /^(?:[-−－+]?\d+(?:\.\d+)?|—+|-{2,}|–+)$/u;

function figure(token: string): number | null {
	const t = toHalfWidthAlnum(token).replace(/[−－]/gu, '-');
	if (/^[—–-]{1,}$/u.test(t) && !/^\d/.test(t)) return null;
	return Number(t);
}

/**
 * One row of the indicators table: `一、规模以上工业增加值 亿元 137.74 -3.4 1467.79 4.7`,
 * `　　#一般公共预算收入 亿元 22.85 -23.2 573.85 -2.6`; —— is no figure (null).
 */
export function parseStatisticsRow(line: string): StatisticsRow | null {
	const tokens = toHalfWidthAlnum(line).trim().split(/[\s\u3000]+/u);
	if (tokens.length < 6) return null;
	const values = tokens.slice(-4);
	if (!values.every((v) => FIGURE.test(v.replace(/[−－]/gu, '-')))) return null;
	const unit = tokens[tokens.length - 5];
	if (/\d/u.test(unit)) return null;
	let indicator = tokens.slice(0, -5).join('');
	const sub = /^[#＃]/u.test(indicator);
	indicator = indicator.replace(/^[#＃]/u, '').replace(/^[一二三四五六七八九十]+、/u, '').replace(/^\d+[.．、]/u, '');
	if (!indicator) return null;
	const [month, monthYoY, cumulative, cumulativeYoY] = values.map(figure);
	return { indicator, unit, month, monthYoY, cumulative, cumulativeYoY, sub };
}

// ---------------------------------------------------------------- photo captions

/** A caption with its credit split off: `…举行        （杨冰杰/摄）` → caption and 杨冰杰. */
export function parseCaption(text: string): { caption: string; credit?: string } {
	const t = text.trim();
	const m = /[（(]\s*([^（）()]+?)\s*[/／]\s*摄\s*[）)]\s*$/u.exec(t);
	if (!m) return { caption: t };
	return { caption: t.slice(0, m.index).trim(), credit: m[1] };
}

// ---------------------------------------------------------------- titles

/** The regulation a cover notice issues, from its first 《…》 (nested 《》 respected). */
export function firstBookTitle(text: string): string | null {
	const start = text.indexOf('《');
	if (start < 0) return null;
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === '《') depth++;
		else if (text[i] === '》' && --depth === 0) return text.slice(start + 1, i);
	}
	return null;
}

/** 关于《温州市火灾事故调查处理规定》的政策解读 → 温州市火灾事故调查处理规定. */
export function interpretedTitle(title: string): string | null {
	const m = /^关于《(.+)》的?政策解读$/u.exec(compactTitle(title));
	return m ? m[1] : null;
}

/** A title joined from its printed lines: line breaks dropped, inner spaces kept as one. */
export function compactTitle(text: string): string {
	return text.replace(/\s*\n\s*/gu, '').replace(/[ \u3000]+/gu, ' ').trim();
}
