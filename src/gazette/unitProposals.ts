/**
 * A likely full name for a 责任单位 short name that content/units.yaml does
 * not hold, for the editor to confirm (`gazette units add`): print shortens
 * names by patterns (市住建局 for 温州市住房和城乡建设局, 市卫健委 for
 * 温州市卫生健康委员会, 市妇联 for 温州市妇女联合会), so a short name is
 * matched against the table's full names by those patterns; failing that,
 * 市X局 is proposed as the city's X局, a unit the table does not list yet.
 * Never applied without the editor: a proposal is a guess.
 */
import type { UnitEntry } from './units.ts';

export interface UnitProposal {
	/** The full name proposed. */
	name: string;
	/** True when the table lists that full name already (the short name becomes one of its aliases). */
	listed: boolean;
}

/** Endings print shortens: 委员会 to 委, 联合会 to 联, 办公室 to 办, 协会 to 协. */
const SHORTENED_ENDINGS: [string, string][] = [
	['委员会', '委'],
	['联合会', '联'],
	['办公室', '办'],
	['协会', '协'],
];
/** Endings that make a short name a body's name, for the 市X局 pattern. */
const BODY_ENDING = /(局|委|办|厅|部|会|院|中心|队|站|所|社)$/u;

/** A name's core: without the city (or 市 standing for it) and 人民政府, its ending in the short form print uses. */
function core(name: string, city: string): string {
	const stem = city.replace(/市$/u, '');
	let s = name.replace(/\s+/gu, '');
	for (const prefix of [city, `中共${city}`, '市', `${stem}`]) {
		if (s.startsWith(prefix)) {
			s = s.slice(prefix.length);
			break;
		}
	}
	s = s.replace(/^人民政府/u, '');
	for (const [long, short] of SHORTENED_ENDINGS) if (s.endsWith(long)) s = s.slice(0, -long.length) + short;
	return s;
}

/**
 * Whether `short`'s characters appear in `long` in order and end it, and it
 * starts the same way or keeps at least half of it (资源规划局 for
 * 自然资源和规划局).
 */
function abbreviates(short: string, long: string): boolean {
	if (short.length < 2 || short.at(-1) !== long.at(-1)) return false;
	if (short[0] !== long[0] && short.length * 2 < long.length) return false;
	let i = 0;
	for (const c of long) if (c === short[i]) i++;
	return i === short.length;
}

/** The most likely full name for a printed short name, or undefined when nothing is likely. */
export function proposeUnit(printed: string, units: readonly UnitEntry[], city: string): UnitProposal | undefined {
	const short = printed.replace(/\s+/gu, '');
	const party = short.startsWith('市委') || short.startsWith(`${city}委`);
	const wanted = core(short, city);
	// Party bodies (市委X部) are matched among Party bodies, government ones among the others.
	const candidates = units.filter((u) => u.name.startsWith('中共') === party || !short.startsWith('市'));
	const exact = candidates.filter((u) => core(u.name, city) === wanted);
	if (exact.length === 1) return { name: exact[0].name, listed: true };
	const matches = candidates
		.map((u) => ({ name: u.name, long: core(u.name, city) }))
		.filter((u) => abbreviates(wanted, u.long))
		.map((u) => ({ name: u.name, closeness: wanted.length / u.long.length }))
		.sort((a, b) => b.closeness - a.closeness);
	if (matches.length > 0 && (matches.length === 1 || matches[0].closeness > matches[1].closeness)) return { name: matches[0].name, listed: true };
	if (matches.length > 1) return undefined;
	if (short.startsWith('市') && !party && BODY_ENDING.test(short) && short.length > 2) return { name: `${city}${short.slice(1)}`, listed: false };
	return undefined;
}
