/**
 * Splits a whole issue into its items in printed order: the photos at the
 * start, each document (found by its 文号 line and the head printed around
 * it), the interpretations (found by their 关于《…》的政策解读 titles), the
 * personnel notice, the briefs, the chronicle, the statistics table and the
 * feature. Every section and item starts on a new printed page, which the
 * extraction marks with a leading space; each start is recognised by what
 * the page begins with.
 */
import { closeUp, compact, displayWidth, isBlank, isPageBreak, isRightAligned, type SourceLine } from './lines.ts';
import {
	parseStatisticsRow,
	recogniseChronicleDay,
	recogniseChronicleEntry,
	recogniseDateLine,
	recogniseDocNumberAt,
	recogniseUnifiedNumberAt,
} from './recognisers.ts';

export type RegionKind = 'photos' | 'document' | 'interpretation' | 'personnel' | 'briefs' | 'chronicle' | 'statistics' | 'feature';

export interface Region {
	kind: RegionKind;
	/** The region's lines, blank ones included, in input order. */
	lines: SourceLine[];
}

/** Running heads printed on the pages of a section, never part of the text. */
const RUNNING_HEADS = new Set(['政务简讯', '政府记事', '机构人事', '县区风采', '图片新闻', '统计数据', '市政府文件', '市政府办公室文件', '部门文件', '人事任免']);

/** A running head such as 政 务 简 讯 or 政府记事. */
export function isRunningHead(line: SourceLine | string): boolean {
	return RUNNING_HEADS.has(compact(typeof line === 'string' ? line : line.text));
}

/** Removes running heads. */
export function withoutRunningHeads(lines: readonly SourceLine[]): SourceLine[] {
	return lines.filter((l) => !isRunningHead(l));
}

/**
 * Removes every run of one to four consecutive lines that together print
 * `title` (spaces ignored): a document's title repeated as a page head.
 */
export function withoutTitleRuns(lines: readonly SourceLine[], titles: readonly string[]): { lines: SourceLine[]; removed: number[] } {
	const keys = titles.map(compact).filter((t) => t.length >= 4);
	const text = lines.filter((l) => !isBlank(l));
	const drop = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		let joined = '';
		for (let k = i; k < Math.min(text.length, i + 4); k++) {
			joined += compact(text[k].text);
			if (keys.includes(joined)) {
				for (let j = i; j <= k; j++) drop.add(text[j].no);
				break;
			}
			if (!keys.some((key) => key.startsWith(joined))) break;
		}
	}
	return { lines: lines.filter((l) => !drop.has(l.no)), removed: [...drop] };
}

/** Consecutive lines (at most four) from `i` that print 关于《…》的政策解读; their count, else 0. */
export function interpretationTitleAt(text: readonly string[], i: number): number {
	if (!compact(text[i]).startsWith('关于')) return 0;
	let joined = '';
	for (let k = i; k < Math.min(text.length, i + 4); k++) {
		joined += compact(text[k]);
		if (/^关于《.+》的?政策解读$/u.test(joined)) return k - i + 1;
		if (joined.endsWith('政策解读')) return 0;
	}
	return 0;
}

const HEADLINE_PUNCT = /[，。；：！？,;:!?]/u;

/**
 * Lines from `i` that print a brief's headline: one to three short lines with
 * no sentence punctuation, followed by a paragraph that names the day
 * (12月9日，… or …会议12月27日举行). The headline's line count, else 0.
 */
export function briefHeadlineAt(text: readonly string[], i: number, measure = 20): number {
	let k = i;
	while (k < text.length && k < i + 3) {
		const t = closeUp(text[k]);
		if (t === '' || HEADLINE_PUNCT.test(t) || displayWidth(t) > measure - 3 || /^\d{1,2}月\d{1,2}日/u.test(t)) break;
		k++;
	}
	if (k === i || k >= text.length) return 0;
	const opening = text
		.slice(k, k + 3)
		.map(closeUp)
		.join('');
	const firstSentence = opening.split(/[。]/u)[0];
	return /\d{1,2}\s*月\s*\d{1,2}\s*日/u.test(firstSentence.slice(0, 40)) ? k - i : 0;
}

/**
 * Where a document's head starts, looking back from its 文号 line: over the
 * unified number, date and signature printed before it in some layouts, then
 * over the cover notice (a few lines) to the recipients line ending in ：.
 */
function headStart(text: readonly string[], docNumberAt: number, floor: number): number {
	let start = docNumberAt;
	let i = docNumberAt - 1;
	let signed = false;
	while (i > floor) {
		const unified = recogniseUnifiedNumberAt(text, i) !== null;
		if (!unified && !recogniseDateLine(text[i]) && !isRightAligned(text[i])) break;
		signed ||= !unified;
		start = i--;
	}
	if (!signed) return start;
	for (let k = i; k > floor && k >= i - 6; k--) {
		if (/[：:]\s*$/u.test(text[k]) && !isRightAligned(text[k])) {
			return k - 1 > floor && recogniseUnifiedNumberAt(text, k - 1) ? k - 1 : k;
		}
	}
	return start;
}

const DECIDED = /^\S{2,12}决定[：:]$/u;

