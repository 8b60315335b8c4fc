import { describe, expect, it } from 'vitest';
import { documentHead, issueHead, issuePrintHead } from './heads.ts';

describe('issueHead', () => {
	const issue = { month: '2023-01', label: '2023年第1期', publishedDate: '2023-01-31', totalNumber: 241 };

	it('names the sections the issue carries, in printed order, and only those', () => {
		expect(issueHead(issue, ['市政府办公室文件', '政策解读', '统计数据']).description).toBe('2023年第1期目录，收录2023年1月的市政府办公室文件、政策解读、统计数据。');
	});

	it('titles the issue with its total number when printed', () => {
		expect(issueHead(issue, []).title).toBe('2023年第1期（总第241期）');
		expect(issueHead({ ...issue, totalNumber: undefined }, []).title).toBe('2023年第1期');
	});
});

describe('issuePrintHead', () => {
	it('titles the print view after the issue and says what it is for', () => {
		const head = issuePrintHead({ month: '2023-01', label: '2023年第1期', publishedDate: '2023-01-31', totalNumber: 241 }, ['市政府文件', '政府记事']);
		expect(head).toEqual({ title: '2023年第1期（总第241期）（整期打印版）', description: '2023年第1期全文，按印刷版顺序排在一页，供打印或存为PDF：市政府文件、政府记事。', pubDate: '2023-01-31', keywords: [] });
	});
});

describe('documentHead', () => {
	it('describes the document by 文号, title, issuers and the signing day in Chinese', () => {
		const head = documentHead({ title: '关于印发某方案的通知', docNumber: '温政办〔2022〕94号', regulationTitle: '某方案', issuers: ['甲', '乙'], signedDate: '2022-12-22', publishedDate: '2022-12-23' });
		expect(head).toMatchObject({ description: '温政办〔2022〕94号：关于印发某方案的通知。甲、乙2022年12月22日印发。', pubDate: '2022-12-23', source: '甲、乙' });
	});
});
