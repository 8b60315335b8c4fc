/**
 * `gazette units`: the 责任单位 short names the units table lacks, with the
 * full name proposed for each; `units add SHORT [FULL]` records one (FULL
 * defaults to the proposal), `units add --all` every proposal. The table is
 * edited as text, so the editor's comments, order and layout stay as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { textAnchorsCacheIn } from '../cache/textAnchors.ts';
import { cacheDir } from '../gazette/paths.ts';
import { unitResolver } from '../gazette/units.ts';
import { UNITS_FILE } from '../schemas/collections.ts';
import { checkContent } from '../validate/check.ts';
import { UsageError } from './report.ts';

/** A name as a YAML scalar: plain when it can be, double-quoted when a flow list would misread it. */
const scalar = (name: string) => (/^[^\s,[\]{}:#'"&*!|>%@`?-][^,[\]{}:#]*$/u.test(name) && !/\s$/u.test(name) ? name : JSON.stringify(name));

/**
 * `text` (a units.yaml) with `short` added to the aliases of `full`, or `full`
 * added at the end with it. Throws, naming the file and line, when `short`
 * already stands for another unit or the entry's aliases are not a list it
 * can extend; returns the text unchanged when `short` stands for `full` already.
 */
export function addUnitAlias(text: string, printed: string, full: string, file: string): { text: string; added: boolean } {
	// Print's spaces inside a name are layout (市 住建局), as the resolver reads it.
	const short = printed.replace(/\s+/gu, '');
	const data = (yaml.load(text) ?? {}) as Record<string, { aliases?: string[] } | null>;
	const entries = Object.entries(data).map(([name, value]) => ({ name, aliases: value?.aliases ?? [] }));
	const current = unitResolver(entries)(short);
	const lines = text.split('\n');
	const lineOfKey = (name: string) => lines.findIndex((l) => l.startsWith(`${name}:`) || l.startsWith(`${JSON.stringify(name)}:`));
	if (current === full) return { text, added: false };
	if (current !== undefined) {
		throw new Error(`${file}:${lineOfKey(current) + 1}: ${short} stands for ${current} already; change that entry first if print now means ${full} by it`);
	}
	const at = lineOfKey(full);
	let result: string;
	if (at < 0) {
		result = `${text.replace(/\n*$/u, '\n')}${scalar(full)}:\n  aliases: [${scalar(short)}]\n`;
	} else {
		// The entry's lines: indented, up to the next key.
		let end = at + 1;
		while (end < lines.length && /^\s+\S/u.test(lines[end])) end++;
		const flow = lines.slice(at + 1, end).findIndex((l) => /^\s+aliases:\s*\[.*\]\s*(#.*)?$/u.test(l));
		const block = lines.slice(at + 1, end).findIndex((l) => /^\s+aliases:\s*(#.*)?$/u.test(l));
		if (flow >= 0) {
			const i = at + 1 + flow;
			lines[i] = lines[i].replace(/\[(.*?)\]/u, (_, inner: string) => `[${inner.trim() ? `${inner.trimEnd()}, ` : ''}${scalar(short)}]`);
		} else if (block >= 0) {
			let last = at + 1 + block;
			while (last + 1 < end && /^\s+-\s/u.test(lines[last + 1])) last++;
			const indent = /^(\s+)-/u.exec(lines[last])?.[1] ?? '    ';
			lines.splice(last + 1, 0, `${indent}- ${scalar(short)}`);
		} else if (end === at + 1 && /^\S[^#]*:\s*(#.*)?$/u.test(lines[at])) {
			lines.splice(at + 1, 0, `  aliases: [${scalar(short)}]`);
		} else {
			throw new Error(`${file}:${at + 1}: the aliases of ${full} are not a list this command can extend; add ${short} to them by hand`);
		}
		result = lines.join('\n');
	}
	// What was written must say what was meant.
	const check = (yaml.load(result) ?? {}) as Record<string, { aliases?: string[] } | null>;
	if (unitResolver(Object.entries(check).map(([name, value]) => ({ name, aliases: value?.aliases ?? [] })))(short) !== full) {
		throw new Error(`${file}: adding ${short} to ${full} would not read back as meant; add it by hand`);
	}
	return { text: result, added: true };
}

export async function runUnits(contentDir: string, positional: string[], flags: Map<string, string | true>): Promise<number> {
	const [sub, short, full] = positional;
	if (sub !== undefined && sub !== 'add') throw new UsageError(`units takes no word or add, not ${sub}`);
	const all = flags.has('all');
	if (sub === 'add' && !all && !short) throw new UsageError('units add needs the short name as printed and, unless check proposes one, the full name: units add SHORT [FULL], or --all');
	if (all && short) throw new UsageError('units add --all takes no names: it records every proposal');
	const file = path.join(contentDir, UNITS_FILE);
	const shownFile = path.relative(process.cwd(), file);

	// The short names the table lacks, and the proposals: from the same check as `gazette check`.
	const needsCheck = sub === undefined || all || full === undefined;
	let unknown: Awaited<ReturnType<typeof checkContent>>['unknownUnits'] = [];
	if (needsCheck) {
		const { cache: texts } = await textAnchorsCacheIn(cacheDir());
		unknown = (await checkContent(contentDir, { anchors: texts.anchors })).unknownUnits;
		await texts.save();
	}
	if (sub === undefined) {
		if (unknown.length === 0) console.log(`Every 责任单位 printed in the gazette is in ${shownFile}.`);
		for (const u of unknown) console.log(u.proposal ? `${u.printed}  →  ${u.proposal.name}${u.proposal.listed ? '' : '（新单位）'}` : `${u.printed}  →  ?（请写出全称：units add ${u.printed} <全称>）`);
		if (unknown.some((u) => u.proposal)) console.log(`\nRecord one with: npm run gazette -- units add <short> [<full>]; every proposal with: npm run gazette -- units add --all`);
		return 0;
	}
	const additions = all
		? // A unit the table does not list yet is a guess at a name: it is recorded only when the editor names it.
			unknown.flatMap((u) => (u.proposal?.listed ? [{ short: u.printed, full: u.proposal.name }] : []))
		: [{ short, full: full ?? unknown.find((u) => u.printed === short)?.proposal?.name }];
	for (const a of additions) {
		if (!a.full) {
			console.error(`${short}: no full name is likely for it${unknown.some((u) => u.printed === short) ? '' : ' (no measure prints it)'}; give it: npm run gazette -- units add ${short} <full name>`);
			return 1;
		}
	}
	let text = readFileSync(file, 'utf8');
	const done: string[] = [];
	try {
		for (const a of additions) {
			const result = addUnitAlias(text, a.short!, a.full!, shownFile);
			text = result.text;
			done.push(result.added ? `${a.short} → ${a.full}` : `${a.short} → ${a.full} (already there)`);
		}
	} catch (error) {
		// Nothing is written unless every addition can be made.
		console.error((error as Error).message);
		return 1;
	}
	writeFileSync(file, text);
	for (const line of done) console.log(`${shownFile}: ${line}`);
	if (all) for (const u of unknown.filter((u) => !u.proposal)) console.log(`not recorded, no full name is likely: ${u.printed} (npm run gazette -- units add ${u.printed} <full name>)`);
	if (all) for (const u of unknown.filter((u) => u.proposal && !u.proposal.listed)) console.log(`not recorded, a unit the table does not list: ${u.printed} → ${u.proposal!.name}? (npm run gazette -- units add ${u.printed} ${u.proposal!.name} once the name is confirmed)`);
	if (additions.length === 0) console.log('No proposal to record.');
	return 0;
}
