#!/usr/bin/env node
/**
 * Writes a deterministic synthetic gazette, many years of monthly issues, as
 * content files in the repo's own format (content/issues/YYYY-MM.yaml,
 * content/documents/YYYY-MM/<文号 slug>.md, …), for search and build benchmarks.
 *
 *   tsx scripts/bench/synthetic-gazette.ts [outDir] [--pages 10500] [--seed 20261128]
 *
 * outDir defaults to tmp/bench/synthetic-content (tmp/ is ignored by git) and is
 * emptied first. The same arguments give the same bytes: every choice comes from
 * a seeded PRNG (sfc32), never Math.random, and nothing reads the clock.
 *
 * Text is the sample issue's real sentences (content/**\/*.md and the chronicle)
 * recombined: each page takes most sentences from one "home" sample file and the
 * rest from the whole pool with Zipf-distributed popularity, its figures are
 * redrawn, and per-page people, towns, villages, companies and amounts are mixed
 * in, so that term frequencies follow a long tail rather than every term being
 * on every page. Documents are 2,000–8,000 characters.
 *
 * Features and photos are left out; each issue's required cover reuses one of
 * the sample's photos, copied once to issues/cover.jpg. Gazette-wide files at
 * the top of content/ (site.yaml, units.yaml) are copied as they are.
 *
 * Beside the content folder it writes <outDir>.manifest.json (the content folder
 * holds content only: `gazette check` refuses files it would not read): counts, and the pools of names with their Zipf rank,
 * so that the search benchmark can pick queries of known frequency.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { StatisticsData } from '../../src/schemas/statistics.ts';
import { manifestFileFor } from './lib.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = path.join(ROOT, 'content');

// ---------------------------------------------------------------- arguments

export interface SyntheticOptions {
	/** Content folder to write (emptied first). */
	out: string;
	/** Content pages wanted (documents, interpretations, briefs and each issue's three per-issue pages). */
	pages: number;
	/** Seed of the PRNG: the same seed gives the same bytes. */
	seed: number;
	/** The newest issue of the archive, YYYY-MM; the others go back month by month. */
	lastIssue: string;
	/**
	 * Issues after lastIssue, each of an average issue's size: the months a gazette
	 * office publishes next. Every file of the archive itself is the same, byte for
	 * byte, with or without them.
	 */
	nextIssues: number;
}

const USAGE = 'usage: tsx scripts/bench/synthetic-gazette.ts [outDir] [--pages N] [--seed N] [--last-issue YYYY-MM] [--next-issues N]';

export function parseArgs(argv: string[]): SyntheticOptions {
	const { values, positionals } = parseCommandLine({
		args: argv,
		allowPositionals: true,
		options: {
			pages: { type: 'string', default: '10500' },
			seed: { type: 'string', default: '20261128' },
			'last-issue': { type: 'string', default: '2026-10' },
			'next-issues': { type: 'string', default: '0' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const opts: SyntheticOptions = {
		out: positionals[0] ? path.resolve(positionals[0]) : path.join(ROOT, 'tmp/bench/synthetic-content'),
		pages: Number(values.pages),
		seed: Number(values.seed),
		lastIssue: values['last-issue'],
		nextIssues: Number(values['next-issues']),
	};
	if (!Number.isInteger(opts.nextIssues) || opts.nextIssues < 0) throw new Error('--next-issues must be a whole number');
	if (!Number.isInteger(opts.pages) || opts.pages < 50) throw new Error('--pages must be an integer ≥ 50');
	if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.lastIssue)) throw new Error('--last-issue must be YYYY-MM');
	return opts;
}

// ---------------------------------------------------------------- randomness

/** sfc32: small, fast, good enough, and the same on every machine. */
function sfc32(seed: number): () => number {
	let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
	const next = () => {
		a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 20; i++) next();
	return next;
}

class Rng {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = sfc32(seed);
	}
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}
	shuffle<T>(list: readonly T[]): T[] {
		const out = [...list];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}
	/** A sampler over `list` whose i-th item has weight 1/(i+1)^s: the head is common, the tail rare. */
	zipf<T>(list: readonly T[], s = 1): () => T {
		const cum: number[] = [];
		let total = 0;
		for (let i = 0; i < list.length; i++) cum.push((total += 1 / (i + 1) ** s));
		return () => {
			const x = this.next() * total;
			let lo = 0, hi = cum.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (cum[mid] < x) lo = mid + 1;
				else hi = mid;
			}
			return list[lo];
		};
	}
}

