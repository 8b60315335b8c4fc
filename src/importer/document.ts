/**
 * One document as printed: a head (recipients, the cover notice, the
 * signature and date, unified number, 文号, issuers, the title — in an order
 * that varies with the layout), then the regulation's text, then attachments
 * (附件1, 附表) with their tables or forms.
 */
import { docNumberSlug, type DocNumber } from '../gazette/docNumber.ts';
import { closeUp, compact, displayWidth, isRightAligned, nonBlank, type SourceLine } from './lines.ts';
import { categoryOfIssuer } from '../gazette/site.ts';
import type { Attachment, DocumentItem, ParseContext } from './model.ts';
import { markdownBlock, reflow, toMarkdown } from './reflow.ts';
import {
	compactTitle,
	findEffective,
	findExpiry,
	firstBookTitle,
	recogniseDateLine,
	recogniseDocNumberAt,
	recogniseUnifiedNumberAt,
} from './recognisers.ts';
import { withoutRunningHeads, withoutTitleRuns } from './segment.ts';

/** How the notice title ends: …的通知, …的决定. */
const TITLE_END = /(通知|决定|意见|批复|通报|公告|通告|函|报告|命令|令)$/u;

interface Head {
	unifiedNumber?: string;
	docNumber?: { value: DocNumber; canonical: string; line: number };
	recipients?: { text: string; line: number };
	notice: SourceLine[];
	signature: string[];
	signed?: { date: string; line: number };
	issuers: string[];
	title: SourceLine[];
	/** Index (in the region's text lines) where the regulation's text starts. */
	bodyFrom: number;
}

function readHead(lines: readonly SourceLine[]): Head {
	const text = lines.map((l) => l.text);
	const head: Head = { notice: [], signature: [], issuers: [], title: [], bodyFrom: lines.length };
	let state: 'meta' | 'notice' | 'title' = 'meta';
	for (let i = 0; i < lines.length; i++) {
		const t = text[i].trim();
		const unified = recogniseUnifiedNumberAt(text, i);
		const docNumber = recogniseDocNumberAt(text, i);
		const date = recogniseDateLine(t);
		if (state !== 'title') {
			if (unified && !head.unifiedNumber) {
				head.unifiedNumber = unified.unifiedNumber;
				i += unified.span - 1;
				state = 'meta';
				continue;
			}
			if (docNumber && !head.docNumber) {
				head.docNumber = { value: docNumber.docNumber, canonical: docNumber.canonical, line: lines[i].no };
				i += docNumber.span - 1;
				state = 'meta';
				continue;
			}
			if (date && !head.signed) {
				head.signed = { date, line: lines[i].no };
				state = 'meta';
				continue;
			}
			if (isRightAligned(text[i])) {
				head.signature.push(...t.split(/[ \u3000]{2,}/u).filter(Boolean));
				state = 'meta';
				continue;
			}
			if (!head.recipients && head.notice.length === 0 && head.title.length === 0 && /[：:]$/u.test(t)) {
				head.recipients = { text: closeUp(t).replace(/[：:]$/u, ''), line: lines[i].no };
				state = 'notice';
				continue;
			}
			if (state === 'notice') {
				head.notice.push(lines[i]);
				continue;
			}
			// Issuers, then the title: 关于… printed on its own lines, or after the issuer on one line.
			const about = t.indexOf('关于');
			if (about < 0) {
				// An issuer is a name on its own line: short, no sentence punctuation.
				const name = head.issuers.length < 6 && displayWidth(t) <= 30 && !/[，。；：,;:]/u.test(t);
				if (name && head.docNumber) head.issuers.push(closeUp(t));
				else if (!name || head.docNumber) {
					head.bodyFrom = i;
					return head;
				}
				continue;
			}
			if (about > 0) head.issuers.push(closeUp(t.slice(0, about)));
			head.title.push({ no: lines[i].no, text: t.slice(about) });
			state = 'title';
		} else {
			head.title.push(lines[i]);
		}
		if (TITLE_END.test(compact(head.title.map((l) => l.text).join(''))) || head.title.length >= 4) {
			head.bodyFrom = i + 1;
			return head;
		}
	}
	return head;
}

/** Attachment headings: 附件1 / 附表 on a line of their own, the title on the next. */
const ATTACHMENT_LABEL = /^(附件\s*[0-9０-９]{0,2}|附表\s*[0-9０-９]{0,2})$/u;
const ATTACHMENT_INLINE = /^(附件\s*[0-9０-９]{0,2}|附表\s*[0-9０-９]{0,2})[ \u3000]+([^：:]+)$/u;

interface AttachmentPart {
	label: string;
	title: string;
	lines: SourceLine[];
	line: number;
}

