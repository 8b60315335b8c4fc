import { describe, expect, it } from 'vitest';
import { displayWidth, toLines } from './lines.ts';
import { markdownBlock, reflow, toMarkdown, unbreakableWidth } from './reflow.ts';
import { asInput, print } from './testkit.ts';

const PARAGRAPHS = [
	'为贯彻落实党中央、国务院和省委、省政府有关决策部署，鼓励重点企业、重大项目、重大工程不停工、不停产，保障2023年元旦春节期间企业正常生产经营和有序用工，现将有关事项通知如下：',
	'一、引导外地员工留温过年',
	'1.鼓励市外员工留温。充分发挥企业主体作用，鼓励企业通过发放留岗红包、过年礼包、改善工作和生活条件等方式，吸引外地员工就地过年。（责任单位：市人力社保局、市财政局）',
	'（一）因放火、自杀、自焚等故意行为，公安机关作为刑事或者治安案件处理的；',
	'（二）强化老年群体保障，助推老年友好城市建设',
	'要负责调查组各项工作的综合协调、组织调度、后勤保障以及起草火灾事故调查报告等。',
];

describe('reflow: printed lines back to paragraphs', () => {
	it('undoes the gazette’s own layout', () => {
		const lines = print(PARAGRAPHS);
		expect(lines.length).toBeGreaterThan(PARAGRAPHS.length + 5);
		expect(reflow(asInput(lines)).map((p) => p.text)).toEqual(PARAGRAPHS);
	});

	it('reports the input line each paragraph starts on', () => {
		const paragraphs = reflow(asInput(print(PARAGRAPHS.slice(0, 2))));
		expect(paragraphs[0].line).toBe(1);
		expect(paragraphs[1].line).toBe(2 * print(PARAGRAPHS.slice(0, 1)).length + 1);
	});

	it('a line one character short before 度、 is still full (no line starts with 、)', () => {
		const text = ['保障，支持企业做好原材料、零部件储备和产', '业融资保障，引导商业银行加大信贷投放力', '度、适当延长贷款期限，用好无还本续贷。'];
		expect(reflow(asInput(text)).map((p) => p.text)).toEqual([text.join('')]);
	});

	it('a page break (leading space) inside a paragraph continues it', () => {
		const lines = print(PARAGRAPHS.slice(0, 3));
		expect(reflow(asInput(lines, [3, 7])).map((p) => p.text)).toEqual(PARAGRAPHS.slice(0, 3));
	});

	it('a paragraph whose last line happens to be full, then a new paragraph', () => {
		const first = '春节期间安排员工正常工作的企业，应严格执行工资支付规定，对困难企业予以帮扶。';
		const lines = print([first, PARAGRAPHS[0]]);
		expect(displayWidth(lines[print([first]).length - 1])).toBe(20);
		expect(reflow(asInput(lines)).map((p) => p.text)).toEqual([first, PARAGRAPHS[0]]);
	});

	it('closes up a letter-spaced line and joins it to its paragraph', () => {
		const input = asInput(['刘 小 涛 强 调 ， 要 在 区 域 竞 争 中 奋 勇 争', '先，锚定高线目标，深入“对标攻坚、创新争', '先”。']);
		expect(reflow(input).map((p) => p.text)).toEqual(['刘小涛强调，要在区域竞争中奋勇争先，锚定高线目标，深入“对标攻坚、创新争先”。']);
	});

	it('a wider measure on another page (21, then 20)', () => {
		const wide = '会议强调，要把学习宣传贯彻党的二十大精神与“三农”重点工作结合起来，努力将学习成果转化为全面推进乡村振兴的实际成效。';
		const narrow = '会议强调，要强化隐患排查，牢固树立“隐患就是事故”的理念，持续实施事故隐患闭环机制，不间断开展全面性、深度性“把脉问诊”。';
		const lines = [...print([wide], 21), ...print([narrow], 20)];
		expect(reflow(asInput(lines, [0, print([wide], 21).length]))).toHaveLength(2);
	});

	it('a line indented with full-width spaces opens a paragraph', () => {
		const input = asInput(['附件：1.温州市事业单位特设岗位设置核准表', '　　　2.温州市事业单位特设岗位核销备案表']);
		expect(reflow(input).map((p) => p.text)).toEqual(['附件：1.温州市事业单位特设岗位设置核准表', '2.温州市事业单位特设岗位核销备案表']);
	});

	it('a line ending in a telephone number ends its paragraph', () => {
		const input = asInput(['四、解读单位和联系人', '温州市经信局 何小小 0577-88968050', '温州市人力社保局 周敬超 0577-89090302', '温州市商务局 郑季林 0577-88861005']);
		expect(reflow(input).map((p) => p.text)).toEqual([
			'四、解读单位和联系人',
			'温州市经信局 何小小 0577-88968050',
			'温州市人力社保局 周敬超 0577-89090302',
			'温州市商务局 郑季林 0577-88861005',
		]);
	});

	it('a line one to three characters short for its quotes and brackets does not end a paragraph mid-sentence', () => {
		const lines = ['为支持企业稳定生产，各地要梳理重点企', '业清单，对符合条件的企业，按“一企一策”', '要求，对《清单》（第一批）所列企业', '中5万元以上的项目给予一次性补助，并纳', '入监管。'];
		expect(lines.map(displayWidth)).toEqual([18, 20, 17, 18.5, 4]);
		expect(reflow(asInput(lines)).map((p) => p.text)).toEqual([lines.join('')]);
	});

	it('a line two short in mid-sentence before a full line is not taken for a first line', () => {
		const lines = ['为做好今年春节期间企业稳产工作，现将', '有关事项通知如下：各地各部门要坚持稳中求', '进，把“稳字当头”要求贯穿于《方案》', '实施全过程，对符合条件的企业给予一次性补', '助，确保各项措施落地见效。'];
		expect(lines.map(displayWidth)).toEqual([18, 20, 18, 20, 13]);
		expect(reflow(asInput(lines)).map((p) => p.text)).toEqual([lines.join('')]);
	});

	// The paragraph after it has full lines, so that the measure is 20.
	const NEXT = ['会议要求，各地各部门要把思想和行动统一到', '市委市政府决策部署上来，坚定不移推动高质', '量发展。'];

	it.each([
		['a full stop', ['会议强调，要把稳增长放在更加突出的位', '置，坚持稳中求进，统筹发展和安全。']],
		['a closing quote after a full stop', ['会议强调，要把稳增长放在更加突出的位', '置，坚持“稳字当头、稳中求进”。”']],
		['an aside after a full stop', ['各地要把稳增长放在更加突出的位置，坚', '持稳中求进。（责任单位：市发改委）']],
	])('a line one to three characters short ends its paragraph at a sentence’s end: %s', (_label, lines) => {
		expect(displayWidth(lines[1])).toBe(17);
		expect(reflow(asInput([...lines, ...NEXT])).map((p) => p.text)).toEqual([lines.join(''), NEXT.join('')]);
	});

	it('a one-line numbered heading three characters short ends its paragraph', () => {
		const heading = '三、鼓励企业在春节期间稳定生产';
		expect(displayWidth(heading)).toBe(15);
		expect(reflow(asInput([heading, ...NEXT])).map((p) => p.text)).toEqual([heading, NEXT.join('')]);
	});

	it('a short text with no full line is not taken for a narrow measure', () => {
		const text = ['为加强测试资金管理，提高资金使用效益，制定本办法。', '测试资金实行专款专用，任何单位不得挤占挪用。'];
		expect(reflow(asInput(print(text))).map((p) => p.text)).toEqual(text);
	});

	it('ignores blank lines and keeps the wording exactly', () => {
		expect(reflow(toLines('\n\n  \n第十六条  本办法自发布之日起施行。\n')).map((p) => p.text)).toEqual(['第十六条 本办法自发布之日起施行。']);
	});
});

