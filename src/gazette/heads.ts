/**
 * What each page says about itself: its title, its one-sentence description
 * and its date. Made here once, so that the page's <head>, its feed entry and
 * its data never word the same item differently.
 */
import { formatChineseDate, formatChineseMonth, type CalendarDate } from './dates.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { InterpretationData } from '../schemas/interpretation.ts';
import type { BriefData } from '../schemas/brief.ts';
import type { FeatureData } from '../schemas/feature.ts';
import type { PersonnelData } from '../schemas/personnel.ts';
import type { ChronicleData } from '../schemas/chronicle.ts';
import type { StatisticsData } from '../schemas/statistics.ts';
import type { PhotoData } from '../schemas/photo.ts';

export interface PageHead {
	/** The page's own title (ArticleTitle, the feed entry's title). */
	title: string;
	/** One or two sentences on what the page holds (Description, the feed entry's description). */
	description: string;
	/** The date of what the page shows (PubDate, the feed entry's date). */
	pubDate: CalendarDate;
	/** Keywords for the Keywords meta tag. */
	keywords: string[];
	/** Who the content comes from (ContentSource), when not the publisher. */
	source?: string;
}

type DocumentHeadData = Pick<DocumentData, 'title' | 'docNumber' | 'regulationTitle' | 'unifiedNumber' | 'issuers' | 'signedDate' | 'publishedDate'>;

export const documentHead = (d: DocumentHeadData): PageHead => ({
	title: d.title,
	description: `${d.docNumber}：${d.title}。${d.issuers.join('、')}${formatChineseDate(d.signedDate)}印发。`,
	pubDate: d.publishedDate,
	keywords: [d.regulationTitle, d.docNumber, ...(d.unifiedNumber ? [d.unifiedNumber] : []), ...d.issuers],
	source: d.issuers.join('、'),
});

export const interpretationHead = (i: Pick<InterpretationData, 'title' | 'interpretingBodies'>, doc: Pick<DocumentData, 'regulationTitle' | 'docNumber'>, publishedDate: CalendarDate, column: string): PageHead => ({
	title: i.title,
	description: `${doc.regulationTitle}（${doc.docNumber}）的政策解读，解读单位：${i.interpretingBodies.join('、')}。`,
	pubDate: publishedDate,
	keywords: [doc.regulationTitle, doc.docNumber, column],
	source: i.interpretingBodies.join('、'),
});

export const briefHead = (b: Pick<BriefData, 'title' | 'date'>, column: string): PageHead => ({
	title: b.title,
	description: `${column}（${formatChineseDate(b.date)}）：${b.title}`,
	pubDate: b.date,
	keywords: [column],
});

export const featureHead = (f: Pick<FeatureData, 'title' | 'subtitle' | 'place'>, published: CalendarDate, column: string): PageHead => ({
	title: f.subtitle ? `${f.title} ${f.subtitle}` : f.title,
	description: `${column}：${f.place}。${f.title}${f.subtitle ? `，${f.subtitle}` : ''}`,
	pubDate: published,
	keywords: [f.place, column],
});

/** An issue as its pages name it. */
export interface IssueHeadData {
	month: string;
	/** 2022年第12期. */
	label: string;
	publishedDate: CalendarDate;
	totalNumber?: number | undefined;
}

/** An issue's contents page: its description names the sections this issue carries, in printed order. */
export const issueHead = (issue: IssueHeadData, sections: string[]): PageHead => ({
	title: `${issue.label}${issue.totalNumber ? `（总第${issue.totalNumber}期）` : ''}`,
	description: `${issue.label}目录，收录${formatChineseMonth(issue.month)}的${sections.join('、')}。`,
	pubDate: issue.publishedDate,
	keywords: [],
});

/** What the print view is called, after the issue's title. */
export const PRINT_EDITION = '（整期打印版）';

/** The issue's print view: the whole issue in printed order, on one page. */
export const issuePrintHead = (issue: IssueHeadData, sections: string[]): PageHead => {
	const head = issueHead(issue, sections);
	return { ...head, title: `${head.title}${PRINT_EDITION}`, description: `${issue.label}全文，按印刷版顺序排在一页，供打印或存为PDF：${sections.join('、')}。` };
};

export const personnelHead = (p: Pick<PersonnelData, 'title' | 'decisions'>, issue: IssueHeadData, column: string): PageHead => ({
	title: p.title,
	description: `${issue.label}人事任免：${p.decisions.map((d) => d.text).join('；')}。`,
	pubDate: issue.publishedDate,
	keywords: [column, ...new Set(p.decisions.flatMap((d) => d.changes.map((c) => c.name)))],
});

export const chronicleHead = (c: Pick<ChronicleData, 'title' | 'days'>, issue: IssueHeadData, column: string): PageHead => ({
	title: c.title,
	description: `${issue.label}政府记事，逐日记录市政府领导的公务活动，共${c.days.length}天。`,
	pubDate: issue.publishedDate,
	keywords: [column],
});

export const statisticsHead = (s: Pick<StatisticsData, 'title' | 'month' | 'rows' | 'source'>, issue: IssueHeadData, column: string): PageHead => ({
	title: s.title,
	description: `${formatChineseMonth(s.month)}国民经济主要统计指标：${s.rows.map((r) => r.indicator).join('、')}。`,
	pubDate: issue.publishedDate,
	keywords: [column, ...s.rows.map((r) => r.indicator)],
	source: s.source,
});

export const photosHead = (p: Pick<PhotoData, 'photos'>, issue: IssueHeadData, column: string): PageHead => ({
	title: `${issue.label}${column}`,
	description: `${issue.label}${column}${p.photos.length}幅：${p.photos.map((photo) => photo.caption).join('；')}`,
	pubDate: issue.publishedDate,
	keywords: [column],
});

export const briefsListHead = (count: number, issue: IssueHeadData, column: string): PageHead => ({
	title: `${issue.label}${column}`,
	description: `${issue.label}${column}${count}篇。`,
	pubDate: issue.publishedDate,
	keywords: [column],
});

export const indicatorHead = (name: string, summary: string, latestIssuePublished: CalendarDate, column: string): PageHead => ({
	title: `${name}历月数据`,
	description: `${name}：${summary}`,
	pubDate: latestIssuePublished,
	keywords: [column, name],
});
