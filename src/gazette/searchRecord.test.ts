/**
 * toSearchRecord: one page as a Pagefind custom record — its text in index
 * form with the text's lone characters and the title's own words after it,
 * and the meta, filters and sort key search results use.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_LANGUAGE, toSearchRecord, type SearchInfo } from './searchRecord.ts';
import { fromIndexText, toCharIndexText, toIndexText, toTitleIndexText } from './searchText.ts';

const DOCUMENT_TITLE = '温州市人民政府办公室关于印发温州市支持企业“留员工、稳生产、开门红”工作方案的通知';
const DOCUMENT_TEXT = [
	DOCUMENT_TITLE,
	'温政办〔2022〕94号',
	'统一编号\tZJCC01–2022–0021',
	'对春节期间留工的外地员工人数30人以上的企业，每人500元的标准发放一次性留工补助。',
	'加大RCEP合作交流支持。',
].join('\n');
const DOCUMENT_INFO: SearchInfo = {
	section: '市政府办公室文件',
	issue: '2022-12',
	date: '2022-12-22',
	issuers: ['温州市人民政府办公室'],
	docNumber: '温政办〔2022〕94号',
	unifiedNumber: 'ZJCC01-2022-0021',
	effectiveDate: '2022-12-22',
	expiryDate: '2023-06-30',
	status: 'expired',
};

const BRIEF_TITLE = '市政府常务会议研究消防安全和留工稳产工作';
const BRIEF_TEXT = `${BRIEF_TITLE}\n12月22日，市委副书记、市长张振丰主持召开市政府常务会议。`;
const BRIEF_INFO: SearchInfo = { section: '政务简讯', issue: '2022-12', date: '2022-12-22' };

const record = (title: string, text: string, info: SearchInfo, url = '/x/') => toSearchRecord({ url, title, text, info });

/** What the worker does with a record's content: cut the appended words and read the rest back. */
function cutAppended(content: string, appendedWords: string): string {
	const words = content.split(' ');
	return words.slice(0, words.length - Number(appendedWords)).join(' ');
}

/** The words toSearchRecord appends after the text: its lone characters, then the title's words. */
const appendedOf = (title: string, text: string) => [toCharIndexText(text), toTitleIndexText(title)].filter(Boolean).join(' ').split(' ').filter(Boolean);

