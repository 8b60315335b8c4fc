/**
 * leadersOf on every entry of the sample chronicle, and on each kind of
 * subject it prints. Expectations for the whole file come from the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LEADER_POSTS, leadersOf } from './leaders.ts';

const chronicle = parseYaml(readFileSync(new URL('../../content/chronicle/2022-12.yaml', import.meta.url), 'utf8')) as {
	days: { date: string; entries: string[] }[];
};
const entries = chronicle.days.flatMap((d) => d.entries.map((entry) => [d.date, entry] as const));

/** The city leaders of December 2022 and their posts as the chronicle prints them. */
const LEADERS: Record<string, string> = {
	张振丰: '市长',
	杨胜杰: '常务副市长',
	李无文: '市委常委、副市长',
	陈应许: '副市长',
	毛伟平: '副市长',
	王彩莲: '副市长',
	王振勇: '副市长',
	章月影: '副市长',
	陈宽: '副市长',
};

const names = (entry: string) => leadersOf(entry).map((l) => `${l.post}${l.name}`);

describe('leadersOf: each kind of subject', () => {
	it.each([
		['one leader', '副市长陈应许参加全省疫情防控工作座谈会。', ['副市长陈应许']],
		['posts joined by 、', '市长张振丰、副市长王振勇参加市委科技强市建设领导小组会议。', ['市长张振丰', '副市长王振勇']],
		['常务副市长 is not read as 副市长', '常务副市长杨胜杰参加市委常委会会议。', ['常务副市长杨胜杰']],
		['a two-part post', '市委常委、副市长李无文参加省质量工作督查汇报会。', ['市委常委、副市长李无文']],
		['groups separated by ，', '市长张振丰，常务副市长杨胜杰，市委常委、副市长李无文，副市长陈应许、毛伟平参加市委工作务虚会。', ['市长张振丰', '常务副市长杨胜杰', '市委常委、副市长李无文', '副市长陈应许', '副市长毛伟平']],
		['…，副市长…列席', '市长张振丰参加市委常委会会议，副市长陈应许、陈宽、毛伟平、王彩莲列席。', ['市长张振丰', '副市长陈应许', '副市长陈宽', '副市长毛伟平', '副市长王彩莲']],
		['a two-character name before the verb', '副市长陈宽参加市政府常务会议。', ['副市长陈宽']],
		['a two-character name in a list', '市长张振丰，副市长陈应许、陈宽、王彩莲、章月影参加市长办公会议。', ['市长张振丰', '副市长陈应许', '副市长陈宽', '副市长王彩莲', '副市长章月影']],
		['市委副书记、市长', '市委副书记、市长张振丰主持召开市政府常务会议。', ['市委副书记、市长张振丰']],
		['a later verb: 出席', '副市长章月影出席开幕式。', ['副市长章月影']],
		['a name twice counts once', '市长张振丰参加会议，市长张振丰主持会议。', ['市长张振丰']],
		['no leader', '市政府召开常务会议。', []],
		['市长 inside a meeting name is not a post', '市长张振丰参加市长办公会议。', ['市长张振丰']],
	])('%s', (_name, entry, expected) => {
		expect(names(entry)).toEqual(expected);
	});

	it('lists a post before any shorter post it ends with, so the longer one matches', () => {
		LEADER_POSTS.forEach((later, i) =>
			LEADER_POSTS.slice(0, i).forEach((earlier) => expect(later.endsWith(earlier), `${later} after ${earlier}`).toBe(false)),
		);
	});
});

describe('leadersOf: content/chronicle/2022-12.yaml', () => {
	it('has entries to read', () => {
		expect(entries.length).toBeGreaterThan(50);
	});

	it.each(entries)('%s: %s', (_date, entry) => {
		const found = leadersOf(entry);
		// Every entry names at least one leader…
		expect(found.length).toBeGreaterThanOrEqual(1);
		// …only leaders of the month, each with the post the chronicle gives them…
		for (const l of found) expect(LEADERS[l.name], `${l.name} is not a leader`).toBe(l.post);
		// …and every leader the entry names, in the order printed.
		const named = Object.keys(LEADERS)
			.filter((n) => entry.includes(n))
			.sort((a, b) => entry.indexOf(a) - entry.indexOf(b));
		expect(found.map((l) => l.name)).toEqual(named);
	});
});
