import { describe, expect, it } from 'vitest';
import { API_FILES, jsonSchemaOf, schemaFields, valuePaths } from './apiFiles.ts';

const file = (id: string) => API_FILES.find((f) => f.id === id)!;

describe('jsonSchemaOf', () => {
	it('is draft-07 JSON Schema with the file’s address as $id, allowing no field the schema does not name', () => {
		const schema = jsonSchemaOf(file('documents'), 'https://gazette.example.org');
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.$id).toBe('https://gazette.example.org/api/schemas/documents.schema.json');
		expect(schema.additionalProperties).toBe(false);
	});

	it('describes every field of every file', () => {
		for (const f of API_FILES) {
			for (const field of schemaFields(jsonSchemaOf(f, 'https://x.example') as never)) expect(field.description, `${f.id}: ${field.path}`).not.toBe('');
		}
	});
});

describe('schemaFields', () => {
	it('lists nested fields with array paths and nullable types', () => {
		const fields = schemaFields(jsonSchemaOf(file('documents'), 'https://x.example') as never);
		const byPath = new Map(fields.map((f) => [f.path, f]));
		expect(byPath.get('documents')?.type).toBe('object[]');
		expect(byPath.get('documents[].unifiedNumber')?.type).toBe('string | null');
		expect(byPath.get('documents[].cites[].url')?.type).toBe('string | null');
		expect(byPath.get('documents[].issuers')?.type).toBe('string[]');
		expect(byPath.get('documents[].docNumber')?.description).toContain('文号');
	});
});

describe('valuePaths', () => {
	it('names what a value holds the way schemaFields names fields', () => {
		expect(valuePaths({ generated: '2026-11-28', documents: [{ cites: [{ url: null }], issuers: ['甲'] }, { cites: [] }] })).toEqual([
			'generated',
			'documents',
			'documents[].cites',
			'documents[].cites[].url',
			'documents[].issuers',
		]);
	});
});
