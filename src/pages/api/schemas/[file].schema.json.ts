import type { APIRoute, GetStaticPaths } from 'astro';
import { API_FILES, jsonSchemaOf, type ApiFile } from '../../../opendata/apiFiles.ts';
import { jsonResponse } from '../../../opendata/responses.ts';

export const getStaticPaths = (() => API_FILES.map((file) => ({ params: { file: file.id }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => jsonResponse(jsonSchemaOf((props as { file: ApiFile }).file, site!.href));
