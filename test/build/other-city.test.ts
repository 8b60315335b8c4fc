/**
 * Another city's gazette (test/fixtures/other-city: 嘉兴, its own issuer codes
 * and 责任单位) built by the same code: what differs between cities is content
 * and configuration. Nothing of the sample city may appear in it.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/gazette/site.ts';
import { importIssue } from '../../src/importer/index.ts';
import { checkContent } from '../../src/validate/check.ts';
import { ROOT, buildSite, type BuildResult } from '../support/build.ts';
import { Site, all, text, walk } from './helpers.ts';

const FIXTURE = path.join(ROOT, 'test/fixtures/other-city');
let result: BuildResult;
let site: Site;

beforeAll(async () => {
	result = await buildSite({ contentDir: FIXTURE });
	site = new Site(result.outDir);
});
afterAll(() => rmSync(result.outDir, { recursive: true, force: true }));

describe('a second city’s gazette', () => {
	it('passes check and builds', async () => {
		expect((await checkContent(FIXTURE)).errors).toEqual([]);
		expect(result.code, result.output).toBe(0);
	});

	it('carries its own name and address', () => {
		const home = site.page('/');
		expect(home.querySelector('meta[name="SiteName"]')?.getAttribute('content')).toBe('嘉兴市人民政府公报');
		expect(site.page('/documents/嘉政发-2023-5/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://gazette.jiaxing.example.org/documents/%E5%98%89%E6%94%BF%E5%8F%91-2023-5/');
	});

	it('files each document under the section its city’s issuer code gives', () => {
		const issue = site.page('/issues/2023-03/');
		const section = (id: string) => all(issue, `nav.toc section#${id} a`).map((a) => a.getAttribute('href'));
		expect(section('municipal-government')).toEqual(['/documents/嘉政发-2023-5/']);
		expect(section('general-office')).toEqual(['/documents/嘉政办发-2023-12/']);
		expect(section('department')).toEqual(['/documents/嘉财预-2023-3/']);
	});

	it('links its citations and its 责任单位 through its own tables', () => {
		const doc = site.page('/documents/嘉政办发-2023-12/');
		expect(all(doc, 'main a').map((a) => a.getAttribute('href'))).toContain('/documents/嘉政发-2023-5/');
		expect(site.htmlPages()).toEqual(expect.arrayContaining(['/units/嘉兴市财政局/', '/units/嘉兴市发展和改革委员会/']));
		expect(text(site.page('/units/嘉兴市财政局/').querySelector('main'))).toContain('设立测试专项资金');
	});

	it('holds nothing of the sample city', () => {
		for (const file of walk(site.dir).filter((f) => /\.(html|json|xml)$/.test(f))) {
			expect(readFileSync(path.join(site.dir, file), 'utf8'), file).not.toMatch(/温州|温政/);
		}
	});

	it('is imported by the city’s issuer codes, not the sample’s', () => {
		const issuerCodes = loadSiteConfig(FIXTURE).issuerCodes;
		const printed = ['嘉政办发〔2023〕12号', '', '嘉兴市人民政府办公室关于印发嘉兴市测试资金管理办法的通知', '', '各县（市、区）人民政府：', '', '　　《嘉兴市测试资金管理办法》已经市政府同意，现印发给你们，请认真组织实施。', '', '嘉兴市人民政府办公室', '2023年3月15日', '', '嘉兴市测试资金管理办法', '', '　　第一条　为规范管理，制定本办法。'].join('\n');
		const imported = importIssue(printed, { issue: '2023-03', issuerCodes, publishedDate: '2023-03-31' });
		const doc = imported.files.find((f) => f.path.startsWith('documents/'));
		expect(doc?.path).toBe('documents/2023-03/嘉政办发-2023-12.md');
		expect(doc?.content).toMatch(/^category: general-office$/m);
	});
});
