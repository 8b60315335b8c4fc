/**
 * Items → content files, in exactly the format of the hand-made content:
 * YAML front matter (plain scalars where the content uses them, double quotes
 * where it quotes) and the Markdown body; data files as YAML. Pure: returns
 * paths relative to the content folder and file contents.
 */
import { parse as parseYaml } from 'yaml';
import { docNumberSlug, parseDocNumber } from '../gazette/docNumber.ts';
import type { BriefItem, ChronicleItem, DocumentItem, FeatureItem, InterpretationItem, Item, PersonnelItem, PhotosItem, Picture, StatisticsItem } from './model.ts';

export interface ImportedFile {
	/** Relative to the content folder, e.g. documents/2023-01/温政办-2023-1.md. */
	path: string;
	content: string;
}

/** A string always written in double quotes. */
export class Quoted {
	constructor(readonly value: string) {}
}
const q = (s: string) => new Quoted(s);
/** A field the item may lack: left out of the file. */
const optional = (s: string | undefined) => (s === undefined ? undefined : q(s));

export type YamlValue = string | number | boolean | null | Quoted | YamlValue[] | { [key: string]: YamlValue | undefined };

/** True when `s` reads back as itself written plain after `key: `. */
function plainIsSafe(s: string): boolean {
	if (s === '' || /[\n\r]|^\s|\s$/u.test(s)) return false;
	try {
		return parseYaml(`k: ${s}`)?.k === s;
	} catch {
		return false;
	}
}

function scalar(v: YamlValue): string {
	if (v instanceof Quoted) return JSON.stringify(v.value);
	if (typeof v === 'string') return plainIsSafe(v) ? v : JSON.stringify(v);
	if (v === null) return 'null';
	return String(v);
}

const isMap = (v: YamlValue | undefined): v is { [key: string]: YamlValue | undefined } =>
	typeof v === 'object' && v !== null && !(v instanceof Quoted) && !Array.isArray(v);

/** Block-style YAML with two-space indents and list items indented under their key, as the content is written. */
export function toYaml(map: { [key: string]: YamlValue | undefined }, indent = ''): string {
	let out = '';
	for (const [key, value] of Object.entries(map)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length === 0) {
				out += `${indent}${key}: []\n`;
				continue;
			}
			out += `${indent}${key}:\n`;
			for (const item of value) {
				if (isMap(item)) {
					const body = toYaml(item, `${indent}    `);
					out += `${indent}  - ${body.slice(indent.length + 4)}`;
				} else out += `${indent}  - ${scalar(item)}\n`;
			}
		} else if (isMap(value)) out += `${indent}${key}:\n${toYaml(value, `${indent}  `)}`;
		else out += `${indent}${key}: ${scalar(value)}\n`;
	}
	return out;
}

const markdownFile = (front: { [key: string]: YamlValue | undefined }, body: string) => `---\n${toYaml(front)}---\n\n${body.trim()}\n`;

function documentFile(d: DocumentItem, issue: string): ImportedFile {
	return {
		path: `documents/${issue}/${d.slug}.md`,
		content: markdownFile(
			{
				title: d.title,
				regulationTitle: d.regulationTitle,
				docNumber: d.docNumber,
				unifiedNumber: d.unifiedNumber,
				category: d.category,
				issuers: d.issuers,
				recipients: d.recipients,
				notice: d.notice,
				signedDate: d.signedDate,
				publishedDate: d.publishedDate,
				effectiveDate: d.effectiveDate,
				effectiveBasis: d.effectiveBasis,
				expiryDate: d.expiryDate,
				expiryBasis: d.expiryBasis,
				attachments: d.attachments.map((a) => ({ label: a.label, title: a.title, anchor: a.anchor })),
				repeals: d.repeals?.length ? d.repeals.map((n) => ({ docNumber: n })) : undefined,
				issue: q(issue),
			},
			d.body,
		),
	};
}

function interpretationFile(it: InterpretationItem, issue: string, name: string): ImportedFile {
	return {
		path: `interpretations/${issue}/${name}.md`,
		content: markdownFile(
			{
				title: q(it.title),
				interprets: optional(it.interprets),
				interpretingBodies: it.interpretingBodies.map(q),
				contacts: it.contacts.map((c) => ({ body: optional(c.body), name: optional(c.name), phone: optional(c.phone) })),
				issue: q(issue),
			},
			it.body,
		),
	};
}

function briefFile(b: BriefItem, issue: string, n: number): ImportedFile {
	return {
		path: `briefs/${issue}/${String(n).padStart(2, '0')}-${b.keyword || 'brief'}.md`,
		content: markdownFile({ title: q(b.title), date: b.date, issue: q(issue) }, b.body),
	};
}

