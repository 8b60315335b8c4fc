/**
 * toSearchRecord: one page as a Pagefind custom record — the title block, the
 * block of a document's own numbers, the text in index form and its lone
 * characters — with the meta and filters search results use; inIndexOrder;
 * the validity filter's values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	inIndexOrder,
	matchPlace,
	NUMBER_WORDS,
	parseValidityKey,
	SEARCH_LANGUAGE,
	TEXT_START,
	TITLE_WORDS,
	textSpan,
	toSearchRecord,
	validityKey,
	type SearchInfo,
} from './record.ts';
import { fromIndexText, toCharIndexText, toIndexText, toNumberIndexText, toTitleIndexText } from './text.ts';
import { statusOn } from '../../gazette/validity.ts';

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
};

const BRIEF_TITLE = '市政府常务会议研究消防安全和留工稳产工作';
const BRIEF_TEXT = `${BRIEF_TITLE}\n12月22日，市委副书记、市长张振丰主持召开市政府常务会议。`;
const BRIEF_INFO: SearchInfo = { section: '政务简讯', issue: '2022-12', date: '2022-12-22' };

const record = (title: string, text: string, info: SearchInfo, url = '/x/') => toSearchRecord({ url, title, text, info });

/** The words of a block of `size`: `indexText`'s, then gaps. */
const block = (indexText: string, size: number) => {
	const words = indexText ? indexText.split(' ') : [];
	return [...words, ...Array<string>(size - words.length).fill('-')];
};

