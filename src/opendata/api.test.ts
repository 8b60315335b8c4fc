import { describe, expect, it } from 'vitest';
import { apiDocument, type ApiDocumentInput } from './api.ts';

/** 温政办〔2022〕98号 as the API builder receives it. */
function input(overrides: Partial<ApiDocumentInput['data']> = {}, interpretations: { url: string }[] = []): ApiDocumentInput {
	return {
		data: {
			docNumber: '温政办〔2022〕98号',
			unifiedNumber: 'ZJCC01–2022–0021',
			title: '温州市人民政府办公室关于印发温州市因病致贫返贫防范长效机制实施方案的通知',
			regulationTitle: '温州市因病致贫返贫防范长效机制实施方案',
			category: 'general-office',
			issuers: ['温州市人民政府办公室'],
			recipients: '各县（市、区）人民政府，市政府直属各单位',
			signedDate: '2022-12-20',
			publishedDate: '2022-12-22',
			effectiveDate: '2023-01-01',
			expiryDate: '2025-12-31',
			issue: '2022-12',
			...overrides,
		},
		status: 'not-yet-in-force',
		url: '/documents/温政办-2022-98/',
		interpretations,
		citations: [],
		citedBy: [],
		mentionedIn: [],
		measures: [],
	};
}

describe('apiDocument', () => {
	it('has exactly the documented keys, in the documented order', () => {
		expect(Object.keys(apiDocument(input()))).toEqual([
			'docNumber',
			'unifiedNumber',
			'title',
			'regulationTitle',
			'category',
			'issuers',
			'recipients',
			'signedDate',
			'publishedDate',
			'effectiveDate',
			'expiryDate',
			'status',
			'issue',
			'url',
			'interpretations',
			'cites',
			'citedBy',
			'mentionedIn',
			'repeals',
			'repealedBy',
			'responsibleUnits',
		]);
	});

	it('builds the whole record', () => {
		expect(apiDocument(input({}, [{ url: '/interpretations/2022-12/温政办-2022-98/' }]))).toEqual({
			docNumber: '温政办〔2022〕98号',
			unifiedNumber: 'ZJCC01-2022-0021',
			title: '温州市人民政府办公室关于印发温州市因病致贫返贫防范长效机制实施方案的通知',
			regulationTitle: '温州市因病致贫返贫防范长效机制实施方案',
			category: 'general-office',
			issuers: ['温州市人民政府办公室'],
			recipients: '各县（市、区）人民政府，市政府直属各单位',
			signedDate: '2022-12-20',
			publishedDate: '2022-12-22',
			effectiveDate: '2023-01-01',
			expiryDate: '2025-12-31',
			status: 'not-yet-in-force',
			issue: '2022-12',
			url: '/documents/温政办-2022-98/',
			interpretations: ['/interpretations/2022-12/温政办-2022-98/'],
			cites: [],
			citedBy: [],
			mentionedIn: [],
			repeals: [],
			repealedBy: null,
			responsibleUnits: [],
		});
	});

	it.each([
		['en dashes', 'ZJCC01–2022–0021'],
		['ASCII hyphens', 'ZJCC01-2022-0021'],
		['lower case with spaces', 'zjcc01 2022 0021'],
		['em dashes', 'ZJCC01—2022—0021'],
	])('writes a unified number typed with %s with ASCII hyphens', (_label, typed) => {
		expect(apiDocument(input({ unifiedNumber: typed })).unifiedNumber).toBe('ZJCC01-2022-0021');
	});

	it('keeps the serial’s leading zeros', () => {
		expect(apiDocument(input({ unifiedNumber: 'ZJCC13–2022–0006' })).unifiedNumber).toBe('ZJCC13-2022-0006');
	});

	it('gives null, not undefined or "", for an absent unified number', () => {
		const doc = apiDocument(input({ unifiedNumber: undefined }));
		expect(doc.unifiedNumber).toBeNull();
		expect(JSON.parse(JSON.stringify(doc))).toHaveProperty('unifiedNumber', null);
	});

	it('gives null for an absent expiry date, and keeps the key in JSON', () => {
		const doc = apiDocument(input({ expiryDate: undefined }));
		expect(doc.expiryDate).toBeNull();
		expect(JSON.parse(JSON.stringify(doc))).toHaveProperty('expiryDate', null);
	});

	it('lists interpretations by URL, in order', () => {
		const doc = apiDocument(input({}, [{ url: '/interpretations/a/' }, { url: '/interpretations/b/' }]));
		expect(doc.interpretations).toEqual(['/interpretations/a/', '/interpretations/b/']);
	});

	it('gives an empty list when there are no interpretations', () => {
		expect(apiDocument(input()).interpretations).toEqual([]);
	});

	it('passes the status through', () => {
		expect(apiDocument({ ...input(), status: 'repealed' }).status).toBe('repealed');
	});

	it('lists cross-references: citations with and without a gazette page, repeals, units with their measures', () => {
		const doc = apiDocument({
			...input({ repeals: [{ docNumber: '温政办〔2021〕3号' }] }),
			citations: [{ docNumber: '温政发〔2021〕11号', title: '某实施意见' }, { title: '温州市火灾事故调查处理规定', url: '/documents/温政办-2022-96/' }],
			citedBy: [{ url: '/documents/a/' }, { url: '/documents/a/' }],
			mentionedIn: [{ url: '/briefs/b/' }],
			repealedBy: { docNumber: '温政办〔2023〕1号' },
			measures: [
				{ anchor: 'measure-1', unitNames: ['温州市财政局', '温州市商务局'] },
				{ anchor: 'measure-2', unitNames: ['温州市财政局'] },
			],
		});
		expect(doc.cites).toEqual([
			{ docNumber: '温政发〔2021〕11号', title: '某实施意见', url: null },
			{ docNumber: null, title: '温州市火灾事故调查处理规定', url: '/documents/温政办-2022-96/' },
		]);
		expect(doc.citedBy).toEqual(['/documents/a/']);
		expect(doc.mentionedIn).toEqual(['/briefs/b/']);
		expect(doc.repeals).toEqual(['温政办〔2021〕3号']);
		expect(doc.repealedBy).toBe('温政办〔2023〕1号');
		expect(doc.responsibleUnits).toEqual([
			{ unit: '温州市财政局', measures: ['measure-1', 'measure-2'] },
			{ unit: '温州市商务局', measures: ['measure-1'] },
		]);
	});
});
