import { describe, expect, it } from 'vitest';
import { ELI_IN_FORCE } from '../gazette/eli.ts';
import type { Status } from '../gazette/validity.ts';
import { jsonLdScript, LEGAL_FORCE, legislationJsonLd, type LegislationInput } from './jsonLd.ts';

const input: LegislationInput = {
	url: 'https://gazette.example.org/documents/温政办-2022-96/',
	title: '温州市人民政府办公室关于印发温州市火灾事故调查处理规定的通知',
	regulationTitle: '温州市火灾事故调查处理规定',
	docNumber: '温政办〔2022〕96号',
	unifiedNumber: 'ZJCC01-2022-0022',
	issuers: ['温州市人民政府办公室'],
	signedDate: '2022-12-20',
	publishedDate: '2022-12-20',
	effectiveDate: '2023-02-01',
	expiryDate: '2033-01-31',
	status: 'in-force',
	issue: { label: '2022年第12期', url: 'https://gazette.example.org/issues/2022-12/' },
	basedOn: [],
	repeals: [{ docNumber: '温政办〔2012〕1号' }],
};

describe('legislationJsonLd', () => {
	it('gives the 文号 as legislationIdentifier, the issuers as legislationPassedBy and the dates', () => {
		const ld = legislationJsonLd(input);
		expect(ld).toMatchObject({
			'@type': 'Legislation',
			legislationIdentifier: '温政办〔2022〕96号',
			identifier: ['温政办〔2022〕96号', 'ZJCC01-2022-0022'],
			legislationPassedBy: [{ '@type': 'GovernmentOrganization', name: '温州市人民政府办公室' }],
			legislationDate: '2022-12-20',
			temporalCoverage: '2023-02-01/2033-01-31',
			expires: '2033-01-31',
			legislationLegalForce: { '@id': 'https://schema.org/InForce' },
			legislationRepeals: [{ '@type': 'Legislation', legislationIdentifier: '温政办〔2012〕1号' }],
		});
		expect(ld).not.toHaveProperty('isBasedOn');
	});

	it('leaves the end of its time open when the document states no expiry', () => {
		const { expiryDate: _, ...open } = input;
		const ld = legislationJsonLd(open);
		expect(ld.temporalCoverage).toBe('2023-02-01/..');
		expect(ld).not.toHaveProperty('expires');
	});

	it.each(Object.keys(LEGAL_FORCE) as Status[])('%s: in force exactly when ELI says so', (status) => {
		expect(LEGAL_FORCE[status].endsWith('/InForce')).toBe(ELI_IN_FORCE[status].endsWith('InForce-inForce'));
	});
});

describe('jsonLdScript', () => {
	it('escapes what could end the script element, and reads back to the same value', () => {
		const value = { name: '</script><script>alert(1)</script>', note: 'a & b > c\u2028' };
		const text = jsonLdScript(value);
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});