/** Splits the issue into regions in printed order. */
export function segmentIssue(all: readonly SourceLine[]): Region[] {
	const lines = all.filter((l) => !isBlank(l));
	const text = lines.map((l) => l.text);
	const n = lines.length;

	// Documents: every line that is a 文号 alone.
	const docStarts: number[] = [];
	let lastDocNumber = -1;
	for (let i = 0; i < n; i++) {
		if (!recogniseDocNumberAt(text, i)) continue;
		const floor = docStarts.length > 0 ? lastDocNumber + 1 : -1;
		docStarts.push(headStart(text, i, floor));
		lastDocNumber = i;
	}
	const afterDocs = lastDocNumber + 1;

	// The tail sections, each recognised by how its first page begins.
	const find = (from: number, test: (i: number) => boolean) => {
		for (let i = from; i < n; i++) if (test(i)) return i;
		return -1;
	};
	const personnel = find(afterDocs, (i) => DECIDED.test(text[i].trim()));
	const chronicle = find(afterDocs, (i) => recogniseChronicleDay(text[i]) !== null && text.slice(i + 1, i + 3).some((t) => recogniseChronicleEntry(t) !== null));
	const statsMark = find(afterDocs, (i) => /统计局制$|主要统计指标$/u.test(text[i].trim()));
	const statistics = statsMark > 0 && /统计局制$/u.test(text[statsMark - 1].trim()) ? statsMark - 1 : statsMark;

	// Interpretations: each starts at the page its 关于《…》的政策解读 title is printed on.
	const interpretations: number[] = [];
	const tailFloor = [personnel, chronicle, statistics].filter((i) => i >= 0);
	const interpretationsEnd = tailFloor.length > 0 ? Math.min(...tailFloor) : n;
	for (let i = afterDocs; i < interpretationsEnd; i++) {
		const span = interpretationTitleAt(text, i);
		if (span === 0) continue;
		let start = i;
		const floor = interpretations.length > 0 ? interpretations[interpretations.length - 1] + 1 : afterDocs;
		while (start > floor && !isPageBreak(lines[start])) start--;
		if (!interpretations.includes(start)) interpretations.push(start);
		i += span - 1;
	}

	// Briefs: after the personnel notice's closing 。, or after the interpretations.
	let briefs = -1;
	const personnelEnd = personnel >= 0 ? find(personnel, (i) => /。\s*$/u.test(text[i])) : -1;
	const briefsFrom = personnel >= 0 ? (personnelEnd >= 0 ? personnelEnd + 1 : -1) : Math.max(afterDocs, ...interpretations.map((i) => i + 1));
	if (briefsFrom > 0) {
		const end = [chronicle, statistics].filter((i) => i >= briefsFrom);
		const limit = end.length > 0 ? Math.min(...end) : n;
		for (let i = briefsFrom; i < limit; i++) {
			if (isRunningHead(text[i])) continue;
			if ((isPageBreak(lines[i]) || i === briefsFrom) && briefHeadlineAt(text, i) > 0) {
				briefs = i;
				break;
			}
		}
	}

	// The feature: the first page after the statistics (or the chronicle) that is not part of them.
	let feature = -1;
	const featureFrom = statistics >= 0 ? statistics : chronicle;
	if (featureFrom >= 0) {
		for (let i = featureFrom + 1; i < n; i++) {
			if (!isPageBreak(lines[i]) || isRunningHead(text[i])) continue;
			const t = text[i].trim();
			if (parseStatisticsRow(t) || /^注[：:]/u.test(t)) continue;
			if (statistics < 0 && (recogniseChronicleDay(t) !== null || recogniseChronicleEntry(t) !== null || !/。\s*$/u.test(text[i - 1]))) continue;
			feature = i;
			break;
		}
	}

	const starts: { at: number; kind: RegionKind }[] = [
		...docStarts.map((at) => ({ at, kind: 'document' as const })),
		...interpretations.map((at) => ({ at, kind: 'interpretation' as const })),
		...(personnel >= 0 ? [{ at: personnel, kind: 'personnel' as const }] : []),
		...(briefs >= 0 ? [{ at: briefs, kind: 'briefs' as const }] : []),
		...(chronicle >= 0 ? [{ at: chronicle, kind: 'chronicle' as const }] : []),
		...(statistics >= 0 ? [{ at: statistics, kind: 'statistics' as const }] : []),
		...(feature >= 0 ? [{ at: feature, kind: 'feature' as const }] : []),
	].sort((a, b) => a.at - b.at);

	const regions: Region[] = [];
	const slice = (from: number, to: number) => {
		// Back to input lines, blank ones included.
		const first = lines[from].no;
		const last = to < n ? lines[to].no - 1 : all[all.length - 1].no;
		return all.filter((l) => l.no >= first && l.no <= last);
	};
	const firstStart = starts.length > 0 ? starts[0].at : n;
	if (firstStart > 0) regions.push({ kind: 'photos', lines: slice(0, firstStart) });
	starts.forEach((s, k) => regions.push({ kind: s.kind, lines: slice(s.at, k + 1 < starts.length ? starts[k + 1].at : n) }));
	return regions;
}