describe('toSearchRecord', () => {
	it('makes a document page a record with every fact as meta, and its filters', () => {
		const r = record(DOCUMENT_TITLE, DOCUMENT_TEXT, DOCUMENT_INFO, '/documents/温政办-2022-94/');
		expect(r.url).toBe('/documents/温政办-2022-94/');
		expect(r.language).toBe('und');
		expect(r.meta).toEqual({
			title: DOCUMENT_TITLE,
			section: '市政府办公室文件',
			issue: '2022-12',
			date: '2022-12-22',
			appendedWords: String(`${toCharIndexText(DOCUMENT_TEXT)} ${toNumberIndexText(DOCUMENT_TEXT)}`.split(' ').length),
			docNumber: '温政办〔2022〕94号',
			unifiedNumber: 'ZJCC01-2022-0021',
			effectiveDate: '2022-12-22',
			expiryDate: '2023-06-30',
		});
		expect(r.filters).toEqual({
			year: ['2022'],
			section: ['市政府办公室文件'],
			issuer: ['温州市人民政府办公室'],
			validity: ['2022-12-22/2023-06-30/'],
		});
		expect(Object.keys(r)).not.toContain('sort');
	});

	it('makes a brief a record with only the facts it has: no empty meta, no empty filters', () => {
		const r = record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO);
		expect(r.meta).toEqual({
			title: BRIEF_TITLE,
			section: '政务简讯',
			issue: '2022-12',
			date: '2022-12-22',
			appendedWords: String(toCharIndexText(BRIEF_TEXT).split(' ').length),
		});
		expect(r.filters).toEqual({ year: ['2022'], section: ['政务简讯'] });
		expect(record(BRIEF_TITLE, BRIEF_TEXT, { ...BRIEF_INFO, issuers: [] }).filters).not.toHaveProperty('issuer');
		for (const value of Object.values(r.meta)) expect(typeof value).toBe('string');
	});

	it('files a record under the year of its issue', () => {
		expect(record(BRIEF_TITLE, BRIEF_TEXT, { section: '政务简讯', issue: '2023-01', date: '2022-12-30' }).filters.year).toEqual(['2023']);
	});

	it('is indexed under a language tag Pagefind does not segment or stem', () => {
		expect(SEARCH_LANGUAGE).toBe('und');
		expect(record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO).language).toBe(SEARCH_LANGUAGE);
	});

	it('lays the content out as title block, number block, text, the text\'s lone characters and numbers', () => {
		const r = record(DOCUMENT_TITLE, DOCUMENT_TEXT, DOCUMENT_INFO);
		expect(toNumberIndexText('温政办〔2022〕94号')).toBe('温政办202294 政办202294 办202294');
		const numbers = `${toNumberIndexText('温政办〔2022〕94号')} - zjcc0120220021`;
		expect(r.content.split(' ')).toEqual([
			...block(toTitleIndexText(DOCUMENT_TITLE), TITLE_WORDS),
			...block(numbers, NUMBER_WORDS),
			...toIndexText(DOCUMENT_TEXT).split(' '),
			...toCharIndexText(DOCUMENT_TEXT).split(' '),
			...toNumberIndexText(DOCUMENT_TEXT).split(' '),
		]);
		expect(toNumberIndexText(DOCUMENT_TEXT).split(' ')).toEqual(['温政办202294', '政办202294', '办202294', 'zjcc0120220021']);
		expect(TEXT_START).toBe(TITLE_WORDS + NUMBER_WORDS);
		// A brief has no numbers: its number block is gaps only.
		expect(record(BRIEF_TITLE, BRIEF_TEXT, BRIEF_INFO).content.split(' ').slice(TITLE_WORDS, TEXT_START)).toEqual(block('', NUMBER_WORDS));
	});

	it.each([
		['a document', DOCUMENT_TITLE, DOCUMENT_TEXT],
		['a brief', BRIEF_TITLE, BRIEF_TEXT],
		['a text ending with its own title', '火灾事故', '调查火灾事故'],
		['a Latin title', 'RCEP', '加大RCEP合作'],
		['a title with a 文号', '温政办〔2022〕94号', '温政办〔2022〕94号'],
		['a title of punctuation only', '——', '正文'],
		['an empty text', '火灾', ''],
	])('gives back the text of %s from textSpan, and nothing of the blocks or the lone characters', (_, title, text) => {
		const r = record(title, text, DOCUMENT_INFO);
		expect(r.content.slice(...textSpan(r.content, r.meta))).toBe(toIndexText(text));
		expect(fromIndexText(r.content.slice(...textSpan(r.content, r.meta)))).toBe(fromIndexText(toIndexText(text)));
	});

	it('appends the characters of a text that are no word alone in it, once each', () => {
		const chars = toCharIndexText(DOCUMENT_TEXT);
		expect(chars.split(' ').length).toBeGreaterThan(20);
		expect(record(DOCUMENT_TITLE, DOCUMENT_TEXT, DOCUMENT_INFO).content.endsWith(` ${toIndexText(DOCUMENT_TEXT)} ${chars} ${toNumberIndexText(DOCUMENT_TEXT)}`)).toBe(true);
		// 州 is only inside bigrams of the text (温州市), so it is appended, once.
		expect(toIndexText(DOCUMENT_TEXT).split(' ')).not.toContain('州');
		expect(chars.split(' ').filter((w) => w === '州')).toEqual(['州']);
		expect(record('——', '正文', BRIEF_INFO).meta.appendedWords).toBe('2'); // 正 文
		expect(record('——', '', BRIEF_INFO).meta.appendedWords).toBe('0');
	});
});

describe('matchPlace', () => {
	it.each([
		[0, 'title'],
		[TITLE_WORDS - 1, 'title'],
		[TITLE_WORDS, 'own-number'],
		[TEXT_START - 1, 'own-number'],
		[TEXT_START, 'text'],
		[TEXT_START + 10_000, 'text'],
	])('reads a first match at word %i as the %s', (at, place) => {
		expect(matchPlace(at)).toBe(place);
	});
});

