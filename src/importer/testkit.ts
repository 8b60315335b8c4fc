/**
 * For the importer's tests: lays text out the way the gazette prints it, and
 * a small made-up issue with every section, printed in the layouts the
 * sample issue uses (and some it does not: split 文号, hyphens, ASCII colons).
 */
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../gazette/site.ts';
import { displayWidth, toLines, type SourceLine } from './lines.ts';

const CLOSING = '，。、；：！？）》”';

/**
 * Paragraphs wrapped at `measure`, first lines indented by two, no line
 * starting with closing punctuation (the character before it goes down with
 * it), digit runs kept whole.
 */
export function print(paragraphs: readonly string[], measure = 20): string[] {
	const out: string[] = [];
	for (const p of paragraphs) {
		const pieces = p.match(/[0-9A-Za-z.%]+|./gu)!;
		let line: string[] = [];
		let first = true;
		for (const piece of pieces) {
			if (displayWidth(line.join('') + piece) > measure - (first ? 2 : 0)) {
				const carry = CLOSING.includes(piece[0]) ? [line.pop()!] : [];
				out.push(line.join(''));
				first = false;
				line = carry;
			}
			line.push(piece);
		}
		out.push(line.join(''));
	}
	return out;
}

/** Lines as the extraction gives them: blank lines between, a space before the first line of a page. */
export function asInput(lines: readonly string[], pageBreaks: readonly number[] = []): SourceLine[] {
	return toLines(lines.map((l, i) => (pageBreaks.includes(i) ? ` ${l}` : l)).join('\n\n'));
}

/** Lines separated by blank lines; a page break before the first. */
const page = (lines: readonly string[]) => [` ${lines[0]}`, ...lines.slice(1)].join('\n\n');
const right = (s: string) => `${' '.repeat(60)}${s}`;

export const DOC1_BODY = [
	'为规范测试工作，根据有关法律法规，结合本市实际，制定本办法。',
	'一、适用范围',
	'本办法适用于本市行政区域内的测试工作，包括各县（市、区）组织开展的各类测试活动。',
	'二、职责分工',
	'市测试局负责全市测试工作的统筹协调和监督管理，各县（市、区）测试部门负责本辖区测试工作。',
	'本办法自发布之日起施行，有效期为五年。',
];
export const DOC2_BODY = ['为加强测试资金管理，提高资金使用效益，制定本办法。', '测试资金实行专款专用，任何单位不得挤占挪用。'];
export const INTERPRETATION1_BODY = ['一、政策背景', '为规范全市测试工作，市测试局起草了本办法，经市政府同意后印发实施。', '二、解读单位和联系人', '解读单位：温州市测试局', '联系人：李四', '联系电话：0577-12345678'];
export const INTERPRETATION2_BODY = ['一、制定背景', '为加强测试资金管理，我局会同市审计局制定了本办法。', '二、解读机关及解读人', '解读机关：温州市财政局', '解读人：王五', '联系方式：0577-87654321'];
export const FEATURE_BODY = ['瑞安市聚焦测试工作，不断健全测试机制、变革测试方式，全力推进测试工作高质量发展。', '一、夯实基础，建设全面覆盖的测试网络', '一是优化布局，延伸测试服务触角。搭建三级测试网络，建成14个测试服务中心。'];

/** Options of a made-up issue of 2023: its month, what it is about, and paragraphs to add to its first document. */
export interface SyntheticIssueOptions {
	/** 1–9: January to September 2023. */
	month?: number;
	/** Replaces 测试 everywhere, so that months carry different documents (titles, units, names of things). */
	subject?: string;
	/** Paragraphs printed at the end of the first document's text, as written (not replaced): a citation, a repeal. */
	extra?: readonly string[];
}

/**
 * A made-up issue of 2023 with every section, in the sample's layouts. The
 * January issue with the defaults is SYNTHETIC_ISSUE; other months number
 * their documents on (温政发〔2023〕2n−1号, 温财发〔2023〕(n+4)号).
 */
