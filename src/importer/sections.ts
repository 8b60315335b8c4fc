/**
 * The issue's other sections: the photos at the start, the personnel notice,
 * the briefs, the chronicle, the statistics table and the feature with its
 * photo captions. Each parser takes its region's printed lines.
 */
import { closeUp, compact, isBlank, nonBlank, type SourceLine } from './lines.ts';
import type { BriefItem, ChronicleItem, FeatureItem, ParseContext, PersonnelItem, PhotosItem, Picture, StatisticsItem } from './model.ts';
import { reflow, toMarkdown } from './reflow.ts';
import {
	monthDayInIssue,
	parseCaption,
	parsePersonnelDecision,
	parseStatisticsRow,
	recogniseChronicleDay,
	recogniseChronicleEntry,
	splitDecisions,
} from './recognisers.ts';
import { briefHeadlineAt, withoutRunningHeads } from './segment.ts';

/** Runs of consecutive printed lines (a blank line ends a run). */
function runs(lines: readonly SourceLine[]): SourceLine[][] {
	const out: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const l of lines) {
		if (isBlank(l)) {
			if (current.length) out.push(current);
			current = [];
		} else current.push(l);
	}
	if (current.length) out.push(current);
	return out;
}

// ---------------------------------------------------------------- photos

/** A run of lines split after each line that ends with a credit （刘伟/摄）. */
function captionRuns(lines: readonly SourceLine[]): SourceLine[][] {
	const out: SourceLine[][] = [];
	for (const run of runs(lines)) {
		let current: SourceLine[] = [];
		for (const l of run) {
			current.push(l);
			if (parseCaption(l.text).credit) {
				out.push(current);
				current = [];
			}
		}
		if (current.length) out.push(current);
	}
	return out;
}

/** 图片新闻: each caption is a run of lines, the credit （刘伟/摄） at its end. */
export function parsePhotos(region: readonly SourceLine[], ctx: ParseContext): PhotosItem {
	const photos: Picture[] = [];
	for (const run of captionRuns(region)) {
		const { caption, credit } = parseCaption(run.map((l) => l.text.trim()).join(''));
		const text = closeUp(caption);
		if (!text) continue;
		photos.push({ caption: text, ...(credit ? { credit } : {}), line: run[0].no });
		if (!credit) ctx.warnings.add(run[0].no, `photo ${photos.length}`, 'credit', `no photographer credit （…/摄） printed: ${text}`);
	}
	return { kind: 'photos', line: region[0]?.no ?? 1, photos };
}

// ---------------------------------------------------------------- personnel

/** 人事任免: 市人民政府决定： then decisions separated by ；, the title and 机构人事 printed among them. */
export function parsePersonnel(region: readonly SourceLine[], ctx: ParseContext): PersonnelItem {
	const lines = withoutRunningHeads(nonBlank(region));
	const first = lines[0]?.no ?? 1;
	const w = ctx.warnings;
	let title = '';
	let decidedBy = '';
	let decidedLine = first;
	const decisionLines: SourceLine[] = [];
	for (const l of lines) {
		const t = compact(l.text);
		if (!title && /人事任免$/u.test(t) && t.length <= 20) title = t;
		else if (!decidedBy && /决定[：:]$/u.test(t)) {
			decidedBy = t.replace(/[：:]$/u, '');
			decidedLine = l.no;
		} else decisionLines.push(l);
	}
	const month = Number(ctx.issue.slice(5));
	if (!title) {
		title = `${month}月份市政府人事任免`;
		w.add(first, 'personnel', 'title', `no …人事任免 title printed; using ${title}`);
	}
	if (!decidedBy) {
		decidedBy = '市人民政府决定';
		w.add(first, 'personnel', 'decidedBy', 'no …决定： line; using 市人民政府决定');
	}
	const joined = decisionLines.map((l) => closeUp(l.text)).join('');
	const decisions: PersonnelItem['decisions'] = [];
	for (const sentence of splitDecisions(joined)) {
		const line = decisionLines.find((l) => compact(sentence).startsWith(compact(l.text).slice(0, 4)))?.no ?? decidedLine;
		const parsed = parsePersonnelDecision(sentence);
		if (!parsed) {
			w.add(line, 'personnel', 'decisions', `could not read the decision: ${sentence}`);
			continue;
		}
		for (const p of parsed.problems) w.add(line, 'personnel', 'decisions', p);
		decisions.push({ text: parsed.text, changes: parsed.changes });
	}
	return { kind: 'personnel', line: first, title, decidedBy, decisions };
}

// ---------------------------------------------------------------- briefs