describe('inIndexOrder', () => {
	it('puts the newest issue first, then the newest item date, then orders by address, whatever the order given', () => {
		const r = (url: string, issue: string, date: string) => record('标题', '正文', { section: '政务简讯', issue, date }, url);
		const records = [
			r('/b/', '2022-12', '2022-12-01'),
			r('/a/', '2022-12', '2022-12-01'),
			r('/c/', '2023-01', '2022-12-30'),
			r('/d/', '2022-12', '2022-12-22'),
			r('/e/', '2021-06', '2021-06-30'),
		];
		const urls = ['/c/', '/d/', '/a/', '/b/', '/e/'];
		expect(inIndexOrder(records).map((x) => x.url)).toEqual(urls);
		expect(inIndexOrder([...records].reverse()).map((x) => x.url)).toEqual(urls);
		expect(records.map((x) => x.url)).toEqual(['/b/', '/a/', '/c/', '/d/', '/e/']);
	});
});

describe('the validity filter', () => {
	it.each([
		[{ effectiveDate: '2022-12-22', expiryDate: '2023-06-30' }, '2022-12-22/2023-06-30/'],
		[{ effectiveDate: '2023-01-01' }, '2023-01-01//'],
		[{ effectiveDate: '2022-12-22', expiryDate: '2023-06-30', repealedDate: '2023-01-20' }, '2022-12-22/2023-06-30/2023-01-20'],
		[{ effectiveDate: '2022-12-06', repealedDate: '2023-03-01' }, '2022-12-06//2023-03-01'],
	])('writes the dates %j as %s and reads them back', (dates, key) => {
		expect(validityKey(dates)).toBe(key);
		expect(parseValidityKey(key)).toEqual(dates);
	});

	it('lets the status be worked out on any day from the value alone', () => {
		const key = record('某通知', '正文', { ...BRIEF_INFO, effectiveDate: '2023-01-01', expiryDate: '2023-06-30', repealedDate: '2023-05-01' }).filters.validity[0];
		const on = (day: string) => statusOn(parseValidityKey(key), day);
		expect([on('2022-12-31'), on('2023-01-01'), on('2023-04-30'), on('2023-05-01'), on('2023-07-01')]).toEqual([
			'not-yet-in-force',
			'in-force',
			'in-force',
			'repealed',
			'repealed',
		]);
	});
});

describe('a repealed document', () => {
	it('carries its repeal date to the results and the validity filter, so both show 已废止 from the reader’s day', () => {
		const r = toSearchRecord({
			url: '/documents/温政办-2022-94/',
			title: '某通知',
			text: '正文',
			info: { section: '市政府办公室文件', issue: '2022-12', date: '2022-12-22', effectiveDate: '2022-12-22', expiryDate: '2023-06-30', repealedDate: '2023-01-20' },
		});
		expect(r.meta.repealedDate).toBe('2023-01-20');
		expect(r.filters.validity).toEqual(['2022-12-22/2023-06-30/2023-01-20']);
	});
});

describe('the worked example at the top of record.ts', () => {
	const source = readFileSync(new URL('./record.ts', import.meta.url), 'utf8');
	const line = (label: string) => new RegExp(` \\* {3}${label}[^:]*: +(.*)$`, 'm').exec(source)![1].trim();
	const record = toSearchRecord({ url: '/documents/温政办-2022-96/', title: '火灾调查规定', text: '第一条　调查火灾。', info: { section: '市政府办公室文件', issue: '2022-12', date: '2022-12-26', docNumber: '温政办〔2022〕96号' } });
	const words = record.content.split(' ');
	/** A block as the comment writes it: its words, then "- … -" for the filler. */
	const shown = (block: string[]) => {
		const filled = block.indexOf('-');
		return filled < 0 ? block.join(' ') : `${block.slice(0, filled).join(' ')} - … -`;
	};

	it('is what toSearchRecord makes', () => {
		expect(source).toContain(`Its content is ${words.length} words`);
		expect(shown(words.slice(0, TITLE_WORDS))).toBe(line('title block'));
		expect(shown(words.slice(TITLE_WORDS, TEXT_START))).toBe(line('number block'));
		const appended = Number(record.meta.appendedWords);
		expect(words.slice(TEXT_START, words.length - appended).join(' ')).toBe(line('text'));
		expect(words.slice(-appended).join(' ')).toBe(line('appended'));
		expect(source).toContain(`the last ${appended} words`);
	});
});