export function syntheticIssue({ month = 1, subject = '测试', extra = [] }: SyntheticIssueOptions = {}): string {
	const sub = (text: string) => text.replaceAll('测试', subject).replace(/(?<![0-9])1月/gu, `${month}月`);
	const doc1 = print([...DOC1_BODY.map(sub), ...extra]);
	const interpretation1 = print(INTERPRETATION1_BODY);
	const [n1, n2] = [2 * month - 1, month + 4];
	const unified = (n: number) => String(n).padStart(4, '0');
	const DOC1_HEAD = '\u0000DOC1_HEAD\u0000';
	const DOC1_TAIL = '\u0000DOC1_TAIL\u0000';
	const text = sub(
		[
			// Photos: the first without a credit.
			' 市领导调研测试工作\n图为测试现场\n\n瑞安市测试田迎来丰收           （张三/摄）',
			// A municipal-government document: 文号 split over two lines, unified number with hyphens, title repeated as a page head.
			page([
				'各县（市、区）人民政府，市政府直属各单位：',
				'《温州市测试管理办法》已经市政府同意，现印发给你们，请认真组织实施。',
				right('温州市人民政府'),
				right('2023年1月10日'),
				`ZJCC01-2023-${unified(n1)}`,
				'温政发〔2023〕',
				`${n1}号`,
				'温州市人民政府',
				'关于印发温州市测试管理办法的通知',
				DOC1_HEAD,
				'温州市测试管理办法',
			]),
			page([DOC1_TAIL]),
			// A joint department document: unified number first, ASCII colon, no effective date, an attachment table.
			page([
				`ZJCC13-2023-${unified(2 * month)}`,
				`温财发[2023]${n2}号`,
				'各有关单位:',
				'现将《温州市测试资金办法》印发给你们，请遵照执行。',
				right('温州市财政局  温州市审计局'),
				right('2023年1月12日'),
				'温州市财政局',
				'温州市审计局',
				'关于印发《温州市测试资金办法》的通知',
				...print(DOC2_BODY),
				'附件',
				'温州市测试资金申请表',
				'序号 项目 金额 备注',
				'1 办公 100 无',
				'2 差旅 200 详见',
				'说明',
			]),
			// Interpretations: the title printed at the foot of the first page, or at the end.
			page([...interpretation1.slice(0, 3), '关于《温州市测试管理办法》的', '政策解读']),
			page(interpretation1.slice(3)),
			page([...print(INTERPRETATION2_BODY), '关于《温州市测试资金办法》的政策解读']),
			// Personnel: title and running head printed among the decisions.
			page(['市人民政府决定：', '甲乙丙任温州市测试局局长；', '丁戊任温州市测试中心主任（试用', '期一年）；', '1月份市政府人事任免', '机构人事', '免去己庚的温州市测试集团有限公司', '副总经理职务。']),
			// Briefs.
			page(['市政府常务会议召开', ...print(['1月5日，市委副书记、市长张振丰主持召开市政府常务会议，研究部署有关工作。'])]),
			page(['张振丰部署测试工作', ...print(['全省测试工作电视电话会议1月6日举行。会后，张振丰主持召开续会。']), '政 务 简 讯']),
			// Chronicle: an entry running over a page break, the title and running head among the entries.
			page(['3日', '△ 市长张振丰参加全省测试工作会议。', '△ 副市长陈应许参加全市测试工作推进', '1月份市政府记事', '政府记事']),
			page(['会。', '5日', '△  常务副市长杨胜杰参加市委常委会会议。']),
			// Statistics.
			page(['温州市统计局制', '温州市2023年1月份国民经济主要统计指标', '    指标 单位 当月', '同比', '±%', '累计', '同比', '±%', '一、规模以上工业增加值 亿元 100.1 -1.2 100.1 -1.2', '　　#高新技术产业 亿元 —— —— 50.5 2', '注：增加值按可比价计算。']),
			// The feature: title and subtitle, text at 26, captions side by side at the end.
			` 瑞安市打造测试“三大品牌”\n全力推进测试工作高质量发展\n\n${print(FEATURE_BODY, 26).join('\n\n')}\n\n测试服务中心 测试活动现场 瑞安举行测试\n周活动\n\n测试数字驾驶舱`,
		].join('\n'),
	);
	return text.replace(DOC1_HEAD, doc1.slice(0, 6).join('\n\n')).replace(DOC1_TAIL, doc1.slice(6).join('\n\n'));
}

/** A made-up January 2023 issue. */
export const SYNTHETIC_ISSUE = syntheticIssue();

/** The sample city's issuer codes, from content/site.yaml, which decide a document's section. */
export const ISSUER_CODES = loadSiteConfig(fileURLToPath(new URL('../../content/', import.meta.url))).issuerCodes;