describe('toSearchRecord', () => {
	it('makes a document page a record with every fact as meta, and its filters and sort key', () => {
		const r = record(DOCUMENT_TITLE, DOCUMENT_TEXT, DOCUMENT_INFO, '/documents/温政办-2022-94/');
		expect(r.url).toBe('/documents/温政办-2022-94/');
		expect(r.language).toBe('und');
		expect(r.meta).toEqual({
			title: DOCUMENT_TITLE,
			section: '市政府办公室文件',
			issue: '2022-12',
			date: '2022-12-22',
			appendedWords: String(appendedOf(DOCUMENT_TITLE, DOCUMENT_TEXT).length),
			docNumber: '温政办〔2022〕94号',
			unifiedNumber: 'ZJCC01-2022-0021',
			effectiveDate: '2022-12-22',
			expiryDate: '2023-06-30',
		});
		expect(r.filters).toEqual({
			year: ['2022'],
			section: ['市政府办公室文件'],
			issuer: ['温州市人民政府办公室'],
			validity: ['expired'],
		});
		expect(r.sort).toEqual({ issue: '2022-12/2022-12-22' });
	});

	it('makes a brief a record with only the facts it has: no empty meta, no empty filters', () => {
		const r = record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO);
		expect(r.meta).toEqual({
			title: BRIEF_TITLE,
			section: '政务简讯',
			issue: '2022-12',
			date: '2022-12-22',
			appendedWords: String(appendedOf(BRIEF_TITLE, BRIEF_TEXT).length),
		});
		expect(r.filters).toEqual({ year: ['2022'], section: ['政务简讯'] });
		expect(r.sort).toEqual({ issue: '2022-12/2022-12-22' });
		expect(record(BRIEF_TITLE, BRIEF_TEXT, { ...BRIEF_INFO, issuers: [] }).filters).not.toHaveProperty('issuer');
		for (const value of Object.values(r.meta)) expect(typeof value).toBe('string');
	});

	it('files a record under the year of its issue, and sorts by issue before the item date', () => {
		const january = record(BRIEF_TITLE, BRIEF_TEXT, { section: '政务简讯', issue: '2023-01', date: '2022-12-30' });
		expect(january.filters.year).toEqual(['2023']);
		expect([january.sort.issue, record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO).sort.issue].sort()).toEqual(['2022-12/2022-12-22', '2023-01/2022-12-30']);
	});

	it('is indexed under a language tag Pagefind does not segment or stem', () => {
		expect(SEARCH_LANGUAGE).toBe('und');
		expect(record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO).language).toBe(SEARCH_LANGUAGE);
	});

	it.each([
		['a document', DOCUMENT_TITLE, DOCUMENT_TEXT],
		['a brief', BRIEF_TITLE, BRIEF_TEXT],
		['a text ending with its own title', '火灾事故', '调查火灾事故'],
		['a Latin title', 'RCEP', '加大RCEP合作'],
		['a title with a 文号', '温政办〔2022〕94号', '温政办〔2022〕94号'],
	])('appends the lone characters and the title words to %s; appendedWords of them, and cutting them gives back the text', (_, title, text) => {
		const r = record(title, text, BRIEF_INFO);
		const titleForm = toTitleIndexText(title);
		const chars = toCharIndexText(text);
		expect(r.content).toBe([toIndexText(text), chars, titleForm].filter(Boolean).join(' '));
		expect(r.content.endsWith(` ${titleForm}`)).toBe(true);
		expect(Number(r.meta.appendedWords)).toBe((chars ? chars.split(' ').length : 0) + titleForm.split(' ').length);
		expect(Number(r.meta.appendedWords)).toBe(appendedOf(title, text).length);
		expect(Number(r.meta.appendedWords)).toBeGreaterThan(0);
		const cut = cutAppended(r.content, r.meta.appendedWords);
		expect(cut).toBe(toIndexText(text));
		expect(fromIndexText(cut)).toBe(fromIndexText(toIndexText(text)));
		expect(fromIndexText(cut)).not.toContain(titleForm.split(' ')[0]);
	});

	it('appends the characters of a text that are no word alone in it, before the title words', () => {
		const r = record(DOCUMENT_TITLE, DOCUMENT_TEXT, DOCUMENT_INFO);
		const chars = toCharIndexText(DOCUMENT_TEXT);
		expect(chars.split(' ').length).toBeGreaterThan(20);
		expect(r.content).toBe(`${toIndexText(DOCUMENT_TEXT)} ${chars} ${toTitleIndexText(DOCUMENT_TITLE)}`);
		// 州 is only inside bigrams of the text (温州市), so it is appended, once.
		expect(toIndexText(DOCUMENT_TEXT).split(' ')).not.toContain('州');
		expect(chars.split(' ').filter((w) => w === '州')).toEqual(['州']);
	});

	it('has no appended words when the title has nothing searchable and every character is a word alone, and no text words when the text is empty', () => {
		const untitled = record('——', '正文', BRIEF_INFO);
		expect(untitled.meta.appendedWords).toBe('0');
		expect(untitled.content).toBe(toIndexText('正文'));
		expect(cutAppended(untitled.content, untitled.meta.appendedWords)).toBe(untitled.content);
		const middle = record('——', '消防安全', BRIEF_INFO);
		expect(middle.content).toBe(`${toIndexText('消防安全')} ${toCharIndexText('消防安全')}`);
		expect(middle.meta.appendedWords).toBe(String(toCharIndexText('消防安全').split(' ').length));
		expect(cutAppended(middle.content, middle.meta.appendedWords)).toBe(toIndexText('消防安全'));
		const empty = record('火灾', '', BRIEF_INFO);
		expect(empty.content).toBe(toTitleIndexText('火灾'));
		expect(empty.meta.appendedWords).toBe(String(toTitleIndexText('火灾').split(' ').length));
		expect(cutAppended(empty.content, empty.meta.appendedWords)).toBe('');
	});
});

describe('a repealed document', () => {
	it('carries its repeal date to the results, so they show 已废止 for the reader’s day', () => {
		const record = toSearchRecord({
			url: '/documents/温政办-2022-94/',
			title: '某通知',
			text: '正文',
			info: { section: '市政府办公室文件', issue: '2022-12', date: '2022-12-22', effectiveDate: '2022-12-22', expiryDate: '2023-06-30', repealedDate: '2023-01-20', status: 'repealed' },
		});
		expect(record.meta.repealedDate).toBe('2023-01-20');
		expect(record.filters.validity).toEqual(['repealed']);
	});
});
