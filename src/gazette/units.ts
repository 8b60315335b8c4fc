/**
 * 责任单位: the units printed after a measure, `（责任单位：市人力社保局、市财政局）`,
 * and their canonical names through the gazette's alias table.
 */

/** （责任单位：…） anywhere in a text: its opening up to the names, the names, its closing bracket. */
export const UNITS_CLAUSE = /([（(]\s*责任单位\s*[:：]\s*)([^）)]+?)(\s*[）)])/u;
/** What separates the names in the clause, as print has them. */
export const UNIT_SEPARATOR = /[、，,；;]/;
/** The clause as the end of a measure. */
const CLOSING_CLAUSE = new RegExp(`${UNITS_CLAUSE.source}\\s*[。.]?\\s*$`, 'u');

/** The units listed at the end of a measure, as printed; null when it names none. */
export function responsibleUnitsOf(paragraph: string): string[] | null {
	const m = CLOSING_CLAUSE.exec(paragraph);
	if (!m) return null;
	return m[2]
		.split(UNIT_SEPARATOR)
		.map((u) => u.trim())
		.filter(Boolean);
}

export interface UnitEntry {
	/** The unit's full name, e.g. 温州市人力资源和社会保障局. */
	name: string;
	/** Short names used in print, e.g. 市人力社保局. */
	aliases: string[];
}

/** Looks up a printed unit name; undefined for a unit the table does not know. */
export function unitResolver(entries: UnitEntry[]): (printed: string) => string | undefined {
	const byName = new Map<string, string>();
	for (const e of entries) {
		for (const n of [e.name, ...e.aliases]) {
			const other = byName.get(n);
			if (other && other !== e.name) throw new Error(`unit name ${n} is listed for both ${other} and ${e.name}`);
			byName.set(n, e.name);
		}
	}
	return (printed) => byName.get(printed.replace(/\s+/g, ''));
}
