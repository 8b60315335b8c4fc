import { describe, expect, it } from 'vitest';
import {
	UNIFIED_NUMBER_EXPECTED,
	formatUnifiedNumber,
	parseUnifiedNumber,
	unifiedNumberAscii,
	type UnifiedNumber,
} from './unifiedNumber.ts';

const ZJCC01_0021: UnifiedNumber = { prefix: 'ZJCC01', year: 2022, serial: '0021' };

describe('parseUnifiedNumber: spellings of ZJCC01–2022–0021', () => {
	it.each([
		['printed en dashes', 'ZJCC01–2022–0021'],
		['ASCII hyphens', 'ZJCC01-2022-0021'],
		['spaces', 'ZJCC01 2022 0021'],
		['lower case', 'zjcc01-2022-0021'],
		['mixed case', 'ZjCc01–2022–0021'],
		['em dashes', 'ZJCC01—2022—0021'],
		['full-width hyphen-minus －', 'ZJCC01－2022－0021'],
		['Unicode hyphen ‐', 'ZJCC01‐2022‐0021'],
		['minus sign −', 'ZJCC01−2022−0021'],
		['underscores', 'ZJCC01_2022_0021'],
		['spaces around dashes', 'ZJCC01 – 2022 – 0021'],
		['mixed separators', 'ZJCC01-2022–0021'],
		['full-width letters and digits', 'ＺＪＣＣ０１–２０２２–００２１'],
		['full-width lower-case letters', 'ｚｊｃｃ01-2022-0021'],
		['surrounding whitespace', '  ZJCC01–2022–0021\n'],
	])('%s: %j', (_label, input) => {
		expect(parseUnifiedNumber(input)).toEqual(ZJCC01_0021);
	});

	it('parses the neighbouring number ZJCC01–2022–0022', () => {
		expect(parseUnifiedNumber('ZJCC01–2022–0022')).toEqual({ prefix: 'ZJCC01', year: 2022, serial: '0022' });
	});
});

describe('parseUnifiedNumber: leading zeros are part of the serial', () => {
	it('keeps 0021 as a string, not 21', () => {
		const u = parseUnifiedNumber('ZJCC01-2022-0021');
		expect(u?.serial).toBe('0021');
		expect(typeof u?.serial).toBe('string');
	});

	it('keeps a serial typed without padding as typed', () => {
		expect(parseUnifiedNumber('ZJCC01-2022-21')?.serial).toBe('21');
	});

	it('year is a number', () => {
		expect(parseUnifiedNumber('ZJCC01-2022-0021')?.year).toBe(2022);
	});
});

describe('parseUnifiedNumber: rejects junk', () => {
	it.each([
		['empty', ''],
		['whitespace', '   '],
		['Latin word', 'hello'],
		['a 文号', '温政办〔2022〕94号'],
		['no separators', 'ZJCC0120220021'],
		['missing serial', 'ZJCC01-2022'],
		['missing prefix digits', 'ZJCC-2022-0021'],
		['prefix digits only', '01-2022-0021'],
		['two-digit year', 'ZJCC01-22-0021'],
		['serial too long', 'ZJCC01-2022-0000021'],
		['double separator', 'ZJCC01--2022-0021'],
		['letters in serial', 'ZJCC01-2022-00A1'],
		['trailing text', 'ZJCC01-2022-0021号'],
		['Chinese separator', 'ZJCC01、2022、0021'],
	])('%s: %j', (_label, input) => {
		expect(parseUnifiedNumber(input)).toBeNull();
	});
});

describe('formatUnifiedNumber and unifiedNumberAscii', () => {
	it('prints with en dashes (U+2013)', () => {
		const printed = formatUnifiedNumber(ZJCC01_0021);
		expect(printed).toBe('ZJCC01\u20132022\u20130021');
		expect(printed).not.toContain('-');
	});

	it('machine form uses ASCII hyphens', () => {
		const ascii = unifiedNumberAscii(ZJCC01_0021);
		expect(ascii).toBe('ZJCC01-2022-0021');
		expect(ascii).toMatch(/^[\x20-\x7e]+$/);
	});

	it.each(['zjcc01 2022 0021', 'ＺＪＣＣ０１－２０２２－００２１', 'ZJCC01—2022—0021'])(
		'%j normalises to the printed and ASCII forms',
		(typed) => {
			const u = parseUnifiedNumber(typed)!;
			expect(formatUnifiedNumber(u)).toBe('ZJCC01–2022–0021');
			expect(unifiedNumberAscii(u)).toBe('ZJCC01-2022-0021');
		},
	);

	it('both forms round-trip through the parser', () => {
		expect(parseUnifiedNumber(formatUnifiedNumber(ZJCC01_0021))).toEqual(ZJCC01_0021);
		expect(parseUnifiedNumber(unifiedNumberAscii(ZJCC01_0021))).toEqual(ZJCC01_0021);
	});

	it('the example in UNIFIED_NUMBER_EXPECTED parses', () => {
		const example = UNIFIED_NUMBER_EXPECTED.split('e.g. ')[1];
		expect(parseUnifiedNumber(example)).toEqual(ZJCC01_0021);
	});
});
