import type { APIRoute, GetStaticPaths } from 'astro';
import { dataJsonSchema, toJsonFile } from '../../../lib/open-data';
import { deployment, type DataSchemaName } from '../../../lib/urls';

const NAMES: DataSchemaName[] = ['documents', 'document', 'glossary'];

export const getStaticPaths = (() => NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** The JSON Schema of each open data format, generated from the zod schema the build validates with. */
export const GET: APIRoute = ({ params, site }) =>
  new Response(toJsonFile(dataJsonSchema(params.name as DataSchemaName, deployment(site))), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
