import { describe, expect, it } from 'vitest';
import { documentSchema } from './document.ts';

/** 温政办〔2022〕98号's front matter, as the YAML parser hands it over. */
function valid(): Record<string, unknown> {
	return {
		title: '温州市人民政府办公室关于印发深化“医保纾困”改革 强化“一困一老一小”医疗保障实施方案的通知',
		regulationTitle: '关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案',
		docNumber: '温政办〔2022〕98号',
		unifiedNumber: 'ZJCC01–2022–0024',
		category: 'general-office',
		issuers: ['温州市人民政府办公室'],
		recipients: '各县（市、区）人民政府，市各有关单位',
		notice: '《关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案》已经市政府同意，现印发给你们，请认真组织实施。',
		signedDate: new Date('2022-12-31T00:00:00Z'),
		publishedDate: new Date('2022-12-31T00:00:00Z'),
		effectiveDate: new Date('2023-01-01T00:00:00Z'),
		effectiveBasis: '自2023年1月1日起施行',
		expiryDate: new Date('2025-12-31T00:00:00Z'),
		expiryBasis: '有效期至2025年12月31日',
		attachments: [{ label: '附表', title: '因病致贫返贫防范长效机制建议指标', anchor: 'attachment-1' }],
		issue: '2022-12',
	};
}

function issues(data: Record<string, unknown>) {
	const result = documentSchema.safeParse(data);
	expect(result.success, 'expected the document to be rejected').toBe(false);
	return result.error!.issues;
}

function only(data: Record<string, unknown>) {
	const found = issues(data);
	expect(found, JSON.stringify(found)).toHaveLength(1);
	return found[0];
}

describe('documentSchema: valid documents', () => {
	it('accepts 温政办〔2022〕98号 and turns YAML dates into YYYY-MM-DD', () => {
		const doc = documentSchema.parse(valid());
		expect(doc).toMatchObject({
			docNumber: '温政办〔2022〕98号',
			unifiedNumber: 'ZJCC01–2022–0024',
			signedDate: '2022-12-31',
			publishedDate: '2022-12-31',
			effectiveDate: '2023-01-01',
			expiryDate: '2025-12-31',
		});
	});

	it('accepts a document with neither expiry nor unified number nor attachments, defaulting attachments to []', () => {
		const data = valid();
		delete data.expiryDate;
		delete data.expiryBasis;
		delete data.unifiedNumber;
		delete data.attachments;
		const doc = documentSchema.parse(data);
		expect(doc.expiryDate).toBeUndefined();
		expect(doc.unifiedNumber).toBeUndefined();
		expect(doc.attachments).toEqual([]);
	});

	it('prints a unified number typed with hyphens in lower case with en dashes', () => {
		expect(documentSchema.parse({ ...valid(), unifiedNumber: 'zjcc01-2022-0024' }).unifiedNumber).toBe('ZJCC01–2022–0024');
	});

	it('accepts an expiry on the effective day itself', () => {
		expect(documentSchema.safeParse({ ...valid(), effectiveDate: '2023-01-01', expiryDate: '2023-01-01' }).success).toBe(true);
	});

	it('accepts a joint document with several issuers', () => {
		const issuers = ['中共温州市委组织部', '温州市人力资源和社会保障局', '温州市财政局'];
		expect(documentSchema.parse({ ...valid(), issuers, category: 'department' }).issuers).toEqual(issuers);
	});
});

