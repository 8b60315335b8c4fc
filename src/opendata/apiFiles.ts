/**
 * Every data file the gazette publishes, with its schema: the one list the
 * JSON Schema files, the API page and the tests read. JSON Schema is made
 * from the zod schemas (schemas.ts) by zod-to-json-schema; the API page's
 * field tables are read from that JSON Schema, so documentation, schema and
 * output cannot drift apart.
 */
import type { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import {
	documentDataFileSchema,
	documentsFileSchema,
	indicatorFileSchema,
	indicatorsFileSchema,
	interpretationDataFileSchema,
	issueManifestFileSchema,
	issuesFileSchema,
	manifestsFileSchema,
	statisticsMonthFileSchema,
} from './schemas.ts';

export interface ApiFile {
	/** Names its JSON Schema file: /api/schemas/<id>.schema.json. */
	id: string;
	title: string;
	/** Where the file is, with {placeholders} for the parts that vary. */
	pattern: string;
	description: string;
	/** The same data as CSV (UTF-8 with BOM), where there is one. */
	csvPattern?: string;
	schema: z.ZodTypeAny;
}

export const API_FILES: ApiFile[] = [
	{ id: 'documents', title: '全部文件', pattern: '/api/documents.json', description: '本公报刊载的全部文件及其元数据、有效性和相互关系。', schema: documentsFileSchema },
	{ id: 'document', title: '单个文件', pattern: '/documents/{文号路径}/data.json', description: '文件页面旁的数据：全部元数据、关系，以及正文的 Markdown 和 HTML。', schema: documentDataFileSchema },
	{ id: 'interpretation', title: '政策解读', pattern: '/interpretations/{期次}/{名称}/data.json', description: '政策解读页面旁的数据：所解读的文件、解读单位、联系人和正文。', schema: interpretationDataFileSchema },
	{ id: 'issues', title: '全部期次', pattern: '/api/issues.json', description: '每一期公报及其目录。', schema: issuesFileSchema },
	{ id: 'statistics-month', title: '当月统计数据', pattern: '/issues/{期次}/statistics/data.json', csvPattern: '/issues/{期次}/statistics/data.csv', description: '一期公报所载的国民经济主要统计指标表。', schema: statisticsMonthFileSchema },
	{ id: 'indicators', title: '统计指标一览', pattern: '/api/statistics.json', description: '全部统计指标及其历月数据文件。', schema: indicatorsFileSchema },
	{ id: 'manifests', title: '完整性清单一览', pattern: '/api/manifests.json', description: '每期完整性清单的地址及其 SHA-256；npm run gazette -- verify 据此核验网站或其副本。', schema: manifestsFileSchema },
	{ id: 'manifest', title: '一期的完整性清单', pattern: '/issues/{期次}/manifest.json', description: '一期公报发布的每个文件（页面、数据文件、原文）及其 SHA-256。', schema: issueManifestFileSchema },
	{ id: 'indicator', title: '单项指标历月数据', pattern: '/api/statistics/{指标}.json', csvPattern: '/api/statistics/{指标}.csv', description: '一项指标在各期公报中的全部数据，按时间顺序。', schema: indicatorFileSchema },
];

export const jsonSchemaUrl = (id: string) => `/api/schemas/${id}.schema.json`;

/** The JSON Schema (draft-07) of a data file. */
export function jsonSchemaOf(file: ApiFile, siteUrl: string): Record<string, unknown> {
	const { $schema, ...schema } = zodToJsonSchema(file.schema, { $refStrategy: 'none', effectStrategy: 'input', target: 'jsonSchema7' }) as Record<string, unknown>;
	return { $schema, $id: new URL(jsonSchemaUrl(file.id), siteUrl).href, title: file.title, description: file.description, ...schema };
}

/** A row of the API page's field table. */
export interface ApiField {
	/** e.g. documents[].cites[].url */
	path: string;
	/** e.g. string | null, string[], object[] */
	type: string;
	description: string;
}

interface JsonSchemaNode {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchemaNode>;
	items?: JsonSchemaNode;
	anyOf?: JsonSchemaNode[];
	enum?: unknown[];
}

const typeName = (node: JsonSchemaNode): string => {
	if (node.anyOf) return node.anyOf.map(typeName).join(' | ');
	const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
	return types.map((t) => (t === 'array' && node.items ? `${typeName(node.items)}[]` : t)).join(' | ') || 'any';
};

/** Every field of a JSON Schema, depth first in schema order, with its type and description. */
export function schemaFields(node: JsonSchemaNode, prefix = ''): ApiField[] {
	const fields: ApiField[] = [];
	for (const [name, child] of Object.entries(node.properties ?? {})) {
		const path = `${prefix}${name}`;
		fields.push({ path, type: typeName(child), description: child.description ?? '' });
		const inner = child.items ?? child;
		if (inner.properties) fields.push(...schemaFields(inner, `${path}${child.items ? '[]' : ''}.`));
	}
	return fields;
}

/** The field paths of a JSON value, as schemaFields names them: what a file actually holds. */
export function valuePaths(value: unknown, prefix = ''): string[] {
	// An array's elements share its path, which already ends in [].
	if (Array.isArray(value)) return [...new Set(value.flatMap((v) => valuePaths(v, prefix)))];
	if (value === null || typeof value !== 'object') return [];
	return [...new Set(Object.entries(value).flatMap(([key, v]) => [`${prefix}${key}`, ...valuePaths(v, `${prefix}${key}${Array.isArray(v) ? '[]' : ''}.`)]))];
}