function personnelFile(p: PersonnelItem, issue: string): ImportedFile {
	return {
		path: `personnel/${issue}.yaml`,
		content: toYaml({
			title: q(p.title),
			decidedBy: q(p.decidedBy),
			decisions: p.decisions.map((d) => ({
				text: q(d.text),
				changes: d.changes.map((c) => ({
					name: q(c.name),
					action: c.action,
					position: q(c.position),
					organisation: q(c.organisation),
					probation: optional(c.probation),
				})),
			})),
			issue: q(issue),
		}),
	};
}

function chronicleFile(c: ChronicleItem, issue: string): ImportedFile {
	return {
		path: `chronicle/${issue}.yaml`,
		content: toYaml({ title: q(c.title), days: c.days.map((d) => ({ date: d.date, entries: d.entries.map(q) })), issue: q(issue) }),
	};
}

function statisticsFile(s: StatisticsItem, issue: string): ImportedFile {
	return {
		path: `statistics/${issue}.yaml`,
		content: toYaml({
			title: q(s.title),
			source: q(s.source),
			month: q(s.month),
			rows: s.rows.map((r) => ({
				indicator: q(r.indicator),
				unit: q(r.unit),
				month: r.month,
				monthYoY: r.monthYoY,
				cumulative: r.cumulative,
				cumulativeYoY: r.cumulativeYoY,
				parent: optional(r.parent),
			})),
			notes: s.notes.map(q),
			issue: q(issue),
		}),
	};
}

const picture = (p: Picture, image: string) => ({ caption: q(p.caption), credit: optional(p.credit), image, sample: true });

function photosFile(p: PhotosItem, issue: string): ImportedFile {
	return {
		path: `photos/${issue}.yaml`,
		content: toYaml({ issue: q(issue), photos: p.photos.map((ph, i) => picture(ph, `./${issue}/photo-${i + 1}.jpg`)) }),
	};
}

function featureFile(f: FeatureItem, issue: string, name: string): ImportedFile {
	return {
		path: `features/${issue}/${name}.md`,
		content: markdownFile(
			{
				title: q(f.title),
				subtitle: optional(f.subtitle),
				place: q(f.place),
				photos: f.photos.map((p, i) => picture(p, `./${name}/photo-${i + 1}.jpg`)),
				issue: q(issue),
			},
			f.body,
		),
	};
}

export interface IssueMeta {
	issue: string;
	publishedDate: string;
	sections: string[];
}

function issueFile(meta: IssueMeta, photos: PhotosItem | undefined): ImportedFile {
	const [year, number] = meta.issue.split('-').map(Number);
	const cover = photos?.photos[0];
	return {
		path: `issues/${meta.issue}.yaml`,
		content: toYaml({
			year,
			number,
			month: q(meta.issue),
			publishedDate: meta.publishedDate,
			sections: meta.sections,
			cover: cover ? { caption: cover.caption, credit: cover.credit, image: `../photos/${meta.issue}/photo-1.jpg`, sample: true } : undefined,
		}),
	};
}

/** File-name-safe: no path separators or characters file systems refuse. */
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]/gu, '');

/** All content files for the items of one issue, in printed order, the issue file last. */
export function writeIssue(items: readonly Item[], meta: IssueMeta): ImportedFile[] {
	const files: ImportedFile[] = [];
	const taken = new Set<string>();
	const unique = (base: string) => {
		let name = base;
		for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
		taken.add(name);
		return name;
	};
	let briefs = 0;
	let interpretations = 0;
	for (const item of items) {
		switch (item.kind) {
			case 'photos':
				files.push(photosFile(item, meta.issue));
				break;
			case 'document':
				files.push(documentFile(item, meta.issue));
				break;
			case 'interpretation': {
				interpretations++;
				const n = item.interprets ? parseDocNumber(item.interprets) : null;
				files.push(interpretationFile(item, meta.issue, unique(`interpretation:${n ? docNumberSlug(n) : `interpretation-${interpretations}`}`).slice('interpretation:'.length)));
				break;
			}
			case 'personnel':
				files.push(personnelFile(item, meta.issue));
				break;
			case 'brief':
				files.push(briefFile(item, meta.issue, ++briefs));
				break;
			case 'chronicle':
				files.push(chronicleFile(item, meta.issue));
				break;
			case 'statistics':
				files.push(statisticsFile(item, meta.issue));
				break;
			case 'feature':
				files.push(featureFile(item, meta.issue, unique(`feature:${safeName(item.place || item.title)}`).slice('feature:'.length)));
				break;
		}
	}
	files.push(issueFile(meta, items.find((i): i is PhotosItem => i.kind === 'photos')));
	return files;
}