/** A short name for a brief's file: the meeting it reports, else the headline's start. */
export function briefKeyword(title: string): string {
	let t = title.replace(/[（(][^）)]*[）)]/gu, '').replace(/[“”"《》\s]/gu, '');
	const after = /主持召开(.+)$/u.exec(t);
	if (after) t = after[1];
	const meeting = /^(.*?(?:座谈会|会议|大会|论坛))/u.exec(t);
	if (meeting) t = meeting[1];
	// A leader's name and verb before the subject: 张振丰部署新冠病毒感染防控工作.
	t = t.replace(/^\p{Script=Han}{2,3}?(?:部署|主持|出席|调研|督查|检查|会见|看望|慰问)/u, '').replace(/(召开|举行|工作)$/u, '');
	return [...t].slice(0, 12).join('').replace(/[\\/:*?"<>|]/gu, '');
}

/** 政务简讯: each brief is a headline (1–3 short lines) and its text; the first paragraph names the day. */
export function parseBriefs(region: readonly SourceLine[], ctx: ParseContext): BriefItem[] {
	const lines = withoutRunningHeads(nonBlank(region));
	const text = lines.map((l) => l.text);
	const starts: { at: number; span: number }[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (i > 0 && !/。\s*$/u.test(text[i - 1])) continue;
		const span = briefHeadlineAt(text, i);
		if (span > 0) {
			starts.push({ at: i, span });
			i += span - 1;
		}
	}
	if (starts.length === 0 && lines.length > 0) {
		ctx.warnings.add(lines[0].no, 'briefs', 'title', 'no brief headline found');
		return [];
	}
	return starts.map((s, k) => {
		const title = text.slice(s.at, s.at + s.span).map((t) => compact(t)).join('');
		const end = k + 1 < starts.length ? starts[k + 1].at : lines.length;
		const paragraphs = reflow(lines.slice(s.at + s.span, end));
		const opening = paragraphs[0]?.text ?? '';
		const date = monthDayInIssue(opening.split('。')[0], ctx.issue) ?? undefined;
		if (!date) ctx.warnings.add(lines[s.at].no, title, 'date', 'no day (12月9日) in the first sentence');
		return { kind: 'brief' as const, line: lines[s.at].no, title, ...(date ? { date } : {}), keyword: briefKeyword(title), body: toMarkdown(paragraphs) };
	});
}

// ---------------------------------------------------------------- chronicle

/** 政府记事: day lines (1日), then △ entries that run on over lines and pages. */
export function parseChronicle(region: readonly SourceLine[], ctx: ParseContext): ChronicleItem {
	const lines = withoutRunningHeads(nonBlank(region));
	const first = lines[0]?.no ?? 1;
	const w = ctx.warnings;
	let title = '';
	const [year, issueMonth] = ctx.issue.split('-').map(Number);
	let month = issueMonth;
	const days: ChronicleItem['days'] = [];
	let entry: string[] | null = null;
	let lastDay = 0;
	for (const l of lines) {
		const t = compact(l.text);
		const titled = /^(\d{1,2})月份.*记事$/u.exec(t);
		if (titled && !title) {
			title = t;
			month = Number(titled[1]);
			if (month !== issueMonth) w.add(l.no, title, 'days', `the chronicle is for month ${month}, the issue is ${ctx.issue}`);
			continue;
		}
		const day = recogniseChronicleDay(l.text);
		if (day !== null) {
			if (day <= lastDay) w.add(l.no, 'chronicle', 'days', `${day}日 is not after ${lastDay}日`);
			lastDay = day;
			days.push({ date: `${month > issueMonth ? year - 1 : year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, entries: [] });
			entry = null;
			continue;
		}
		const opened = recogniseChronicleEntry(l.text);
		if (opened !== null) {
			if (days.length === 0) {
				w.add(l.no, 'chronicle', 'days', 'an entry before the first day line');
				continue;
			}
			entry = [closeUp(opened)];
			days[days.length - 1].entries.push('');
		} else if (entry) entry.push(closeUp(l.text));
		else {
			w.add(l.no, 'chronicle', 'entries', `a line outside any entry: ${l.text.trim()}`);
			continue;
		}
		const d = days[days.length - 1];
		d.entries[d.entries.length - 1] = entry.join('');
	}
	if (!title) {
		title = `${issueMonth}月份市政府记事`;
		w.add(first, 'chronicle', 'title', `no …记事 title printed; using ${title}`);
	}
	for (const d of days) if (d.entries.length === 0) w.add(first, 'chronicle', 'days', `${d.date} has no entries`);
	return { kind: 'chronicle', line: first, title, days: days.filter((d) => d.entries.length > 0) };
}

// ---------------------------------------------------------------- statistics

/** 统计数据: source (…制), title, header rows, indicator rows, 注： notes. */
export function parseStatistics(region: readonly SourceLine[], ctx: ParseContext): StatisticsItem {
	const lines = withoutRunningHeads(nonBlank(region));
	const first = lines[0]?.no ?? 1;
	const w = ctx.warnings;
	let source = '';
	let title = '';
	const rows: StatisticsItem['rows'] = [];
	const notes: string[] = [];
	let parent: string | undefined;
	let inNotes = false;
	for (const l of lines) {
		const t = closeUp(l.text);
		const c = compact(l.text);
		if (!source && /制$/u.test(c) && rows.length === 0) {
			source = c.replace(/制$/u, '');
			continue;
		}
		if (!title && /统计指标$/u.test(c)) {
			title = c;
			continue;
		}
		const note = /^注[：:]\s*(.*)$/u.exec(t);
		if (note) {
			notes.push(note[1]);
			inNotes = true;
			continue;
		}
		if (inNotes) {
			notes[notes.length - 1] += t;
			continue;
		}
		const row = parseStatisticsRow(l.text);
		if (row) {
			const { sub, ...figures } = row;
			if (sub && !parent) w.add(l.no, row.indicator, 'parent', 'a # row with no row above it');
			rows.push({ ...figures, ...(sub && parent ? { parent } : {}) });
			if (!sub) parent = row.indicator;
			continue;
		}
		if (rows.length > 0) w.add(l.no, 'statistics', 'rows', `could not read this line as a row: ${t}`);
		// Before the first row: the table's header (指标 单位 当月 同比±% 累计 同比±%).
	}
	const m = /(\d{4})年(\d{1,2})月/u.exec(title);
	const month = m ? `${m[1]}-${m[2].padStart(2, '0')}` : ctx.issue;
	if (!m) w.add(first, 'statistics', 'month', `no month in the title; using the issue month ${ctx.issue}`);
	if (!title) w.add(first, 'statistics', 'title', 'no …统计指标 title found');
	if (!source) w.add(first, 'statistics', 'source', 'no …制 line naming who compiled the table');
	return { kind: 'statistics', line: first, title, source, month, rows, notes };
}

// ---------------------------------------------------------------- feature

/** 县区风采: title and subtitle lines, the text, then photo captions side by side at the end. */
export function parseFeature(region: readonly SourceLine[], ctx: ParseContext): FeatureItem {
	const w = ctx.warnings;
	const groups = runs(withoutRunningHeads(region));
	const first = groups[0]?.[0]?.no ?? region[0]?.no ?? 1;
	const heading = groups[0] ?? [];
	const title = closeUp(heading[0]?.text ?? '');
	const subtitle = heading[1] ? heading.slice(1).map((l) => closeUp(l.text)).join('') : undefined;
	const rest = groups.slice(1).flat();
	// Captions: the lines at the end that do not end a sentence.
	let captionFrom = rest.length;
	while (captionFrom > 0 && !/[。！？；：]$/u.test(closeUp(rest[captionFrom - 1].text))) captionFrom--;
	const bodyLines = rest.slice(0, captionFrom);
	const captionLines = new Set(rest.slice(captionFrom).map((l) => l.no));
	const photos: Picture[] = [];
	for (const run of groups.slice(1)) {
		const mine = run.filter((l) => captionLines.has(l.no));
		mine.forEach((l, i) => {
			const pieces = l.text.trim().split(/[ \u3000]+/u).filter(Boolean);
			if (i > 0 && photos.length > 0 && pieces.length > 0) photos[photos.length - 1].caption += pieces.shift();
			for (const p of pieces) photos.push({ caption: p, line: l.no });
		});
	}
	const pictures = photos.map((p) => ({ ...parseCaption(p.caption), line: p.line }));
	const uncredited = pictures.filter((p) => !p.credit).length;
	if (uncredited > 0) w.add(pictures[0].line, title, 'photos', `${uncredited} photo caption(s) without a credit; captions split at spaces, check where one ends`);
	const place = /^(\p{Script=Han}{2,4}?[市县区])/u.exec(title)?.[1] ?? '';
	if (!place) w.add(first, title, 'place', 'no county or district name at the start of the title');
	if (!subtitle) w.add(first, title, 'subtitle', 'no subtitle line');
	return {
		kind: 'feature',
		line: first,
		title,
		...(subtitle ? { subtitle } : {}),
		place,
		photos: pictures,
		body: toMarkdown(reflow(bodyLines)),
	};
}