function splitAttachments(lines: readonly SourceLine[]): { main: SourceLine[]; parts: AttachmentPart[] } {
	const main: SourceLine[] = [];
	const parts: AttachmentPart[] = [];
	for (let i = 0; i < lines.length; i++) {
		const t = closeUp(lines[i].text);
		const next = lines[i + 1] ? closeUp(lines[i + 1].text) : '';
		let part: AttachmentPart | null = null;
		if (ATTACHMENT_LABEL.test(t) && next !== '' && !/[。；：:]$/u.test(next)) {
			part = { label: compact(t), title: next, lines: [], line: lines[i].no };
			i++;
		} else {
			const inline = ATTACHMENT_INLINE.exec(t);
			if (inline && !/[。；]$/u.test(inline[2])) part = { label: compact(inline[1]), title: inline[2].trim(), lines: [], line: lines[i].no };
		}
		if (part) parts.push(part);
		else if (parts.length > 0) parts[parts.length - 1].lines.push(lines[i]);
		else main.push(lines[i]);
	}
	return { main, parts };
}

const cells = (line: string) => line.trim().split(/[ \u3000]+/u).filter(Boolean);

/**
 * A printed table: a header row of three or more columns, rows starting with
 * their number (1, 2, …); a cell that wrapped continues on short lines below
 * its row. Returns the Markdown table and the lines after it.
 */
export function parseTable(lines: readonly SourceLine[]): { markdown: string; rest: SourceLine[] } | null {
	const header = cells(lines[0]?.text ?? '');
	if (header.length < 3 || !/^[\s\u3000]*1[ \u3000]/u.test(lines[1]?.text ?? '')) return null;
	const rows: string[][] = [];
	let i = 1;
	for (; i < lines.length; i++) {
		const t = lines[i].text;
		const expected = rows.length + 1;
		if (new RegExp(`^[\\s\\u3000]*${expected}[ \\u3000]`, 'u').test(t)) {
			const row = cells(t);
			// More pieces than columns: the last cell was letter-spaced (财 政 、 审).
			rows.push(row.length > header.length ? [...row.slice(0, header.length - 1), row.slice(header.length - 1).join('')] : row);
			continue;
		}
		const piece = closeUp(t);
		if (rows.length === 0 || displayWidth(piece) > 12 || /。/u.test(piece)) break;
		const row = rows[rows.length - 1];
		if (row.length < header.length) row.push(piece);
		else row[row.length - 1] += piece;
	}
	const line = (r: string[]) => `| ${r.join(' | ')} |`;
	const padded = rows.map((r) => [...r, ...Array(Math.max(0, header.length - r.length)).fill('')]);
	const markdown = [line(header), line(header.map(() => '---')), ...padded.map(line)].join('\n');
	return { markdown, rest: lines.slice(i) };
}

/**
 * A form (登记表, 备案表) whose cell layout the extracted text does not keep:
 * runs of short label lines become one paragraph with their printed line
 * breaks kept; sentences (备注：…, 单位联系人：…) are paragraphs of their own,
 * a long line running on into the next.
 */
export function formBlocks(lines: readonly SourceLine[]): string[] {
	const out: string[] = [];
	let labels: string[] = [];
	let carry = '';
	const flushLabels = () => {
		if (labels.length > 0) out.push(labels.join('  \n'));
		labels = [];
	};
	for (const l of lines) {
		const t = closeUp(l.text);
		if (t === '') continue;
		const sentence = carry !== '' || /[：:。；]/u.test(t) || displayWidth(t) >= 30;
		if (!sentence) {
			labels.push(t);
			continue;
		}
		flushLabels();
		const joined = carry + t;
		if (displayWidth(t) >= 30 && !/[。；：:]$/u.test(t)) carry = joined;
		else {
			out.push(joined);
			carry = '';
		}
	}
	flushLabels();
	if (carry) out.push(carry);
	return out;
}

function attachmentMarkdown(part: AttachmentPart): string {
	const blocks: string[] = [`### ${part.label} ${part.title}`];
	const lines = nonBlank(part.lines);
	const headerAt = lines.findIndex((_, i) => parseTable(lines.slice(i)) !== null);
	if (headerAt >= 0) {
		const table = parseTable(lines.slice(headerAt))!;
		blocks.push(table.markdown);
		// Notes the extraction put above the table are printed under it (备注).
		blocks.push(...reflow(lines.slice(0, headerAt)).map((p) => markdownBlock(p.text)));
		if (table.rest.length > 0) blocks.push(...reflow(table.rest).map((p) => markdownBlock(p.text)));
	} else blocks.push(...formBlocks(lines));
	return blocks.join('\n\n');
}

