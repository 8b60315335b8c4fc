import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BriefItem, DocumentItem, InterpretationItem, PhotosItem } from './model.ts';
import { Quoted, toYaml, writeIssue } from './write.ts';

describe('toYaml', () => {
	it('plain where safe, double quotes where asked or needed, lists indented under their key', () => {
		const text = toYaml({
			title: '温州市人民政府办公室关于印发…的通知',
			quoted: new Quoted('12月份市政府记事'),
			colon: 'a: b',
			hash: '#一般公共预算收入',
			date: '2022-12-22',
			number: -3.4,
			none: null,
			yes: true,
			skipped: undefined,
			empty: [],
			list: ['温州市财政局', '温州市审计局'],
			maps: [{ label: '附件1', nested: [{ name: new Quoted('李莉'), action: 'appoint' }] }],
			map: { caption: '图', image: './2022-12/photo-1.jpg' },
		});
		expect(text).toBe(
			[
				'title: 温州市人民政府办公室关于印发…的通知',
				'quoted: "12月份市政府记事"',
				'colon: "a: b"',
				'hash: "#一般公共预算收入"',
				'date: 2022-12-22',
				'number: -3.4',
				'none: null',
				'yes: true',
				'empty: []',
				'list:',
				'  - 温州市财政局',
				'  - 温州市审计局',
				'maps:',
				'  - label: 附件1',
				'    nested:',
				'      - name: "李莉"',
				'        action: appoint',
				'map:',
				'  caption: 图',
				'  image: ./2022-12/photo-1.jpg',
				'',
			].join('\n'),
		);
		expect(parse(text)).toMatchObject({ colon: 'a: b', hash: '#一般公共预算收入', maps: [{ nested: [{ name: '李莉' }] }] });
	});
});

describe('writeIssue', () => {
	const document: DocumentItem = {
		kind: 'document',
		line: 1,
		title: '温州市人民政府关于印发温州市测试办法的通知',
		regulationTitle: '温州市测试办法',
		docNumber: '温政发〔2023〕1号',
		slug: '温政发-2023-1',
		category: 'municipal-government',
		issuers: ['温州市人民政府'],
		recipients: '各有关单位',
		notice: '现将《温州市测试办法》印发给你们。',
		signedDate: '2023-01-10',
		publishedDate: '2023-01-10',
		effectiveDate: '2023-01-10',
		effectiveBasis: '自印发之日起施行',
		attachments: [],
		body: '第一条 为了测试。',
	};
	const interpretation = (interprets?: string): InterpretationItem => ({ kind: 'interpretation', line: 5, title: '关于《温州市测试办法》的政策解读', ...(interprets ? { interprets } : {}), interpretingBodies: ['甲'], contacts: [{ body: '甲', name: '乙', phone: '0577-1234567' }], body: '一、背景' });
	const brief: BriefItem = { kind: 'brief', line: 9, title: '市政府常务会议召开', date: '2023-01-05', keyword: '市政府常务会议', body: '1月5日，会议召开。' };
	const photos: PhotosItem = { kind: 'photos', line: 1, photos: [{ caption: '封面', credit: '张三', line: 1 }] };

	const files = writeIssue([photos, document, interpretation('温政发〔2023〕1号'), interpretation('温政发〔2023〕1号'), interpretation(), brief, brief], {
		issue: '2023-01',
		publishedDate: '2023-01-31',
		sections: ['photos', 'municipal-government', 'interpretations', 'briefs'],
	});

	it('names files as the content folder does, never twice the same', () => {
		expect(files.map((f) => f.path)).toEqual([
			'photos/2023-01.yaml',
			'documents/2023-01/温政发-2023-1.md',
			'interpretations/2023-01/温政发-2023-1.md',
			'interpretations/2023-01/温政发-2023-1-2.md',
			'interpretations/2023-01/interpretation-3.md',
			'briefs/2023-01/01-市政府常务会议.md',
			'briefs/2023-01/02-市政府常务会议.md',
			'issues/2023-01.yaml',
		]);
	});

	it('front matter, then the body', () => {
		expect(files[1].content).toBe(
			'---\ntitle: 温州市人民政府关于印发温州市测试办法的通知\nregulationTitle: 温州市测试办法\ndocNumber: 温政发〔2023〕1号\ncategory: municipal-government\nissuers:\n  - 温州市人民政府\nrecipients: 各有关单位\nnotice: 现将《温州市测试办法》印发给你们。\nsignedDate: 2023-01-10\npublishedDate: 2023-01-10\neffectiveDate: 2023-01-10\neffectiveBasis: 自印发之日起施行\nattachments: []\nissue: "2023-01"\n---\n\n第一条 为了测试。\n',
		);
	});

	it('the issue: cover is the first photo, with its credit', () => {
		expect(parse(files[files.length - 1].content)).toEqual({
			year: 2023,
			number: 1,
			month: '2023-01',
			publishedDate: '2023-01-31',
			sections: ['photos', 'municipal-government', 'interpretations', 'briefs'],
			cover: { caption: '封面', credit: '张三', image: '../photos/2023-01/photo-1.jpg', sample: true },
		});
	});

	it('photos point at placeholder images beside the data file', () => {
		expect(parse(files[0].content)).toEqual({ issue: '2023-01', photos: [{ caption: '封面', credit: '张三', image: './2023-01/photo-1.jpg', sample: true }] });
	});
});
