/**
 * The city leaders a chronicle entry names: 市长张振丰，常务副市长杨胜杰，
 * 市委常委、副市长李无文，副市长陈应许、毛伟平…参加…；…，副市长章月影列席.
 */

/** Posts as the chronicle prints them, longest first so 常务副市长 wins over 副市长. */
export const LEADER_POSTS = ['市委副书记、市长', '市委常委、副市长', '常务副市长', '副市长', '市长'] as const;

const POST = LEADER_POSTS.join('|');
const NAME = '\\p{Script=Han}{2,3}';
// Names follow a post, separated by 、, up to a comma, the next post or the verb.
const SUBJECT = new RegExp(
	`(${POST})(${NAME}(?:、(?!${POST})${NAME})*)(?=[，,]|、(?:${POST})|参加|列席|出席|主持|会见|看望|调研|带队|陪同|考察|检查|慰问|走访|召开)`,
	'gu',
);

export interface LeaderMention {
	name: string;
	post: string;
}

export function leadersOf(entry: string): LeaderMention[] {
	const found: LeaderMention[] = [];
	for (const m of entry.matchAll(SUBJECT)) {
		for (const name of m[2].split('、')) {
			if (!found.some((f) => f.name === name)) found.push({ name, post: m[1] });
		}
	}
	return found;
}