describe('unbreakableWidth', () => {
	it('a character with the punctuation that must follow it, a digit run, an opening quote with its character', () => {
		expect(unbreakableWidth('度、适当')).toBe(2);
		expect(unbreakableWidth('2023年')).toBe(2);
		expect(unbreakableWidth('“152333”体系')).toBe(5);
		expect(unbreakableWidth('，要')).toBe(Infinity);
	});
});

describe('Markdown', () => {
	it('### for 一、 headings, #### for stand-alone （一） headings, text otherwise', () => {
		expect(markdownBlock('一、引导外地员工留温过年')).toBe('### 一、引导外地员工留温过年');
		expect(markdownBlock('一、《实施方案》出台的背景是什么？')).toBe('### 一、《实施方案》出台的背景是什么？');
		expect(markdownBlock('（一）强化老年群体保障，助推老年友好城市建设')).toBe('#### （一）强化老年群体保障，助推老年友好城市建设');
		expect(markdownBlock('（一）平台建设阶段（2023年1月—2023年2月）')).toBe('#### （一）平台建设阶段（2023年1月—2023年2月）');
		expect(markdownBlock('（一）因放火、自杀、自焚等故意行为，公安机关作为刑事或者治安案件处理的；')).toBe('（一）因放火、自杀、自焚等故意行为，公安机关作为刑事或者治安案件处理的；');
		expect(markdownBlock('(一)强化组织领导。市政务服务局成立领导小组。')).toBe('(一)强化组织领导。市政务服务局成立领导小组。');
		expect(markdownBlock('（一）完善生育保险方面：一是扩大覆盖面。')).toBe('（一）完善生育保险方面：一是扩大覆盖面。');
		expect(markdownBlock('附则')).toBe('### 附则');
		expect(markdownBlock('1.适用对象。本政策所指')).toBe('1.适用对象。本政策所指');
	});

	it('blocks separated by blank lines', () => {
		expect(toMarkdown([{ text: '一、工作目标', line: 1 }, { text: '以习近平新时代中国特色社会主义思想为指导。', line: 3 }])).toBe('### 一、工作目标\n\n以习近平新时代中国特色社会主义思想为指导。');
	});
});