// ---------------------------------------------------------------- the sample's words

const stripFrontMatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

function mdFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

/** Splits a paragraph into sentences, each with its closing mark. */
function sentencesOf(paragraph: string): string[] {
	return (paragraph.match(/[^。！？；]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter((s) => [...s].length >= 8);
}

/** The sample's sentences and headings, per file, with list numbering stripped. */
interface SampleFile {
	file: string;
	kind: string;
	sentences: string[];
	headings: string[];
}
/** A row of the sample's statistics table, as its schema reads it. */
type SampleStatisticsRow = StatisticsData['rows'][number];

function readSample(): { files: SampleFile[]; chronicle: string[]; stats: SampleStatisticsRow[] } {
	const files: SampleFile[] = [];
	for (const file of mdFiles(SAMPLE)) {
		const kind = path.relative(SAMPLE, file).split(path.sep)[0];
		const sentences: string[] = [];
		const headings: string[] = [];
		for (const raw of stripFrontMatter(readFileSync(file, 'utf8')).split(/\r?\n/)) {
			const line = raw.trim();
			if (!line || line.startsWith('|') || line.startsWith('!')) continue;
			if (line.startsWith('#')) {
				const h = line.replace(/^#+\s*/, '').replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^第[一二三四五六七八九十]+[章节条]\s*/, '').trim();
				if (h && [...h].length <= 24 && !/附件|附表/.test(h)) headings.push(h);
				continue;
			}
			const body = line
				.replace(/^\*\*|\*\*/g, '')
				.replace(/^(\d+[.．、]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条\s*)/, '')
				.replace(/[*_`>]/g, '');
			sentences.push(...sentencesOf(body));
		}
		if (sentences.length) files.push({ file: path.relative(SAMPLE, file), kind, sentences, headings });
	}
	const chronicle: string[] = [];
	for (const f of readdirSync(path.join(SAMPLE, 'chronicle')).filter((f) => f.endsWith('.yaml'))) {
		const data = parseYaml(readFileSync(path.join(SAMPLE, 'chronicle', f), 'utf8')) as { days: { entries: string[] }[] };
		for (const day of data.days) chronicle.push(...day.entries);
	}
	const stats: SampleStatisticsRow[] = [];
	for (const f of readdirSync(path.join(SAMPLE, 'statistics')).filter((f) => f.endsWith('.yaml'))) {
		stats.push(...(parseYaml(readFileSync(path.join(SAMPLE, 'statistics', f), 'utf8')) as { rows: SampleStatisticsRow[] }).rows);
	}
	return { files, chronicle, stats };
}

// ---------------------------------------------------------------- fixed vocabularies

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪季瞿'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰飞鹏斌波辉宇浩凯健俊帆帅旭宁龙林欣雪琳晨阳云峰海燕亮婷倩颖思佳璐振丰胜无应许彩莲自颖聪莉葆春丹德文武卫东方正清远长新春秋冬松柏梅竹晓慧蓉薇萍岚昊晖睿哲鑫瑞祥福寿康乐安泰嘉诚毅博达成宏伦贤良'];
const TOWN_CHARS = [...'江山河湖海溪桥塘岙垟洋浦头口坑岭田坦前后东西南北上下中大小新老白石龙凤马牛鹤桐梅竹松柏茶花林丰泽金银玉宝瓯瑞乐永平苍泰文仙岩塘下莘塍仰义藤桥泽雅潘桥郭溪娄桥丽岙塘头'];
const COUNTIES = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '瑞安市', '乐清市', '龙港市', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '温州经开区', '瓯江口新区'];
const TOPICS = [
	'消防安全', '留工稳产', '医疗保障', '养老服务', '学前教育', '垃圾分类', '生活污水治理', '营商环境', '数字经济', '人才引进',
	'住房保障', '老旧小区改造', '海洋经济', '文化旅游', '食品安全', '安全生产', '耕地保护', '河湖长制', '科技创新', '乡村振兴',
	'共同富裕', '城市书房', '公共交通', '电动自行车管理', '优化生育', '就业创业', '农村集体经济', '民营经济', '外贸稳增长', '招商引资',
	'生态环境保护', '森林防火', '防汛防台', '城市更新', '历史文化名城保护', '公园城市建设', '社区治理', '慈善事业', '退役军人服务', '双拥工作',
	'疫情防控', '公共卫生', '药品安全', '义务教育', '职业教育', '体育强市', '文明城市创建', '政务服务', '数据资源', '信用体系建设',
	'物业管理', '建筑市场', '交通运输', '港口物流', '现代农业', '粮食安全', '水资源管理', '地质灾害防治', '国有资产监管', '审计监督',
	'统计调查', '知识产权', '市场监管', '金融风险防范', '地方金融', '财政资金管理', '政府采购', '公共资源交易', '应急管理', '人口普查',
];
const ACTIONS = ['关于进一步加强', '关于深化', '关于支持', '关于促进', '关于推进', '关于规范', '关于加快', '关于完善', '关于做好', '关于强化'];
const KINDS = ['实施方案', '管理办法', '若干意见', '工作方案', '实施细则', '若干政策', '行动计划', '暂行办法', '实施意见', '三年行动方案'];
const DEPARTMENTS: [code: string, name: string][] = [
	['温人社发', '温州市人力资源和社会保障局'], ['温财预', '温州市财政局'], ['温教发', '温州市教育局'], ['温卫发', '温州市卫生健康委员会'],
	['温商务', '温州市商务局'], ['温市监', '温州市市场监督管理局'], ['温发改', '温州市发展和改革委员会'], ['温住建发', '温州市住房和城乡建设局'],
	['温自然资发', '温州市自然资源和规划局'], ['温农发', '温州市农业农村局'], ['温政服', '温州市行政审批服务管理办公室'], ['温交运', '温州市交通运输局'],
	['温应急', '温州市应急管理局'], ['温民发', '温州市民政局'], ['温医保', '温州市医疗保障局'], ['温环发', '温州市生态环境局'],
];
const ORGS = [
	'温州市林业局', '温州市机关事务管理局', '温州市市级公办医院管理中心', '温州市机关后勤发展中心', '温州市国有资本投资运营有限公司', '温州市交通发展集团',
	'温州市城市建设发展集团', '温州市大数据发展管理局', '温州市水利局', '温州市文化广电旅游局', '温州市体育局', '温州市统计局', '温州市审计局', '温州市司法局',
	'温州市科学技术局', '温州市经济和信息化局', '温州市退役军人事务局', '温州市综合行政执法局', '温州市信访局', '温州市人民防空办公室', '温州市港航管理中心',
	...DEPARTMENTS.map(([, name]) => name),
];
const POSITIONS = ['局长', '副局长', '主任', '副主任', '总经理', '副总经理', '总工程师', '总经济师', '党组成员', '调研员'];
const ROLES = ['市长', '常务副市长', '副市长', '副市长', '副市长', '副市长', '副市长'];
const RECIPIENTS = ['各县（市、区）人民政府，市政府直属各单位', '各县（市、区）人民政府，市各有关单位', '各县（市、区）人力社保局、财政局，市级各有关单位', '各县（市、区）人民政府，市政府各部门'];
const BRIEF_TITLES: ((topic: string, official: string, role: string, place: string) => string)[] = [
	(t, n) => `市政府常务会议研究${t}工作`,
	(t, n, r) => `${r}${n}调研${t}工作`,
	(t) => `全市${t}工作会议召开`,
	(t) => `市${t}领导小组会议召开`,
	(t, n, r, p) => `${r}${n}赴${p}督查${t}`,
	(t) => `市政府与有关单位签订${t}合作协议`,
	(t, n) => `市政府党组会议传达学习${t}有关精神`,
];
const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnNumber(n: number): string {
	if (n < 10) return CN_DIGITS[n];
	if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
	return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
function addDays(date: string, days: number): string {
	const t = new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + days);
	return t.toISOString().slice(0, 10);
}
const cnDate = (date: string) => {
	const [y, m, d] = date.split('-').map(Number);
	return `${y}年${m}月${d}日`;
};
const hanLength = (s: string) => [...s].length;
/** YAML double-quoted scalar. */
const q = (s: string) => JSON.stringify(s);

// ---------------------------------------------------------------- the generator

/** What the generator wrote, saved beside the content for the benchmarks. */
export interface SyntheticManifest {
	seed: number;
	requestedPages: number;
	contentPages: number;
	counts: Record<'issues' | 'documents' | 'interpretations' | 'briefs' | 'personnel' | 'chronicle' | 'statistics', number>;
	firstIssue: string;
	lastIssue: string;
	contentBytes: number;
	names: string[];
	towns: string[];
	villages: string[];
	companies: string[];
	documents: { docNumber: string; unifiedNumber?: string; slug: string; issue: string; chars: number }[];
}

export function generate(opts: SyntheticOptions): SyntheticManifest {
	const rng = new Rng(opts.seed);
	const sample = readSample();

	// Pools, each with a fixed Zipf rank so that some entries are common and most rare.
	const names: string[] = [];
	const seenNames = new Set<string>();
	while (names.length < 6000) {
		const n = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
		if (!seenNames.has(n)) seenNames.add(n), names.push(n);
	}
	const towns: string[] = [];
	const seenTowns = new Set<string>();
	while (towns.length < 1500) {
		const t = rng.pick(TOWN_CHARS) + rng.pick(TOWN_CHARS) + rng.pick(['镇', '街道', '乡', '镇', '街道']);
		if (!seenTowns.has(t)) seenTowns.add(t), towns.push(t);
	}
	const villages: string[] = [];
	const seenVillages = new Set<string>();
	while (villages.length < 4000) {
		const v = rng.pick(TOWN_CHARS) + rng.pick(TOWN_CHARS) + rng.pick(['村', '村', '社区']);
		if (!seenVillages.has(v)) seenVillages.add(v), villages.push(v);
	}
	const companies: string[] = [];
	const seenCompanies = new Set<string>();
	while (companies.length < 2000) {
		const c = `温州${rng.pick(TOWN_CHARS)}${rng.pick(TOWN_CHARS)}${rng.pick(['科技', '电气', '鞋业', '服饰', '眼镜', '阀门', '汽摩配', '新材料', '智能装备', '食品'])}${rng.pick(['有限公司', '股份有限公司', '集团有限公司'])}`;
		if (!seenCompanies.has(c)) seenCompanies.add(c), companies.push(c);
	}
	const name = rng.zipf(names, 1.05);
	const town = rng.zipf(towns, 1);
	const village = rng.zipf(villages, 0.9);
	const company = rng.zipf(companies, 1);
	const topic = rng.zipf(rng.shuffle(TOPICS), 0.8);

	// Every sentence of the sample, in a shuffled Zipf order: a few are quoted everywhere, most rarely.
	const byKind = (kinds: string[]) => sample.files.filter((f) => kinds.includes(f.kind));
	const poolOf = (files: SampleFile[]) => rng.zipf(rng.shuffle(files.flatMap((f) => f.sentences)), 1);
	const docFiles = byKind(['documents', 'interpretations']);
	const briefFiles = byKind(['briefs', 'features']);
	const docSentence = poolOf(docFiles);
	const briefSentence = poolOf([...briefFiles, ...docFiles.slice(0, 2)]);
	const headingPool = rng.zipf(rng.shuffle([...new Set(sample.files.flatMap((f) => f.headings))]), 0.7);
	const chronicleEntry = rng.zipf(rng.shuffle(sample.chronicle), 0.6);
	const sampleOfficials = ['张振丰', '杨胜杰', '李无文', '陈应许', '毛伟平', '王彩莲', '王振勇', '刘小涛'];

	/** Officials serve five-year terms: the same names recur through a term's chronicles and briefs. */
	const officialsCache = new Map<number, string[]>();
	function officials(year: number): string[] {
		const term = Math.floor((year - 2003) / 5);
		if (!officialsCache.has(term)) {
			const r = new Rng(opts.seed * 31 + term);
			officialsCache.set(term, Array.from({ length: 8 }, () => names[r.int(0, 400)]));
		}
		return officialsCache.get(term)!;
	}

	/** Redraws the figures in a sentence (keeps years near `year`), swaps the sample's officials for the term's. */
	function mutate(sentence: string, r: Rng, year: number): string {
		const team = officials(year);
		let s = sentence.replace(/\d+/g, (d) => {
			if (/^(19|20)\d\d$/.test(d)) return String(year + r.int(-1, 1));
			if (d.length === 1) return String(r.int(1, 9));
			return String(r.int(10 ** (d.length - 1), 10 ** d.length - 1));
		});
		sampleOfficials.forEach((o, i) => (s = s.replaceAll(o, team[i % team.length])));
		return s;
	}

	/** An extra sentence about a particular person, place, company or sum: the long tail. */
	function entitySentence(r: Rng, year: number, clause: () => string): string {
		const c = clause().replace(/[。！？；]$/, '').split(/[，,]/)[0];
		switch (r.int(0, 7)) {
			case 0: return `${r.pick(COUNTIES)}${town()}负责人${name()}表示，${c}。`;
			case 1: return `截至${year}年${r.int(1, 12)}月底，${r.pick(COUNTIES)}累计完成投资${r.int(2, 980)}.${r.int(1, 99)}亿元，${c}。`;
			case 2: return `${town()}${village()}、${village()}等${r.int(3, 60)}个村（社区）纳入试点范围。`;
			case 3: return `${company()}等${r.int(2, 40)}家企业获得补助资金${r.int(10, 9999)}万元。`;
			case 4: return `联系人：${name()}，联系电话：0577-${r.int(55000000, 89999999)}。`;
			case 5: return `${name()}、${name()}等同志参加${c}有关工作。`;
			case 6: return `${r.pick(COUNTIES)}${village()}${c}。`;
			default: return `全市共有${r.int(100, 99999)}人次参与，同比增长${r.int(1, 60)}.${r.int(0, 9)}%。`;
		}
	}

	/** Sentences for one page: most from its home file, the rest from the Zipf pool, some entity sentences. */
	function paragraphFactory(r: Rng, year: number, homeFiles: SampleFile[], pool: () => string) {
		const home = r.pick(homeFiles).sentences;
		const clause = () => (r.chance(0.6) ? r.pick(home) : pool());
		return (min: number, max: number) => {
			const out: string[] = [];
			for (let i = 0, n = r.int(min, max); i < n; i++) {
				out.push(r.chance(0.18) ? entitySentence(r, year, clause) : mutate(clause(), r, year));
			}
			return out.join('');
		};
	}

	// Issues from the newest back, enough of them for the pages asked for (~39 pages an issue).
	const [lastY, lastM] = opts.lastIssue.split('-').map(Number);
	const perIssue = 39.5;
	const issueCount = Math.max(1, Math.round(opts.pages / perIssue));
	const months: [year: number, month: number][] = [];
	for (let i = issueCount - 1; i >= -opts.nextIssues; i--) {
		const idx = lastY * 12 + (lastM - 1) - i;
		months.push([Math.floor(idx / 12), (idx % 12) + 1]);
	}

	rmSync(opts.out, { recursive: true, force: true });
	const files = new Map<string, string>();
	const put = (rel: string, text: string) => files.set(rel, text);
	const counts: SyntheticManifest['counts'] = { issues: 0, documents: 0, interpretations: 0, briefs: 0, personnel: 0, chronicle: 0, statistics: 0 };
	const serials = new Map<string, number>(); // 机关代字/year → last serial
	const unifiedSerials = new Map<string, number>();
	const docsOut: SyntheticManifest['documents'] = [];
	let budget = opts.pages;

	months.forEach(([year, month], issueIndex) => {
		const issue = `${year}-${pad(month)}`;
		const r = new Rng(opts.seed + year * 100 + month);
		// Pages left for this issue, three of them per-issue pages (personnel, chronicle, statistics);
		// the next issues, after the archive, an average issue's share each.
		const share = issueIndex < issueCount ? Math.max(3, Math.round(budget / (issueCount - issueIndex))) : Math.round(opts.pages / issueCount);
		let items = share - 3;
		const nDocs = Math.max(1, Math.round(items * r.int(36, 46) / 100));
		const nInterp = Math.min(nDocs, Math.round(items * r.int(14, 22) / 100));
		const nBriefs = Math.max(0, items - nDocs - nInterp);
		budget -= 3 + nDocs + nInterp + nBriefs;
		counts.issues += 1;
		const last = daysIn(year, month);
		const team = officials(year);
		const sections = new Set<string>();

		// Documents.
		const issueDocs: { docNumber: string; slug: string; regulationTitle: string; issuers: string[]; signedDate: string; unifiedNumber?: string; title: string }[] = [];
		for (let i = 0; i < nDocs; i++) {
			const roll = r.next();
			const category = roll < 0.15 ? 'municipal-government' : roll < 0.55 ? 'general-office' : 'department';
			let code: string;
			let issuers: string[];
			if (category === 'municipal-government') (code = '温政发'), (issuers = ['温州市人民政府']);
			else if (category === 'general-office') (code = '温政办'), (issuers = ['温州市人民政府办公室']);
			else {
				const dept = r.pick(DEPARTMENTS);
				code = dept[0];
				issuers = [dept[1]];
				if (r.chance(0.25)) issuers.push(r.pick(DEPARTMENTS.filter((d) => d[1] !== dept[1]))[1]);
			}
			const serialKey = `${code}/${year}`;
			const serial = (serials.get(serialKey) ?? r.int(0, 3)) + r.int(1, 4);
			serials.set(serialKey, serial);
			const docNumber = `${code}〔${year}〕${serial}号`;
			const slug = `${code}-${year}-${serial}`;
			const t = topic();
			const regulationTitle = `${r.chance(0.5) ? '温州市' : ''}${r.pick(ACTIONS)}${t}${r.chance(0.3) ? `和${topic()}` : ''}的${r.pick(KINDS)}`;
			const title = `${issuers[0]}${issuers.length > 1 ? '等部门' : ''}关于印发${regulationTitle}的通知`;
			const signedDate = iso(year, month, r.int(1, last));
			const effectiveDate = r.chance(0.6) ? signedDate : addDays(signedDate, r.pick([10, 30, 31]));
			const effectiveBasis = effectiveDate === signedDate ? '自印发之日起施行' : `自${cnDate(effectiveDate)}起施行`;
			const normative = r.chance(0.6);
			let unifiedNumber: string | undefined;
			if (normative) {
				const prefix = category === 'department' ? `ZJCC${pad(r.int(2, 9))}` : 'ZJCC01';
				const key = `${prefix}/${year}`;
				const u = (unifiedSerials.get(key) ?? 0) + r.int(1, 3);
				unifiedSerials.set(key, u);
				unifiedNumber = `${prefix}–${year}–${pad(u, 4)}`;
			}
			let expiry = '';
			if (r.chance(0.8)) {
				const years = r.pick([1, 2, 3, 5, 5, 5]);
				const expiryDate = addDays(effectiveDate, years * 365 - 1);
				expiry = r.chance(0.5)
					? `expiryDate: ${expiryDate}\nexpiryBasis: ${q(`有效期至${cnDate(expiryDate)}`)}\n`
					: `expiryDate: ${expiryDate}\nexpiryBasis: ${q(`有效期${years}年`)}\n`;
			}
			const para = paragraphFactory(r, year, docFiles, docSentence);
			const target = r.int(2000, 8000);
			const body: string[] = [];
			let length = 0;
			const add = (line: string) => {
				body.push(line);
				length += hanLength(line);
			};
			add(para(2, 4) + '现将有关事项通知如下：');
			if (r.chance(0.35)) {
				// Articles: 第一条 … in chapters.
				let article = 0;
				for (let chapter = 1; length < target; chapter++) {
					add(`### 第${cnNumber(chapter)}章　${chapter === 1 ? '总则' : headingPool()}`);
					for (let k = r.int(2, 6); k > 0 && length < target; k--) add(`第${cnNumber(++article)}条　${para(1, 4)}`);
				}
			} else {
				// Headings 一、 with numbered measures 1. continuing through the text.
				let measure = 0;
				for (let h = 1; length < target; h++) {
					add(`### ${cnNumber(h)}、${r.chance(0.5) ? headingPool() : `${r.pick(['加强', '强化', '完善', '推进', '落实'])}${topic()}`}`);
					for (let k = r.int(2, 5); k > 0 && length < target; k--) add(`${++measure}.${para(2, 6)}`);
				}
			}
			const notice = `《${regulationTitle}》已经${category === 'department' ? '研究' : '市政府'}同意，现印发给你们，请认真贯彻执行。`;
			put(
				`documents/${issue}/${slug}.md`,
				`---\ntitle: ${q(title)}\nregulationTitle: ${q(regulationTitle)}\ndocNumber: ${q(docNumber)}\n` +
					(unifiedNumber ? `unifiedNumber: ${q(unifiedNumber)}\n` : '') +
					`category: ${category}\nissuers:\n${issuers.map((s) => `  - ${q(s)}\n`).join('')}recipients: ${q(r.pick(RECIPIENTS))}\nnotice: ${q(notice)}\n` +
					`signedDate: ${signedDate}\npublishedDate: ${signedDate}\neffectiveDate: ${effectiveDate}\neffectiveBasis: ${q(effectiveBasis)}\n${expiry}` +
					`attachments: []\nissue: "${issue}"\n---\n\n${body.join('\n\n')}\n`,
			);
			sections.add(category);
			const doc = { docNumber, slug, regulationTitle, issuers, signedDate, unifiedNumber, title };
			issueDocs.push(doc);
			docsOut.push({ ...doc, issue, chars: length });
			counts.documents += 1;
		}

		// Interpretations of some of this issue's documents.
		for (const doc of r.shuffle(issueDocs).slice(0, nInterp)) {
			const para = paragraphFactory(r, year, docFiles, docSentence);
			const bodies = doc.issuers.map((b) => (b.startsWith('温州市人民政府') ? r.pick(DEPARTMENTS)[1] : b));
			const target = r.int(1500, 4000);
			const body = [`### 一、政策背景`, `${para(1, 3)}市政府于${cnDate(doc.signedDate)}制定出台了《${doc.regulationTitle}》（${doc.docNumber}）。${para(1, 3)}`];
			let length = hanLength(body.join(''));
			const heads = ['主要内容', '适用范围', '主要特点', '实施步骤', '关键词解释', '保障措施', '执行时间', '注意事项'];
			for (let h = 2; length < target && h <= heads.length + 1; h++) {
				body.push(`### ${cnNumber(h)}、${heads[h - 2]}`);
				for (let k = r.int(1, 3); k > 0; k--) {
					const p = para(2, 5);
					body.push(p);
					length += hanLength(p);
				}
			}
			put(
				`interpretations/${issue}/${doc.slug}.md`,
				`---\ntitle: ${q(`关于《${doc.regulationTitle}》的政策解读`)}\ninterprets: ${q(doc.docNumber)}\ninterpretingBodies:\n${[...new Set(bodies)].map((b) => `  - ${q(b)}\n`).join('')}` +
					`contacts:\n${[...new Set(bodies)].map((b) => `  - body: ${q(b)}\n    name: ${q(name())}\n    phone: "0577-${r.int(55000000, 89999999)}"\n`).join('')}issue: "${issue}"\n---\n\n${body.join('\n\n')}\n`,
			);
			sections.add('interpretations');
			counts.interpretations += 1;
		}

		// Briefs.
		for (let i = 0; i < nBriefs; i++) {
			const para = paragraphFactory(r, year, briefFiles, briefSentence);
			const day = r.int(1, last);
			const roleIndex = r.int(0, ROLES.length - 1);
			const t = topic();
			const place = r.pick(COUNTIES);
			const title = r.pick(BRIEF_TITLES)(t, team[roleIndex], ROLES[roleIndex], place);
			const target = r.int(400, 2000);
			const body = [`${month}月${day}日，${ROLES[roleIndex]}${team[roleIndex]}主持召开会议，研究${t}等工作。${para(1, 3)}`];
			let length = hanLength(body[0]);
			while (length < target) {
				const p = `${r.pick(['会议强调', '会议指出', '会议要求', '会议听取了', ''])}${r.chance(0.5) ? '，' : ''}${para(2, 5)}`;
				body.push(p.replace(/^，/, ''));
				length += hanLength(p);
			}
			const keyword = t.replace(/[^\p{Script=Han}]/gu, '').slice(0, 8);
			put(`briefs/${issue}/${pad(i + 1)}-${keyword}.md`, `---\ntitle: ${q(title)}\ndate: ${iso(year, month, day)}\nissue: "${issue}"\n---\n\n${body.join('\n\n')}\n`);
			sections.add('briefs');
			counts.briefs += 1;
		}

		// Personnel.
		const decisions: string[] = [];
		for (let i = r.int(3, 12); i > 0; i--) {
			const who = name();
			const org = r.pick(ORGS);
			const pos = r.pick(POSITIONS);
			if (r.chance(0.7)) {
				const probation = r.chance(0.3);
				decisions.push(
					`  - text: ${q(`${who}任${org}${pos}${probation ? '（试用期一年）' : ''}`)}\n    changes:\n      - name: ${q(who)}\n        action: appoint\n        position: ${q(pos)}\n        organisation: ${q(org)}\n` +
						(probation ? `        probation: "一年"\n` : ''),
				);
			} else {
				decisions.push(`  - text: ${q(`免去${who}的${org}${pos}职务`)}\n    changes:\n      - name: ${q(who)}\n        action: remove\n        position: ${q(pos)}\n        organisation: ${q(org)}\n`);
			}
		}
		put(`personnel/${issue}.yaml`, `title: ${q(`${month}月份市政府人事任免`)}\ndecidedBy: "市人民政府决定"\ndecisions:\n${decisions.join('')}issue: "${issue}"\n`);
		counts.personnel += 1;

		// Chronicle: ascending days, each with a few entries.
		const days = r.shuffle(Array.from({ length: last }, (_, i) => i + 1)).slice(0, r.int(12, Math.min(24, last))).sort((a, b) => a - b);
		const chronicleDays = days.map((d) => {
			const entries: string[] = [];
			for (let k = r.int(1, 5); k > 0; k--) {
				const who = r.int(0, ROLES.length - 1);
				const entry = r.chance(0.8) ? chronicleEntry() : `${ROLES[who]}${team[who]}调研${r.pick(COUNTIES)}${town()}${topic()}工作。`;
				entries.push(`      - ${q(mutate(entry, r, year))}\n`);
			}
			return `  - date: ${iso(year, month, d)}\n    entries:\n${entries.join('')}`;
		});
		put(`chronicle/${issue}.yaml`, `title: ${q(`${month}月份市政府记事`)}\ndays:\n${chronicleDays.join('')}issue: "${issue}"\n`);
		counts.chronicle += 1;

		// Statistics: the sample's indicators with new figures.
		const fig = () => (r.chance(0.1) ? 'null' : String(r.int(100, 2000000) / 100));
		const yoy = () => (r.chance(0.1) ? 'null' : String(r.int(-300, 400) / 10));
		const rows = sample.stats.map(
			(row) =>
				`  - indicator: ${q(row.indicator)}\n    unit: ${q(row.unit)}\n    month: ${row.month === null ? 'null' : fig()}\n    monthYoY: ${row.monthYoY === null ? 'null' : yoy()}\n` +
				`    cumulative: ${row.cumulative === null ? 'null' : fig()}\n    cumulativeYoY: ${row.cumulativeYoY === null ? 'null' : yoy()}\n` +
				(row.parent ? `    parent: ${q(row.parent)}\n` : ''),
		);
		put(
			`statistics/${issue}.yaml`,
			`title: ${q(`温州市${year}年${month}月份国民经济主要统计指标`)}\nsource: "温州市统计局"\nmonth: "${issue}"\nrows:\n${rows.join('')}notes:\n  - "规模以上工业增加值增速按可比价计算。"\nissue: "${issue}"\n`,
		);
		counts.statistics += 1;

		const order = ['municipal-government', 'general-office', 'department', 'interpretations', 'personnel', 'briefs', 'chronicle', 'statistics'];
		['personnel', 'chronicle', 'statistics'].forEach((s) => sections.add(s));
		put(
			`issues/${issue}.yaml`,
			`year: ${year}\nnumber: ${month}\nmonth: "${issue}"\npublishedDate: ${iso(year, month, last)}\nsections:\n${order.filter((s) => sections.has(s)).map((s) => `  - ${s}\n`).join('')}` +
				`cover:\n  caption: ${q(`${year}年第${month}期封面`)}\n  image: ./cover.jpg\n  sample: true\n`,
		);
	});

	mkdirSync(opts.out, { recursive: true });
	// site.yaml, units.yaml and any other gazette-wide file at the top of content/: as in the sample.
	for (const f of readdirSync(SAMPLE).filter((f) => f.endsWith('.yaml'))) copyFileSync(path.join(SAMPLE, f), path.join(opts.out, f));
	mkdirSync(path.join(opts.out, 'issues'), { recursive: true });
	copyFileSync(path.join(SAMPLE, 'photos/2022-12/photo-1.jpg'), path.join(opts.out, 'issues/cover.jpg'));
	const dirs = new Set([...files.keys()].map((rel) => path.dirname(rel)));
	for (const dir of dirs) mkdirSync(path.join(opts.out, dir), { recursive: true });
	let bytes = 0;
	for (const [rel, text] of files) {
		writeFileSync(path.join(opts.out, rel), text);
		bytes += Buffer.byteLength(text);
	}
	const pages = counts.documents + counts.interpretations + counts.briefs + counts.personnel + counts.chronicle + counts.statistics;
	const manifest: SyntheticManifest = {
		seed: opts.seed,
		requestedPages: opts.pages,
		contentPages: pages,
		counts,
		firstIssue: `${months[0][0]}-${pad(months[0][1])}`,
		lastIssue: `${months.at(-1)![0]}-${pad(months.at(-1)![1])}`,
		contentBytes: bytes,
		// Pools in Zipf rank order (rank 0 is the most common), for choosing queries.
		names: names.slice(0, 3000),
		towns: towns.slice(0, 1000),
		villages: villages.slice(0, 1000),
		companies: companies.slice(0, 500),
		documents: docsOut.map(({ docNumber, unifiedNumber, slug, issue, chars }) => ({ docNumber, unifiedNumber, slug, issue, chars })),
	};
	writeFileSync(manifestFileFor(opts.out), JSON.stringify(manifest));
	return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const opts = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const m = generate(opts);
	console.log(
		`wrote ${m.contentPages} content pages (${Object.entries(m.counts).map(([k, v]) => `${v} ${k}`).join(', ')}), ` +
			`issues ${m.firstIssue} … ${m.lastIssue}, ${(m.contentBytes / 1e6).toFixed(1)} MB, to ${path.relative(process.cwd(), opts.out) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
	);
}

