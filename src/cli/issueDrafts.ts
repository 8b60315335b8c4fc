/**
 * `gazette new-issue` and `gazette publish`: a new month starts as a draft in
 * content/drafts/YYYY-MM/, which the site never builds; once `check` finds
 * nothing left to fill, publish moves it into the gazette.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isIssueMonth } from '../gazette/dates.ts';
import { loadSiteConfig, type SiteConfig } from '../gazette/site.ts';
import { checkContent, TO_FILL } from '../validate/check.ts';
import { formatProblem, UsageError } from './report.ts';

const F = TO_FILL;

/** The skeleton of one issue: one file per section, every required field marked. */
export function draftFiles(month: string, site: Pick<SiteConfig, 'city' | 'publisher' | 'issuerCodes'>): Record<string, string> {
	const office = site.issuerCodes['general-office'][0];
	const government = site.issuerCodes['municipal-government'][0];
	const [year, number] = month.split('-').map(Number);
	return {
		// No marker in comments: publish refuses while any file still contains one.
		[`issues/${month}.yaml`]: `# ${year}年第${number}期：填写下面标记的出版日期和封面图片说明，并放好封面图片。
year: ${year}
number: ${number}
# totalNumber: 总第N期（印刷版有则填）
month: "${month}"
publishedDate: ${F}            # 出版日期，如 ${month}-28
sections: [photos, municipal-government, general-office, department, interpretations, personnel, briefs, chronicle, statistics, features]
cover:
  caption: ${F}                # 封面图片说明
  image: ../photos/${month}/photo-1.jpg
`,
		[`documents/${month}/${F}-1.md`]: `---
# 文件：文件名改为文号，如 ${office}-${year}-1.md
title: ${F}                    # 通知标题全文，如 ${site.publisher}关于印发…的通知
regulationTitle: ${F}          # 所印发规定、方案的标题
docNumber: ${F}                # 文号，如 ${office}〔${year}〕1号
unifiedNumber: ${F}            # 规范性文件统一编号，如 ZJCC01–${year}–0001；没有则删除此行
category: ${F}                 # municipal-government（${government}）| general-office（${office}）| department（部门）
issuers: [${F}]                # 发文机关；联合发文列出全部
recipients: ${F}               # 主送机关
notice: ${F}                   # 印发通知正文（不含主送和落款）
signedDate: ${F}               # 成文日期 YYYY-MM-DD
publishedDate: ${F}            # 发布日期 YYYY-MM-DD
effectiveDate: ${F}            # 施行日期 YYYY-MM-DD
effectiveBasis: ${F}           # 如 自印发之日起施行
# expiryDate: YYYY-MM-DD       # 有效期至（有则填，并填 expiryBasis）
# expiryBasis: 有效期5年
attachments: []
issue: "${month}"
---

${F}：正文。“一、”标题写作 ### 一、…，独立成行的“（一）”标题写作 #### （一）…
`,
		[`interpretations/${month}/${F}-1.md`]: `---
# 政策解读：文件名与所解读文件相同，如 ${office}-${year}-1.md
title: ${F}                    # 如 关于《…》的政策解读
interprets: ${F}               # 所解读文件的文号
interpretingBodies: [${F}]
contacts:
  - body: ${F}
    name: ${F}
    phone: ${F}                # 如 0577-88888888
issue: "${month}"
---

${F}：解读正文。
`,
		[`briefs/${month}/01-${F}.md`]: `---
title: ${F}                    # 政务简讯标题
date: ${F}                     # 活动日期 YYYY-MM-DD
issue: "${month}"
---

${F}：简讯正文。
`,
		[`personnel/${month}.yaml`]: `title: ${F}                    # 如 ${number}月份市政府人事任免
decidedBy: 市人民政府决定
decisions:
  - text: ${F}                 # 一句任免决定原文，如 张三任${site.city}某某局局长
    changes:
      - name: ${F}
        action: ${F}           # appoint（任）| remove（免）
        position: ${F}
        organisation: ${F}
        # probation: 一年
issue: "${month}"
`,
		[`chronicle/${month}.yaml`]: `title: ${number}月份市政府记事
days:
  - date: ${F}                 # YYYY-MM-DD
    entries:
      - ${F}                   # 每条 △ 记事一行，不含 △
issue: "${month}"
`,
		[`statistics/${month}.yaml`]: `title: ${site.city}${year}年${number}月份国民经济主要统计指标
source: ${site.city}统计局
month: "${month}"
rows:
  - indicator: ${F}
    unit: ${F}                 # 亿元 或 %
    month: ${F}                # 数字；—— 写 null
    monthYoY: ${F}
    cumulative: ${F}
    cumulativeYoY: ${F}
    # parent: 上级指标（# 行填写）
notes: []
issue: "${month}"
`,
		[`photos/${month}.yaml`]: `issue: "${month}"
photos:
  - caption: ${F}
    credit: ${F}               # 摄影者；没有则删除此行
    image: ./${month}/photo-1.jpg
`,
		[`features/${month}/${F}.md`]: `---
title: ${F}
place: ${F}                    # 县（市、区）名称；文件名也改为此名
photos: []
issue: "${month}"
---

${F}：县区风采正文。
`,
	};
}