describe('documentSchema: errors say what to write', () => {
	it('missing title', () => {
		const data = valid();
		delete data.title;
		const issue = only(data);
		expect(issue.path).toEqual(['title']);
		expect(issue.message).toBe('title is required');
	});

	it('blank title', () => {
		const issue = only({ ...valid(), title: '  ' });
		expect(issue.path).toEqual(['title']);
		expect(issue.message).toBe('title must not be empty');
	});

	it.each([
		['ASCII brackets', '温政办[2022]94号'],
		['a leading zero', '温政办〔2022〕094号'],
		['no 号', '温政办〔2022〕94'],
	])('malformed docNumber (%s): %s', (_label, value) => {
		const issue = only({ ...valid(), docNumber: value });
		expect(issue.path).toEqual(['docNumber']);
		expect(issue.message).toContain(value);
		expect(issue.message).toContain('〔');
		expect(issue.message).toContain('e.g. 温政办〔2022〕94号');
	});

	it.each([
		['signedDate', '2022-13-01'],
		['publishedDate', '2022年12月1日'],
		['effectiveDate', '2023-02-30'],
		['expiryDate', '2025/12/31'],
	])('unparseable %s: %s', (field, value) => {
		const issue = only({ ...valid(), [field]: value });
		expect(issue.path).toEqual([field]);
		expect(issue.message).toContain('YYYY-MM-DD');
		expect(issue.message).toContain(value);
	});

	it('an unparseable effectiveDate is reported once, not also as "expiryDate … is before effectiveDate [object Object]"', () => {
		const found = issues({ ...valid(), effectiveDate: '2023-02-30' });
		expect(found.map((i) => i.path)).toEqual([['effectiveDate']]);
		expect(found.map((i) => i.message).join('\n')).not.toContain('[object Object]');
	});

	it('every unparseable date is reported, each at its own field', () => {
		const found = issues({ ...valid(), signedDate: '2022-12-32', effectiveDate: '2023年1月1日' });
		expect(found.map((i) => i.path)).toEqual([['signedDate'], ['effectiveDate']]);
	});

	it('expiryDate before effectiveDate', () => {
		const issue = only({ ...valid(), effectiveDate: '2023-01-01', expiryDate: '2022-12-31' });
		expect(issue.path).toEqual(['expiryDate']);
		expect(issue.message).toContain('2022-12-31');
		expect(issue.message).toContain('2023-01-01');
		expect(issue.message).toContain('before effectiveDate');
	});

	it('expiryDate without expiryBasis', () => {
		const data = valid();
		delete data.expiryBasis;
		const issue = only(data);
		expect(issue.path).toEqual(['expiryBasis']);
		expect(issue.message).toMatch(/give both .* or neither/);
	});

	it('expiryBasis without expiryDate', () => {
		const data = valid();
		delete data.expiryDate;
		expect(only(data).path).toEqual(['expiryBasis']);
	});

	it('unknown category', () => {
		const issue = only({ ...valid(), category: '市政府办公室文件' });
		expect(issue.path).toEqual(['category']);
		expect(issue.message).toBe('category must be one of municipal-government, general-office, department');
	});

	it('unknown extra field (strict), naming the field', () => {
		const issue = only({ ...valid(), indexNumber: '001008003004/2022-00123' });
		expect(issue.path).toEqual(['indexNumber']);
		expect(issue.message).toBe(
			'unknown field "indexNumber"; the fields here are title, regulationTitle, docNumber, unifiedNumber, category, issuers, recipients, notice, signedDate, publishedDate, effectiveDate, effectiveBasis, expiryDate, expiryBasis, repeals, attachments, issue: remove it or correct its name',
		);
	});

	it('a misspelt field is reported as unknown, and the real one as missing', () => {
		const data = valid();
		data.regulationtitle = data.regulationTitle;
		delete data.regulationTitle;
		const found = issues(data);
		expect(found.map((i) => i.path)).toEqual(expect.arrayContaining([['regulationTitle'], ['regulationtitle']]));
		expect(found.find((i) => i.path[0] === 'regulationtitle')!.message).toBe('unknown field "regulationtitle"; did you mean "regulationTitle"?');
	});

	it.each([
		['titel', 'title'],
		['doc_number', 'docNumber'],
		['signed-date', 'signedDate'],
		['efectiveDate', 'effectiveDate'],
		['issuer', 'issuers'],
	])('an unknown field %s suggests %s', (typed, meant) => {
		const data = valid();
		data[typed] = 'x';
		const found = issues(data).find((i) => i.path[0] === typed)!;
		expect(found.message).toBe(`unknown field "${typed}"; did you mean "${meant}"?`);
	});

	it.each(['ZJCC01', '2022-0024', 'ZJCC01–22–0024', '规范性文件', 'ZJ-CC01-2022-0024'])('unified number junk: %s', (value) => {
		const issue = only({ ...valid(), unifiedNumber: value });
		expect(issue.path).toEqual(['unifiedNumber']);
		expect(issue.message).toContain(value);
		expect(issue.message).toContain('ZJCC01–2022–0021');
	});

	it('unknown field in an attachment (strict)', () => {
		const issue = only({ ...valid(), attachments: [{ label: '附表', title: '建议指标', anchor: 'attachment-1', page: 12 }] });
		expect(issue.path).toEqual(['attachments', 0, 'page']);
		expect(issue.message).toMatch(/^unknown field "page"; /);
	});

	it('no issuers', () => {
		const issue = only({ ...valid(), issuers: [] });
		expect(issue.path).toEqual(['issuers']);
		expect(issue.message).toBe('at least one issuer is required');
	});

	it('attachment anchor with spaces', () => {
		const issue = only({ ...valid(), attachments: [{ label: '附表', title: '建议指标', anchor: 'attachment 1' }] });
		expect(issue.path).toEqual(['attachments', 0, 'anchor']);
		expect(issue.message).toBe('anchor must be letters, digits or hyphens');
	});

	it('issue month written as a date', () => {
		const issue = only({ ...valid(), issue: '2022-12-31' });
		expect(issue.path).toEqual(['issue']);
		expect(issue.message).toContain('YYYY-MM');
	});
});