/** Parses one document region; null when it holds no 文号. */
export function parseDocument(region: readonly SourceLine[], ctx: ParseContext): DocumentItem | null {
	const lines = nonBlank(region);
	if (lines.length === 0) return null;
	const head = readHead(lines);
	const w = ctx.warnings;
	if (!head.docNumber) return null;
	const item = head.docNumber.canonical;
	const firstLine = lines[0].no;

	const notice = head.notice.map((l) => closeUp(l.text)).join('');
	if (!notice) w.add(head.recipients?.line ?? firstLine, item, 'notice', 'no cover notice found between the recipients and the signature');
	if (!head.recipients) w.add(firstLine, item, 'recipients', 'no recipients line (ending in ：) found');

	let issuers = head.issuers.filter(Boolean);
	if (issuers.length === 0) {
		issuers = head.signature;
		w.add(head.docNumber.line, item, 'issuers', issuers.length ? `no issuer printed above the title; taken from the signature: ${issuers.join('、')}` : 'no issuer found');
	} else if (head.signature.length > 0 && compact(head.signature.join('')) !== compact(issuers.join(''))) {
		w.add(head.docNumber.line, item, 'issuers', `the issuers above the title (${issuers.join('、')}) differ from the signature (${head.signature.join('、')})`);
	}

	const titleText = compactTitle(head.title.map((l) => l.text).join('\n'));
	if (!titleText) w.add(head.docNumber.line, item, 'title', 'no title (关于…的通知) found after the 文号');
	const title = `${issuers.join(' ')}${titleText}`;

	let regulationTitle = firstBookTitle(notice);
	if (!regulationTitle) {
		const wrapped = /关于印发《?(.+?)》?的通知$/u.exec(titleText);
		regulationTitle = wrapped ? wrapped[1] : titleText;
		w.add(head.title[0]?.no ?? firstLine, item, 'regulationTitle', `no 《…》 in the notice; taken from the title: ${regulationTitle}`);
	}

	let signedDate = head.signed?.date;
	if (!signedDate) {
		w.add(firstLine, item, 'signedDate', 'no date under the signature');
		signedDate = `${ctx.issue}-01`;
	}
	const publishedDate = signedDate;
	w.add(head.signed?.line ?? firstLine, item, 'publishedDate', `the issue does not print a publication date; taken from the signed date ${signedDate}`);

	const category = categoryOfIssuer(head.docNumber.value.issuerCode, ctx.issuerCodes);
	if (category === 'department') w.add(head.docNumber.line, item, 'category', `category guessed from the 文号 prefix ${head.docNumber.value.issuerCode}: department`);

	// The text: page heads repeating the title removed, attachments split off.
	const bodyLines = withoutTitleRuns(withoutRunningHeads(lines.slice(head.bodyFrom)), [regulationTitle, titleText]).lines;
	const { main, parts } = splitAttachments(bodyLines);
	const paragraphs = reflow(main);
	const mainText = paragraphs.map((p) => p.text).join('\n');
	const attachments: Attachment[] = parts.map((p, i) => ({ label: p.label, title: p.title, anchor: `attachment-${i + 1}` }));
	const body = [toMarkdown(paragraphs), ...parts.map(attachmentMarkdown)].filter(Boolean).join('\n\n');

	const effective = findEffective(mainText);
	const phraseLine = (basis: string) => paragraphs.find((p) => compact(p.text).includes(basis.slice(0, 6)))?.line ?? firstLine;
	let effectiveDate = signedDate;
	let effectiveBasis = '未载明施行日期，以成文日期为准';
	if (!effective) w.add(head.signed?.line ?? firstLine, item, 'effectiveDate', `no 施行 phrase in the text; effective from the signed date ${signedDate}`);
	else {
		effectiveBasis = effective.basis;
		effectiveDate = effective.from === 'date' ? effective.date! : effective.from === 'published' ? publishedDate : signedDate;
	}
	const expiry = findExpiry(mainText, effectiveDate);
	if (!expiry && /有效期/u.test(compact(mainText))) w.add(phraseLine('有效期'), item, 'expiryDate', 'the text mentions 有效期 but no expiry date could be read from it');
	if (effective?.from === 'published') w.add(phraseLine(effective.basis), item, 'effectiveDate', `${effective.basis}: effective from the published date, which is taken from the signed date`);

	return {
		kind: 'document',
		line: firstLine,
		title,
		regulationTitle,
		docNumber: head.docNumber.canonical,
		slug: docNumberSlug(head.docNumber.value),
		...(head.unifiedNumber ? { unifiedNumber: head.unifiedNumber } : {}),
		category,
		issuers,
		recipients: head.recipients?.text ?? '',
		notice,
		signedDate,
		publishedDate,
		effectiveDate,
		effectiveBasis,
		...(expiry ? { expiryDate: expiry.date, expiryBasis: expiry.basis } : {}),
		attachments,
		body,
	};
}