export function newIssue(contentDir: string, month: string | undefined): number {
	if (!month || !isIssueMonth(month)) throw new UsageError('new-issue needs the issue month, e.g. new-issue 2023-01');
	const draft = path.join(contentDir, 'drafts', month);
	if (existsSync(draft)) {
		console.error(`${path.relative(process.cwd(), draft)} already exists; nothing was written. Finish that draft, or delete it to start again.`);
		return 1;
	}
	if (existsSync(path.join(contentDir, 'issues', `${month}.yaml`))) {
		console.error(`issue ${month} is already published (content/issues/${month}.yaml); nothing was written.`);
		return 1;
	}
	for (const [file, text] of Object.entries(draftFiles(month, loadSiteConfig(contentDir)))) {
		const target = path.join(draft, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, text, { flag: 'wx' });
		console.log(`created ${path.relative(process.cwd(), target)}`);
	}
	console.log(`Draft ${month} created. Fill every ${F}, add the photos, then run \`npm run gazette -- check\` and \`npm run gazette -- publish ${month}\`.`);
	return 0;
}

export async function publishIssue(contentDir: string, month: string | undefined): Promise<number> {
	if (!month || !isIssueMonth(month)) throw new UsageError('publish needs the issue month, e.g. publish 2023-01');
	const draft = path.join(contentDir, 'drafts', month);
	if (!existsSync(draft)) {
		console.error(`no draft ${path.relative(process.cwd(), draft)}; create one with new-issue or import.`);
		return 1;
	}
	const files = readdirSync(draft, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(draft, path.join(e.parentPath, e.name)));
	const clashes = files.filter((f) => existsSync(path.join(contentDir, f)));
	if (clashes.length > 0) {
		console.error(`these files already exist in the gazette; nothing was moved:\n  ${clashes.join('\n  ')}`);
		return 1;
	}
	// Check the gazette as it would be after publishing, in a scratch copy.
	const scratch = mkdtempSync(path.join(tmpdir(), 'gazette-publish-'));
	try {
		cpSync(contentDir, scratch, { recursive: true, filter: (src) => !src.startsWith(path.join(contentDir, 'drafts')) });
		cpSync(draft, scratch, { recursive: true });
		const report = await checkContent(scratch);
		const errors = report.errors.map((p) => ({ ...p, file: p.file.replace(path.relative(process.cwd(), scratch), path.relative(process.cwd(), draft)) }));
		// A marker in a text field passes the schemas; look for it in the files themselves.
		const pending = files.filter((f) => f.includes(F) || (/\.(md|ya?ml)$/.test(f) && readFileSync(path.join(draft, f), 'utf8').includes(F)));
		if (errors.length > 0 || pending.length > 0) {
			for (const p of errors) console.log(formatProblem('ERROR', p));
			if (pending.length > 0) console.error(`${pending.length} file(s) still contain ${F}:\n  ${pending.join('\n  ')}`);
			console.error(`draft ${month} is not ready (${errors.length} error(s)); nothing was moved.`);
			return 1;
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	for (const f of files) {
		const target = path.join(contentDir, f);
		mkdirSync(path.dirname(target), { recursive: true });
		renameSync(path.join(draft, f), target);
		console.log(`published ${path.relative(process.cwd(), target)}`);
	}
	rmSync(draft, { recursive: true, force: true });
	return 0;
}

