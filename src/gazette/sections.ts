/** 栏目: the sections of an issue, in the gazette's printed order. */

export const SECTIONS = [
	'photos',
	'municipal-government',
	'general-office',
	'department',
	'interpretations',
	'personnel',
	'briefs',
	'chronicle',
	'statistics',
	'features',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Section names as printed in the 目录. */
export const SECTION_LABEL: Record<Section, string> = {
	photos: '图片新闻',
	'municipal-government': '市政府文件',
	'general-office': '市政府办公室文件',
	department: '部门文件',
	interpretations: '政策解读',
	personnel: '人事任免',
	briefs: '政务简讯',
	chronicle: '政府记事',
	statistics: '统计数据',
	features: '县区风采',
};

/** Sections whose pages search indexes, in printed order: photos are pictures and captions only. */
export const SEARCHABLE_SECTIONS = SECTIONS.filter((s) => s !== 'photos');
