import { describe, expect, it } from 'vitest';
import {
	archiveUrl,
	briefUrl,
	chronicleDayUrl,
	documentUrl,
	featureUrl,
	interpretationUrl,
	issuePageUrl,
	issueUrl,
	telUrl,
} from './urls.ts';

describe('documentUrl', () => {
	it.each([
		['温政办〔2022〕94号', '/documents/温政办-2022-94/'],
		['温人社发〔2022〕73号', '/documents/温人社发-2022-73/'],
		['温政服〔2022〕41号', '/documents/温政服-2022-41/'],
	])('%s → %s', (docNumber, url) => {
		expect(documentUrl(docNumber)).toBe(url);
	});

	it.each([
		['ASCII brackets', '温政办[2022]94号'],
		['leading zero', '温政办〔2022〕094号'],
		['no 号', '温政办〔2022〕94'],
		['empty', ''],
	])('throws for a non-canonical 文号 (%s), naming it', (_label, docNumber) => {
		expect(() => documentUrl(docNumber)).toThrow(`not a canonical 文号: ${docNumber}`);
	});
});

describe('issue URLs', () => {
	it('issueUrl', () => {
		expect(issueUrl('2022-12')).toBe('/issues/2022-12/');
	});

	it.each(['photos', 'personnel', 'briefs', 'chronicle', 'statistics'] as const)('issuePageUrl for %s', (page) => {
		expect(issuePageUrl('2022-12', page)).toBe(`/issues/2022-12/${page}/`);
	});

	it('archiveUrl with and without a year', () => {
		expect(archiveUrl()).toBe('/issues/');
		expect(archiveUrl(2022)).toBe('/issues/#year-2022');
	});

	it('chronicleDayUrl puts the day on its month’s chronicle page', () => {
		expect(chronicleDayUrl('2022-12-09')).toBe('/issues/2022-12/chronicle/#day-2022-12-09');
		expect(chronicleDayUrl('2023-01-31')).toBe('/issues/2023-01/chronicle/#day-2023-01-31');
	});
});

describe('telUrl', () => {
	it('keeps the digits and a leading +', () => {
		expect(telUrl('0577-89090171')).toBe('tel:057789090171');
		expect(telUrl('+86 577 8909 0171')).toBe('tel:+8657789090171');
	});
});

describe('item URLs', () => {
	it('interpretation, brief and feature URLs use the id as given', () => {
		expect(interpretationUrl('2022-12/温政办-2022-94')).toBe('/interpretations/2022-12/温政办-2022-94/');
		expect(briefUrl('2022-12/meeting')).toBe('/briefs/2022-12/meeting/');
		expect(featureUrl('2022-12/lucheng')).toBe('/features/2022-12/lucheng/');
	});

	it('every URL ends with a slash or a fragment (trailingSlash: always)', () => {
		for (const url of [documentUrl('温政办〔2022〕94号'), issueUrl('2022-12'), issuePageUrl('2022-12', 'briefs'), briefUrl('x'), featureUrl('x'), interpretationUrl('x')]) {
			expect(url).toMatch(/^\/.*\/$/);
		}
	});
});
